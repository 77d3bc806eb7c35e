import { createRng } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { EventQueue } from "./eventQueue.js";

describe("EventQueue", () => {
  it("pops events in time order with their fields, growing past its initial capacity", () => {
    const rng = createRng(1);
    const q = new EventQueue(2);
    const times: number[] = [];
    for (let i = 0; i < 5000; i++) {
      const t = rng.uniform(0, 100);
      times.push(t);
      q.push(t, i % 7, i, i * 3);
    }
    times.sort((a, b) => a - b);
    for (const t of times) {
      expect(q.pop()).toBe(t);
      expect(q.gen).toBe(q.slot * 3);
      expect(q.kind).toBe(q.slot % 7);
    }
    expect(q.size).toBe(0);
  });
  it("interleaves pushes and pops", () => {
    const q = new EventQueue();
    q.push(5, 0, 0, 0);
    q.push(1, 0, 1, 0);
    expect(q.pop()).toBe(1);
    q.push(3, 0, 2, 0);
    q.push(0.5, 0, 3, 0);
    expect([q.pop(), q.pop(), q.pop()]).toEqual([0.5, 3, 5]);
  });
});

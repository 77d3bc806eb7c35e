import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
// The published reference values shipped beside the repository (../shared), as CI provides them.
import published from "../../../../../shared/reference/agents/published.json" with { type: "json" };
import { completeGraph } from "../networks/completeGraph.js";
import { simulate, simulateAgents, type AgentModel } from "./simulateAgents.js";

// Agent i takes the value of agent i−1 (a shift register).
const shift: AgentModel<{ v: "u8" }> = {
  schema: { v: "u8" },
  init: (pop) => {
    pop.columns.v[0] = 1;
  },
  agentStep: (i, read, write) => {
    if (i > 0) write.v[i] = read.v[i - 1] as number;
  },
  metrics: { last: (pop) => pop.columns.v[pop.size - 1] as number, ones: (pop) => pop.count("v", 1) },
};

describe("simulate", () => {
  it("simultaneous update: every agent reads the state at the start of the step", () => {
    // The 1 travels exactly one agent per step, so it reaches agent 9 at step 9.
    const run = simulateAgents(shift, { size: 10, steps: 12, scheduler: "simultaneous" });
    expect(Array.from(run.series.last!.values)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(Array.from(run.series.ones!.values)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 10, 10, 10]);
  });

  it("random activation: agents act in place, in a random order each step", () => {
    // In place, the 1 can travel several agents in one step when the order happens to be ascending,
    // so it reaches the end no later than under simultaneous update — and the order differs by seed.
    const a = simulateAgents(shift, { size: 10, steps: 9, scheduler: "random", seed: 1 });
    expect(a.series.last!.values[9]).toBe(1);
    const b = simulateAgents(shift, { size: 10, steps: 3, scheduler: "random", seed: 1 });
    const c = simulateAgents(shift, { size: 10, steps: 3, scheduler: "random", seed: 2 });
    expect(b.series.ones!.values[3]).toBeGreaterThanOrEqual(4);
    expect(Array.from(b.series.ones!.values)).not.toEqual(Array.from(c.series.ones!.values));
  });

  it("matches the closed form of independent hearing: E[heard](t) = N(1 − (1−h)^t)", () => {
    const N = 20_000;
    const h = 0.3;
    const run = simulateAgents(
      {
        schema: { heard: "u8" },
        agentStep: (i, read, write, ctx) => {
          if (read.heard[i] === 0 && ctx.next() < h) write.heard[i] = 1;
        },
        metrics: { heard: (pop) => pop.count("heard", 1) },
      },
      { size: N, steps: 5, seed: 3, scheduler: "simultaneous", start: "2026-Q1" },
    );
    for (let t = 1; t <= 5; t++) {
      const pr = 1 - (1 - h) ** t;
      expect(Math.abs((run.series.heard!.values[t] as number) - N * pr)).toBeLessThan(5 * Math.sqrt(N * pr * (1 - pr)));
    }
  });

  it("reproduces the Kermack–McKendrick final size z = 1 − exp(−R0·z) of word of mouth (SIR)", () => {
    // Discrete-time SIR on random mixing: a susceptible is infected with probability 1 − e^{−βI/N}
    // per step, an infective recovers with probability γ, so it exerts pressure for a geometric
    // number of steps with mean 1/γ and R0 = β/γ; the final size relation holds for any infectious
    // period distribution as N → ∞. Reference note: within about 0.005 for R0 ≥ 2 at N = 1e5.
    const N = 100_000;
    const gamma = 0.5;
    const seedInfected = 20; // adds at most 20/N = 0.0002 to the final size
    for (const R0 of [2, 3]) {
      const beta = R0 * gamma;
      const run = simulateAgents(
        {
          schema: { state: "u8" }, // 0 susceptible, 1 infective, 2 recovered
          init: (pop) => pop.columns.state.fill(1, 0, seedInfected),
          beforeStep: (pop, ctx) => {
            ctx.scratch[0] = 1 - Math.exp((-beta * pop.count("state", 1)) / N);
          },
          agentStep: (i, read, write, ctx) => {
            const s = read.state[i];
            if (s === 0 && ctx.next() < (ctx.scratch[0] as number)) write.state[i] = 1;
            else if (s === 1 && ctx.next() < gamma) write.state[i] = 2;
          },
          metrics: { ever: (pop) => (N - pop.count("state", 0)) / N, infective: (pop) => pop.count("state", 1) },
        },
        { size: N, steps: 120, seed: R0, scheduler: "simultaneous" },
      );
      const k = published.wordOfMouthFinalSize.R0.indexOf(R0);
      expect(run.series.infective!.values[120]).toBe(0);
      expect(Math.abs((run.series.ever!.values[120] as number) - (published.wordOfMouthFinalSize.finalSize[k] as number))).toBeLessThan(0.005);
    }
  });

  it("passes the interaction and step to the agents and calls beforeStep once per step", () => {
    const net = completeGraph(5);
    let calls = 0;
    const run = simulateAgents(
      {
        schema: { d: "u32" },
        beforeStep: (_pop, ctx) => {
          calls++;
          ctx.scratch[0] = ctx.step;
        },
        agentStep: (i, _read, write, ctx) => {
          write.d[i] = (ctx.interaction?.kind === "network" ? ctx.interaction.degree(i) : 0) + (ctx.scratch[0] as number);
        },
        metrics: { total: (pop) => pop.sum("d") },
      },
      { size: 5, steps: 2, interaction: net },
    );
    expect(calls).toBe(2);
    expect(Array.from(run.series.total!.values)).toEqual([0, 25, 30]);
  });

  it("records per-group counts that add up to the population", () => {
    // Agents draw a group 0, 1 or 2 uniformly each step: counts sum to N, each ≈ N/3 within 5 sd.
    const N = 30_000;
    const run = simulateAgents(
      {
        schema: { group: "i32" },
        agentStep: (i, _read, write, ctx) => {
          write.group[i] = Math.floor(ctx.next() * 3);
        },
        metrics: {},
        groups: { group: { column: "group", groups: 3 } },
      },
      { size: N, steps: 2, seed: 4 },
    );
    expect(Object.keys(run.series)).toEqual(["group:0", "group:1", "group:2"]);
    expect(run.series["group:0"]!.values[0]).toBe(N);
    const t2 = [0, 1, 2].map((g) => run.series[`group:${g}`]!.values[2] as number);
    expect(t2.reduce((a, b) => a + b, 0)).toBe(N);
    for (const c of t2) expect(Math.abs(c - N / 3)).toBeLessThan(5 * Math.sqrt((N * 2) / 9));
  });

  it("gives identical results for the same seed", () => {
    const model: AgentModel<{ x: "f64" }> = {
      schema: { x: "f64" },
      agentStep: (i, read, write, ctx) => {
        write.x[i] = (read.x[i] as number) + ctx.next();
      },
      metrics: { sum: (pop) => pop.sum("x") },
    };
    const a = simulateAgents(model, { size: 100, steps: 5, seed: "s" });
    const b = simulateAgents(model, { size: 100, steps: 5, seed: "s" });
    expect(Array.from(a.series.sum!.values)).toEqual(Array.from(b.series.sum!.values));
  });

  it("rejects bad input with DpmError", () => {
    const cases: (() => unknown)[] = [
      () => simulateAgents(shift, { size: -5, steps: 1 }),
      () => simulateAgents(shift, { size: 5, steps: 1.5 }),
      () => simulateAgents(shift, { size: 5, steps: 1, scheduler: "parallel" as never }),
      () => simulateAgents(shift, { size: 5, steps: 1, interaction: completeGraph(4) }),
      () => simulateAgents({ ...shift, metrics: {} }, { size: 5, steps: 1 }),
      () => simulateAgents({ ...shift, groups: { g: { column: "w" as never, groups: 2 } } }, { size: 5, steps: 1 }),
      () => simulateAgents({ ...shift, groups: { g: { column: "v", groups: 0 } } }, { size: 5, steps: 1 }),
      () => simulateAgents({ ...shift, agentStep: undefined as never }, { size: 5, steps: 1 }),
    ];
    for (const f of cases) {
      let caught: unknown;
      try {
        f();
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    }
  });

  it("keeps simulate as a deprecated alias giving the same run", () => {
    const model: AgentModel<{ on: "u8" }> = {
      schema: { on: "u8" },
      agentStep: (i, read, write, ctx) => {
        if (read.on[i] === 0 && ctx.next() < 0.3) write.on[i] = 1;
      },
      metrics: { on: (p) => p.count("on", 1) },
    };
    const a = simulateAgents(model, { size: 50, steps: 5, seed: 3 });
    const b = simulate(model, { size: 50, steps: 5, seed: 3 });
    expect(Array.from(b.series.on?.values ?? [])).toEqual(Array.from(a.series.on?.values ?? []));
  });

  it("rejects a metric that is not a function (a JSON __proto__ key), unknown options and runs over the size limits", () => {
    const base = { schema: { on: "u8" as const }, agentStep: () => {} };
    const metrics = JSON.parse('{"__proto__": {"polluted": 1}}') as Record<string, never>;
    expect(() => simulateAgents({ ...base, metrics }, { size: 5, steps: 1 })).toThrow(/model.metrics\["__proto__"\] must be a function/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const ok = { ...base, metrics: { on: () => 0 } };
    expect(() => simulateAgents(ok, { size: 5, steps: 1, step: 2 } as never)).toThrow(/Did you mean "steps"/);
    expect(() => simulateAgents(ok, null as never)).toThrow(/options must be an options object/);
    const started = performance.now();
    expect(() => simulateAgents(ok, { size: 1e9, steps: 1 })).toThrow(/size must be a whole number between 0 and 10,000,000/);
    expect(() => simulateAgents(ok, { size: 5, steps: Infinity })).toThrow(/steps must be a whole number between 0 and 100,000/);
    expect(() => simulateAgents(ok, { size: 1e7, steps: 1000 })).toThrow(/agent updates is over the limit of 1000000000/);
    expect(performance.now() - started).toBeLessThan(100);
  });
});

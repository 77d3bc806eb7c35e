/**
 * A binary min-heap of events on typed arrays: a time and three integer fields per event (kind,
 * slot, generation), so scheduling allocates nothing once the arrays have grown. Ties on time pop
 * in no guaranteed order.
 * @internal
 */
export class EventQueue {
  times: Float64Array;
  kinds: Int32Array;
  slots: Int32Array;
  gens: Int32Array;
  size = 0;
  /** Fields of the event last returned by {@link EventQueue.pop}. */
  kind = 0;
  slot = 0;
  gen = 0;

  constructor(capacity = 64) {
    this.times = new Float64Array(capacity);
    this.kinds = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.gens = new Int32Array(capacity);
  }

  private grow(): void {
    const n = this.times.length * 2;
    const t = new Float64Array(n);
    t.set(this.times);
    this.times = t;
    const k = new Int32Array(n);
    k.set(this.kinds);
    this.kinds = k;
    const s = new Int32Array(n);
    s.set(this.slots);
    this.slots = s;
    const g = new Int32Array(n);
    g.set(this.gens);
    this.gens = g;
  }

  push(time: number, kind: number, slot: number, gen: number): void {
    if (this.size === this.times.length) this.grow();
    const times = this.times;
    const kinds = this.kinds;
    const slots = this.slots;
    const gens = this.gens;
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = times[parent] as number;
      if (pt <= time) break;
      times[i] = pt;
      kinds[i] = kinds[parent] as number;
      slots[i] = slots[parent] as number;
      gens[i] = gens[parent] as number;
      i = parent;
    }
    times[i] = time;
    kinds[i] = kind;
    slots[i] = slot;
    gens[i] = gen;
  }

  /** Removes the earliest event; returns its time and leaves its fields in `kind`, `slot`, `gen`. */
  pop(): number {
    const times = this.times;
    const kinds = this.kinds;
    const slots = this.slots;
    const gens = this.gens;
    const top = times[0] as number;
    this.kind = kinds[0] as number;
    this.slot = slots[0] as number;
    this.gen = gens[0] as number;
    const n = --this.size;
    if (n > 0) {
      const t = times[n] as number;
      const k = kinds[n] as number;
      const s = slots[n] as number;
      const g = gens[n] as number;
      let i = 0;
      for (;;) {
        let child = 2 * i + 1;
        if (child >= n) break;
        const right = child + 1;
        if (right < n && (times[right] as number) < (times[child] as number)) child = right;
        const ct = times[child] as number;
        if (ct >= t) break;
        times[i] = ct;
        kinds[i] = kinds[child] as number;
        slots[i] = slots[child] as number;
        gens[i] = gens[child] as number;
        i = child;
      }
      times[i] = t;
      kinds[i] = k;
      slots[i] = s;
      gens[i] = g;
    }
    return top;
  }
}

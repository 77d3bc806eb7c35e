import { addPeriods, formatPeriod, toPeriod, type Frequency, type Period, type PeriodLike } from "@dpm/core";

/**
 * A simulation clock on core's period axis: step 0 is the start period, each tick one period.
 *
 * @category Engine
 */
export interface Clock {
  /** Steps taken so far (0 before the first tick). */
  readonly step: number;
  /** The current period (start + step). */
  readonly period: Period;
  /** The current period's label, e.g. `"2026-03"`. */
  readonly label: string;
  /** The first period. */
  readonly start: Period;
  /** Advances one period. */
  tick(): void;
}

/**
 * Creates a clock that starts at `start` and advances one period per tick.
 *
 * @param start - the first period: a label (`"2026-01"`, `"2026-W09"`), a Period or a Date with `freq`
 * @param freq - frequency, needed when `start` is a Date or a finer label than wanted
 * @returns the clock
 * @throws {@link @dpm/core!DpmError} `PARSE_ERROR` for an unreadable start
 *
 * @example
 * ```ts
 * import { createClock } from "@dpm/agents";
 *
 * const clock = createClock("2026-11");
 * clock.tick();
 * clock.tick();
 * clock.label; // => "2027-01"
 * clock.step; // => 2
 * ```
 *
 * @category Engine
 */
export function createClock(start: PeriodLike, freq?: Frequency): Clock {
  const first = toPeriod(start, freq);
  let step = 0;
  let current = first;
  return {
    get step() {
      return step;
    },
    get period() {
      return current;
    },
    get label() {
      return formatPeriod(current);
    },
    start: first,
    tick() {
      step++;
      current = addPeriods(first, step);
    },
  };
}

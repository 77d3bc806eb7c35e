/** @internal Objective with gradient: returns f(x) and writes ∇f(x) into g. */
export type ObjectiveWithGradient = (x: Float64Array, g: Float64Array) => number;

/** @internal Options of {@link lbfgs}. */
export interface LbfgsOptions {
  /** Iteration limit (default 200). */
  readonly maxIterations?: number;
  /** Number of correction pairs kept (default 8). */
  readonly memory?: number;
  /** Stop when the relative decrease of f stays below this for two iterations (default 1e−10). */
  readonly ftol?: number;
  /** Stop when max |∇f| falls below this (default 1e−7). */
  readonly gtol?: number;
}

/** @internal Result of {@link lbfgs}. */
export interface LbfgsResult {
  readonly x: Float64Array;
  readonly value: number;
  /** Objective + gradient evaluations. */
  readonly evaluations: number;
  readonly iterations: number;
  /**
   * Why it stopped: converged (ftol/gtol, or no decrease possible at rounding level), the line
   * search was blocked by infeasible points (Infinity), or the iteration limit.
   */
  readonly status: "converged" | "linesearch" | "maxiter";
}

/**
 * @internal Limited-memory BFGS (Nocedal & Wright, alg. 7.4–7.5) with a backtracking Armijo line
 * search that treats non-finite values as "step too long" — the objective may return Infinity
 * outside its feasible region. Unconstrained: bounds are handled by the caller's transform.
 */
export function lbfgs(fg: ObjectiveWithGradient, x0: Float64Array, options: LbfgsOptions = {}): LbfgsResult {
  const n = x0.length;
  const maxIterations = options.maxIterations ?? 200;
  const mem = options.memory ?? 8;
  const ftol = options.ftol ?? 1e-10;
  const gtol = options.gtol ?? 1e-7;
  const x = Float64Array.from(x0);
  const g = new Float64Array(n);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  const xBest = new Float64Array(n);
  const gBest = new Float64Array(n);
  const d = new Float64Array(n);
  const S = new Float64Array(mem * n);
  const Y = new Float64Array(mem * n);
  const rho = new Float64Array(mem);
  const a = new Float64Array(mem);
  let count = 0;
  let head = 0;
  let f = fg(x, g);
  let evaluations = 1;
  if (!Number.isFinite(f)) return { x, value: Infinity, evaluations, iterations: 0, status: "linesearch" };
  let status: "converged" | "linesearch" | "maxiter" = "maxiter";
  let small = 0;
  let iterations = 0;
  let gamma = 0;
  for (; iterations < maxIterations; iterations++) {
    let gmax = 0;
    for (let i = 0; i < n; i++) gmax = Math.max(gmax, Math.abs(g[i] as number));
    if (gmax < gtol) {
      status = "converged";
      break;
    }
    // Two-loop recursion: d = −H g.
    for (let i = 0; i < n; i++) d[i] = -(g[i] as number);
    for (let j = 0; j < count; j++) {
      const idx = (head - 1 - j + mem) % mem;
      let s = 0;
      for (let i = 0; i < n; i++) s += (S[idx * n + i] as number) * (d[i] as number);
      const aj = (rho[idx] as number) * s;
      a[idx] = aj;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) - aj * (Y[idx * n + i] as number);
    }
    if (count > 0) {
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) * gamma;
    } else {
      // First step: unit length in the largest coordinate.
      const scale = 1 / Math.max(gmax, 1e-300);
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) * Math.min(scale, 1);
    }
    for (let j = count - 1; j >= 0; j--) {
      const idx = (head - 1 - j + mem) % mem;
      let s = 0;
      for (let i = 0; i < n; i++) s += (Y[idx * n + i] as number) * (d[i] as number);
      const b = (rho[idx] as number) * s;
      const c = (a[idx] as number) - b;
      for (let i = 0; i < n; i++) d[i] = (d[i] as number) + c * (S[idx * n + i] as number);
    }
    let slope = 0;
    for (let i = 0; i < n; i++) slope += (g[i] as number) * (d[i] as number);
    if (!(slope < 0)) {
      // Not a descent direction: restart from steepest descent.
      count = 0;
      const scale = 1 / Math.max(gmax, 1e-300);
      slope = 0;
      for (let i = 0; i < n; i++) {
        d[i] = -(g[i] as number) * Math.min(scale, 1);
        slope += (g[i] as number) * (d[i] as number);
      }
    }
    // Line search: backtrack (quadratic interpolation) until the Armijo condition holds; when the
    // first step already satisfies it but the slope along d is still steep (the curvature
    // condition fails), extrapolate — doubling the step — so ill-scaled valleys are crossed fast.
    let step = 1;
    let fNew = Infinity;
    let accepted = false;
    let hitWall = false;
    let best = Infinity;
    let expansions = 0;
    for (let ls = 0; ls < 40; ls++) {
      for (let i = 0; i < n; i++) xNew[i] = (x[i] as number) + step * (d[i] as number);
      fNew = fg(xNew, gNew);
      evaluations++;
      const armijo = Number.isFinite(fNew) && fNew <= f + 1e-4 * step * slope;
      if (armijo && fNew < best) {
        best = fNew;
        xBest.set(xNew);
        gBest.set(gNew);
        accepted = true;
        let dNew = 0;
        for (let i = 0; i < n; i++) dNew += (gNew[i] as number) * (d[i] as number);
        if (dNew < 0.9 * slope && expansions < 12) {
          expansions++;
          step *= 2;
          continue;
        }
        break;
      }
      if (accepted) break; // an expansion went too far: keep the last good point
      if (Number.isFinite(fNew)) {
        const denom = 2 * (fNew - f - step * slope);
        const trial = denom > 0 ? (-slope * step * step) / denom : step * 0.5;
        step = Math.min(Math.max(trial, step * 0.1), step * 0.5);
      } else {
        hitWall = true;
        step *= 0.25;
      }
    }
    if (accepted) {
      xNew.set(xBest);
      gNew.set(gBest);
      fNew = best;
    }
    if (!accepted) {
      // Without an infeasible trial, no decrease along a descent direction means f is flat to
      // rounding here: converged. Otherwise a wall (the caller may want to slide along it).
      status = hitWall ? "linesearch" : "converged";
      break;
    }
    // Update the memory.
    let sy = 0;
    let yy = 0;
    for (let i = 0; i < n; i++) {
      const si = (xNew[i] as number) - (x[i] as number);
      const yi = (gNew[i] as number) - (g[i] as number);
      S[head * n + i] = si;
      Y[head * n + i] = yi;
      sy += si * yi;
      yy += yi * yi;
    }
    if (sy > 1e-12 * yy && yy > 0) {
      rho[head] = 1 / sy;
      gamma = sy / yy;
      head = (head + 1) % mem;
      count = Math.min(count + 1, mem);
    }
    const decrease = (f - fNew) / Math.max(Math.abs(f), Math.abs(fNew), 1);
    x.set(xNew);
    g.set(gNew);
    f = fNew;
    if (decrease < ftol) {
      if (++small >= 2) {
        iterations++;
        status = "converged";
        break;
      }
    } else {
      small = 0;
    }
  }
  return { x, value: f, evaluations, iterations, status };
}

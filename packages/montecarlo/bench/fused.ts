// The ceiling: the reference profit model written by hand as one fused loop — four xor4096
// generators with their state in local variables, the same inversion kernels (AS 241, Cody's Φ)
// and Gaussian copula as @dpm/montecarlo, no intermediate arrays — computing the same draws, the
// same profit values and the same statistics (streaming mean/variance, P(loss), min/max and the
// same log-bucket quantile sketch). Per chunk of 65,536 iterations it seeds its generators from the
// same stream paths as simulate, so both see identical profits.

/** seedrandom's xor4096 string seeding (as @dpm/core's createRng). */
function seedXor4096(path: string): { X: Int32Array; i: number; w: number } {
  const X = new Int32Array(128);
  const seed = `${path}\0`;
  let v = 0;
  let w = 0;
  let i = 0;
  const limit = Math.max(128, seed.length);
  for (let j = -32; j < limit; ++j) {
    v ^= seed.charCodeAt((j + 32) % seed.length);
    if (j === 0) w = v;
    v ^= v << 10;
    v ^= v >>> 15;
    v ^= v << 4;
    v ^= v >>> 13;
    if (j >= 0) {
      w = (w + 0x61c88647) | 0;
      const t = (X[j & 127] = (X[j & 127] as number) ^ (v + w));
      i = t === 0 ? i + 1 : 0;
    }
  }
  if (i >= 128) X[seed.length & 127] = -1;
  i = 127;
  for (let j = 4 * 128; j > 0; --j) {
    let a = X[(i + 34) & 127] as number;
    i = (i + 1) & 127;
    let t = X[i] as number;
    a ^= a << 13;
    t ^= t << 17;
    a ^= a >>> 15;
    t ^= t >>> 12;
    X[i] = a ^ t;
  }
  return { X, i, w };
}

/** AS 241 (PPND16), as @dpm/core's normalQuantile. */
function ppnd16(p: number): number {
  const q = p - 0.5;
  if (Math.abs(q) <= 0.425) {
    const r = 0.180625 - q * q;
    return (
      (q * (((((((r * 2509.0809287301226727 + 33430.575583588128105) * r + 67265.770927008700853) * r + 45921.953931549871457) * r + 13731.693765509461125) * r + 1971.5909503065514427) * r + 133.14166789178437745) * r + 3.387132872796366608)) /
      (((((((r * 5226.495278852545925 + 28729.085735721942674) * r + 39307.89580009271061) * r + 21213.794301586595867) * r + 5394.1960214247511077) * r + 687.1870074920579083) * r + 42.313330701600911252) * r + 1)
    );
  }
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p));
  let z: number;
  if (r <= 5) {
    r -= 1.6;
    z = (((((((r * 7.7454501427834140764e-4 + 0.0227238449892691845833) * r + 0.24178072517745061177) * r + 1.27045825245236838258) * r + 3.64784832476320460504) * r + 5.7694972214606914055) * r + 4.6303378461565452959) * r + 1.42343711074968357734) /
      (((((((r * 1.05075007164441684324e-9 + 5.475938084995344946e-4) * r + 0.0151986665636164571966) * r + 0.14810397642748007459) * r + 0.68976733498510000455) * r + 1.6763848301838038494) * r + 2.05319162663775882187) * r + 1);
  } else {
    r -= 5;
    z = (((((((r * 2.01033439929228813265e-7 + 2.71155556874348757815e-5) * r + 0.0012426609473880784386) * r + 0.026532189526576123093) * r + 0.29656057182850489123) * r + 1.7848265399172913358) * r + 5.4637849111641143699) * r + 6.6579046435011037772) /
      (((((((r * 2.04426310338993978564e-15 + 1.4215117583164458887e-7) * r + 1.8463183175100546818e-5) * r + 7.868691311456132591e-4) * r + 0.0148753612908506148525) * r + 0.13692988092273580531) * r + 0.59983220655588793769) * r + 1);
  }
  return q < 0 ? -z : z;
}

/** Cody's Φ, as @dpm/core's normalCdf. */
function phi(x: number): number {
  const y = Math.abs(x);
  if (y <= 0.67448975) {
    let xnum = 0;
    let xden = 0;
    if (y > 1.11e-16) {
      const xsq = x * x;
      xnum = 0.065682337918207449113 * xsq;
      xden = xsq;
      xnum = (xnum + 2.2352520354606839287) * xsq;
      xden = (xden + 47.20258190468824187) * xsq;
      xnum = (xnum + 161.02823106855587881) * xsq;
      xden = (xden + 976.09855173777669322) * xsq;
      xnum = (xnum + 1067.6894854603709582) * xsq;
      xden = (xden + 10260.932208618978205) * xsq;
    }
    return 0.5 + (x * (xnum + 18154.981253343561249)) / (xden + 45507.789335026729956);
  }
  let tail: number;
  if (y <= 5.656854249492380195206754896838) {
    const xnum = ((((((((1.0765576773720192317e-8 * y + 0.39894151208813466764) * y + 8.8831497943883759412) * y + 93.506656132177855979) * y + 597.27027639480026226) * y + 2494.5375852903726711) * y + 6848.1904505362823326) * y + 11602.651437647350124) * y) + 9842.7148383839780218;
    const xden = ((((((((y + 22.266688044328115691) * y + 235.38790178262499861) * y + 1519.377599407554805) * y + 6485.558298266760755) * y + 18615.571640885098091) * y + 34900.952721145977266) * y + 38912.003286093271411) * y) + 19685.429676859990727;
    tail = Math.exp(-0.5 * y * y) * (xnum / xden);
  } else {
    if (y > 37.5193) return x > 0 ? 1 : 0;
    const xsq = 1 / (x * x);
    let xnum = 0.02307344176494017303 * xsq;
    let xden = xsq;
    xnum = (xnum + 0.21589853405795699) * xsq;
    xden = (xden + 1.28426009614491121) * xsq;
    xnum = (xnum + 0.1274011611602473639) * xsq;
    xden = (xden + 0.468238212480865118) * xsq;
    xnum = (xnum + 0.022235277870649807) * xsq;
    xden = (xden + 0.0659881378689285515) * xsq;
    xnum = (xnum + 0.001421619193227893466) * xsq;
    xden = (xden + 0.00378239633202758244) * xsq;
    let temp = (xsq * (xnum + 2.9112874951168792e-5)) / (xden + 7.29751555083966205e-5);
    temp = (0.398942280401432677939946059934 - temp) / y;
    const xr = Math.trunc(y * 16) / 16;
    const del = (y - xr) * (y + xr);
    tail = Math.exp(-xr * xr * 0.5) * Math.exp(-del * 0.5) * temp;
  }
  return x > 0 ? 1 - tail : tail;
}

export interface FusedParams {
  readonly seedPath: string;
  readonly chunk: number;
  readonly rho: number;
  readonly unitsMean: number;
  readonly unitsSd: number;
  readonly lnMu: number;
  readonly lnSigma: number;
  readonly alpha: number;
}

export interface FusedResult {
  readonly n: number;
  readonly mean: number;
  readonly sd: number;
  readonly min: number;
  readonly max: number;
  readonly pLoss: number;
  /** Sketch buckets of the same log mapping: value → count, for p5 and CVaR. */
  readonly pos: Float64Array;
  readonly neg: Float64Array;
  readonly zero: number;
  readonly bias: number;
}

/** Runs `iterations` of the profit model in one fused loop. */
export function fusedProfit(iterations: number, p: FusedParams): FusedResult {
  const gamma = (1 + p.alpha) / (1 - p.alpha);
  const inv = 1 / Math.log(gamma);
  // Buckets for |profit| in [1e-6, 1e7]: fixed, pre-sized arrays (the result, not intermediates).
  const bias = Math.ceil(-Math.log(1e7) * inv) * -1 + 1;
  const size = bias + Math.ceil(Math.log(1e7) * inv) + 2;
  const pos = new Float64Array(size);
  const neg = new Float64Array(size);
  let zero = 0;
  const c10 = p.rho;
  const c11 = Math.sqrt(1 - p.rho * p.rho);
  const mu = p.unitsMean;
  const sigma = p.unitsSd;
  const fa = phi((0 - mu) / sigma);
  const Z = 1 - fa; // upper bound +∞: F(b) = 1, S(b) = 0
  const sa = phi((mu - 0) / sigma);
  let n = 0;
  let mean = 0;
  let m2 = 0;
  let min = Infinity;
  let max = -Infinity;
  let losses = 0;
  for (let first = 0, c = 0; first < iterations; first += p.chunk, c++) {
    const count = Math.min(p.chunk, iterations - first);
    const g1 = seedXor4096(`${p.seedPath}/fork:${c}/fork:units`);
    const g2 = seedXor4096(`${p.seedPath}/fork:${c}/fork:price`);
    const g3 = seedXor4096(`${p.seedPath}/fork:${c}/fork:unitCost`);
    const g4 = seedXor4096(`${p.seedPath}/fork:${c}/fork:fixedCost`);
    const X1 = g1.X, X2 = g2.X, X3 = g3.X, X4 = g4.X;
    let i1 = g1.i, w1 = g1.w, i2 = g2.i, w2 = g2.w, i3 = g3.i, w3 = g3.w, i4 = g4.i, w4 = g4.w;
    for (let k = 0; k < count; k++) {
      // Four uniforms, one per stream (seedrandom's double(): 53 bits from two 32-bit outputs).
      let u1: number, u2: number, u3: number, u4: number;
      do {
        w1 = (w1 + 0x61c88647) | 0; let v = X1[(i1 + 34) & 127] as number; i1 = (i1 + 1) & 127; let t = X1[i1] as number;
        v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12; v = X1[i1] = v ^ t;
        const top = ((v + (w1 ^ (w1 >>> 16))) | 0) >>> 11;
        w1 = (w1 + 0x61c88647) | 0; v = X1[(i1 + 34) & 127] as number; i1 = (i1 + 1) & 127; t = X1[i1] as number;
        v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12; v = X1[i1] = v ^ t;
        u1 = (top + (((v + (w1 ^ (w1 >>> 16))) | 0) >>> 0) / 0x100000000) / (1 << 21);
      } while (u1 === 0);
      do {
        w2 = (w2 + 0x61c88647) | 0; let v = X2[(i2 + 34) & 127] as number; i2 = (i2 + 1) & 127; let t = X2[i2] as number;
        v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12; v = X2[i2] = v ^ t;
        const top = ((v + (w2 ^ (w2 >>> 16))) | 0) >>> 11;
        w2 = (w2 + 0x61c88647) | 0; v = X2[(i2 + 34) & 127] as number; i2 = (i2 + 1) & 127; t = X2[i2] as number;
        v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12; v = X2[i2] = v ^ t;
        u2 = (top + (((v + (w2 ^ (w2 >>> 16))) | 0) >>> 0) / 0x100000000) / (1 << 21);
      } while (u2 === 0);
      do {
        w3 = (w3 + 0x61c88647) | 0; let v = X3[(i3 + 34) & 127] as number; i3 = (i3 + 1) & 127; let t = X3[i3] as number;
        v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12; v = X3[i3] = v ^ t;
        const top = ((v + (w3 ^ (w3 >>> 16))) | 0) >>> 11;
        w3 = (w3 + 0x61c88647) | 0; v = X3[(i3 + 34) & 127] as number; i3 = (i3 + 1) & 127; t = X3[i3] as number;
        v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12; v = X3[i3] = v ^ t;
        u3 = (top + (((v + (w3 ^ (w3 >>> 16))) | 0) >>> 0) / 0x100000000) / (1 << 21);
      } while (u3 === 0);
      do {
        w4 = (w4 + 0x61c88647) | 0; let v = X4[(i4 + 34) & 127] as number; i4 = (i4 + 1) & 127; let t = X4[i4] as number;
        v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12; v = X4[i4] = v ^ t;
        const top = ((v + (w4 ^ (w4 >>> 16))) | 0) >>> 11;
        w4 = (w4 + 0x61c88647) | 0; v = X4[(i4 + 34) & 127] as number; i4 = (i4 + 1) & 127; t = X4[i4] as number;
        v ^= v << 13; t ^= t << 17; v ^= v >>> 15; t ^= t >>> 12; v = X4[i4] = v ^ t;
        u4 = (top + (((v + (w4 ^ (w4 >>> 16))) | 0) >>> 0) / 0x100000000) / (1 << 21);
      } while (u4 === 0);
      // Gaussian copula on units and price (Cholesky of [[1, ρ], [ρ, 1]]).
      const e1 = ppnd16(u1);
      const e2 = ppnd16(u2);
      const z1 = 1 * e1;
      const z2 = c11 * e2 + c10 * e1;
      // units: Normal(μ, σ) truncated at 0, by inversion through the tail that is small.
      let units: number;
      if (z1 <= 0) {
        const pb = fa + phi(z1) * Z;
        units = pb <= 0.5 ? mu + sigma * ppnd16(pb) : mu - sigma * ppnd16(sa - phi(z1) * Z);
      } else {
        const qb = 0 + phi(-z1) * Z;
        units = qb <= 0.5 ? mu - sigma * ppnd16(qb) : mu + sigma * ppnd16(1 - phi(-z1) * Z);
      }
      if (units < 0) units = 0;
      // price: Triangular(8, 10, 13) through the same tail.
      let price: number;
      if (z2 <= 0) {
        const q = phi(z2);
        price = q < 0.4 ? 8 + Math.sqrt(q * 5 * 2) : 13 - Math.sqrt((1 - q) * 5 * 3);
      } else {
        const q = phi(-z2);
        price = q <= 1 - 0.4 ? 13 - Math.sqrt(q * 5 * 3) : 8 + Math.sqrt((1 - q) * 5 * 2);
      }
      const unitCost = Math.exp(p.lnMu + p.lnSigma * ppnd16(u3));
      const fixedCost = 20_000 + u4 * 10_000;
      const profit = units * (price - unitCost) - fixedCost;
      // Statistics.
      n++;
      const d = profit - mean;
      mean += d / n;
      m2 += d * (profit - mean);
      if (profit < min) min = profit;
      if (profit > max) max = profit;
      if (profit < 0) {
        losses++;
        const k = Math.ceil(Math.log(-profit) * inv) + bias;
        neg[k] = (neg[k] as number) + 1;
      } else if (profit > 0) {
        const k = Math.ceil(Math.log(profit) * inv) + bias;
        pos[k] = (pos[k] as number) + 1;
      }
      else zero++;
    }
  }
  return { n, mean, sd: Math.sqrt(m2 / (n - 1)), min, max, pLoss: losses / n, pos, neg, zero, bias };
}

/** p-quantile (type 7 on bucket values) and lower-tail mean from the fused loop's buckets. */
export function fusedTail(r: FusedResult, alpha: number, p: number): { quantile: number; tailMean: number } {
  const gamma = (1 + alpha) / (1 - alpha);
  const value = (k: number) => (2 * Math.exp((k - r.bias) * Math.log(gamma))) / (gamma + 1);
  const m = Math.floor(p * (r.n - 1)) + 1;
  let seen = 0;
  let sum = 0;
  let quantile = Number.NaN;
  const take = (v: number, c: number) => {
    if (seen >= m) return;
    const k = Math.min(c, m - seen);
    if (seen + c >= m && Number.isNaN(quantile)) quantile = v;
    sum += k * v;
    seen += k;
  };
  for (let k = r.neg.length - 1; k >= 0; k--) if (r.neg[k] !== 0) take(-value(k), r.neg[k] as number);
  if (r.zero > 0) take(0, r.zero);
  for (let k = 0; k < r.pos.length; k++) if (r.pos[k] !== 0) take(value(k), r.pos[k] as number);
  return { quantile, tailMean: sum / m };
}

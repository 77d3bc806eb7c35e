/**
 * @internal Whether all roots of the polynomial Σ c_i z^i (c in increasing powers, c[last] ≠ 0)
 * lie strictly inside the disc |z| < r, by the Schur–Cohn recursion on z ↦ r·z (no root finding).
 * `work` must hold at least 2·c.length values.
 */
export function rootsWithin(c: Float64Array, r: number, work: Float64Array): boolean {
  let d = c.length - 1;
  let scale = 1;
  let a = 0; // offset of the current polynomial in work
  let b = c.length; // offset of the next one
  for (let i = 0; i <= d; i++) {
    work[i] = (c[i] as number) * scale;
    scale *= r;
  }
  while (d > 0) {
    // k = p(0) / leading; |k| ≥ 1 means the product of the roots' moduli is ≥ 1.
    const k = (work[a] as number) / (work[a + d] as number);
    if (!(Math.abs(k) < 1)) return false;
    // p_{d−1}(z) = (p(z) − k·p*(z)) / z, p* the reversed polynomial: same roots inside or not.
    for (let i = 0; i < d; i++) work[b + i] = (work[a + i + 1] as number) - k * (work[a + d - 1 - i] as number);
    const t = a;
    a = b;
    b = t;
    d--;
  }
  return true;
}

/**
 * @internal R's `admissible()` (forecast's etsTargetFunction.cpp): the forecastability region of
 * the linear ETS models. Non-seasonal models use the closed-form bounds; seasonal models add the
 * characteristic-polynomial test, all roots of
 * φ(1−α−γ) + (α+β−αφ+γ−1)z + (α+β−αφ)(z² … z^{m−1}) + (α+β−φ)z^m + z^{m+1} within |z| ≤ 1 + 1e−10.
 * Pass beta = 0, phi = 1 for models without (damped) trend and gamma = NaN for non-seasonal ones.
 */
export function admissible(alpha: number, beta: number, gamma: number, phi: number, m: number, poly: Float64Array, work: Float64Array): boolean {
  if (phi < 0 || phi > 1 + 1e-8) return false;
  if (Number.isNaN(gamma)) {
    if (alpha < 1 - 1 / phi || alpha > 1 + 1 / phi) return false;
    if (beta < alpha * (phi - 1) || beta > (1 + phi) * (2 - alpha)) return false;
    return true;
  }
  if (m <= 1) return true;
  const d = 1 - 1 / phi - alpha;
  if (gamma < (d > 0 ? d : 0) || gamma > 1 + 1 / phi - alpha) return false;
  if (alpha < 1 - 1 / phi - (gamma * (1 - m + phi + phi * m)) / (2 * phi * m)) return false;
  if (beta < -(1 - phi) * (gamma / m + alpha)) return false;
  const mid = alpha + beta - alpha * phi;
  poly[0] = phi * (1 - alpha - gamma);
  poly[1] = mid + gamma - 1;
  for (let i = 2; i < m; i++) poly[i] = mid;
  poly[m] = alpha + beta - phi;
  poly[m + 1] = 1;
  return rootsWithin(poly.subarray(0, m + 2), 1 + 1e-10, work);
}

/** ψ(x) = d/dx log Γ(x) for x > 0: upward recurrence to x ≥ 10, then the asymptotic series. */
export function digamma(x: number): number {
  let acc = 0;
  let z = x;
  while (z < 10) {
    acc -= 1 / z;
    z += 1;
  }
  const iz = 1 / z;
  const iz2 = iz * iz;
  // ln z − 1/(2z) − Σ B_2k / (2k z^2k)
  return acc + Math.log(z) - 0.5 * iz - iz2 * (1 / 12 - iz2 * (1 / 120 - iz2 * (1 / 252 - iz2 * (1 / 240 - iz2 * (1 / 132)))));
}

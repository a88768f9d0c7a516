/**
 * The statistics dynamics needs against false alarms on small samples: the 95% Wilson interval
 * of a share and the two-proportion z-test. Worked example (ruling R9): 1 of 12 failing, then
 * 3 of 12 — +16,7 pp, pooled 4/24, z ≈ 1,095, p ≈ 0,27: not significant.
 */
const Z95 = 1.959964;

/** Wilson score interval of k successes in n, in percent. */
export function wilson(k: number, n: number, z = Z95): [number, number] {
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half) * 100, Math.min(1, centre + half) * 100];
}

/** Two-sided p-value of the pooled two-proportion z-test; 1 when both shares are 0 or 1. */
export function twoProportionP(k1: number, n1: number, k2: number, n2: number): number {
  const pooled = (k1 + k2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  if (se === 0) return 1;
  const z = Math.abs(k2 / n2 - k1 / n1) / se;
  return 2 * (1 - normalCdf(z));
}

/** Φ(x) by the Abramowitz–Stegun 7.1.26 approximation of erf (error below 1.5e−7). */
export function normalCdf(x: number): number {
  const t = 1 / (1 + 0.3275911 * (Math.abs(x) / Math.SQRT2));
  const poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-(x * x) / 2);
  return x >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

/**
 * P(X ≥ k) for X ~ Binomial(n, p): the one-sided p-value of k or more successes where p is expected.
 * Summed term by term in logarithms (no overflow for a region's n). Example: k = 8, n = 25, p = 0,05 →
 * 1,96·10⁻⁵.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  const logRatio = Math.log(p) - Math.log(1 - p);
  // log C(n, k) p^k (1-p)^(n-k), built from the term of 0
  let log = n * Math.log(1 - p);
  for (let i = 0; i < k; i++) log += Math.log(n - i) - Math.log(i + 1) + logRatio;
  let sum = 0;
  for (let i = k; i <= n; i++) {
    sum += Math.exp(log);
    log += Math.log(n - i) - Math.log(i + 1) + logRatio;
  }
  return Math.min(1, sum);
}

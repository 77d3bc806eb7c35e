"""Independent reference values (scipy) for @dpm/operations' inventory formulas.

Run: /usr/bin/python3 packages/operations/reference/inventory.py > packages/operations/reference/inventory.json
"""
import json
import math

from scipy import stats

out = {"gammaReorderPoint": [], "poissonNewsvendor": [], "normalNewsvendor": []}
for mean, sd, L, sl in [(40, 8, 4, 0.95), (5, 6, 3, 0.9), (2, 3, 7, 0.99)]:
    mu, sigma = mean * L, sd * math.sqrt(L)
    k, theta = (mu / sigma) ** 2, sigma**2 / mu
    out["gammaReorderPoint"].append({"mean": mean, "sd": sd, "leadTime": L, "serviceLevel": sl, "reorderPoint": stats.gamma.ppf(sl, k, scale=theta)})
for mean, cu, co in [(20, 4, 2), (3.5, 1, 3), (150, 5, 1)]:
    cf = cu / (cu + co)
    q = stats.poisson.ppf(cf, mean)
    short = sum((d - q) * stats.poisson.pmf(d, mean) for d in range(int(q) + 1, int(mean * 10 + 100)))
    out["poissonNewsvendor"].append({"mean": mean, "underage": cu, "overage": co, "quantity": q, "expectedShortage": short})
for mean, sd, cu, co in [(80, 15, 4, 2), (500, 120, 1, 9)]:
    cf = cu / (cu + co)
    q = stats.norm.ppf(cf, mean, sd)
    short = sd * (stats.norm.pdf((q - mean) / sd) - (q - mean) / sd * stats.norm.sf((q - mean) / sd))
    out["normalNewsvendor"].append({"mean": mean, "sd": sd, "underage": cu, "overage": co, "quantity": q, "expectedShortage": short})
print(json.dumps(out, indent=1))

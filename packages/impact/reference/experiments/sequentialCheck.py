# Independent check of one group-sequential boundary where rpact's own root search is loose:
# OF-type spending, kMax = 8, alpha = 0.05, two-sided, look 2. Solves
#   P(|Z1| < c1, |Z2| >= c2) = alpha(t2) - alpha(t1)
# with scipy's adaptive quadrature (1e-13 relative) and brentq, and records how far rpact's c2 misses.
# Run: /usr/bin/python3 sequentialCheck.py  (writes sequentialCheck.json)
import json, math, os
from scipy.stats import norm
from scipy.integrate import quad
from scipy.optimize import brentq

alpha, t1, t2 = 0.05, 0.125, 0.25
spend = lambda t: 4 * (1 - norm.cdf(norm.ppf(1 - alpha / 4) / math.sqrt(t)))
c1 = norm.isf(spend(t1) / 2)
inc = spend(t2) - spend(t1)

def exit_probability(c2):
    s = math.sqrt(t2 - t1)
    g = lambda z: norm.pdf(z) * (norm.cdf((-c2 * math.sqrt(t2) - z * math.sqrt(t1)) / s) + norm.sf((c2 * math.sqrt(t2) - z * math.sqrt(t1)) / s))
    return quad(g, -c1, c1, epsabs=1e-18, epsrel=1e-13, limit=500)[0]

c2 = brentq(lambda c: exit_probability(c) - inc, 3, 6, xtol=1e-14)
rpact_c2 = 4.33264221996069
out = {"case": "OF-k8-a05-2s", "look": 2, "c1": c1, "c2": c2, "rpactC2": rpact_c2,
       "rpactRelativeMissOfSpending": exit_probability(rpact_c2) / inc - 1}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "sequentialCheck.json"), "w") as f:
    json.dump(out, f)
print(out)

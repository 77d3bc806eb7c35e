"""Independent references for @dpm/core's optimisers (src/optim/*.test.ts read optim.json).

Run with /usr/bin/python3 (numpy + scipy):  /usr/bin/python3 packages/core/reference/optim.py
- nnls: scipy.optimize.nnls on fixed seeded problems (tall, wide, with zero columns forced).
- simplex: min sum v_i (y_i - (Xw)_i)^2, w >= 0, sum w = 1 by scipy SLSQP (tight tolerance); the
  support SLSQP finds is then solved exactly (KKT equality system with numpy.linalg.lstsq) and the
  KKT conditions are checked, so the stored weights are exact to rounding, not to SLSQP's tolerance.
  Cases: Basque synthetic control (gdpcap 1955-1969, 16 donor regions, V = I), and a seeded wide
  problem (10 rows, 25 candidates) with diagonal weights V.
- bounded: scipy L-BFGS-B (pgtol 1e-12) on problems with known active bounds.
"""
import csv, json, os
import numpy as np
from scipy.optimize import nnls, minimize

here = os.path.dirname(os.path.abspath(__file__))
out = {"scipy": __import__("scipy").__version__, "nnls": [], "simplex": [], "bounded": []}

rng = np.random.default_rng(20261207)
for name, (n, p) in {"tall": (20, 8), "wide": (6, 10), "square": (12, 12)}.items():
    X = rng.normal(size=(n, p))
    y = X @ rng.normal(size=p) + 0.1 * rng.normal(size=n)
    x, rnorm = nnls(X, y, maxiter=1000)
    out["nnls"].append({"name": name, "X": X.tolist(), "y": y.tolist(), "x": x.tolist(), "rnorm": float(rnorm)})

def simplex_exact(X, y, v):
    n, p = X.shape
    sv = np.sqrt(v)
    A = X * sv[:, None]
    b = y * sv
    f = lambda w: float(np.sum((b - A @ w) ** 2))
    g = lambda w: -2 * A.T @ (b - A @ w)
    cons = [{"type": "eq", "fun": lambda w: np.sum(w) - 1, "jac": lambda w: np.ones(p)}]
    r = minimize(f, np.full(p, 1 / p), jac=g, method="SLSQP", bounds=[(0, 1)] * p, constraints=cons, options={"ftol": 1e-16, "maxiter": 2000})
    w = r.x
    support = np.where(w > 1e-6)[0]
    # exact solve on the support: [2 A_S^T A_S  1; 1^T 0] [w_S; mu] = [2 A_S^T b; 1]
    k = len(support)
    AS = A[:, support]
    K = np.zeros((k + 1, k + 1))
    K[:k, :k] = 2 * AS.T @ AS
    K[:k, k] = 1
    K[k, :k] = 1
    rhs = np.concatenate([2 * AS.T @ b, [1.0]])
    sol = np.linalg.lstsq(K, rhs, rcond=None)[0]
    wx = np.zeros(p)
    wx[support] = sol[:k]
    mu = sol[k]
    grad = g(wx)
    assert np.all(wx[support] > 0), "support weights must stay positive"
    assert np.all(grad + mu >= -1e-9 * max(1, abs(mu))), "KKT: no excluded candidate may improve the fit"
    return wx, f(wx), r

# Basque: treated region 17 (Basque Country), donors = the other regions except Spain (1)
rows = list(csv.DictReader(open(os.path.join(here, "../../../../shared/data/basque/basque.csv"))))
years = list(range(1955, 1970))
regions = sorted({int(r["regionno"]) for r in rows} - {1, 17})
gdp = {(int(r["regionno"]), int(r["year"])): float(r["gdpcap"]) for r in rows}
Xb = np.array([[gdp[(j, t)] for j in regions] for t in years])
yb = np.array([gdp[(17, t)] for t in years])
w, val, r = simplex_exact(Xb, yb, np.ones(len(years)))
out["simplex"].append({"name": "basque gdpcap 1955-1969", "X": Xb.tolist(), "y": yb.tolist(), "weights": None, "w": w.tolist(), "value": val, "slsqp_w": r.x.tolist()})

n, p = 10, 25
Xw = rng.normal(size=(n, p))
yw = Xw[:, :4] @ np.array([0.4, 0.3, 0.2, 0.1]) + 0.3 * rng.normal(size=n)
vw = rng.uniform(0.2, 2.0, size=n)
w, val, r = simplex_exact(Xw, yw, vw)
out["simplex"].append({"name": "wide weighted", "X": Xw.tolist(), "y": yw.tolist(), "weights": vw.tolist(), "w": w.tolist(), "value": val, "slsqp_w": r.x.tolist()})

def rosen(x):
    return float(np.sum(100 * (x[1:] - x[:-1] ** 2) ** 2 + (1 - x[:-1]) ** 2))
def rosen_g(x):
    g = np.zeros_like(x)
    g[:-1] = -400 * x[:-1] * (x[1:] - x[:-1] ** 2) - 2 * (1 - x[:-1])
    g[1:] += 200 * (x[1:] - x[:-1] ** 2)
    return g
for name, x0, lo, hi in [
    ("rosenbrock2 x1<=0.5", [-1.2, 1.0], [-np.inf, -np.inf], [0.5, np.inf]),
    ("rosenbrock4 box", [-1.0, 1.5, -0.5, 2.0], [-2, 1.5, -2, -2], [0.8, 2, 2, 0.7]),
    ("rosenbrock5 lower 1.2", [2.0, 2.0, 2.0, 2.0, 2.0], [1.2, -5, -5, -5, -5], [5, 5, 5, 5, 5]),
]:
    r = minimize(rosen, np.array(x0), jac=rosen_g, method="L-BFGS-B", bounds=list(zip(lo, hi)), options={"ftol": 1e-15, "gtol": 1e-12, "maxiter": 10000})
    out["bounded"].append({"name": name, "x0": x0, "lower": [None if not np.isfinite(v) else v for v in lo], "upper": [None if not np.isfinite(v) else v for v in hi], "x": r.x.tolist(), "value": float(r.fun)})

json.dump(out, open(os.path.join(here, "optim.json"), "w"), indent=1)
print("wrote optim.json")

"""Independent reference for fitLogisticRegression's `l2` (ridge) option.

Run with /usr/bin/python3 (numpy + scipy + sklearn):  /usr/bin/python3 packages/core/reference/logisticRidge.py
Objective (glmnet alpha = 0 convention, intercept unpenalised), maximised over b:
    sum_i w_i * l_i(b) - (l2 / 2) * sum(w) * sum_{j not intercept} b_j^2
minimised here as its negative with scipy.optimize.minimize (trust-exact, analytic gradient and
Hessian) followed by three Newton polish steps, a different code path from our IRLS/QR. sklearn's LogisticRegression
(C = 1 / (l2 * sum(w)), lbfgs) is fitted as a cross-check and its largest relative difference
stored (`sklearnMaxRelDiff`), not used as the expected value.
Data: AER::SwissLabor and mtcars as stored in linear.json (written by linear.R).
"""
import json, os
import numpy as np
from scipy.optimize import minimize
from scipy.special import expit, log_expit
from sklearn.linear_model import LogisticRegression

here = os.path.dirname(os.path.abspath(__file__))
lin = json.load(open(os.path.join(here, "linear.json")))

def fit(y, X, l2, w):
    n, p = X.shape
    A = np.column_stack([np.ones(n), X])
    lam = l2 * w.sum()
    pen = np.ones(p + 1); pen[0] = 0.0
    def f(b):
        e = A @ b
        ll = np.sum(w * (y * log_expit(e) + (1 - y) * log_expit(-e)))
        return -ll + 0.5 * lam * np.sum(pen * b * b)
    def g(b):
        mu = expit(A @ b)
        return -A.T @ (w * (y - mu)) + lam * pen * b
    def h(b):
        mu = expit(A @ b)
        return (A * (w * mu * (1 - mu))[:, None]).T @ A + np.diag(lam * pen)
    r = minimize(f, np.zeros(p + 1), jac=g, hess=h, method="trust-exact", options={"gtol": 1e-13, "maxiter": 1000})
    b = r.x
    # trust-exact stops at rounding-limited gradients near 1e-7 on unscaled columns; polish with
    # three exact Newton steps on the same f (gradient then at rounding level, stored below)
    for _ in range(3):
        b = b - np.linalg.solve(h(b), g(b))
    H = h(b)
    sk = LogisticRegression(C=1.0 / lam, tol=1e-12, max_iter=100000, solver="lbfgs")
    sk.fit(X, y, sample_weight=w)
    skb = np.concatenate([sk.intercept_, sk.coef_[0]])
    mu = expit(A @ b)
    dev = -2 * np.sum(w * (y * np.log(mu) + (1 - y) * np.log(1 - mu)))
    return {
        "l2": l2, "estimate": b.tolist(), "vcov": np.linalg.inv(H).tolist(), "deviance": float(dev),
        "gradientNorm": float(np.max(np.abs(g(b)))), "success": bool(r.success),
        "sklearnMaxRelDiff": float(np.max(np.abs(skb - b) / np.maximum(np.abs(b), 1e-12))),
    }

out = {"scipy": __import__("scipy").__version__, "sklearn": __import__("sklearn").__version__, "cases": []}
sl = lin["swissLabor"]["data"]
cols = ["income", "age", "education", "youngkids", "oldkids", "foreign"]
X = np.column_stack([sl[c] for c in cols]); y = np.array(sl["participation"], float)
for l2 in [0.001, 0.05]:
    out["cases"].append({"data": "swissLabor", "columns": cols, "weights": None, **fit(y, X, l2, np.ones(len(y)))})
# standardised columns (population sd), as @dpm/segment's churn model uses them
Z = (X - X.mean(0)) / X.std(0)
out["cases"].append({"data": "swissLabor", "columns": cols, "standardized": True, "weights": None, **fit(y, Z, 0.001, np.ones(len(y)))})
mt = lin["mtcars"]["data"]
Xm = np.column_stack([mt["wt"], mt["hp"]]); ym = np.array(mt["am"], float)
wts = np.array([1 + (i % 3) for i in range(len(ym))], float)
out["cases"].append({"data": "mtcars", "columns": ["wt", "hp"], "weights": wts.tolist(), **fit(ym, Xm, 0.01, wts)})
# mtcars am ~ wt + hp is nearly separated: with a penalty the optimum exists
out["cases"].append({"data": "mtcars", "columns": ["wt", "hp"], "weights": None, **fit(ym, Xm, 0.1, np.ones(len(ym)))})
json.dump(out, open(os.path.join(here, "logisticRidge.json"), "w"), indent=1)
for c in out["cases"]:
    print(c["data"], c["l2"], c["success"], c["gradientNorm"], c["sklearnMaxRelDiff"])

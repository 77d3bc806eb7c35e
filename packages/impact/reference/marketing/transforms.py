# Independent reference values for @dpm/impact's media transforms and the constrained least squares
# of the marketing-mix fit. Run: /usr/bin/python3 transforms.py > transforms.json
import json
import numpy as np
from scipy.signal import lfilter
from scipy.stats import weibull_min
from scipy.optimize import nnls

spend = [120.0, 0.0, 35.0, 80.0, 0.0, 0.0, 210.0, 15.0, 60.0, 0.0, 90.0, 40.0]
out = {"spend": spend}
# Geometric adstock as an IIR filter a_t = x_t + d a_{t-1}.
out["geometric"] = {"decay": 0.6, "values": lfilter([1.0], [1.0, -0.6], spend).tolist()}
# Weibull adstock: weights from scipy's survival function / density, then a truncated convolution.
def conv(w):
    x = np.array(spend)
    return [float(sum(w[l] * x[t - l] for l in range(min(len(w), t + 1)))) for t in range(len(x))]
lags = np.arange(6)
w_cdf = weibull_min.sf(lags, 1.7, scale=2.5)
w_pdf = weibull_min.pdf(lags + 1, 2.5, scale=3.0)
w_pdf = w_pdf / w_pdf.max()
out["weibullCdf"] = {"shape": 1.7, "scale": 2.5, "maxLag": 6, "values": conv(w_cdf)}
out["weibullPdf"] = {"shape": 2.5, "scale": 3.0, "maxLag": 6, "values": conv(w_pdf)}
x = np.array(spend)
out["hill"] = {"halfSaturation": 70.0, "shape": 1.8, "values": (x**1.8 / (x**1.8 + 70.0**1.8)).tolist()}
out["logistic"] = {"lambda": 0.02, "values": ((1 - np.exp(-0.02 * x)) / (1 + np.exp(-0.02 * x))).tolist()}

# Constrained LS: y on [controls Z (free), media F (>= 0, ridge lambda_j = r * ||M f_j||^2)]: partial
# the controls out (M = I - Z Z^+), scipy's nnls on the ridge-augmented media block, then the controls.
rng = np.random.default_rng(7)
n = 40
t = np.arange(n)
Z = np.column_stack([np.ones(n), t / (n - 1), np.sin(2 * np.pi * t / 13), np.cos(2 * np.pi * t / 13)])
F = rng.uniform(0, 1, size=(n, 3))
F[:, 2] = 0.7 * F[:, 0] + 0.3 * rng.uniform(0, 1, n)
y = Z @ np.array([5.0, 1.0, 0.5, -0.3]) + F @ np.array([2.0, -1.5, 0.8]) + rng.normal(0, 0.2, n)
r = 0.01
M = np.eye(n) - Z @ np.linalg.pinv(Z)
MF = M @ F
lam = r * (MF**2).sum(axis=0)
A = np.vstack([MF, np.diag(np.sqrt(lam))])
b = np.concatenate([M @ y, np.zeros(3)])
beta, _ = nnls(A, b)
gamma = np.linalg.lstsq(Z, y - F @ beta, rcond=None)[0]
out["constrained"] = {"Z": Z.tolist(), "F": F.tolist(), "y": y.tolist(), "ridge": r, "beta": beta.tolist(), "gamma": gamma.tolist()}
print(json.dumps(out, indent=1))

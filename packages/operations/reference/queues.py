"""Independent reference values for @dpm/operations' queueing formulas.

Run: /usr/bin/python3 packages/operations/reference/queues.py > packages/operations/reference/queues.json

Erlang C by the textbook factorial sum (exact rationals via fractions), M/M/c/K by the explicit
product-form probabilities, Erlang A by a truncated birth–death chain solved with numpy and the
"answered within t" service level from the matrix exponential of the tagged customer's absorbing
Markov chain (scipy.linalg.expm) — different methods from the TypeScript code (Erlang B
recursion, GMR closed forms, uniformisation).
"""
import json
import math
from fractions import Fraction

import numpy as np
from scipy.linalg import expm


def erlang_c(lam, s, c, t):
    a = Fraction(lam) * Fraction(s)
    a = Fraction(a).limit_denominator(10**12)
    top = a**c / math.factorial(c) * Fraction(c) / (c - a)
    bottom = sum(a**k / math.factorial(k) for k in range(c)) + top
    pw = float(top / bottom)
    a = float(a)
    return {
        "probWait": pw,
        "meanWait": pw * s / (c - a),
        "serviceLevel": 1 - pw * math.exp(-(c - a) * t / s),
    }


def mmck(lam, s, c, K):
    a = lam * s
    p = []
    for n in range(K + 1):
        if n <= c:
            p.append(a**n / math.factorial(n))
        else:
            p.append(a**n / (math.factorial(c) * c ** (n - c)))
    tot = sum(p)
    p = [x / tot for x in p]
    L = sum(n * x for n, x in enumerate(p))
    Lq = sum(max(0, n - c) * x for n, x in enumerate(p))
    thr = lam * (1 - p[K])
    return {"probBlock": p[K], "meanInSystem": L, "meanQueueLength": Lq, "meanWait": Lq / thr}


def erlang_a(lam, s, c, patience, t):
    mu, th = 1 / s, 1 / patience
    K = c + 400
    Q = np.zeros((K + 1, K + 1))
    for k in range(K + 1):
        if k < K:
            Q[k, k + 1] = lam
        if k > 0:
            Q[k, k - 1] = min(k, c) * mu + max(k - c, 0) * th
        Q[k, k] = -Q[k].sum()
    A = np.vstack([Q.T, np.ones(K + 1)])
    b = np.zeros(K + 2)
    b[-1] = 1
    pi = np.linalg.lstsq(A, b, rcond=None)[0]
    pw = pi[c:].sum()
    Lq = sum(max(0, k - c) * pi[k] for k in range(K + 1))
    pab = th * Lq / lam
    # tagged customer: states i = customers ahead (0..J-1), plus served (J) and abandoned (J+1)
    J = K - c + 1
    G = np.zeros((J + 2, J + 2))
    for i in range(J):
        up = c * mu + i * th
        if i == 0:
            G[i, J] += up
        else:
            G[i, i - 1] += up
        G[i, J + 1] += th
        G[i, i] = -(up + th)
    P = expm(G * t)
    sl = pi[:c].sum() + sum(pi[c + i] * P[i, J] for i in range(J))
    return {"probWait": float(pw), "probAbandon": float(pab), "meanWait": float(Lq / lam), "serviceLevel": float(sl)}


out = {
    "erlangC": [
        dict(arrivalRate=lam, serviceTime=s, servers=c, targetWait=t, **erlang_c(lam, s, c, t))
        for lam, s, c, t in [
            (100 / 1800, 180, 11, 20), (100 / 1800, 180, 12, 20), (100 / 1800, 180, 13, 20), (100 / 1800, 180, 14, 20),
            (6, 4, 27, 1 / 3), (6, 4, 28, 1 / 3), (0.5, 1, 1, 1), (50, 1, 60, 0.1), (300, 1, 320, 0.05),
        ]
    ],
    "mmck": [
        dict(arrivalRate=lam, serviceTime=s, servers=c, capacity=K, **mmck(lam, s, c, K))
        for lam, s, c, K in [(3, 0.25, 1, 3), (10, 0.5, 4, 8), (12, 0.5, 4, 6), (2, 1, 3, 3)]
    ],
    "erlangA": [
        dict(arrivalRate=lam, serviceTime=s, servers=c, patience=p, targetWait=t, **erlang_a(lam, s, c, p, t))
        for lam, s, c, p, t in [(6, 4, 22, 2, 1 / 3), (6, 4, 26, 5, 1 / 3), (1, 1, 1, 1, 0.5), (10, 1, 8, 0.5, 0.2)]
    ],
}
print(json.dumps(out, indent=1))

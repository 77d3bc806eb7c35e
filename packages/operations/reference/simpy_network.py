"""SimPy side-by-side reference for @dpm/operations' simulateQueue: a three-station tandem line.

Run: /usr/bin/python3 packages/operations/reference/simpy_network.py > packages/operations/reference/simpy_network.json

Customers arrive as a Poisson stream (1 per minute) and visit, in order:
  1. order  — 2 servers, exponential service, mean 1.5 min   (utilisation 0.75)
  2. pay    — 1 server, gamma service, mean 0.7, sd 0.3       (utilisation 0.70)
  3. make   — 3 servers, lognormal service, mean 2.5, sd 1.0  (utilisation 0.83)
Arrivals stop at the horizon and the line drains; a station's wait counts when the customer reached
that station after the warm-up. Each replication's mean wait per station feeds a Student-t 95 %
confidence interval over replications. SimPy's random numbers (Python's `random`) are of course
not ours: the comparison is statistical.
"""
import json
import math
import random
import statistics
import sys

from scipy import stats

try:  # SimPy 3/4 (pip) …
    import simpy

    SIMPY_VERSION = simpy.__version__
    SIMPY2 = False
except ImportError:  # … or SimPy 2 (Debian python3-simpy)
    import SimPy
    from SimPy.Simulation import Process, Resource, Simulation, hold, release, request

    SIMPY_VERSION = getattr(SimPy, "__version__", "2")
    SIMPY2 = True

ARRIVAL_RATE = 1.0
STATIONS = [
    {"name": "order", "servers": 2, "dist": "exponential", "mean": 1.5},
    {"name": "pay", "servers": 1, "dist": "gamma", "mean": 0.7, "sd": 0.3},
    {"name": "make", "servers": 3, "dist": "lognormal", "mean": 2.5, "sd": 1.0},
]


def sampler(spec, rng):
    if spec["dist"] == "exponential":
        m = spec["mean"]
        return lambda: rng.expovariate(1 / m)
    if spec["dist"] == "gamma":
        m, sd = spec["mean"], spec["sd"]
        k, theta = (m / sd) ** 2, sd * sd / m
        return lambda: rng.gammavariate(k, theta)
    m, sd = spec["mean"], spec["sd"]
    s2 = math.log(1 + sd * sd / (m * m))
    mu, sigma = math.log(m) - s2 / 2, math.sqrt(s2)
    return lambda: rng.lognormvariate(mu, sigma)


def replication(seed, horizon, warmup, max_customers=None):
    if SIMPY2:
        return replication2(seed, horizon, warmup, max_customers)
    rng = random.Random(seed)
    env = simpy.Environment()
    resources = [simpy.Resource(env, capacity=s["servers"]) for s in STATIONS]
    draws = [sampler(s, rng) for s in STATIONS]
    waits = [[0.0, 0] for _ in STATIONS]
    count = [0]

    def customer(env):
        for k, res in enumerate(resources):
            t0 = env.now
            with res.request() as req:
                yield req
                if t0 >= warmup:
                    waits[k][0] += env.now - t0
                    waits[k][1] += 1
                yield env.timeout(draws[k]())

    def source(env):
        while True:
            yield env.timeout(rng.expovariate(ARRIVAL_RATE))
            if env.now >= horizon or (max_customers is not None and count[0] >= max_customers):
                return
            count[0] += 1
            env.process(customer(env))

    env.process(source(env))
    env.run()
    return [w / n for w, n in waits], count[0]


def replication2(seed, horizon, warmup, max_customers=None):
    """The same model in SimPy 2's object-oriented API."""
    rng = random.Random(seed)
    sim = Simulation()
    sim.initialize()
    resources = [Resource(capacity=s["servers"], sim=sim) for s in STATIONS]
    draws = [sampler(s, rng) for s in STATIONS]
    waits = [[0.0, 0] for _ in STATIONS]
    count = [0]

    class Customer(Process):
        def run(self):
            for k, res in enumerate(resources):
                t0 = sim.now()
                yield request, self, res
                if t0 >= warmup:
                    waits[k][0] += sim.now() - t0
                    waits[k][1] += 1
                yield hold, self, draws[k]()
                yield release, self, res

    class Source(Process):
        def run(self):
            while True:
                yield hold, self, rng.expovariate(ARRIVAL_RATE)
                if sim.now() >= horizon or (max_customers is not None and count[0] >= max_customers):
                    return
                count[0] += 1
                c = Customer(sim=sim)
                sim.activate(c, c.run())

    src = Source(sim=sim)
    sim.activate(src, src.run())
    sim.simulate(until=1e300)
    return [w / n for w, n in waits], count[0]


def main():
    horizon, warmup, reps = 20_000.0, 1_000.0, 12
    per_rep = [replication(1000 + r, horizon, warmup)[0] for r in range(reps)]
    t = stats.t.ppf(0.975, reps - 1)
    out = []
    for k, s in enumerate(STATIONS):
        xs = [rep[k] for rep in per_rep]
        m = statistics.fmean(xs)
        half = t * statistics.stdev(xs) / math.sqrt(reps)
        out.append({"name": s["name"], "meanWait": m, "lower": m - half, "upper": m + half, "halfWidth": half})
    json.dump(
        {
            "model": {"arrivalRate": ARRIVAL_RATE, "stations": STATIONS},
            "horizon": horizon,
            "warmup": warmup,
            "replications": reps,
            "confidence": 0.95,
            "simpy": SIMPY_VERSION,
            "stations": out,
        },
        sys.stdout,
        indent=1,
    )


if __name__ == "__main__":
    main()

"""Timing run for the bench: the same 3-station tandem model as reference/simpy_network.py in SimPy.

Usage: /usr/bin/python3 bench/simpy_network.py [customers]
Prints one JSON line: {"customers", "events", "seconds", "eventsPerSec"}, where events counts
arrivals plus service completions (1 + stations per customer) — the events our engine counts.
"""
import json
import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reference"))
from simpy_network import STATIONS, replication  # noqa: E402

customers = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
t0 = time.perf_counter()
_, n = replication(42, float("inf"), 0.0, max_customers=customers)
seconds = time.perf_counter() - t0
events = n * (1 + len(STATIONS))
print(json.dumps({"customers": n, "events": events, "seconds": seconds, "eventsPerSec": events / seconds}))

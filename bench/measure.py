"""Timing tools: percentiles, a threaded HTTP load loop, peak memory from /proc."""

import http.client
import statistics
import threading
import time
from collections import defaultdict
from pathlib import Path


def percentiles(samples_ms):
    """p50/p95/p99/mean/max of latencies in milliseconds, rounded to 0.1 ms."""
    if not samples_ms:
        return {}
    ordered = sorted(samples_ms)

    def pick(fraction):
        # Nearest-rank: the smallest sample with at least `fraction` of all at or below it.
        rank = max(1, round(fraction * len(ordered) + 0.4999))
        return ordered[min(rank, len(ordered)) - 1]

    return {
        "n": len(ordered),
        "p50": round(pick(0.50), 1),
        "p95": round(pick(0.95), 1),
        "p99": round(pick(0.99), 1),
        "mean": round(statistics.fmean(ordered), 1),
        "max": round(ordered[-1], 1),
    }


def timed(function, *args, **kwargs):
    """(result, milliseconds)."""
    began = time.perf_counter()
    result = function(*args, **kwargs)
    return result, (time.perf_counter() - began) * 1000


class HttpClient:
    """One keep-alive connection; reconnects when the server closed it."""

    def __init__(self, host, port):
        self.host, self.port = host, port
        self.connection = None

    def get(self, path):
        for attempt in range(2):
            if self.connection is None:
                self.connection = http.client.HTTPConnection(self.host, self.port, timeout=60)
            try:
                self.connection.request("GET", path)
                response = self.connection.getresponse()
                body = response.read()
                if response.status != 200:
                    raise RuntimeError(f"GET {path} -> {response.status}: {body[:300]!r}")
                return body
            except (http.client.HTTPException, ConnectionError, OSError):
                self.connection.close()
                self.connection = None
                if attempt:
                    raise
        return b""


def run_concurrently(work, concurrency):
    """Run `work` = [(kind, callable)] on `concurrency` threads; each callable
    is timed. Returns (latencies by kind, wall seconds)."""
    latencies = defaultdict(list)
    lock = threading.Lock()
    position = iter(range(len(work)))
    errors = []

    def worker():
        while True:
            with lock:
                i = next(position, None)
            if i is None:
                return
            kind, call = work[i]
            try:
                _, ms = timed(call)
            except Exception as error:
                # Any failure is collected, and fails the run below with examples.
                errors.append(f"{kind}: {error}")
                continue
            with lock:
                latencies[kind].append(ms)

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    if errors:
        raise RuntimeError(f"{len(errors)} requests failed, e.g. {errors[:3]}")
    return latencies, time.perf_counter() - began


def _status_kb(pid, key):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def peak_rss_mb(pid):
    """VmHWM: the largest resident set the process has had, in MiB."""
    kb = _status_kb(pid, "VmHWM")
    return round(kb / 1024, 1) if kb else None


def current_rss_mb(pid):
    kb = _status_kb(pid, "VmRSS")
    return round(kb / 1024, 1) if kb else None


def child_pids(pid):
    children = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        text = (task / "children").read_text().split()
        children += [int(child) for child in text]
    return children

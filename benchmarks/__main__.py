"""Run every benchmark module (or those named on the command line) and print their figures."""

from __future__ import annotations

import importlib
import pkgutil
import platform
import sys
import time

import benchmarks


def cpu_probe() -> float:
    """Milliseconds for a fixed pure-Python loop. The development VM's speed drifts by up to 2x
    within minutes (shared host), so each module's figures are printed beside this probe."""
    started = time.perf_counter()
    total = 0
    for i in range(1_000_000):
        total += i * i
    return (time.perf_counter() - started) * 1000


def main(argv: list[str]) -> int:
    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__) if m.name.startswith("bench_"))
    if argv:
        names = [n for n in names if any(a in n for a in argv)]
    print(f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, python {platform.python_version()}, "
          f"cores {__import__('os').cpu_count()}")
    for name in names:
        print(f"\n== {name} (CPU probe {cpu_probe():.0f} ms: a fixed loop, lower is faster)")
        started = time.perf_counter()
        importlib.import_module(f"benchmarks.{name}").run()
        print(f"({name} took {time.perf_counter() - started:.1f} s; CPU probe after: {cpu_probe():.0f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

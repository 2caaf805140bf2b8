"""Adversarial inputs at full size: each must parse without an exception and at no less than
1/5 of the speed of ordinary wire copy (DESIGN.md §3).

    python benchmarks/bench_adversarial.py [--mb 10] [--corpus ../shared/corpus/tass]

The reference speed is measured on the corpus given (or on the project's examples/ when it is
absent); each hostile text is built at ``--mb`` megabytes and parsed once.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parent.parent


def _junk(n: int) -> str:
    rng = random.Random(7)
    return rng.randbytes(n).decode("latin-1")


CASES: dict[str, Callable[[int], str]] = {
    "10 MB without a newline": lambda n: ("word " * (n // 5 + 1))[:n],
    "quote marks": lambda n: '"' * n,
    "curly quote pairs": lambda n: "\u201c\u201d" * (n // 2),
    "binary junk (latin-1)": _junk,
    "bare CRs": lambda n: "\r" * n,
    "blank line runs": lambda n: ("\n" + " " * 5000) * (n // 5001) + "x",
    "short lines, no blank lines": lambda n: "Line of the story goes on.\n" * (n // 27),
    "indented lines": lambda n: "    x\n" * (n // 6),
    "underscore lines": lambda n: "___\n" * (n // 4),
    "sign-off lines": lambda n: "Reuter\n" * (n // 7),
    "byline lines": lambda n: "By Joseph Ax\n" * (n // 13),
    "ANPA marks": lambda n: "^" * (n // 2) + "<" * (n // 2),
    "control characters": lambda n: "".join(chr(i) for i in range(32)) * (n // 32),
}


def reference_speed(corpus: Path) -> float:
    files = sorted(corpus.rglob("*.txt")) if corpus.is_dir() else []
    if not files:
        files = sorted((ROOT / "examples").glob("*.txt"))
    texts = [f.read_text(encoding="utf-8", errors="replace") for f in files]
    size = sum(len(t) for t in texts)
    reps = max(1, 2_000_000 // max(size, 1))
    start = time.perf_counter()
    for _ in range(reps):
        for t in texts:
            newsparse.parse(t)
    return size * reps / (time.perf_counter() - start) / 1e6


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--mb", type=float, default=10.0)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "corpus" / "tass")
    args = ap.parse_args()
    n = int(args.mb * 1_000_000)
    ref = reference_speed(args.corpus)
    print(f"reference: {ref:.2f} M chars/s  (floor for hostile input: {ref / 5:.2f})")
    failed = 0
    for name, make in CASES.items():
        text = make(n)
        start = time.perf_counter()
        try:
            newsparse.parse(text)
            status = "ok"
        except Exception as exc:  # the point of the benchmark: report, do not stop
            status = f"RAISED {type(exc).__name__}: {exc}"
        speed = len(text) / (time.perf_counter() - start) / 1e6
        slow = speed < ref / 5
        failed += slow or status != "ok"
        print(f"{name:32s} {len(text) / 1e6:6.1f} M chars {speed:7.2f} M chars/s  {'SLOW ' if slow else ''}{status}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

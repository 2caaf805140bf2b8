"""Speed of the header and dateline rules alone, on a corpus and on hostile input.

    python benchmarks/bench_datelines.py [--corpus ../shared/corpus/tass] [--runs 3]

Prints MB/s of the two rules for the corpus and for each adversarial text (which must stay
within a small factor of the corpus speed: the rules are linear), and the time the first parse
takes to compile the grammar.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsparse.parser import Parser
from newsparse.rules import datelines, header
from newsparse.state import ParseState

ADVERSARIAL = {
    "1 MB of capitals": "A" * 1_000_000,
    "capital words": "ABCDEFGHIJ " * 100_000,
    "100,000 commas": "," * 100_000,
    "LONDON, repeated": "LONDON, " * 100_000,
    "open brackets": "(" * 100_000,
    "date-like lines": "\n".join(["WASHINGTON, March 3 (AP"] * 20_000),
    "control lines": "\x02\n" * 100_000,
    "header dates": "date 2019-02-21 " * 100_000,
    "10 MB, no newline": "x" * 10_000_000,
}


def _rate(parser: Parser, texts: list[str], runs: int) -> float:
    best = 0.0
    size = sum(len(t) for t in texts) / 1e6
    for _ in range(runs):
        start = time.process_time()
        for text in texts:
            state = ParseState(text, parser.registry)
            header.header(state)
            datelines.dateline(state)
        best = max(best, size / max(time.process_time() - start, 1e-9))
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[2] / "shared" / "corpus" / "tass"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    t0 = time.process_time()
    parser = Parser()
    parser.parse("MOSCOW, February 21. /TASS/. Warm-up.")
    print(f"parser + grammar compile: {time.process_time() - t0:.3f} s")
    files = sorted(Path(args.corpus).rglob("*.txt"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    if texts:
        texts = texts * max(1, int(2e6 // max(1, sum(len(t) for t in texts))))
        normal = _rate(parser, texts, args.runs)
        print(f"{args.corpus}: {normal:.1f} MB/s (header + dateline rules)")
    for name, text in ADVERSARIAL.items():
        print(f"  {name:20s} {_rate(parser, [text], 1):8.1f} MB/s")


if __name__ == "__main__":
    main()

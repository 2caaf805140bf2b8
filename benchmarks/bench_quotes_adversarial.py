"""Adversarial quote input at full size: parse time must grow linearly with the input.

    python benchmarks/bench_quotes_adversarial.py [--scale 1.0]

Prints MB/s for each input and for ordinary copy built the same way; an adversarial input should
parse at no less than 1/5 of the ordinary speed (DESIGN.md section 3).
"""

from __future__ import annotations

import argparse
import time

import newsparse

DL = "MOSCOW, March 3. /TASS/. Foreign Minister Anna Varkonyi arrived on Monday.\n\n"
NORMAL = '"Talks will go on next week," the minister said. "We are patient."\n\n'


def inputs(scale: float) -> dict[str, str]:
    n = int(1_000_000 * scale)
    return {
        "100k quote marks in one paragraph": DL + '"' * int(100_000 * scale),
        "1 MB of '\"a\" said b '": DL + ('"a" said b ' * (n // 11)),
        "curly/guillemet soup": DL + ("\u201c\u00ab\u201e\u201d\u00bb" * (n // 5)),
        "unclosed quotes, many paragraphs": DL + ('He said "this never ends\n\n' * (n // 27)),
        "ordinary copy": DL + NORMAL * (n // len(NORMAL)),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    for name, text in inputs(args.scale).items():
        t0 = time.perf_counter()
        a = newsparse.parse(text)
        dt = time.perf_counter() - t0
        print(f"{name:40s} {len(text) / 1e6:6.2f} MB {dt:7.3f} s {len(text) / 1e6 / dt:7.2f} MB/s "
              f"quotes={len(a.quotes)} terms={len(a.quoted_terms)}")


if __name__ == "__main__":
    main()

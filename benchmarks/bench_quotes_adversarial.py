"""Adversarial quote input at full size: parse time must grow linearly with the input.

    python benchmarks/bench_quotes_adversarial.py [--scale 1.0]

Prints, for each input and for ordinary copy built the same way, the MB/s of the whole parse
(wall clock, ``newsparse.parse``) and the CPU time of the ``quotes`` and ``attribution`` rules
(the rule chain run rule by rule, as ``bench_rules.py`` does), so a slow input shows which rule
owns the time. An adversarial input should parse at no less than 1/5 of the ordinary speed
(DESIGN.md section 3). The default parser is built before any timing.
"""

from __future__ import annotations

import argparse
import time

import newsparse
from newsparse.parser import default_parser
from newsparse.state import ParseState

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


def rule_times(text: str) -> dict[str, int]:
    """CPU nanoseconds of each rule of the default chain on ``text``."""
    registry = default_parser().registry
    state = ParseState(text, registry, {})
    out: dict[str, int] = {}
    for rule in registry.rules:
        t0 = time.process_time_ns()
        rule.fn(state)
        out[rule.name] = time.process_time_ns() - t0
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=float, default=1.0)
    args = ap.parse_args()
    newsparse.parse(DL + NORMAL)  # build the default parser outside the timing
    print(f"{'input':40s} {'size':>7s} {'parse':>8s} {'MB/s':>7s}   {'quotes':>16s}   {'attribution':>16s}")
    for name, text in inputs(args.scale).items():
        mb = len(text) / 1e6
        t0 = time.perf_counter()
        a = newsparse.parse(text)
        dt = time.perf_counter() - t0
        counts = f"quotes={len(a.quotes)} terms={len(a.quoted_terms)}"
        del a  # a large article left alive would slow the collector down in the next timing
        rules = rule_times(text)
        shares = "   ".join(_share(mb, rules.get(rule, 0)) for rule in ("quotes", "attribution"))
        print(f"{name:40s} {mb:5.2f}MB {dt:7.3f}s {mb / dt:7.2f}   {shares}   {counts}")


def _share(mb: float, ns: int) -> str:
    s = ns / 1e9
    return f"{s:6.3f}s {mb / s:6.2f}MB/s" if s >= 1e-3 else f"{s:6.3f}s {'-':>10s}"


if __name__ == "__main__":
    main()

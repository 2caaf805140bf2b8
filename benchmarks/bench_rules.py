"""CPU time per rule of the default pipeline, per story, over a folder of .txt stories.

    python benchmarks/bench_rules.py [--corpus ../shared/corpus/tass] [--passes 5]

CPU time (``time.process_time_ns``), not wall clock, so figures from a shared, loaded machine
stay comparable; the minimum over the passes is reported for each rule. Use it to see where a
parse spends its time before and after a change; ``../shared/eval/bench_speed.py`` gives the
end-to-end MB/s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from newsparse.parser import default_parser
from newsparse.state import ParseState


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1] / "examples"))
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args(argv)
    texts = []
    for path in sorted(Path(args.corpus).rglob("*.txt")):
        try:
            texts.append(path.read_text(encoding="utf-8", errors="strict"))
        except UnicodeDecodeError:
            continue
    if not texts:
        print(f"no .txt stories under {args.corpus}", file=sys.stderr)
        return 1
    parser = default_parser()
    parser.parse(texts[0])  # compile grammars and load data outside the timing
    rules = list(parser.registry.rules)
    best: dict[str, int] = {}
    whole = []
    for _ in range(args.passes):
        totals = dict.fromkeys([r.name for r in rules] + ["to_article"], 0)
        for text in texts:
            state = ParseState(text, parser.registry, {})
            for rule in rules:
                t0 = time.process_time_ns()
                rule.fn(state)
                totals[rule.name] += time.process_time_ns() - t0
            t0 = time.process_time_ns()
            state.to_article()
            totals["to_article"] += time.process_time_ns() - t0
        for name, ns in totals.items():
            best[name] = min(best.get(name, ns), ns)
        t0 = time.process_time_ns()
        for text in texts:
            parser.parse(text)
        whole.append(time.process_time_ns() - t0)
    size = sum(len(t.encode("utf-8")) for t in texts)
    n = len(texts)
    print(f"{args.corpus}: {n} stories, {size / 1e6:.2f} MB; CPU µs per story (min of {args.passes} passes)")
    for name, ns in sorted(best.items(), key=lambda kv: -kv[1]):
        print(f"  {name:<16} {ns / 1000 / n:8.1f}")
    fastest = min(whole)
    print(f"  {'parse()':<16} {fastest / 1000 / n:8.1f}   = {size / (fastest / 1e9) / 1e6:.2f} MB/s CPU")
    return 0


if __name__ == "__main__":
    sys.exit(main())

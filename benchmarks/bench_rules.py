"""CPU time per article of each rule of the core chain, over a corpus folder.

    python benchmarks/bench_rules.py [--corpus ../shared/corpus/tass] [--passes 5]

Process time (not wall time), so a busy shared machine disturbs the figures less than
``bench_speed.py``; every ``.txt`` under the folder is parsed once to warm up, then ``--passes``
times while each rule's time is added up.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any

from newsparse.parser import default_parser


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="../shared/corpus/tass")
    ap.add_argument("--passes", type=int, default=5)
    args = ap.parse_args()
    texts = []
    for p in sorted(Path(args.corpus).rglob("*.txt")):
        try:
            texts.append(p.read_text(encoding="utf-8"))
        except UnicodeDecodeError:
            continue
    if not texts:
        raise SystemExit(f"no .txt under {args.corpus}")
    parser = default_parser()
    spent: dict[str, float] = {}
    for rule in parser.registry.rules:
        def timed(state: Any, fn: Any = rule.fn, name: str = rule.name) -> None:
            t = time.process_time()
            fn(state)
            spent[name] = spent.get(name, 0.0) + time.process_time() - t
        object.__setattr__(rule, "fn", timed)
    for t in texts:
        parser.parse(t)
    spent.clear()
    t0 = time.process_time()
    for _ in range(args.passes):
        for t in texts:
            parser.parse(t)
    total = time.process_time() - t0
    n = args.passes * len(texts)
    for name, s in spent.items():
        print(f"{name:15s} {s / n * 1e6:9.1f} us/article")
    size = sum(len(t.encode("utf-8")) for t in texts) * args.passes
    print(f"{'parse':15s} {total / n * 1e6:9.1f} us/article  {size / total / 1e6:.2f} MB/s of CPU time")


if __name__ == "__main__":
    main()

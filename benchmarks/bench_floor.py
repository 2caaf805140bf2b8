"""The cost floor of the model in CPython: the cheapest pipeline that builds newsparse's objects.

    python benchmarks/bench_floor.py [--corpus ../shared/corpus/polnear]

Not a parser: a yardstick for docs/performance.md. It splits paragraphs at blank lines with
``str.find``, pairs straight and curly double quotes in order within a paragraph, reads one regex after each quote for
a ``"...," X said`` tail, and builds ``Paragraph``, ``Quote`` and ``Speaker`` objects with the same
trusted constructors the rules use. No envelope, dateline grammar, other or nested marks, quoted
terms, head attribution or coreference. Prints its CPU MB/s next to ``newsparse.parse``'s on the
same texts: the gap is the rule work a real parse does, not the interpreter.
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import time
from collections.abc import Callable

import newsparse
from newsparse.models import Paragraph, Quote, Speaker, trusted_paragraph, trusted_quote, trusted_span, trusted_speaker

_MARK = re.compile("[\"\u201c\u201d]")
_CUE = r"(?:said|says|told|added|stressed|noted|asked|wrote)"
_TAIL = re.compile(r",?[\"\u201d]?\s+(?:(he|she|they|[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}|the [a-z]+) " + _CUE
                   + r"|" + _CUE + r" ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}))")


def skeleton(text: str) -> tuple[list[Paragraph], list[Quote]]:
    """Paragraphs and straight-quoted quotes with a tail speaker, built as cheaply as possible."""
    paras: list[Paragraph] = []
    quotes: list[Quote] = []
    pos, n, index = 0, len(text), 0
    while pos < n:
        end = text.find("\n\n", pos)
        if end < 0:
            end = n
        if end > pos:
            block = text[pos:end]
            paras.append(trusted_paragraph(index, block.replace("\n", " ") if "\n" in block else block,
                                           trusted_span(pos, end)))
            marks = [m.start() for m in _MARK.finditer(text, pos, end)]
            for k in range(0, len(marks) - 1, 2):
                q, c = marks[k], marks[k + 1]
                span = trusted_span(q + 1, c)
                m = _TAIL.match(text, c, min(end, c + 60))
                speaker: Speaker | None = None
                if m is not None:
                    g = 1 if m.group(1) else 2
                    speaker = trusted_speaker(m.group(g), trusted_span(m.start(g), m.end(g)), m.group(g), "person")
                quotes.append(trusted_quote(text[q + 1:c], "full", speaker, index, None, span, (span,), (),
                                            ("full",), ()))
            index += 1
        pos = end + 2
    return paras, quotes


def _cpu_mb_per_s(fn: Callable[[str], object], texts: list[str], passes: int = 5) -> float:
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    best = float("inf")
    for _ in range(passes):
        t0 = time.process_time()
        for t in texts:
            fn(t)
        best = min(best, time.process_time() - t0)
    return mb / best


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=os.path.join("..", "shared", "corpus", "polnear"))
    args = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    texts = [open(p, encoding="utf-8", newline="").read() for p in paths]
    if not texts:
        raise SystemExit(f"no .txt files in {args.corpus}")
    newsparse.parse(texts[0])  # build the default parser outside the timing
    print(f"{args.corpus}: {len(texts)} texts")
    print(f"  skeleton (floor)   {_cpu_mb_per_s(skeleton, texts):7.1f} MB/s CPU")
    print(f"  newsparse.parse    {_cpu_mb_per_s(newsparse.parse, texts):7.1f} MB/s CPU")


if __name__ == "__main__":
    main()

"""Hostile and broken input: always an Article, never an exception, linear time.

Sizes here are small enough for CI; ``benchmarks/bench_adversarial.py`` runs 10 MB inputs.
"""

from __future__ import annotations

import random

import pytest

import newsparse


def _junk(n: int, seed: int = 7) -> str:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(n)).decode("latin-1")


CASES = {
    "empty": "",
    "whitespace": " \t\n\r\n  \n\x0b\x0c",
    "controls": "".join(chr(i) for i in range(32)) * 20,
    "binary junk": _junk(20_000),
    "no dateline": "Rain fell across the region on Monday.\n\nMore is due.\n",
    "no blank lines": "\n".join(f"Line {i} of the story goes on." for i in range(2000)),
    "one long line": "word " * 50_000,
    "quote marks": '"' * 100_000,
    "curly quotes": "\u201c\u201d" * 50_000,
    "bare CRs": "\r" * 100_000,
    "CRs then text": "\r" * 50_000 + "text",
    "blank runs": ("\n" + " " * 5000) * 20 + "x",
    "underscores": "___\n" * 20_000,
    "signoffs": "Reuter\n" * 20_000,
    "carets": "^" * 50_000 + "<" * 50_000,
    "surrogates": "\ud800\udfff text \udc00",
    "indents": "    x\n" * 20_000,
    "by lines": "By Joseph Ax\n" * 10_000,
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input_gives_an_article(name: str) -> None:
    text = CASES[name]
    a = newsparse.parse(text)
    assert a.source == text
    assert not [w for w in a.warnings if w.code == "rule-failed"], a.warnings
    for p in a.paragraphs:
        assert 0 <= p.span.start < p.span.end <= len(text)
    newsparse.render(a)


def test_empty_text() -> None:
    a = newsparse.parse("")
    assert (a.headline, a.dateline, a.paragraphs, a.trailer) == (None, None, (), ())


def test_non_str_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        newsparse.parse(123)  # type: ignore[arg-type]

"""render(): canonical plain wire text, and round trips through it and through JSON."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse import Article, Byline, Dateline, Paragraph, TextBlock, Trailer


def test_render_layout() -> None:
    a = Article(
        source="",
        headline=TextBlock("headline", "Talks resume"),
        advisories=(TextBlock("advisory", "(Adds quote)"),),
        byline=Byline("By Joseph Ax", ("Joseph Ax",)),
        dateline=Dateline("LONDON (Reuters) -", "LONDON", agency="Reuters"),
        paragraphs=(Paragraph(0, "Shares rose."), Paragraph(1, "Bonds fell.")),
        trailer=(Trailer("credits", "(Reporting by Anna Chen)"), Trailer("signoff", "Reuter")),
    )
    assert newsparse.render(a) == (
        "Talks resume\n\n(Adds quote)\n\nBy Joseph Ax\n\nLONDON (Reuters) - Shares rose.\n\nBonds fell.\n\n"
        "(Reporting by Anna Chen)\nReuter\n"
    )


def test_render_empty_article() -> None:
    assert newsparse.render(newsparse.parse("")) == ""


def test_render_keeps_header_as_written() -> None:
    text = "date 2019-02-21\nMOSCOW, February 21. /TASS/. Talks went on.\n"
    a = newsparse.parse(text)
    out = newsparse.render(a)
    assert out.startswith("date 2019-02-21\n\n")
    assert newsparse.parse(out) == a
    assert newsparse.parse(out).date == dt.date(2019, 2, 21)


def test_render_source_order_of_front_matter() -> None:
    text = "By Olga Petrova\n\nStorm hits coast\n\nLONDON (Reuters) - Rain.\n"
    a = newsparse.parse(text)
    out = newsparse.render(a)
    assert out.index("By Olga Petrova") < out.index("Storm hits coast")
    assert newsparse.parse(out) == a


def test_round_trip_example_files() -> None:
    from pathlib import Path

    for path in sorted((Path(__file__).parent.parent / "examples").glob("*.txt")):
        a = newsparse.parse(path.read_text(encoding="utf-8"))
        assert newsparse.parse(newsparse.render(a)) == a, path.name

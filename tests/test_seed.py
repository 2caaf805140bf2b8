"""The article that started the project parses as DESIGN.md and issue #2 say."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import newsparse


def test_seed_article(shared_dir: Path) -> None:
    text = (shared_dir / "seed" / "tass-2019-02-21.txt").read_text(encoding="utf-8")
    a = newsparse.parse(text)
    assert a.date == dt.date(2019, 2, 21)
    assert [(h.key, h.value) for h in a.header] == [("date", "2019-02-21")]
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.date_text, a.dateline.agency) == ("MOSCOW", "February 21", "TASS")
    assert a.dateline.date == dt.date(2019, 2, 21)
    assert len(a.paragraphs) == 6
    assert a.paragraphs[0].text.startswith("Japan\u2019s pro-American stance")
    assert a.agency == "TASS"

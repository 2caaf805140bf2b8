"""Dates as written in datelines (``February 21``, ``Dec. 1``, ``28 APR 89``, ``1 Abr.``) to
``datetime.date``; month names are data (``data/months.json``)."""

from __future__ import annotations

import datetime as _dt
import json
import re
from functools import cache
from importlib import resources

__all__ = ["month_number", "resolve_date"]


@cache
def _months() -> dict[str, int]:
    raw = json.loads(resources.files("newsparse.data").joinpath("months.json").read_text(encoding="utf-8"))
    return {name.casefold(): int(num) for num, names in raw["months"].items() for name in names}


def month_number(word: str) -> int | None:
    return _months().get(word.strip(".").casefold())


_TOKENS = re.compile(r"[^\W\d_]+\.?|\d+")


def resolve_date(date_text: str, reference: _dt.date | None) -> _dt.date | None:
    """The date, with the year from the text or else the one nearest the reference date."""
    month = day = year = None
    for tok in _TOKENS.findall(date_text):
        if tok.isdigit():
            n = int(tok)
            if len(tok) == 4:
                year = n
            elif day is None and 1 <= n <= 31:
                day = n
            elif day is not None and year is None and len(tok) == 2:
                year = 1900 + n if n >= 30 else 2000 + n
        elif month is None:
            month = month_number(tok)
    if month is None or day is None:
        return None
    if year is None:
        if reference is None:
            return None
        best: _dt.date | None = None
        for y in (reference.year - 1, reference.year, reference.year + 1):
            try:
                cand = _dt.date(y, month, day)
            except ValueError:
                continue
            if best is None or abs((cand - reference).days) < abs((best - reference).days):
                best = cand
        return best
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None

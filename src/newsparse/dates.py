"""Dates as written in datelines (``February 21``, ``Dec. 1``, ``28 APR 89``, ``1 Abr.``,
``Oct. 31 , 2005``) to ``datetime.date``; month names are data (``data/months.json``)."""

from __future__ import annotations

import datetime as _dt
import json
import re
from functools import cache, lru_cache
from importlib import resources

__all__ = ["month_names", "month_number", "resolve_date"]


@cache
def _months() -> dict[str, int]:
    raw = json.loads(resources.files("newsparse.data").joinpath("months.json").read_text(encoding="utf-8"))
    return {name.casefold(): int(num) for num, names in raw["months"].items() for name in names}


def month_names() -> tuple[str, ...]:
    """Every month spelling in the data, case-folded, longest first (for regex alternations)."""
    return tuple(sorted(_months(), key=lambda n: (-len(n), n)))


def month_number(word: str) -> int | None:
    return _months().get(word.strip(".").casefold())


_TOKENS = re.compile(r"[^\W\d_]+\.?|\d+")


def _nearest(candidates: list[_dt.date], reference: _dt.date) -> _dt.date | None:
    return min(candidates, key=lambda d: (abs((d - reference).days), d), default=None)


def _valid(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


@lru_cache(maxsize=4096)  # a feed repeats the same few dates; parsing one costs more than a lookup
def resolve_date(date_text: str, reference: _dt.date | None) -> _dt.date | None:
    """The date, with the year from the text, or else the one nearest the reference date.

    A two-digit year (``20 AUG 89``) takes the century that puts the date nearest the
    reference (1930-2029 without one). With no year written and no reference: None.
    """
    month = day = year = None
    short_year = False
    for tok in _TOKENS.findall(date_text):
        if tok.isdigit():
            n = int(tok)
            if len(tok) == 4:
                year = n
            elif day is None and 1 <= n <= 31 and len(tok) <= 2:
                day = n
            elif day is not None and year is None and len(tok) == 2:
                year, short_year = n, True
        elif month is None:
            month = month_number(tok)
    if month is None or day is None:
        return None
    if year is not None and not short_year:
        return _valid(year, month, day)
    if year is not None:
        if reference is None:
            return _valid(1900 + year if year >= 30 else 2000 + year, month, day)
        century = reference.year // 100 * 100
        found = [d for c in (century - 100, century, century + 100) if (d := _valid(c + year, month, day))]
        return _nearest(found, reference)
    if reference is None:
        return None
    years = (reference.year - 1, reference.year, reference.year + 1)
    return _nearest([d for y in years if (d := _valid(y, month, day))], reference)

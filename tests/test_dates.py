"""Dates as written in datelines, and the year taken from the header date."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse.dates import month_names, month_number, resolve_date

D = dt.date


@pytest.mark.parametrize(
    ("word", "number"),
    [("February", 2), ("Feb", 2), ("Feb.", 2), ("FEB", 2), ("Sept.", 9), ("APril", 4), ("ene", 1), ("Abr.", 4),
     ("LUG", 7), ("août", 8), ("Dez", 12), ("maart", 3), ("okt", 10), ("Ogos", 8), ("Tuesday", None), ("", None)],
)
def test_month_number(word: str, number: int | None) -> None:
    assert month_number(word) == number


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("February 21", D(2019, 2, 21), D(2019, 2, 21)),
        ("December 31", D(2020, 1, 2), D(2019, 12, 31)),  # across the year boundary: the nearest
        ("January 2", D(2019, 12, 30), D(2020, 1, 2)),
        ("June 30", D(2019, 1, 1), D(2019, 6, 30)),
        ("Feb 29", D(2021, 3, 1), D(2020, 2, 29)),  # only leap years have it
        ("Aug 29, 2014", None, D(2014, 8, 29)),  # a written year wins
        ("Aug 29, 2014", D(2019, 1, 1), D(2014, 8, 29)),
        ("Oct. 31 , 2005", None, D(2005, 10, 31)),
        ("23 Aug 88", None, D(1988, 8, 23)),
        ("20 AUG 89", D(2019, 1, 1), D(1989, 8, 20)),
        ("5 May 21", D(2020, 6, 1), D(2021, 5, 5)),
        ("1 Abr.", D(2021, 3, 30), D(2021, 4, 1)),
        ("Feb 09", D(2017, 2, 11), D(2017, 2, 9)),
        ("February 21", None, None),  # no year written, no header date
        ("Feb 30", D(2019, 2, 1), None),
        ("Tuesday", D(2019, 2, 1), None),
        ("", None, None),
    ],
)
def test_resolve_date(text: str, reference: dt.date | None, expected: dt.date | None) -> None:
    assert resolve_date(text, reference) == expected


def test_month_names_are_longest_first() -> None:
    names = month_names()
    assert names == tuple(sorted(names, key=lambda n: (-len(n), n)))
    assert "september" in names and "sept" in names


@given(st.dates(min_value=D(1901, 1, 1), max_value=D(2098, 12, 31)), st.integers(-150, 150))
def test_without_year_the_nearest_date_is_taken(day: dt.date, offset: int) -> None:
    reference = day + dt.timedelta(days=offset)
    text = f"{day:%B} {day.day}"
    got = resolve_date(text, reference)
    assert got is not None and (got.month, got.day) == (day.month, day.day)
    assert abs((got - reference).days) <= abs((day - reference).days)

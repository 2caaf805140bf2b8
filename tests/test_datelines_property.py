"""Property: datelines generated in every tag shape, for every built-in agency, parse back to the
same fields and span."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.agencies import Agency, load_builtin_agencies

AGENCIES = load_builtin_agencies()
PLACES = ["ZORVIK", "PORT ALMERA", "SAN KESTREL", "NEW VALE", "Kestrel", "Port Almera", "Rio de Oro", "ST. ALBIN",
          "KNOKKE-VALE", "Zorvik Bay", "L'ANSE", "\u00c5lborg"]
REGIONS = ["Pa.", "N.J.", "Argentina", "South Vale", "Leningrad Region", "ITALY", "M Va."]
MONTHS = ["February", "Feb", "Feb.", "Sept.", "MARCH", "Dec.", "enero", "Abr.", "LUG", "août"]
STORY = "The minister said on Tuesday that the talks would go on, officials said."


@dataclass
class Case:
    dateline: str
    location: str | None
    region: str | None
    date_text: str | None
    agency: Agency


@st.composite
def dates(draw: st.DrawFn) -> str:
    month, day = draw(st.sampled_from(MONTHS)), draw(st.integers(1, 28))
    if draw(st.booleans()):
        return f"{month} {day}" + draw(st.sampled_from(["", ", 2014", " , 2005"]))
    return f"{day} {month}" + draw(st.sampled_from(["", " 89", " 2019"]))


@st.composite
def cases(draw: st.DrawFn) -> Case:
    shape = draw(st.sampled_from(["paren", "slash", "bare", "prefix"]))
    agency = draw(st.sampled_from([a for a in AGENCIES if shape in a.shapes]))
    spelling = draw(st.sampled_from(agency.spellings))
    place = draw(st.sampled_from(PLACES))
    date = draw(dates()) if shape == "bare" else draw(st.none() | dates())
    region = draw(st.none() | st.sampled_from(REGIONS))
    form = draw(st.sampled_from([", {}", " ({})", " [{}]", " /{}/"]))
    if region is not None and form != ", {}" and date is None and shape == "prefix":
        form = ", {}"  # a bracketed region is followed by a date or a tag
    head = place + ("" if region is None else form.format(region))
    dated = head if date is None else f"{head}, {date}"
    if shape == "paren":
        sep = draw(st.sampled_from(["", " -", " --", " _", " \u2014", " \u2013", ":", ".-", "--", "_"]))
        text = f"{dated} ({spelling}){sep}"
    elif shape == "slash":
        text = f"{dated}. /{spelling}/." if date else f"{head} /{spelling}/" + draw(st.sampled_from([".", ":"]))
    elif shape == "bare":
        text = f"{dated} {spelling}" + draw(st.sampled_from([" -", " --", " _", " \u2014"]))
    else:
        text = f"({spelling}) - {dated}" + draw(st.sampled_from([" -", " --", " _", " \u2014"]))
    return Case(text, place, region, date, agency)


@given(cases(), st.sampled_from(["", "Talks to go on, minister says\n\n", "\t   ", "\x02"]))
def test_generated_datelines_parse_back(case: Case, front: str) -> None:
    text = f"{front}{case.dateline} {STORY}\n"
    a = newsparse.parse(text)
    dl = a.dateline
    assert dl is not None, text
    assert (dl.location, dl.region, dl.date_text, dl.agency) == (
        case.location, case.region, case.date_text, case.agency.name), text
    assert (dl.span.start, dl.span.end) == (len(front), len(front) + len(case.dateline)), text
    assert dl.text == case.dateline


@given(st.text(max_size=300))
def test_any_text_gives_a_well_formed_dateline_or_none(text: str) -> None:
    dl = newsparse.parse(text).dateline
    if dl is not None:
        assert 0 <= dl.span.start < dl.span.end <= len(text)
        assert text[dl.span.start : dl.span.end] == dl.text
        assert dl.text == dl.text.strip()

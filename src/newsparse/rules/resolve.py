"""Story-level facts from several elements: ``Article.agency`` and the dateline's date."""

from __future__ import annotations

import attrs

from ..dates import resolve_date
from ..state import ParseState
from .envelope import agency_from_byline, agency_from_trailer

__all__ = ["dateline_date", "story_agency"]


def story_agency(state: ParseState) -> None:
    """The story's agency: the dateline's tag, else a sign-off trailer (`` Reuter``,
    ``==Kyodo``), else the byline's credit (``The Canadian Press``). Every name comes from the
    agency table, so an agency a plugin registers is recognised the same way."""
    if state.dateline is not None and state.dateline.agency:
        state.agency = state.dateline.agency
        return
    for t in state.trailer:
        name = agency_from_trailer(state, t)
        if name is not None:
            state.agency = name
            return
    if state.byline is not None:
        state.agency = agency_from_byline(state, state.byline)


def dateline_date(state: ParseState) -> None:
    dl = state.dateline
    if dl is None or not dl.date_text or dl.date is not None:  # the dateline rule may have resolved it
        return
    date = resolve_date(dl.date_text, state.date)
    if date is not None:
        state.dateline = attrs.evolve(dl, date=date)

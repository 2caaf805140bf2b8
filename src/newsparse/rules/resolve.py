"""Story-level facts from several elements: ``Article.agency`` and the dateline's date."""

from __future__ import annotations

import attrs

from ..state import ParseState

__all__ = ["dateline_date", "story_agency"]


def story_agency(state: ParseState) -> None:
    agencies = state.registry.agencies
    if state.dateline is not None and state.dateline.agency:
        state.agency = state.dateline.agency
        return
    for t in state.trailer:
        for agency in agencies:
            if t.text in agency.signoffs or t.text.lstrip("=").strip() in agency.spellings:
                state.agency = agency.name
                return
    if state.byline is not None:
        for agency in agencies:
            if any(b.casefold() in state.byline.text.casefold() for b in agency.bylines):
                state.agency = agency.name
                return


def dateline_date(state: ParseState) -> None:
    from ..dates import resolve_date

    dl = state.dateline
    if dl is None or not dl.date_text or dl.date is not None:  # the dateline rule may have resolved it
        return
    date = resolve_date(dl.date_text, state.date)
    if date is not None:
        state.dateline = attrs.evolve(dl, date=date)

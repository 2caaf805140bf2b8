"""The story's envelope: headline, subtitle, advisories and byline before the dateline (or the
first body paragraph), and the trailer after the story (``Reuter``, ``(Reporting by ...)``)."""

from __future__ import annotations

import json
import re
from importlib import resources

from ..models import Byline, Span, TextBlock, Trailer
from ..state import ParseState
from ..text import Line, lines, reflow

__all__ = ["front_matter", "trailer"]

_BYLINE = re.compile(r"(?i:by)[ \t]+(?P<names>[^\r\n]+)")
_ADVISORY = re.compile(r"\((?:Adds|Updates|Corrects|In |Recasts|Refiles|Changes|Rewrites|Repeats|Fixes)[^\r\n]*\)\s*$|"
                       r"(?:Eds|EDS|Editors?|EDITORS?|Ed's note|EDITOR'S NOTE)\s*:")
_NAME_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")


def _trailer_patterns() -> list[tuple[str, re.Pattern[str], bool]]:
    raw = resources.files("newsparse.data").joinpath("trailers.json").read_text(encoding="utf-8")
    return [(t["kind"], re.compile(t["regex"]), bool(t.get("rest"))) for t in json.loads(raw)["trailers"]]


_TRAILERS = _trailer_patterns()


def trailer(state: ParseState) -> None:
    """Claim trailer lines at the end of the body region, last line first."""
    src = state.source
    # Trailers sit in the last few lines: read only the tail of long stories.
    tail = max(state.body_start, src.rfind("\n", state.body_start, max(state.body_start, state.body_end - 4000)) + 1)
    body = lines(src, tail, state.body_end)
    found: list[Trailer] = []
    cut = state.body_end
    # A contributors rule ("___" then names) claims everything after it.
    for i in range(len(body) - 1, max(-1, len(body) - 40), -1):
        text = body[i].text.strip()
        for kind, pat, rest in _TRAILERS:
            if rest and pat.fullmatch(text):
                start = body[i].start + body[i].text.index(text[0])
                end = body[-1].end
                found.append(Trailer(kind, src[start:end], Span(start, end)))
                cut = start
                body = body[:i]
                break
        else:
            continue
        break
    while body:
        line = body[-1]
        text = line.text.strip()
        if not text:
            body.pop()
            continue
        for kind, pat, rest in _TRAILERS:
            if not rest and pat.fullmatch(text):
                start = line.start + line.text.index(text[0])
                found.append(Trailer(kind, text, Span(start, start + len(text))))
                cut = start
                body.pop()
                break
        else:
            break
    if found:
        found.sort(key=lambda t: t.span.start)
        state.trailer.extend(found)
        state.body_end = min(state.body_end, cut)


def _blocks(ls: list[Line]) -> list[list[Line]]:
    blocks: list[list[Line]] = []
    current: list[Line] = []
    for line in ls:
        if line.text.strip():
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    return blocks


def front_matter(state: ParseState) -> None:
    """Headline, subtitle, advisories and byline between the header and the dateline."""
    src = state.source
    if state.dateline is not None:
        front_end = src.rfind("\n", state.body_start, state.dateline.span.start) + 1
        front_end = max(front_end, state.body_start)
    else:
        return _front_without_dateline(state)
    for block in _blocks(lines(src, state.body_start, front_end)):
        for line in block:
            _classify_line(state, line)
    state.body_start = max(state.body_start, front_end)


def _block_span(src: str, line: Line) -> tuple[int, int, str]:
    text = line.text.strip()
    start = line.start + line.text.index(text[0])
    return start, start + len(text), text


def _classify_line(state: ParseState, line: Line) -> None:
    start, end, text = _block_span(state.source, line)
    span = Span(start, end)
    if _ADVISORY.match(text):
        state.advisories.append(TextBlock("advisory", text, span))
    elif (m := _BYLINE.fullmatch(text)) and state.byline is None:
        names = tuple(n.strip() for n in _NAME_SPLIT.split(m.group("names")) if n.strip())
        state.byline = Byline(text, names, None, span)
    elif state.headline is None:
        state.headline = TextBlock("headline", text, span)
    elif state.subtitle is None:
        state.subtitle = TextBlock("subtitle", text, span)
    else:
        state.subtitle = TextBlock("subtitle", reflow(state.source[state.subtitle.span.start:end]),
                                   Span(state.subtitle.span.start, end))


def _front_without_dateline(state: ParseState) -> None:
    """No dateline: a short first line followed by a blank line is the headline."""
    src = state.source
    blocks = _blocks(lines(src, state.body_start, min(state.body_end, state.body_start + 4000)))
    if len(blocks) < 2 or len(blocks[0]) != 1:
        return
    text = blocks[0][0].text.strip()
    if len(text) > 150 or text[-1:] in ".!?\"'”":
        return
    _classify_line(state, blocks[0][0])
    state.body_start = blocks[1][0].start

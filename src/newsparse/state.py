"""The private, mutable parse state that rules read and write.

Only :meth:`ParseState.to_article` leaves the parser: the public model stays frozen.
"""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from .models import (
    Article,
    Byline,
    Dateline,
    HeaderLine,
    Paragraph,
    ParseWarning,
    Person,
    Quote,
    QuotedTerm,
    Span,
    TextBlock,
    Trailer,
    trusted_article,
)
from .text import Line, line_table

if TYPE_CHECKING:
    from .registry import Registry

__all__ = ["ParseState"]


class ParseState:
    """What the rules know so far about one text.

    ``body_start``/``body_end`` bound the region no envelope rule has claimed yet; rules narrow
    it as they recognise header lines, headline, byline and trailer. ``extras`` is free space
    for plugin rules (namespace your keys).
    """

    def __init__(self, source: str, registry: Registry, options: dict[str, Any] | None = None) -> None:
        self.source = source
        self.registry = registry
        self.options: dict[str, Any] = options or {}
        self.format = "plain"
        self.body_start = 0
        self.body_end = len(source)
        self.header: list[HeaderLine] = []
        self.headline: TextBlock | None = None
        self.subtitle: TextBlock | None = None
        self.advisories: list[TextBlock] = []
        self.byline: Byline | None = None
        self.dateline: Dateline | None = None
        self.paragraphs: list[Paragraph] = []
        self.quotes: list[Quote] = []
        self.quoted_terms: list[QuotedTerm] = []
        self.people: list[Person] = []
        self.trailer: list[Trailer] = []
        self.agency: str | None = None
        self.date: _dt.date | None = None
        self.language: str | None = None
        self.warnings: list[ParseWarning] = []
        self.extras: dict[str, Any] = {}
        self._table: tuple[list[int], list[str]] | None = None

    # --- the line table, built once per parse and shared by the rules --------------------
    def line_table(self) -> tuple[list[int], list[str]]:
        """Starts and texts of every line of the source (see :mod:`newsparse.text` for what
        breaks a line): built on first use and shared, so rules never re-split the source.
        Two flat lists rather than objects: building it costs one ``str.split``."""
        if self._table is None:
            self._table = line_table(self.source)
        return self._table

    def lines(self) -> list[Line]:
        """Every line of the source as :class:`~newsparse.text.Line` objects."""
        return self.lines_between(0, len(self.source)) if self.source else []

    def line_index(self, offset: int) -> int:
        """Index in the line table of the line holding ``offset`` (or the break after it)."""
        return max(0, bisect_right(self.line_table()[0], offset) - 1)

    def lines_between(self, start: int, end: int) -> list[Line]:
        """The lines of ``source[start:end]``: table lines clipped to the region."""
        if start >= end:
            return []
        starts, texts = self.line_table()
        i, j = self.line_index(start), self.line_index(end - 1) + 1
        out = [Line(s, s + len(t), t) for s, t in zip(starts[i:j], texts[i:j], strict=True)]
        if out and (out[0].start < start or out[-1].end > end):
            out[0] = _clip(out[0], start, end)
            out[-1] = _clip(out[-1], start, end)
        return out

    def region_lines(self, start: int, end: int) -> list[tuple[int, str]]:
        """``(start, text)`` of each line of ``source[start:end]``: the lines of
        :meth:`lines_between`, as pairs. A region of LF-only copy is split on its own, so a
        rule reading a few lines does not build the line table of the whole story."""
        if start >= end:
            return []
        if self._table is None and "\r" not in self.source:
            region = self.source[start:end]
            if region:
                texts = region.split("\n")
                if region[-1] == "\n":
                    texts.pop()  # a final break ends the last line, it opens none
                out = []
                pos = start
                for text in texts:
                    out.append((pos, text))
                    pos += len(text) + 1
                return out
        return [(ln.start, ln.text) for ln in self.lines_between(start, end)]

    def iter_lines(self, start: int, end: int) -> Iterator[Line]:
        """The lines of ``source[start:end]``, first first, made only as far as the caller reads."""
        if start >= end:
            return
        starts, texts = self.line_table()
        i, j = self.line_index(start), self.line_index(end - 1)
        for k in range(i, j + 1):
            s = starts[k]
            ln = Line(s, s + len(texts[k]), texts[k])
            yield _clip(ln, start, end) if (k in (i, j)) else ln

    def lines_before(self, start: int, end: int) -> Iterator[Line]:
        """The lines of ``source[start:end]``, last first, made only as far as the caller reads."""
        if start >= end:
            return
        starts, texts = self.line_table()
        i, j = self.line_index(start), self.line_index(end - 1)
        for k in range(j, i - 1, -1):
            s = starts[k]
            ln = Line(s, s + len(texts[k]), texts[k])
            yield _clip(ln, start, end) if (k in (i, j)) else ln

    def warn(self, code: str, message: str, span: Span | None = None, plugin: str | None = None) -> None:
        self.warnings.append(ParseWarning(code, message, span, plugin))

    def to_article(self) -> Article:
        # Positional, in the order of Article's fields (tests/test_state_fast.py checks the order),
        # to the slot setters of trusted_article rather than the generated __init__ (whose frozen
        # object.__setattr__ per field is most of the call; test_state_fast.py checks they agree).
        return trusted_article(
            self.source,
            self.format,
            tuple(self.header),
            self.headline,
            self.subtitle,
            tuple(self.advisories),
            self.byline,
            self.dateline,
            tuple(self.paragraphs),
            tuple(self.quotes),
            tuple(self.quoted_terms),
            tuple(self.people),
            tuple(self.trailer),
            self.agency,
            self.date,
            self.language,
            (),
            tuple(self.warnings),
        )


def _clip(line: Line, start: int, end: int) -> Line:
    s = min(max(line.start, start), line.end)
    e = max(min(line.end, end), s)
    return Line(s, e, line.text[s - line.start : e - line.start])

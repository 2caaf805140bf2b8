"""The private, mutable parse state that rules read and write.

Only :meth:`ParseState.to_article` leaves the parser: the public model stays frozen.
"""

from __future__ import annotations

import datetime as _dt
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
)

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

    def warn(self, code: str, message: str, span: Span | None = None, plugin: str | None = None) -> None:
        self.warnings.append(ParseWarning(code, message, span, plugin))

    def to_article(self) -> Article:
        return Article(
            source=self.source,
            format=self.format,
            header=tuple(self.header),
            headline=self.headline,
            subtitle=self.subtitle,
            advisories=tuple(self.advisories),
            byline=self.byline,
            dateline=self.dateline,
            paragraphs=tuple(self.paragraphs),
            quotes=tuple(self.quotes),
            quoted_terms=tuple(self.quoted_terms),
            people=tuple(self.people),
            trailer=tuple(self.trailer),
            agency=self.agency,
            date=self.date,
            language=self.language,
            warnings=tuple(self.warnings),
        )

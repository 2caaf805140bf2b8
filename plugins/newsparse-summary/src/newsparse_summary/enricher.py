"""The ``summary`` enricher: options in, one :class:`~newsparse.SummaryAnnotation` out."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsparse import Article, Span, SummaryAnnotation

from .options import Options

__all__ = ["enrich", "summarize"]


def summarize(article: Article, options: Options | None = None) -> SummaryAnnotation:
    """Summarise an article. ``.method`` is the method that produced the text: ``quotes`` falls
    back to ``lead`` for a story without attributed quotes."""
    options = options or Options()
    if options.method == "quotes":
        from .quotes import quote_digest

        digest = quote_digest(article, options)
        if digest is not None:
            text, quoted = digest
            return SummaryAnnotation(text, "quotes", tuple(sorted(quoted)))
        method = "lead"
    else:
        method = options.method
    if method == "textrank":
        from .textrank import textrank

        chosen = textrank(article, options)
    else:
        from .lead import lead

        chosen = lead(article, options)
    text = "\n".join(s.text for s in chosen)
    spans: tuple[Span, ...] = tuple(s.span for s in chosen)
    return SummaryAnnotation(text, method, spans)


def enrich(article: Article, options: Mapping[str, Any]) -> tuple[SummaryAnnotation]:
    """The registered enricher: ``options`` as given to ``parse(enrich={"summary": {...}})``."""
    return (summarize(article, Options.from_mapping(options)),)

"""Quotation marks paired per paragraph (initial version: double marks only)."""

from __future__ import annotations

import re

from ..models import Quote, QuotedTerm, Span
from ..state import ParseState

__all__ = ["quotes"]

_PAIR = re.compile(r"[\"\u201c\u201e\u00ab]([^\"\u201c\u201d\u201e\u00ab\u00bb\r\n]{1,5000})[\"\u201d\u201c\u00bb]")


def quotes(state: ParseState) -> None:
    src = state.source
    for p in state.paragraphs:
        for m in _PAIR.finditer(src, p.span.start, p.span.end):
            s, e = m.span(1)
            text = src[s:e]
            if len(text.split()) <= 3:
                state.quoted_terms.append(QuotedTerm(text, p.index, Span(s, e)))
                continue
            state.quotes.append(Quote(text, "full", None, p.index, None, Span(s, e), (Span(s, e),)))

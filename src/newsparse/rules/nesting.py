"""Single quotation marks nested in a double-quoted quote: ``"He told me 'we will win' and left"``.

Single marks are never quote boundaries (outside a quote they are apostrophes far more often:
``Japan’s``, ``'90s``, ``rock 'n' roll``), so the quotes rule pairs double marks only; inside a quote
a pair of single marks around words is a quotation quoted by the speaker, recorded on
``Quote.nested``. A pair counts when the opening mark follows a blank, a bracket or a dash and
precedes a letter, and the closing mark follows a letter or a sentence mark and precedes no word
character; an apostrophe between letters inside it (``'we can't go'``) is part of the words. At least
two characters are quoted (``'n'`` is an elision). Both patterns are bounded, so the scan is linear.
"""

from __future__ import annotations

import re

from ..models import Quote, Span, trusted_quote

# Each pattern starts with its literal mark, so the regex engine jumps from mark to mark; the look-
# behind after it checks the character before the mark (a blank, bracket or dash, or none at all).
_STRAIGHT = re.compile(r"'(?<![^\s(\[\u2014\u2013-]')([^\W\d_](?:[^'\r\n]|'(?=[^\W\d_])){0,300}?[\w.,!?])'(?!\w)")
_CURLY = re.compile("\u2018(?<![^\\s(\\[\u2014\u2013-]\u2018)([^\\W\\d_](?:[^\u2018\u2019\\r\\n]|\u2019(?=[^\\W\\d_]))"
                    "{0,300}?[\\w.,!?])\u2019(?!\\w)")


def single_nested(src: str, parts: tuple[Span, ...]) -> list[Span]:
    """The spans of the words inside single-quote pairs within ``parts`` (quote contents)."""
    found: list[Span] = []
    for part in parts:
        text = src[part.start:part.end]
        if "'" in text:
            found.extend(Span(part.start + m.start(1), part.start + m.end(1)) for m in _STRAIGHT.finditer(text))
        if "\u2018" in text:
            found.extend(Span(part.start + m.start(1), part.start + m.end(1)) for m in _CURLY.finditer(text))
    return found


def with_single_nested(src: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with the single-quoted words inside each added to its ``nested`` spans (in order)."""
    out = quotes
    for k, q in enumerate(quotes):
        text = q.text
        if "'" not in text and "\u2018" not in text:
            continue  # the common case: no single mark at all
        extra = single_nested(src, q.parts)
        if not extra:
            continue
        if out is quotes:
            out = list(quotes)
        nested = tuple(sorted((*q.nested, *extra), key=lambda s: (s.start, s.end)))
        out[k] = trusted_quote(q.text, q.kind, q.speaker, q.paragraph, q.cue, q.span, q.parts, q.insertions,
                               q.part_kinds, nested)
    return out

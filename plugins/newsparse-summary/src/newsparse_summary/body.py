"""The story's sentences: body paragraphs only, with page furniture left out.

The core parser already separates header lines, headline, byline, dateline and trailer from the
paragraphs. What can still sit inside the paragraphs is web furniture (``(CNN)``, ``By . Staff
Reporter . PUBLISHED: ...``, ``Scroll down for video``, photo credits, ``READ MORE:`` links) and
header-like all-capital lines; ``data/furniture.json`` lists the patterns. Furniture is cut out
and also ends the sentence before it, since it is usually glued to the story without a period.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attrs import frozen
from newsparse import Article, Span

from ._data import furniture
from .sentences import iter_sentences

__all__ = ["Sentence", "body_sentences", "normalise", "tokens"]

_TOKEN = re.compile(r"[^\W_]+")
_END_MARKS = ".!?\u2026"
_CLOSING_MARKS = "\"'\u201d\u2019\u00bb)]"
_SPACES = re.compile(r"\s*")
# At most this many furniture items are stripped from the start of the body.
_MAX_START_ITEMS = 8


@frozen
class Sentence:
    """A body sentence: its source span, whitespace-normalised text, order and paragraph."""

    span: Span
    text: str
    index: int
    paragraph: int

    @property
    def terminated(self) -> bool:
        """Whether the sentence ends in ``. ! ? …`` (before any closing quotes or brackets). Web copy
        glues photo captions and subheads into the text without one, so an unterminated sentence
        is usually a caption restating the story for a picture."""
        last = self.text.rstrip(_CLOSING_MARKS)[-1:]
        return bool(last) and last in _END_MARKS


def normalise(text: str) -> str:
    """Whitespace runs (hard wraps, indents) become one space."""
    return " ".join(text.split())


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits)."""
    return _TOKEN.findall(text.lower())


def _has_lower(src: str, start: int, end: int) -> bool:
    text = src[start:end]
    return text != text.upper()


def _skip_spaces(src: str, start: int, end: int) -> int:
    m = _SPACES.match(src, start, end)
    return m.end() if m else start


def _strip_start(src: str, start: int, end: int) -> int:
    pattern = furniture().start
    for _ in range(_MAX_START_ITEMS):
        start = _skip_spaces(src, start, end)
        m = pattern.match(src, start, end)
        if m is None or m.end() == start:
            break
        start = m.end()
    return start


def _segments(src: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretches of a paragraph between inline furniture."""
    pos = start
    for m in furniture().inline.finditer(src, start, end):
        if m.end() > m.start():
            yield pos, m.start()
            pos = m.end()
    yield pos, end


def _is_furniture_paragraph(src: str, start: int, end: int) -> bool:
    start = _skip_spaces(src, start, end)
    end = start + len(src[start:end].rstrip())
    return furniture().paragraph.fullmatch(src, start, end) is not None


def body_sentences(article: Article, *, skip_furniture: bool = True) -> Iterator[Sentence]:
    """The article's body sentences in document order, lazily (lead needs only the first few).

    With ``skip_furniture`` (the default) furniture and all-capital paragraphs are left out,
    unless that leaves nothing, in which case every paragraph is used as it is.
    """
    src = article.source
    paragraphs = [p for p in article.paragraphs if 0 <= p.span.start < p.span.end <= len(src)]
    # All-capital paragraphs are header lines only when the story also has ordinary text.
    mixed_case = skip_furniture and any(_has_lower(src, p.span.start, p.span.end) for p in paragraphs)
    index = 0
    first = True
    for p in paragraphs:
        start, end = p.span.start, p.span.end
        if skip_furniture:
            if mixed_case and not _has_lower(src, start, end):
                continue
            if _is_furniture_paragraph(src, start, end):
                continue
            if first:
                start = _strip_start(src, start, end)
            segments: Iterator[tuple[int, int]] = _segments(src, start, end)
        else:
            segments = iter(((start, end),))
        for seg_start, seg_end in segments:
            for s, e in iter_sentences(src, seg_start, seg_end):
                first = False
                yield Sentence(Span(s, e), normalise(src[s:e]), index, p.index)
                index += 1
    if skip_furniture and index == 0:
        yield from body_sentences(article, skip_furniture=False)

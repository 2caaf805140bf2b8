"""Sentence-level checks for ``lead``: which opening sentences are weak summary sentences.

News is written in the inverted pyramid, but not every sentence near the top carries the news:

* a **direct quotation** with only its attribution around it (``"We will not give up," the mayor
  said.``) is the colour that backs up the lede, in the speaker's words and from the speaker's point
  of view. Wire style puts the news in the reporter's voice first and the quote after it, and a
  summary line that is someone's verbatim words, cut off from the sentence that explains them,
  says less than the reporter's paraphrase;
* a **fragment** of one to three words (``No wonder.``, ``He was 88.``, ``Living under ISIS.``) is
  a feature writer's rhythm device: it leans on the sentence before or after it and says nothing
  on its own.

``lead`` uses such sentences only after the story's other sentences (see :func:`by_strength`).
The quotation check reads the quote spans that the core parse found (``article.quotes``), so it
knows the quotation marks of every wire style and never guesses them from the sentence alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from newsparse import Article

from .body import Sentence, tokens

__all__ = ["ATTRIBUTION_WORDS", "FRAGMENT_WORDS", "by_strength", "is_weak", "quoted_spans"]

# A sentence of fewer word tokens than this is a fragment.
FRAGMENT_WORDS = 4
# Outside the quotation marks, a quote-led sentence has only its attribution: ``Climate Minister
# Ingrid Solberg told reporters after the vote`` is nine words. More than this outside the marks
# is a sentence in the reporter's voice that contains a quotation.
ATTRIBUTION_WORDS = 10


def quoted_spans(article: Article) -> list[tuple[int, int]]:
    """The stretches of the source inside quotation marks (every part of every quote), sorted by start."""
    size = len(article.source)
    spans = {
        (p.start, p.end)
        for q in article.quotes
        for p in (q.parts or (q.span,))
        if 0 <= p.start < p.end <= size
    }
    return sorted(spans)


def _quoted_words(source: str, start: int, end: int, quoted: list[tuple[int, int]], starts: list[int]) -> int:
    """How many word tokens of ``source[start:end]`` are inside the ``quoted`` stretches."""
    count = 0
    # Quote parts do not overlap each other; the first one that can reach into the sentence is
    # the last one starting before it.
    i = max(0, bisect.bisect_right(starts, start) - 1)
    while i < len(quoted) and quoted[i][0] < end:
        q_start, q_end = quoted[i]
        lo, hi = max(start, q_start), min(end, q_end)
        if lo < hi:
            count += len(tokens(source[lo:hi]))
        i += 1
    return count


def is_weak(sentence: Sentence, source: str, quoted: list[tuple[int, int]], starts: list[int] | None = None) -> bool:
    """Whether ``sentence`` is a fragment or a direct quotation with only its attribution around it."""
    words = len(tokens(sentence.text))
    if words < FRAGMENT_WORDS:
        return True
    if not quoted:
        return False
    if starts is None:
        starts = [s for s, _ in quoted]
    inside = _quoted_words(source, sentence.span.start, sentence.span.end, quoted, starts)
    outside = words - inside
    return inside > outside and outside <= ATTRIBUTION_WORDS


def by_strength(sentences: Iterable[Sentence], article: Article) -> Iterator[Sentence]:
    """``sentences`` in their order, with the weak ones moved after all the others (still in order).

    Lazy while the sentences are strong: a caller that stops after a few pays for a few.
    """
    source = article.source
    quoted = quoted_spans(article)
    starts = [s for s, _ in quoted]
    weak: list[Sentence] = []
    for s in sentences:
        if is_weak(s, source, quoted, starts):
            weak.append(s)
        else:
            yield s
    yield from weak

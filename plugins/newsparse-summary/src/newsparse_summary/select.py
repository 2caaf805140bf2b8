"""Choosing sentences from a ranking: a length budget and a redundancy check shared by the methods."""

from __future__ import annotations

from collections.abc import Iterable

from ._data import stopwords
from .body import Sentence, tokens
from .options import Options

__all__ = ["REDUNDANT", "content_words", "take"]

# A sentence whose content words are already this much covered by the chosen ones adds nothing:
# web copy repeats its lede in photo captions glued into the text.
REDUNDANT = 0.8
_MIN_WORDS_FOR_REDUNDANCY = 4


def content_words(text: str, words: list[str] | None = None) -> frozenset[str]:
    """The distinct non-stopword tokens of ``text`` (or of its already computed ``words``)."""
    return frozenset(tokens(text) if words is None else words) - stopwords()


def take(candidates: Iterable[Sentence], options: Options) -> list[Sentence]:
    """Sentences from ``candidates`` (best first) up to the count or word budget, in document order."""
    chosen: list[Sentence] = []
    covered: set[str] = set()
    words = 0
    for s in candidates:
        words_of_s = tokens(s.text)
        n = len(words_of_s)
        content = content_words(s.text, words_of_s)
        if len(content) >= _MIN_WORDS_FOR_REDUNDANCY and len(content & covered) >= REDUNDANT * len(content):
            continue
        chosen.append(s)
        covered |= content
        words += n
        if options.sentences is not None:
            if len(chosen) >= options.sentences:
                break
        elif words >= options.words or len(chosen) >= options.max_sentences:
            break
    return sorted(chosen, key=lambda s: s.index)

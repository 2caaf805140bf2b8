"""The enricher's options: ``enrich={"summary": {"method": "textrank", "sentences": 3}}``."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from attrs import frozen

__all__ = ["DEFAULT_METHOD", "DEFAULT_WORDS", "METHODS", "Options"]

METHODS: tuple[str, ...] = ("lead", "textrank", "quotes")
DEFAULT_METHOD = "lead"
# Without an explicit ``sentences`` count, sentences are taken until the summary reaches about
# this many words: news sentences vary from 10 to 60 words, so a fixed count gives summaries
# of very uneven length, while readers (and highlight-style references) expect two to four
# short points.
DEFAULT_WORDS = 70
DEFAULT_MAX_SENTENCES = 4


def _positive_int(name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"summary option {name!r} must be a positive integer, not {value!r}")
    return value


@frozen
class Options:
    """``method``: lead, textrank or quotes. ``sentences``: this many sentences (quotes for the
    digest), or fewer when the story is shorter; None chooses by length: whole sentences until
    about ``words`` words, at most ``max_sentences``."""

    method: str = DEFAULT_METHOD
    sentences: int | None = None
    words: int = DEFAULT_WORDS
    max_sentences: int = DEFAULT_MAX_SENTENCES

    @classmethod
    def from_mapping(cls, options: Mapping[str, Any] | None) -> Options:
        """Validate caller options; an unknown key or a bad value raises ``ValueError``."""
        opts = dict(options or {})
        method = opts.pop("method", None) or DEFAULT_METHOD
        if not isinstance(method, str) or method.lower() not in METHODS:
            raise ValueError(f"unknown summary method {method!r}; choose one of {', '.join(METHODS)}")
        sentences = opts.pop("sentences", None)
        if sentences == "auto":
            sentences = None
        words = opts.pop("words", DEFAULT_WORDS)
        max_sentences = opts.pop("max_sentences", DEFAULT_MAX_SENTENCES)
        if opts:
            raise ValueError(f"unknown summary option(s): {', '.join(sorted(map(str, opts)))}")
        return cls(
            method=method.lower(),
            sentences=None if sentences is None else _positive_int("sentences", sentences),
            words=_positive_int("words", words),
            max_sentences=_positive_int("max_sentences", max_sentences),
        )

"""``lead``: the first sentences of the story, the strong baseline for news (inverted pyramid)."""

from __future__ import annotations

from newsparse import Article

from .body import Sentence, body_sentences
from .options import Options
from .select import take

__all__ = ["lead"]


def lead(article: Article, options: Options) -> list[Sentence]:
    return take(body_sentences(article), options)

"""``lead``: the first sentences of the story, the strong baseline for news (inverted pyramid).

Fragments and quote-led sentences are used only after the story's other sentences (``quality.py``).
"""

from __future__ import annotations

from newsparse import Article

from .body import Sentence, body_sentences
from .options import Options
from .quality import by_strength
from .select import take

__all__ = ["lead"]


def lead(article: Article, options: Options) -> list[Sentence]:
    return take(by_strength(body_sentences(article), article), options)

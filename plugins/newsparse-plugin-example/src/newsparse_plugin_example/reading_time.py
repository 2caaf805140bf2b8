"""The ``reading-time`` enricher: words in the body and minutes to read them."""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

from newsparse import Article, GenericAnnotation

KIND = "reading-time"
DEFAULT_WPM = 230  # a common estimate for adult silent reading of news prose
_WORD = re.compile(r"\w+(?:['’\-]\w+)*")


def enrich(article: Article, options: Mapping[str, Any]) -> Iterable[GenericAnnotation]:
    """One annotation: ``{"words": n, "minutes": m, "wpm": w}``; option ``wpm`` (words per minute)."""
    wpm = int(options.get("wpm", DEFAULT_WPM))
    if wpm <= 0:
        raise ValueError(f"wpm must be positive, got {wpm}")
    words = sum(len(_WORD.findall(p.text)) for p in article.paragraphs)
    payload = {"words": words, "minutes": math.ceil(words / wpm) if words else 0, "wpm": wpm}
    return (GenericAnnotation(KIND, json.dumps(payload, sort_keys=True), source="example"),)

"""The enricher's data files (``data/*.json``), each read and compiled once per process, on first use."""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

__all__ = ["Abbreviations", "Furniture", "Glue", "abbreviations", "furniture", "glue", "stopwords"]


def _load(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        resources.files("newsparse_summary.data").joinpath(name).read_text(encoding="utf-8")
    )
    return data


def _words(raw: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w) for w in raw.get(key, ()))


@frozen
class Abbreviations:
    """How a word with a period behaves at a candidate sentence boundary (see ``abbreviations.json``)."""

    title: frozenset[str]
    number: frozenset[str]
    starter_only: frozenset[str]
    terminal: frozenset[str]
    sentence_starters: frozenset[str]


@frozen
class Furniture:
    """Compiled furniture patterns: ``start`` (matched at the body start), ``paragraph`` (a whole
    paragraph), ``inline`` (cut out anywhere)."""

    start: re.Pattern[str]
    paragraph: re.Pattern[str]
    inline: re.Pattern[str]


@cache
def abbreviations() -> Abbreviations:
    raw = _load("abbreviations.json")
    return Abbreviations(
        title=_words(raw, "title"),
        number=_words(raw, "number"),
        starter_only=_words(raw, "starter_only"),
        terminal=_words(raw, "terminal"),
        sentence_starters=_words(raw, "sentence_starters"),
    )


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{p})" for p in patterns))


@cache
def furniture() -> Furniture:
    raw = _load("furniture.json")
    return Furniture(
        start=_alternation(raw.get("start", [])),
        paragraph=_alternation(raw.get("paragraph", [])),
        inline=_alternation(raw.get("inline", [])),
    )


@cache
def stopwords() -> frozenset[str]:
    return _words(_load("stopwords.json"), "stopwords")


@frozen
class Glue:
    """Where a sentence starts without a period before it (see ``glue.json``): ``pattern`` finds
    the candidates, ``blockers`` are the words before one that make it a name or title instead."""

    pattern: re.Pattern[str]
    blockers: frozenset[str]
    sentence_case: re.Pattern[str]


@cache
def glue() -> Glue:
    raw = _load("glue.json")
    pronouns = "|".join(re.escape(w) for w in raw.get("pronouns", ()))
    determiners = "|".join(re.escape(w) for w in raw.get("determiners", ()))
    # A lower-case letter, digit or closing mark, one space, then the new sentence's first word.
    # The space comes first in the pattern so that the regex engine can skip to spaces quickly.
    pattern = re.compile(
        r" (?<=[a-z0-9)\]\u2019'\u201d\"] )"
        rf"(?=(?:{pronouns or '(?!)'})\s|(?:{determiners or '(?!)'})\s[a-z0-9])"
    )
    # The new sentence's first word followed by a lower-case word or a number: sentence case, not a title.
    sentence_case = re.compile(r"[^\W\d_][\w'\u2019-]{0,30}+\s[a-z0-9]")
    return Glue(pattern, _words(raw, "blockers"), sentence_case)

"""The ``entities`` enricher: runs a backend, groups the mentions, links quote speakers.

Output, in source order:

* one :class:`~newsparse.EntityAnnotation` per mention: ``label`` (PER/ORG/LOC/MISC), ``span``
  into ``article.source``, ``text == source[span]``, ``canonical`` (the fullest name of its
  group: "Sergey Lavrov" for a later "Lavrov"), ``group`` (mention group number within the
  article, 0, 1, ... in order of first mention), ``source`` ``"entities"``;
* one :class:`~newsparse.GenericAnnotation` of kind ``"quote-speaker"`` per quote whose speaker
  matches an entity group, payload ``{"quote": index into article.quotes, "group": g,
  "label": "PER" | "ORG", "canonical": name}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from newsparse import Article, EntityAnnotation, GenericAnnotation, Span
from newsparse.models import Annotation

from .rules import Mention

__all__ = ["BACKENDS", "SPEAKER_KIND", "enrich", "group_mentions"]

BACKENDS = ("rules", "spacy")
SPEAKER_KIND = "quote-speaker"


def enrich(article: Article, options: Mapping[str, Any]) -> list[Annotation]:
    """The enricher registered as ``entities``; option ``backend``: ``"rules"`` (default) or ``"spacy"``."""
    backend = str(options.get("backend") or "rules")
    text = article.source
    if backend == "rules":
        from . import gazetteer, rules

        mentions = rules.tag(text, gazetteer.load()) if text else []
    elif backend == "spacy":
        from . import spacy_backend

        mentions = spacy_backend.tag(text, options)
    else:
        raise ValueError(f"unknown entities backend {backend!r} (choose from {', '.join(BACKENDS)})")
    entities = group_mentions(text, mentions)
    out: list[Annotation] = list(entities)
    out.extend(link_speakers(article, entities))
    return out


def _clean(text: str, m: Mention) -> tuple[int, int] | None:
    """Trim whitespace and trailing punctuation a backend may leave on a span."""
    s, e = max(0, m.start), min(len(text), m.end)
    while s < e and (text[s].isspace() or text[s] in "\"“”'‘’(["):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in "\"“”'‘’)],;:"):
        e -= 1
    return (s, e) if s < e else None


def group_mentions(text: str, mentions: Iterable[Mention]) -> list[EntityAnnotation]:
    """Number the mention groups and pick each group's canonical name.

    A person mention joins an earlier person whose name contains all its words ("Lavrov",
    "Sergey Lavrov"); other mentions join earlier ones with the same label and the same text
    (case-insensitive, so a headline's "MOSCOW" joins "Moscow").
    """
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    for m in sorted(mentions, key=lambda m: (m.start, -m.end)):
        if m.label is None:
            continue
        span = _clean(text, m)
        if span is None or span[0] < last_end:
            continue  # overlapping spans are not allowed: the earlier, longer one stays
        kept.append((span[0], span[1], m.label))
        last_end = span[1]
    groups: list[list[int]] = []  # group -> indices into kept
    names: list[str] = []  # group -> canonical
    by_key: dict[tuple[str, str], int] = {}
    per_words: list[tuple[frozenset[str], int]] = []
    group_of: list[int] = []
    for idx, (s, e, label) in enumerate(kept):
        surface = " ".join(text[s:e].split())
        key = (label, surface.casefold())
        g = by_key.get(key)
        if g is None and label == "PER":
            words = frozenset(surface.casefold().split())
            # The most recent person whose name has every word of this mention.
            for pw, pg in reversed(per_words):
                if words <= pw:
                    g = pg
                    break
        if g is None:
            g = len(groups)
            groups.append([])
            names.append(surface)
            if label == "PER":
                per_words.append((frozenset(surface.casefold().split()), g))
        elif label == "PER" and len(surface) > len(names[g]):
            names[g] = surface
            per_words.append((frozenset(surface.casefold().split()), g))
        elif names[g].isupper() and not surface.isupper():
            names[g] = surface  # prefer "Moscow" to the headline's "MOSCOW"
        by_key.setdefault(key, g)
        groups[g].append(idx)
        group_of.append(g)
    return [EntityAnnotation(label=label, text=text[s:e], span=Span(s, e), canonical=names[group_of[i]],
                             group=group_of[i])
            for i, (s, e, label) in enumerate(kept)]


def link_speakers(article: Article, entities: Sequence[EntityAnnotation]) -> list[GenericAnnotation]:
    """Link each quote's speaker to the PER/ORG group it names: by the mention's span first,
    then by the speaker's canonical name."""
    candidates = [e for e in entities if e.label in ("PER", "ORG")]
    by_name: dict[str, EntityAnnotation] = {}
    for e in candidates:
        if e.canonical:
            by_name.setdefault(e.canonical.casefold(), e)
            by_name.setdefault(e.canonical.split()[-1].casefold(), e)
    out: list[GenericAnnotation] = []
    for qi, quote in enumerate(article.quotes):
        speaker = quote.speaker
        if speaker is None:
            continue
        hit: EntityAnnotation | None = None
        mention = speaker.mention
        if mention is not None:
            for e in candidates:
                if e.span.start < mention.end and mention.start < e.span.end:
                    hit = e
                    break
        if hit is None and speaker.name:
            name = speaker.name.casefold()
            hit = by_name.get(name) or by_name.get(name.split()[-1] if name.split() else name)
        if hit is None:
            continue
        payload = {"quote": qi, "group": hit.group, "label": hit.label, "canonical": hit.canonical}
        out.append(GenericAnnotation(kind=SPEAKER_KIND, payload=json.dumps(payload, sort_keys=True),
                                     source="entities"))
    return out

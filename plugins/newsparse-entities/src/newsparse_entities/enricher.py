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

import bisect
import itertools
import json
from collections.abc import Mapping, Sequence
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


_EDGE = frozenset("\"“”'‘’()[],;:")

_new = object.__new__
# The slot setters of the two frozen classes made once per mention (see the end of group_mentions).
# Calling a slot's own setter skips the attribute look-up of ``object.__setattr__``, the generated
# ``__init__`` and the check of ``Span(...)``: it halves the cost of the output objects (a fifth of
# the enricher's time). tests/test_fast_paths.py checks the objects equal the constructors' ones.
_SET_START, _SET_END = (getattr(Span, f).__set__ for f in ("start", "end"))
_SET_LABEL, _SET_TEXT, _SET_SPAN, _SET_CANONICAL, _SET_GROUP, _SET_SOURCE, _SET_KIND = (
    getattr(EntityAnnotation, f).__set__ for f in ("label", "text", "span", "canonical", "group", "source", "kind")
)


def _clean(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim whitespace and quotes or brackets a backend may leave at the edges of a span."""
    s, e = max(0, start), min(len(text), end)
    while s < e and (text[s].isspace() or text[s] in _EDGE):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in _EDGE):
        e -= 1
    return (s, e) if s < e else None


def group_mentions(text: str, mentions: Sequence[Mention]) -> list[EntityAnnotation]:
    """Number the mention groups and pick each group's canonical name.

    A person mention joins the latest person whose name contains all its words ("Lavrov",
    "Sergey Lavrov"); other mentions join earlier ones with the same label and the same text
    (case-insensitive, so a headline's "MOSCOW" joins "Moscow"). Overlapping mentions are
    dropped: the earlier (and, at the same start, longer) one stays.
    """
    out: list[tuple[int, int, str, int, str]] = []
    names: list[str] = []  # group -> canonical
    by_key: dict[tuple[str, str], int] = {}
    # word -> the person groups whose fullest name has it, latest last
    per_index: dict[str, list[tuple[frozenset[str], int]]] = {}

    def index(words: frozenset[str], g: int) -> None:
        for w in words:
            per_index.setdefault(w, []).append((words, g))

    n = len(text)
    last_end = -1
    ordered = mentions if _in_order(mentions) else sorted(mentions, key=lambda m: (m.start, -m.end))
    append = out.append
    for m in ordered:
        label = m.label
        if label is None:
            continue
        s, e = m.start, m.end
        if not (0 <= s < e <= n and text[s].isalnum() and (text[e - 1].isalnum() or text[e - 1] == ".")):
            span = _clean(text, s, e)
            if span is None:
                continue
            s, e = span
        if s < last_end:
            continue
        last_end = e
        raw = surface = text[s:e]
        if "\n" in surface or "  " in surface:
            surface = " ".join(surface.split())
        folded = surface.casefold()
        key = (label, folded)
        g = by_key.get(key)
        if label == "PER":
            if g is None:
                words = frozenset(folded.split(" "))
                # The latest person whose name has every word of this one; the scan is bounded
                # so that thousands of people sharing a surname stay linear.
                for pw, pg in reversed(per_index.get(folded.rsplit(" ", 1)[-1], [])[-20:]):
                    if words <= pw:
                        g = pg
                        break
                if g is None:
                    g = len(names)
                    names.append(surface)
                    index(words, g)
                elif len(surface) > len(names[g]):
                    names[g] = surface
                    index(words, g)
                by_key[key] = g
        elif g is None:
            g = len(names)
            names.append(surface)
            by_key[key] = g
        elif names[g].isupper() and not surface.isupper():
            names[g] = surface  # prefer "Moscow" to the headline's "MOSCOW"
        append((s, e, label, g, raw))
    # Canonical names are known only once every mention has been seen. The offsets were checked
    # above (0 <= s < e <= len(text)), so the objects are made without the checks, by setting the
    # slots the way attrs does (written out: a function call per mention costs a sixth of the loop).
    new = _new
    set_start, set_end = _SET_START, _SET_END
    set_label, set_text, set_span, set_canonical, set_group, set_source, set_kind = (
        _SET_LABEL, _SET_TEXT, _SET_SPAN, _SET_CANONICAL, _SET_GROUP, _SET_SOURCE, _SET_KIND)
    result: list[EntityAnnotation] = []
    add = result.append
    for s, e, label, g, raw in out:
        where: Span = new(Span)
        set_start(where, s)
        set_end(where, e)
        entity: EntityAnnotation = new(EntityAnnotation)
        set_label(entity, label)
        set_text(entity, raw)
        set_span(entity, where)
        set_canonical(entity, names[g])
        set_group(entity, g)
        set_source(entity, "entities")
        set_kind(entity, "entity")
        add(entity)
    return result


def _in_order(mentions: Sequence[Mention]) -> bool:
    return all(a.start < b.start for a, b in itertools.pairwise(mentions))


def link_speakers(article: Article, entities: Sequence[EntityAnnotation]) -> list[GenericAnnotation]:
    """Link each quote's speaker to the PER/ORG group it names: by the mention's span first,
    then by the speaker's canonical name."""
    if not any(q.speaker is not None for q in article.quotes):
        return []
    candidates = [e for e in entities if e.label in ("PER", "ORG")]
    # Entities come in source order and never overlap: the first one overlapping a speaker's
    # mention is found by bisection (a scan per quote would be quadratic on long articles).
    ends = [e.span.end for e in candidates]
    by_name: dict[str, EntityAnnotation] | None = None  # built only when a speaker needs it
    out: list[GenericAnnotation] = []
    for qi, quote in enumerate(article.quotes):
        speaker = quote.speaker
        if speaker is None:
            continue
        hit: EntityAnnotation | None = None
        mention = speaker.mention
        if mention is not None:
            k = bisect.bisect_right(ends, mention.start)
            if k < len(candidates) and candidates[k].span.start < mention.end:
                hit = candidates[k]
        if hit is None and speaker.name:
            if by_name is None:
                by_name = {}
                seen: set[int | None] = set()
                for e in candidates:
                    if e.canonical and (e.group is None or e.group not in seen):  # a group's first mention
                        seen.add(e.group)
                        by_name.setdefault(e.canonical.casefold(), e)
                        by_name.setdefault(e.canonical.split()[-1].casefold(), e)
            name = speaker.name.casefold()
            hit = by_name.get(name) or by_name.get(name.split()[-1] if name.split() else name)
        if hit is None:
            continue
        out.append(GenericAnnotation(kind=SPEAKER_KIND, payload=speaker_payload(qi, hit), source="entities"))
    return out


def speaker_payload(quote: int, hit: EntityAnnotation) -> str:
    """``json.dumps({"quote": ..., "group": ..., "label": ..., "canonical": ...}, sort_keys=True)``,
    written out: the keys are fixed, so only the name needs JSON escaping (``tests/test_fast_paths.py``
    checks the two agree)."""
    group = "null" if hit.group is None else str(hit.group)
    label = _LABEL_JSON.get(hit.label) or json.dumps(hit.label)
    return f'{{"canonical": {json.dumps(hit.canonical)}, "group": {group}, "label": {label}, "quote": {quote}}}'


_LABEL_JSON = {"PER": '"PER"', "ORG": '"ORG"'}

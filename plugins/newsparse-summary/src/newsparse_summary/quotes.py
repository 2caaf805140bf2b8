"""``quotes``: a who-said-what digest, one line per key quote: ``Name: “words”``.

Works from ``article.quotes`` and ``Quote.speaker`` as the core (or a quotes plugin) found them;
quotes credited to nobody are left out, and so are speakers known only as ``he`` or ``the
minister`` while anyone quoted is named. Quotes are ranked by position (the important voices come
early in a news story), length (a substantial statement over a three-word fragment), kind (a full
quotation over a partial one woven into a sentence) and how often the speaker is quoted; the
digest then takes the best quote of each speaker before any speaker's second one, so it covers
several voices. A long quotation contributes its opening sentences, about ``QUOTE_WORDS`` words.
"""

from __future__ import annotations

import math
from collections import Counter

from newsparse import Article, Quote, Span

from .body import normalise, tokens
from .options import Options
from .sentences import iter_sentences

__all__ = ["DEFAULT_QUOTES", "QUOTE_WORDS", "quote_digest"]

DEFAULT_QUOTES = 3
QUOTE_WORDS = 30
# A statement of this many words gets the full length score; shorter ones proportionally less.
_FULL_LENGTH = 20
_PARTIAL_WEIGHT = 0.6
_TRAILING = ",;:"
_OPEN, _CLOSE, _ELLIPSIS = "\u201c", "\u201d", " \u2026"


def _parts(quote: Quote, size: int) -> list[Span]:
    spans = list(quote.parts) or [quote.span]
    return [p for p in spans if 0 <= p.start < p.end <= size]


def _is_name(name: str) -> bool:
    """A name has a capitalised word: ``Sergey Lavrov``, ``Lavrov``; ``he``, ``the minister`` are not."""
    return any(w[:1].isupper() for w in name.split())


def _trim(source: str, start: int, end: int) -> Span | None:
    """Without the comma or colon a quote ends on before its attribution (``"...," she said``)."""
    while end > start and (source[end - 1].isspace() or source[end - 1] in _TRAILING):
        end -= 1
    return Span(start, end) if end > start else None


def _excerpt(source: str, quote: Quote) -> tuple[list[Span], bool]:
    """The quote's opening sentences (about QUOTE_WORDS words) and whether anything was left out."""
    chosen: list[Span] = []
    words = 0
    pieces = (
        _trim(source, s, e)
        for part in _parts(quote, len(source))
        for s, e in iter_sentences(source, part.start, part.end)
    )
    for span in pieces:
        if span is None:
            continue
        if chosen and words >= QUOTE_WORDS:
            return chosen, True
        chosen.append(span)
        words += len(tokens(span.of(source)))
    return chosen, False


def _score(quote: Quote, voices: Counter[str], name: str) -> float:
    words = len(tokens(quote.text))
    length = min(words, _FULL_LENGTH) / _FULL_LENGTH
    kind = 1.0 if quote.kind == "full" else _PARTIAL_WEIGHT
    position = 1.0 / math.sqrt(1 + max(0, quote.paragraph))
    voice = 1.0 + math.log(voices[name])
    return length * kind * position * voice


def quote_digest(article: Article, options: Options) -> tuple[str, list[Span]] | None:
    """The digest text and the source spans it quotes, or None when no quote has a speaker."""
    source = article.source
    credited = [
        q for q in article.quotes if q.speaker is not None and q.speaker.name.strip() and _parts(q, len(source))
    ]
    # "he" or "the minister" says who spoke only next to the quote: a digest needs names, so
    # unresolved speakers are used only when nobody quoted is named.
    named = [q for q in credited if q.speaker is not None and _is_name(q.speaker.name)]
    credited = named or credited
    if not credited:
        return None
    names = [normalise(q.speaker.name) if q.speaker else "" for q in credited]
    voices = Counter(names)
    ranked = sorted(
        range(len(credited)), key=lambda i: (-_score(credited[i], voices, names[i]), credited[i].span.start)
    )
    # Round robin over speakers: every speaker's best quote, then every speaker's second best ...
    rounds: Counter[str] = Counter()
    keyed: list[tuple[int, int, int]] = []
    for position, i in enumerate(ranked):
        keyed.append((rounds[names[i]], position, i))
        rounds[names[i]] += 1
    by_round = [i for _, _, i in sorted(keyed)]
    limit = options.sentences or DEFAULT_QUOTES
    picked: list[int] = []
    seen_text: set[str] = set()
    for i in by_round:
        key = normalise(credited[i].text).casefold()
        if key in seen_text:
            continue
        seen_text.add(key)
        picked.append(i)
        if len(picked) >= limit:
            break
    lines: list[str] = []
    spans: list[Span] = []
    for i in sorted(picked, key=lambda i: credited[i].span.start):
        excerpt, cut = _excerpt(source, credited[i])
        if not excerpt:
            continue
        words = " ".join(normalise(s.of(source)) for s in excerpt)
        lines.append(f"{names[i]}: {_OPEN}{words}{_ELLIPSIS if cut else ''}{_CLOSE}")
        spans.extend(excerpt)
    if not lines:
        return None
    return "\n".join(lines), spans

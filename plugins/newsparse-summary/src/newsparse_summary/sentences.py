"""A sentence splitter that knows wire copy, without any downloaded model.

Candidate boundaries are found with one regex: a run of ``. ! ? …``, optional closing quotes or
brackets (``."`` ``.’`` ``.)``), whitespace, then a capital letter or a digit (after optional
opening marks). A candidate that ends in a period is then judged by the word before it, using
the classes of ``data/abbreviations.json``:

* ``title`` (``Mr.``, ``Gov.``, ``Sen.``): never ends a sentence;
* ``number`` (``Sept.``, ``No.``): no break when a number follows (``Sept. 11``);
* ``starter_only`` (``St.``, ``Pa.``), initials (``J. R. R.``) and dotted acronyms (``U.S.``,
  ``a.m.``): break only before a typical sentence opener (``U.S. The``), not before
  a name (``U.S. Navy``, ``J. R. R. Tolkien``, ``10 a.m. Thursday``);
* anything else, including ``terminal`` words (``Inc.``, ``Jr.``): a break.

Web copy also glues photo captions into the text without a period; ``data/glue.json`` says where
a sentence starts anyway (``... on the beach He said``, ``... a colleague The cost of ...``,
``... on Friday He said``, but not ``In the Country We Love``).

Decimals (``3.5``) and domain names never match because a boundary needs whitespace after the
mark. Every repetition is bounded or possessive, so splitting is linear in the input.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ._data import Abbreviations, abbreviations, glue

__all__ = ["MAX_SENTENCE_CHARS", "iter_sentences", "split_sentences"]

# A "sentence" longer than this (a megabyte of unpunctuated text) is cut at a space: a summary
# made of one such sentence would be useless, and later stages compare sentences pairwise.
MAX_SENTENCE_CHARS = 1500

_BOUNDARY = re.compile(
    r"([.!?\u2026]{1,10}+)"  # the terminal mark(s): a whole run, never backtracked into
    r"([\"'\u201d\u2019\u00bb)\]]{0,4})"  # closing quotes / brackets: ."  .’  .)
    r"(\s++)"  # whitespace (possessive: never backtracked into)
    r"(?=[\"'\u201c\u2018\u00ab(\[]{0,3}[^\W_])"  # optional opening marks, then a letter or digit
)
_NEXT_WORD = re.compile(r"[\"'\u201c\u2018\u00ab(\[]{0,3}([^\W_][\w'\u2019-]{0,40}+)")
_OPENERS = "\"'\u201c\u2018\u00ab(["
_HAS_ALNUM = re.compile(r"[^\W_]")
_SPACES = re.compile(r"\s*")
_WORD_WINDOW = 40


def _next_word(text: str, pos: int, end: int) -> str:
    m = _NEXT_WORD.match(text, pos, end)
    return m.group(1) if m else ""


def _word_before(text: str, pos: int, floor: int) -> str:
    """The whitespace-delimited word that ends at ``pos`` (at most 40 characters looked at)."""
    chunk = text[max(floor, pos - _WORD_WINDOW) : pos]
    if not chunk or chunk[-1].isspace():
        return ""
    parts = chunk.split()
    return parts[-1].lstrip(_OPENERS) if parts else ""


def _is_boundary(text: str, m: re.Match[str], floor: int, end: int, abbr: Abbreviations) -> bool:
    marks = m.group(1)
    word = low = ""
    if marks == ".":
        word = _word_before(text, m.start(1), floor)
        low = word.lower()
        if low in abbr.title:  # the cheapest and most common rejection: Mr. Gov. Sen.
            return False
    nxt = _next_word(text, m.end(), end)
    if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
        return False
    if marks != ".":  # ! ? and ellipses before a capital end a sentence
        return True
    if not word or word[-1].isdigit() or not any(c.isalpha() for c in word):
        return True
    if len(word) == 1 and word.isupper():  # an initial: J. R. R. Tolkien, Michael J. Fox
        return nxt in abbr.sentence_starters
    if low in abbr.number:
        return not nxt[0].isdigit()
    if low in abbr.starter_only or ("." in word.strip(".")):  # dotted acronym: U.S., a.m., D.C.
        return nxt in abbr.sentence_starters
    return True


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The stretch without surrounding whitespace, cut at spaces if over-long; none if no letter or digit."""
    chunk = text[start:end]
    stripped = chunk.lstrip()
    start += len(chunk) - len(stripped)
    end = start + len(stripped.rstrip())
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        yield from _trimmed(text, start, cut)
        spaces = _SPACES.match(text, cut, end)
        start = spaces.end() if spaces else cut
    if end > start and _HAS_ALNUM.search(text, start, end):
        yield start, end


def _unglued(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    rules = glue()
    pos = start
    for m in rules.pattern.finditer(text, start, end):
        word = _word_before(text, m.start(), pos)
        if word.lower() in rules.blockers:
            continue
        # After a capitalised word, a capitalised word after the candidate makes it title case
        # ("In the Country We Love"); a lower-case one makes it a caption ending in a name.
        if not word[:1].isupper() or rules.sentence_case.match(text, m.end(), end):
            yield from _trimmed(text, pos, m.start())
            pos = m.end()
    yield from _trimmed(text, pos, end)


def iter_sentences(
    text: str, start: int = 0, end: int | None = None, *, unglue: bool = True
) -> Iterator[tuple[int, int]]:
    """Sentence offsets ``(start, end)`` in ``text[start:end]``, trimmed of whitespace, in order,
    found lazily: a caller that needs the first three sentences pays for three.

    A sentence keeps its closing quotation mark (``... the minister said."``). Stretches with no
    letter or digit are dropped. ``unglue`` also breaks where a caption was glued on without a period.
    """
    emit = _unglued if unglue else _trimmed
    abbr = abbreviations()
    end = len(text) if end is None else max(0, min(end, len(text)))
    start = max(0, min(start, end))
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if m.start() - pos > MAX_SENTENCE_CHARS:
            # Hand out an over-long stretch now (cut at a space), so that a caller wanting a few
            # sentences never waits for the whole of a megabyte without a sentence end.
            cut = text.rfind(" ", pos + MAX_SENTENCE_CHARS // 2, pos + MAX_SENTENCE_CHARS)
            cut = cut if cut > pos else pos + MAX_SENTENCE_CHARS
            yield from emit(text, pos, cut)
            pos = cut
        if _is_boundary(text, m, start, end, abbr):
            yield from emit(text, pos, m.start(3))
            pos = m.end(3)
    yield from emit(text, pos, end)


def split_sentences(
    text: str, start: int = 0, end: int | None = None, *, unglue: bool = True
) -> list[tuple[int, int]]:
    """All sentences of ``text[start:end]`` as a list (see :func:`iter_sentences`)."""
    return list(iter_sentences(text, start, end, unglue=unglue))

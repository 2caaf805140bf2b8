"""A sentence splitter that knows wire copy, without any downloaded model.

Candidate boundaries are found with one regex: a run of ``. ! ? …``, optional closing quotes or
brackets (``."`` ``.’`` ``.)``), whitespace, then a capital letter or a digit (after optional
opening marks). A candidate that ends in a period is then judged by the word before it, using
the classes of ``data/abbreviations.json``:

* ``title`` (``Mr.``, ``Gov.``, ``Sen.``): never ends a sentence;
* ``number`` (``Sept.``, ``No.``): no break when a number follows (``Sept. 11``);
* ``starter_only`` (``St.``, ``Pa.``), initials (``J. R. R.``), dotted acronyms (``U.S.``,
  ``a.m.``) and ellipses: break only before a typical sentence opener (``U.S. The``), not before
  a name (``U.S. Navy``, ``J. R. R. Tolkien``, ``10 a.m. Thursday``);
* anything else, including ``terminal`` words (``Inc.``, ``Jr.``): a break.

Web copy also glues photo captions into the text without a period; ``data/glue.json`` says where
a sentence starts anyway (``... on Friday He said``, ``... a colleague The cost of ...``).

Decimals (``3.5``) and domain names never match because a boundary needs whitespace after the
mark. Every repetition is bounded or possessive, so splitting is linear in the input.
"""

from __future__ import annotations

import re

from ._data import abbreviations, glue

__all__ = ["MAX_SENTENCE_CHARS", "split_sentences"]

# A "sentence" longer than this (a megabyte of unpunctuated text) is cut at a space: a summary
# made of one such sentence would be useless, and later stages compare sentences pairwise.
MAX_SENTENCE_CHARS = 1500

_BOUNDARY = re.compile(
    r"([.!?\u2026]{1,10})"  # the terminal mark(s)
    r"([\"'\u201d\u2019\u00bb)\]]{0,4})"  # closing quotes / brackets: ."  .’  .)
    r"(\s++)"  # whitespace (possessive: never backtracked into)
    r"(?=[\"'\u201c\u2018\u00ab(\[]{0,3}[^\W_])"  # optional opening marks, then a letter or digit
)
_NEXT_WORD = re.compile(r"[\"'\u201c\u2018\u00ab(\[]{0,3}([^\W_][\w'\u2019-]{0,40}+)")
_OPENERS = "\"'\u201c\u2018\u00ab(["
_HAS_ALNUM = re.compile(r"[^\W_]")
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


def _is_boundary(text: str, m: re.Match[str], floor: int, end: int) -> bool:
    nxt = _next_word(text, m.end(), end)
    if not nxt or not (nxt[0].isupper() or nxt[0].isdigit()):
        return False
    marks = m.group(1)
    if "!" in marks or "?" in marks:
        return True
    abbr = abbreviations()
    if len(marks) > 1 or "\u2026" in marks:  # an ellipsis often trails off mid-sentence
        return nxt in abbr.sentence_starters
    word = _word_before(text, m.start(1), floor)
    if not word or word[-1].isdigit() or not any(c.isalpha() for c in word):
        return True
    if len(word) == 1 and word.isupper():  # an initial: J. R. R. Tolkien, Michael J. Fox
        return nxt in abbr.sentence_starters
    low = word.lower()
    if low in abbr.title:
        return False
    if low in abbr.number:
        return not nxt[0].isdigit()
    if low in abbr.starter_only or ("." in word.strip(".")):  # dotted acronym: U.S., a.m., D.C.
        return nxt in abbr.sentence_starters
    return True


def _emit_unglued(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    rules = glue()
    pos = start
    for m in rules.pattern.finditer(text, start, end):
        if _word_before(text, m.start(), pos).lower() not in rules.blockers:
            _emit(out, text, pos, m.start())
            pos = m.end()
    _emit(out, text, pos, end)


def _emit(out: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    # Trim whitespace, then cut over-long stretches at a space.
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        _emit(out, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start and _HAS_ALNUM.search(text, start, end):
        out.append((start, end))


def split_sentences(
    text: str, start: int = 0, end: int | None = None, *, unglue: bool = True
) -> list[tuple[int, int]]:
    """Sentence offsets ``(start, end)`` in ``text[start:end]``, trimmed of whitespace, in order.

    A sentence keeps its closing quotation mark (``... the minister said."``). Stretches with no
    letter or digit are dropped. ``unglue`` also breaks where a caption was glued on without a period.
    """
    emit = _emit_unglued if unglue else _emit
    end = len(text) if end is None else min(end, len(text))
    start = max(0, min(start, end))
    out: list[tuple[int, int]] = []
    pos = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_boundary(text, m, start, end):
            emit(out, text, pos, m.start(3))
            pos = m.end(3)
    emit(out, text, pos, end)
    return out

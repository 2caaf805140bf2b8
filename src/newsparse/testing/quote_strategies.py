"""Hypothesis strategies for quotes: paragraphs built from attribution templates with generated
names, titles, cue verbs and quote contents, so the expected quotes and speakers are known by
construction."""

from __future__ import annotations

from typing import NamedTuple

from hypothesis import strategies as st

__all__ = ["QuoteCase", "quote_cases"]

FIRST = ("Anna", "Boris", "Carla", "Dmitri", "Elena", "Farid", "Greta", "Hugo", "Irina", "Jonas")
LAST = ("Varkonyi", "Maltsev", "Okafor", "Lindqvist", "Tanaka", "Brennan", "Moreau", "Haddad")
FEMALE = frozenset(("Anna", "Carla", "Elena", "Greta", "Irina"))
TITLES = ("Foreign Minister", "Finance Minister", "Deputy Prime Minister", "Ambassador", "Governor")
CUES = ("said", "stressed", "noted", "added", "stated", "pointed out")
WORDS = ("the", "talks", "will", "continue", "next", "week", "our", "position", "is", "clear", "we",
         "expect", "progress", "on", "trade", "and", "security", "issues")


class QuoteCase(NamedTuple):
    text: str  # the story: dateline paragraph introducing the speaker, then quote paragraphs
    quotes: tuple[str, ...]  # expected quote texts (content inside the marks)
    name: str  # expected speaker name of every quote


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=4, max_size=12))
    return " ".join(words).capitalize()


@st.composite
def quote_cases(draw: st.DrawFn) -> QuoteCase:
    first, last = draw(st.sampled_from(FIRST)), draw(st.sampled_from(LAST))
    title = draw(st.sampled_from(TITLES))
    name = f"{first} {last}"
    marks = draw(st.sampled_from((('"', '"'), ("\u201c", "\u201d"), ("\u00ab", "\u00bb"), ("\u201e", "\u201c"))))
    o, c = marks
    paras = [f"MOSCOW, March 3. /TASS/. Talks went on all day, {title} {name} told reporters on Monday."]
    expected: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        s1 = draw(_sentence())
        cue = draw(st.sampled_from(CUES))
        female = first in FEMALE
        ref = draw(st.sampled_from((last, "she" if female else "he", f"the {title.split()[-1].lower()}",
                                    f"{'Ms.' if female else 'Mr.'} {last}")))
        template = draw(st.integers(0, 3))
        if template == 0:
            paras.append(f"{o}{s1},{c} {ref} {cue}.")
            expected.append(f"{s1},")
        elif template == 1:
            paras.append(f"{ref[0].upper()}{ref[1:]} {cue}: {o}{s1}.{c}")
            expected.append(f"{s1}.")
        elif template == 2:
            s2 = draw(_sentence())
            paras.append(f"{o}{s1},{c} {ref} {cue}. {o}{s2}.{c}")
            expected.extend((f"{s1},", f"{s2}."))
        else:
            paras.append(f"According to {ref}, {o}{s1}.{c}" if ref[0].isupper()
                         else f"{o}{s1},{c} {cue} {ref}.")
            expected.append(f"{s1}." if ref[0].isupper() else f"{s1},")
    return QuoteCase("\n\n".join(paras) + "\n", tuple(expected), name)

"""coref's shortcuts against the checks they stand for: the run pattern that also reads the next
word finds the same runs, and a run's one-read test of the word before it (``_untitled``) keeps
the runs the general checks (``_title_before``, ``_near_cue``) keep, with the same title."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.parser import default_parser
from newsparse.rules.coref import _RUN, _RUN_NEXT, People, lexicon

WORDS = ["said", "Said", "spokesman", "minister", "Minister", "the", "of", "de", "Anna", "Varkonyi", "Dmitry",
         "Peskov", "Kremlin", "White", "House", "told", "says", "iPhone", "Pro", "Mr.", "U.S.", "van", "a",
         "Sen.", "deputy", "press", "secretary", "O'Brien", "x", "and"]
SEPS = [" ", " ", " ", "  ", "\t", "\n", ", ", ". ", "(", "-", ""]


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)), max_size=25))
    return "".join(w + s for w, s in parts)


@given(texts(), st.integers(0, 10), st.integers(0, 10))
def test_run_next_finds_the_same_runs(text: str, a: int, b: int) -> None:
    end = max(a, len(text) - b)
    assert [m.span() for m in _RUN_NEXT.finditer(text, a, end)] == [m.span() for m in _RUN.finditer(text, a, end)]


@given(texts())
def test_untitled_agrees_with_the_general_checks(text: str) -> None:
    lex = lexicon(default_parser().registry)
    people = People(text, 0, len(text), lex)
    for m in _RUN.finditer(text):
        start, end = m.span()
        pre = people._title_before(start) if start >= 2 and text[start - 2].islower() else None
        want = (pre is not None or people._near_cue(start, end), pre)
        assert people._untitled(start, end, None) == want
        assert people._untitled(start, end, people._cue_after(end)) == want


@given(texts(), st.sampled_from([" ", "\t", "  "]))
def test_name_before_needs_a_capital_in_the_last_chunk(text: str, blank: str) -> None:
    # _find_full_name skips the search when the last chunk before the name has no capital.
    from newsparse.rules.coref import _NAME_BEFORE

    window = text + "x" + blank
    chunk = window.rsplit(None, 1)
    if not chunk or chunk[-1] == chunk[-1].lower():
        assert _NAME_BEFORE.search(window) is None


def test_full_name_found_after_lower_case_mentions() -> None:
    lex = lexicon(default_parser().registry)
    src = "Talks said Peskov and told Peskov. Kremlin spokesman Dmitry Peskov spoke. Peskov left."
    people = People(src, 0, len(src), lex)
    assert people._find_full_name("Peskov") == ("Dmitry Peskov", None)


def test_people_equal_the_constructor() -> None:
    from newsparse.models import Person, Span

    lex = lexicon(default_parser().registry)
    people = People("x" * 40, 0, 40, lex)
    people.add("Anna Varkonyi", "minister", Span(5, 9))
    people.add("Anna Varkonyi", None, Span(1, 3))
    people.add("Ramon\nOrtega", None, Span(10, 22))
    people.add("the Kremlin", None, None, "organisation")
    got = people.people()
    assert got == (Person("Anna Varkonyi", "minister", "person", (Span(1, 3), Span(5, 9))),
                   Person("Ramon Ortega", None, "person", (Span(10, 22),)),
                   Person("the Kremlin", None, "organisation", ()))
    assert [p.mentions for p in got] == [(Span(1, 3), Span(5, 9)), (Span(10, 22),), ()]

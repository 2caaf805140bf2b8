"""coref's shortcuts against the checks they stand for: the run pattern that also reads the next
word finds the same runs, and a run's one-read test of the word before it (``_untitled``) keeps
the runs the general checks (``_title_before``, ``_near_cue``) keep, with the same title."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse.parser import default_parser
from newsparse.rules.coref import _NAME_BEFORE, _RUN, _RUN_NEXT, _WRAP, People, lexicon
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

WORDS = ["said", "Said", "spokesman", "minister", "Minister", "the", "of", "de", "Anna", "Varkonyi", "Dmitry",
         "Peskov", "Kremlin", "White", "House", "told", "says", "iPhone", "Pro", "Mr.", "U.S.", "van", "a",
         "Sen.", "deputy", "press", "secretary", "O'Brien", "x", "and"]
SEPS = [" ", " ", " ", "  ", "\t", "\n", ", ", ". ", "(", "-", ""]


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPS)), max_size=25))
    return "".join(w + s for w, s in parts)


@EQUIVALENCE
@given(texts(), st.integers(0, 10), st.integers(0, 10))
def test_run_next_finds_the_same_runs(text: str, a: int, b: int) -> None:
    end = max(a, len(text) - b)
    assert [m.span() for m in _RUN_NEXT.finditer(text, a, end)] == [m.span() for m in _RUN.finditer(text, a, end)]


@EQUIVALENCE
@given(texts())
def test_untitled_agrees_with_the_general_checks(text: str) -> None:
    lex = lexicon(default_parser().registry)
    people = People(text, 0, len(text), lex)
    for m in _RUN.finditer(text):
        start, end = m.span()
        if "\n" in text[max(0, start - 21):start] or "\r" in text[max(0, start - 21):start]:
            # A run after a hard wrap is read on the reflowed text (People._untitled_wrapped, checked
            # by tests/test_coref_wrap.py); the general checks below read one line.
            continue
        pre = people._title_before(start) if start >= 2 and text[start - 2].islower() else None
        want = (pre is not None or people._near_cue(start, end), pre)
        assert people._untitled(start, end, None) == want
        assert people._untitled(start, end, people._cue_after(end)) == want


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


NAME_WORDS = ["Dmitry", "Peskov", "U.S.", "Mr.", "O'Brien", "van", "said", "McDonald", "aB", "X", "x", "A..",
              "Jean-Luc", "’s", "ÉLan", "_", "Anna", "9", "Ab.c"]
NAME_SEPS = [" ", "  ", "\t", " \t", "\n", ", ", ".", "", "-"]


@st.composite
def name_windows(draw: st.DrawFn) -> tuple[str, int, int]:
    parts = draw(st.lists(st.tuples(st.sampled_from(NAME_WORDS), st.sampled_from(NAME_SEPS)), max_size=8))
    text = "".join(w + s for w, s in parts) + draw(st.sampled_from([" ", "\t", "  "])) + "Lavrov"
    i = len(text) - len("Lavrov")
    lo = draw(st.integers(0, i))
    return text, lo, i


@EQUIVALENCE
@given(name_windows())
def test_name_before_equals_the_search(window: tuple[str, int, int]) -> None:
    # _find_full_name reads the words before a surname backwards; the search is the definition.
    from newsparse.rules.coref import _name_before

    text, lo, i = window
    m = _NAME_BEFORE.search(text, lo, i)
    assert _name_before(text, lo, i) == (m.group(1) if m is not None else None)


_LINE_END = re.compile(r"(?<!\S)\S{4,}\.[ \t]*(?:\r\n?|\n)")


def _find_full_name_by_search(people: People, last: str) -> tuple[str, str | None] | None:
    """People._find_full_name as it was, with the window search (the reference for the backward read)."""
    from newsparse.rules.coref import _NAME_BEFORE

    src = people.src
    i = src.find(last, people.start, people.end)
    tries = 0
    while i > 0 and tries < 16:
        tries += 1
        after = i + len(last)
        if src[i - 1] in " \t\r\n" and (after >= len(src) or not src[after].isalnum()):
            # No paragraphs given: every line break is a hard wrap, read as a space.
            lo = max(people.start, i - 48)
            if "\n" in src[lo:i] or "\r" in src[lo:i]:
                seg = max(people.start, i - 3 * 48)
                # A line that ends a sentence stops the name (see coref._SENTENCE_LINE_END).
                for m in _LINE_END.finditer(src, seg, i):
                    seg = m.end()
                flat = _WRAP.sub(" ", src[seg:i])
                m = _NAME_BEFORE.search(flat, max(0, len(flat) - 48))
            else:
                m = _NAME_BEFORE.search(src, lo, i)
            if m is not None:
                found = people.full_name_from(m.group(1), last)
                if found is not None:
                    return found
        i = src.find(last, after, people.end)
    return None


@EQUIVALENCE
@given(texts(), st.sampled_from(["Peskov", "Varkonyi", "Pro", "Minister"]))
def test_find_full_name_equals_the_search(text: str, last: str) -> None:
    lex = lexicon(default_parser().registry)
    people = People(text, 0, len(text), lex)
    assert people._find_full_name(last) == _find_full_name_by_search(people, last)


def _split_title_loop(people: People, toks: tuple[str, ...]) -> tuple[str | None, tuple[str, ...]]:
    """People.split_title as it was (a loop over the words): the reference for the set-test version."""
    from newsparse.rules.coref import _POSSESSIVE

    if toks and ("'" in toks[-1] or "’" in toks[-1]) and _POSSESSIVE.search(toks[-1]):
        toks = (*toks[:-1], _POSSESSIVE.sub("", toks[-1]))
    titles = people.lex.titles
    stopwords = people.lex.stopwords
    lows = [t.casefold() for t in toks]
    last_title = -1
    for i, lt in enumerate(lows):
        if lt.rstrip(".") in titles:
            last_title = i
    lead = 0
    while lead < len(toks) and lows[lead] in stopwords and lows[lead].rstrip(".") not in titles:
        lead += 1
    if last_title >= 0:
        title = " ".join(toks[max(lead, 0):last_title + 1]) or None
        return title, _after_name_stops_loop(people, toks[last_title + 1:])
    return None, _after_name_stops_loop(people, toks[lead:])


def _after_name_stops_loop(people: People, names: tuple[str, ...]) -> tuple[str, ...]:
    """The name after the last name-stop word of a long title's complement, as a plain loop."""
    if len(names) >= 4:
        for k in range(len(names) - 3, -1, -1):
            if names[k].casefold().rstrip(".") in people.lex.name_stops:
                rest = names[k + 1:]
                return rest if all(t[:1].isupper() for t in rest) else names
    return names


def _looks_like_name_loop(people: People, toks: tuple[str, ...]) -> bool:
    for t in toks:
        lt = t.casefold().rstrip(".")
        if lt in people.lex.orgs or lt in people.lex.stopwords or (
                t.isupper() and len(t) > 3 and (
                    not re.fullmatch(r"(?:[A-Z]\.)+", t) or lt in people.lex.abbreviations)):
            return False
    return True


TOKENS = ["The", "the", "Russian", "Foreign", "Minister", "minister", "Minister.", "Sen.", "Gen", "Dmitry", "Peskov",
          "Peskov's", "Peskov’s", "Lavrov'", "NATO", "UN", "Ministry", "Kremlin", "of", "Of", "And", "Mr.", "Mr",
          "President", "vice-president", "Vice-President", "Party", "ß", "Straße", "X.", "A", ""]


@EQUIVALENCE
@given(st.lists(st.sampled_from(TOKENS), max_size=7))
def test_split_title_and_looks_like_name_equal_the_loops(words: list[str]) -> None:
    lex = lexicon(default_parser().registry)
    people = People("", 0, 0, lex)
    toks = tuple(words)
    assert people.split_title(toks) == _split_title_loop(people, toks)
    assert people.looks_like_name(toks) == _looks_like_name_loop(people, toks)


def test_lexicon_memos_stay_bounded() -> None:
    # split_title's memo is shared by the stories of one parser: emptied when full, never grown past it.
    from newsparse.rules.coref import MEMO_MAX

    lex = lexicon(default_parser().registry)
    people = People("", 0, 0, lex)
    for k in range(MEMO_MAX + 10):
        assert people.split_title(("Minister", f"Name{k}")) == ("Minister", (f"Name{k}",))
    assert len(lex.split_memo) <= MEMO_MAX
    assert people.split_title(("The", "Anna", "Varkonyi")) == _split_title_loop(people, ("The", "Anna", "Varkonyi"))


def _found(people: People) -> list[tuple[object, ...]]:
    return [(e.name, e.title, e.kind, e.first, e.gender, [(m.start, m.end) for m in e.mentions])
            for e in people.entities] + [(p, e.name) for p, e in people._events]


@EQUIVALENCE
@given(texts(), texts(), st.integers(0, 200))
def test_scan_with_warm_memos_equals_a_cold_scan(first: str, text: str, pos: int) -> None:
    # The lexicon memos (run_kind, run_split, split_memo, full_names, title_readings) are shared by
    # the stories of one parser.
    lex = lexicon(default_parser().registry)
    People(first, 0, len(first), lex).scan_to(len(first))
    warm = People(text, 0, len(text), lex)
    warm.scan_to(pos)
    warm.scan_to(len(text))
    lex.run_kind.clear()
    lex.run_split.clear()
    lex.split_memo.clear()
    lex.full_names.clear()
    lex.title_readings.clear()
    cold = People(text, 0, len(text), lex)
    cold.scan_to(pos)
    cold.scan_to(len(text))
    assert _found(warm) == _found(cold)


def _scan_run_reading(people: People, text: str) -> tuple[object, ...]:
    """What _scan_run read off a run's text before Lexicon.run_split kept its whole reading: the
    words, the title and name words after the last sentence end in the run, then the name with a
    sentence-final period trimmed off its last word."""
    toks = tuple(text.split())
    title, name_toks = people.split_title(toks)
    cut = people._sentence_start(toks) if "." in text else 0
    if cut:
        title, name_toks = people.split_title(toks[cut:])
    last = name_toks[-1] if name_toks else ""
    trim = 0
    names = name_toks
    if last.endswith(".") and len(last) > 2 and "." not in last[:-1] and \
            last[:-1].casefold() not in people.lex.abbreviations:
        names = (*name_toks[:-1], last[:-1])
        trim = 1
    name = " ".join(names) if 2 <= len(names) <= 4 and people.looks_like_name(names) else None
    return (toks, title, name_toks, cut > 0, trim, name)


@EQUIVALENCE
@given(texts())
def test_run_readings_equal_the_step_by_step_reading(text: str) -> None:
    # _read_run (kept per parser in Lexicon.run_split) and Lexicon.run_kind stand for the steps
    # _scan_run and scan_to took on every run.
    lex = lexicon(default_parser().registry)
    people = People(text, 0, len(text), lex)
    for m in _RUN.finditer(text):
        run = m.group()
        assert people._read_run(run) == _scan_run_reading(people, run)
        titled = not lex.titles.isdisjoint(run.casefold().replace(".", " ").split())
        if run in lex.run_kind:
            assert lex.run_kind[run] == (2 if not titled and people._first_named(run) else int(titled))


TITLE_WORDS = ["Mr.", "Ms.", "spokeswoman", "spokesman", "minister", "Foreign", "the", "Mrs", "chairman", "x"]


@EQUIVALENCE
@given(st.lists(st.sampled_from(TITLE_WORDS), max_size=4),
       st.sampled_from(["Anna Varkonyi", "Dmitry Peskov", "Peskov", "Kim Lee", "Maria", ""]))
def test_gender_reading_equals_the_set_definition(title_words: list[str], name: str) -> None:
    # _title_reading (kept per parser) and _name_gender against the definition: the title's words
    # (casefolded, without a final period) meet a gendered title list, else the first name's list.
    lex = lexicon(default_parser().registry)
    people = People("", 0, 0, lex)
    title = " ".join(title_words) or None
    words = {w.casefold().rstrip(".") for w in title.split()} if title else set()
    expected = "female" if words & lex.female else "male" if words & lex.male else None
    if expected is None and name and " " in name:
        first = name.split()[0].casefold()
        expected = "female" if first in lex.female_first else "male" if first in lex.male_first else None
    assert people._gender(title, name or None) == expected
    assert people._title_reading(title)[0] == frozenset(words)
    lex.title_readings.clear()
    assert people._gender(title, name or None) == expected


@EQUIVALENCE
@given(texts(), st.sampled_from(["Peskov", "Varkonyi", "Pro", "Minister"]))
def test_full_name_memo_equals_the_reading(before: str, last: str) -> None:
    lex = lexicon(default_parser().registry)
    people = People("", 0, 0, lex)
    assert people.full_name_from(before, last) == people._full_name_from(before, last)
    assert people.full_name_from(before, last) == people._full_name_from(before, last)  # from the memo


SURNAME_WORDS = ["Marcel", "Gabriela", "Lazar", "Anna", "Varkonyi", "his", "wife", "said", "Minister", "the"]


@EQUIVALENCE
@given(st.lists(st.tuples(st.sampled_from(SURNAME_WORDS), st.sampled_from([" ", ", ", ". ", "\n"])), max_size=20),
       st.sampled_from(["Lazar", "Varkonyi"]))
def test_by_surname_short_cut_equals_the_full_name_test(parts: list[tuple[str, str]], last: str) -> None:
    # by_surname returns the known person for a bare surname without _full_name's scan when the
    # surname does not occur before the person's first mention: what the test after it would say.
    text = "".join(w + s for w, s in parts)
    lex = lexicon(default_parser().registry)
    people = People(text, 0, len(text), lex)
    people.scan_to(len(text))
    got = people.by_surname((last,), len(text))
    ent = people._by_last.get(last)
    if ent is not None and ent.first:
        earlier = people._full_name(last)
        expected = (ent.name, ent.title)
        if not (earlier is None or earlier[0] == ent.name or earlier[0].endswith(" " + ent.name)
                or text.find(earlier[0], 0, ent.first) < 0):
            expected = earlier
        assert got == expected


class _EveryAppositive(People):
    """The general path: the appositive title after every registered name is read."""

    def _title_read(self, name: str) -> bool:
        return True


APPOSITIVE_WORDS = [*WORDS, "Gabriela", "Lazar", "spokeswoman", "his", "wife", "Maria", "Smith"]


@st.composite
def appositive_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(st.sampled_from(APPOSITIVE_WORDS), st.sampled_from([*SEPS, ", the "])),
                          max_size=25))
    return "".join(w + s for w, s in parts)


@EQUIVALENCE
@given(appositive_texts(), st.integers(0, 200))
def test_lazy_appositive_and_first_named_runs_equal_the_general_scan(text: str, pos: int) -> None:
    lex = lexicon(default_parser().registry)
    fast = People(text, 0, len(text), lex)
    general = _EveryAppositive(text, 0, len(text), lex)
    for people in (fast, general):
        people.scan_to(pos)
        people.scan_to(len(text))
    assert _found(fast) == _found(general)
    # A first-named run reads only _untitled's title before it, which the cue after the run never changes.
    for m in _RUN.finditer(text):
        got = {fast._untitled(m.start(), m.end(), cue)[1] for cue in (None, True, False)}
        assert len(got) == 1


@EQUIVALENCE
@given(st.lists(st.integers(0, 400), max_size=80), st.integers(0, 420),
       st.sampled_from(["official", "diplomat", "senator"]))
def test_anonymous_since_short_cut_equals_the_bounded_loop(starts: list[int], pos: int, head: str) -> None:
    # Mentions read in text order take the reversed scan; its answer is the bounded loop's.
    from newsparse.models import Span
    from newsparse.rules.coref import _Entity

    text = ("Words. " * 20 + "A senior official said so. " + "More words here. " * 10)[:420]
    people = People(text, 0, len(text), lexicon(default_parser().registry))
    ent = _Entity("Ann Lee", "Senator", "person", 0, None, frozenset({"senator"}))
    for s in starts:
        people.mention(ent, Span(s, s + 3))
    fast = people.anonymous_since(head, ent, pos)
    ent.out_of_order = True  # the general loop
    assert people.anonymous_since(head, ent, pos) == fast

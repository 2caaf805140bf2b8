"""Each fast path of the rule backend gives what the general path it short-cuts gives."""

from __future__ import annotations

import json
import re

from hypothesis import example, given
from hypothesis import strategies as st
from newsparse import EntityAnnotation, Span
from newsparse.testing import equivalence_settings

from newsparse_entities import rules
from newsparse_entities.enricher import speaker_payload

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

# Words that exercise every alternative of a run word: acronyms, initials, abbreviations, names
# with apostrophes and hyphens, accented capitals, and the characters that may or may not glue a
# capital to what is before it.
PIECES = ["U.S.", "U.N.", "A.B.C.D.E.F.", "W.", "J", "St.", "St", "Mt.", "Mrs.", "Ms", "Prof.", "Capt.", "Cmdr.",
          "Co.", "Corp.", "Inc", "Bros.", "Stand", "Gen.", "General", "O'Neill", "O’Neill", "al-Assad", "Procter",
          "&", "Gamble", "Élysée", "Zürich", "McDonald's", "Sino-Indian", "NATO", "New", "York", "Mr", "Jr.", "a",
          "b.", "of", "x", "1", "2.5", "-", "'", "’", ".", "(", ")", "\"", "“", "_", "É.", "Ä", "Z."]
SEPARATORS = [" ", "", "\n", ". ", ", ", "  ", "-", "'", "."]

run_texts = st.one_of(
    st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SEPARATORS)), max_size=40).map(
        lambda parts: "".join(w + s for w, s in parts)),
    st.text(alphabet=st.sampled_from("AZÉÄaz. '’-_&\n1"), max_size=80),
    st.text(max_size=200),
)
_REFERENCE = re.compile(rules.RUN_REFERENCE)


@EQUIVALENCE
@given(run_texts)
@example("Gen. Smith met U.S. Sen. J. R. Whitfield and St. Louis Corp. of the Bros. & Co. in Mt. Vernon")
@example("Capt.Cmdr. Prof Prof. A.B. A.B.C.D.E.F.G. W. Bush")
def test_run_pattern_matches_the_reference_pattern(text: str) -> None:
    """``_RUN`` (opens with the capital, alternatives reordered) finds the runs of the readable pattern."""
    assert [m.span() for m in rules._RUN.finditer(text)] == [m.span() for m in _REFERENCE.finditer(text)]


ENTITY_WORDS = ["Moscow", "Sergey Lavrov", "Lavrov", "NATO", "the", "Bank of England", "MOSCOW", "said", "\"",
                "Élysée", "U.S."]
ENTITY_TEXTS = st.lists(st.tuples(st.sampled_from(ENTITY_WORDS), st.sampled_from([" ", ", ", ".\n", "  ", " (", ") "])),
                        max_size=30)


@EQUIVALENCE
@given(ENTITY_TEXTS)
def test_entities_equal_what_the_constructors_make(parts: list[tuple[str, str]]) -> None:
    """group_mentions makes its EntityAnnotation and Span objects without their constructors; they
    are the objects the constructors make, field for field."""
    from newsparse_entities import gazetteer
    from newsparse_entities.enricher import group_mentions

    text = "".join(w + sep for w, sep in parts)
    for e in group_mentions(text, rules.tag(text, gazetteer.load())):
        expected = EntityAnnotation(e.label, e.text, Span(e.span.start, e.span.end), e.canonical, e.group)
        assert type(e) is EntityAnnotation and type(e.span) is Span
        assert e == expected and e.span == expected.span and repr(e) == repr(expected)
        assert (e.source, e.kind) == ("entities", "entity")


@EQUIVALENCE
@given(st.integers(0, 10_000), st.one_of(st.none(), st.integers(0, 10_000)), st.sampled_from(["PER", "ORG"]),
       st.one_of(st.none(), st.text(max_size=30)))
def test_speaker_payload_is_the_json_of_the_dict(quote: int, group: int | None, label: str,
                                                 canonical: str | None) -> None:
    hit = EntityAnnotation(label, "x", Span(0, 1), canonical, group)
    expected = json.dumps({"quote": quote, "group": group, "label": label, "canonical": canonical}, sort_keys=True)
    assert speaker_payload(quote, hit) == expected


def test_group_mentions_trims_a_backend_span() -> None:
    """A span with quotes or spaces at its edges (the spaCy backend can give one) is trimmed, and
    one with nothing left is dropped; the trusted constructors see only checked offsets."""
    from newsparse_entities.enricher import group_mentions

    text = 'He met "Sergey Lavrov" in (Moscow).'
    mentions = [
        rules.Mention(7, 22, "PER", True, text[7:22]),
        rules.Mention(26, 34, "LOC", True, text[26:34]),
        rules.Mention(33, 34, "LOC", True, text[33:34]),
        rules.Mention(35, 35, "LOC", True, ""),
    ]
    entities = group_mentions(text, mentions)
    assert [(e.text, e.span.start, e.span.end) for e in entities] == [("Sergey Lavrov", 8, 21), ("Moscow", 27, 33)]


# Single words of every kind typed() tells apart, and contexts before and after them.
WORDS_ONE = ["Zorblat", "Smith", "John", "Petrov", "Kovalenko", "NATO", "ABCDEFG", "AP", "X", "Moscow", "Reuters",
             "U.S.", "Astros", "Arbil", "É", "Élysée", "Q.", "Mr."]
BEFORE = ["", "The talks ended. ", "in ", "city of ", "President ", "told ", "\n", "(", "said ", "at ", "\"", "- "]
AFTER = ["", " said.", ", Tajikistan", " region", " group", ", he said", ". ", " 5", "'s", " company"]


@EQUIVALENCE
@given(st.sampled_from(BEFORE), st.sampled_from(WORDS_ONE), st.sampled_from(AFTER), st.booleans())
def test_typed_word_is_typed_for_one_word(before: str, word: str, after: str, per_cue: bool) -> None:
    """``typed_word`` (the single-word fast path) adds what ``typed`` adds for a one-word run."""
    from newsparse_entities import gazetteer

    text = before + word + after
    start, end = len(before), len(before) + len(word)
    fast = rules._Tagger(text, gazetteer.load())
    prev = fast.prev_word(start)
    fast.typed_word(start, end, word, per_cue, prev)
    general = rules._Tagger(text, gazetteer.load())
    general.typed([(start, end, word)], per_cue=per_cue, initial=general.is_initial(start), prev=prev)
    assert fast.mentions == general.mentions


TAG_WORDS = ["Moscow", "The", "THE", "But", "US", "NATO", "Sergey", "Lavrov", "Bank", "of", "England", "said", "the",
             "President", "Smith", "Corp.", "&", "New", "York-based", "Astros", "Houston", "beat", "Kent", "2", "3",
             "Labor", "Day", "city", "region", "in", "J.", "MOSCOW", "Jordan", "Michael", "Élysée"]
TAG_SEPARATORS = [" ", " ", " ", ", ", ". ", "\n", " of ", " and ", " & ", "  "]


@EQUIVALENCE
@given(st.lists(st.tuples(st.sampled_from(TAG_WORDS), st.sampled_from(TAG_SEPARATORS)), max_size=50))
def test_tag_with_and_without_shortcuts(parts: list[tuple[str, str]]) -> None:
    """The run loop's single-word shortcuts give the mentions chunk() gives."""
    from newsparse_entities import gazetteer

    text = "".join(w + sep for w, sep in parts)
    fast = rules.tag(text, gazetteer.load())
    rules.SHORTCUTS = False
    try:
        general = rules.tag(text, gazetteer.load())
    finally:
        rules.SHORTCUTS = True
    assert fast == general

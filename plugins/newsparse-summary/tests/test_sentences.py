"""The sentence splitter, one example (or a few) per convention it knows."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse_summary.sentences import MAX_SENTENCE_CHARS, split_sentences


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def test_plain_sentences() -> None:
    assert split("The talks ended. Both sides left! Why? Nobody knows.") == [
        "The talks ended.", "Both sides left!", "Why?", "Nobody knows."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Gov. Andrew Cuomo spoke.",
        "Mr. Smith and Mrs. Jones met Dr. Patel.",
        "Sen. Mary Ross and Rep. Tom Ford voted no.",
        "Lt. Gen. Paul Ross led Army Spc. Caleb Barnes.",
    ],
)
def test_titles_never_end_a_sentence(text: str) -> None:
    assert split(text) == [text]


@pytest.mark.parametrize(
    "text",
    ["The strike began on Sept. 11 and ended on Jan. 3.", "He wore No. 10 for the club.", "See p. 4 of the report."],
)
def test_number_abbreviations_before_a_number(text: str) -> None:
    assert split(text) == [text]


def test_month_abbreviation_before_a_word_ends_a_sentence() -> None:
    assert split("The vote moved to Sept. The council agreed.") == ["The vote moved to Sept.", "The council agreed."]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Navy sent two ships.",
        "The U.N. Security Council met.",
        "The meeting starts at 10 a.m. Thursday in the hall.",
        "They met in Washington, D.C. last week.",
    ],
)
def test_dotted_acronyms_inside_a_sentence(text: str) -> None:
    assert split(text) == [text]


def test_dotted_acronym_before_a_sentence_opener() -> None:
    assert split("Sanctions were imposed by the U.S. The move angered Moscow.") == [
        "Sanctions were imposed by the U.S.", "The move angered Moscow."
    ]


@pytest.mark.parametrize(
    "text",
    ["The novel by J. R. R. Tolkien sold well.", "Actor Michael J. Fox attended.", "George W. Bush spoke."],
)
def test_initials(text: str) -> None:
    assert split(text) == [text]


def test_starter_only_words() -> None:
    assert split("He lived in St. Petersburg for years.") == ["He lived in St. Petersburg for years."]
    assert split("The shop is on Main St. The owner is away.") == ["The shop is on Main St.", "The owner is away."]
    assert split("The Scranton, Pa. Chamber of Commerce met.") == ["The Scranton, Pa. Chamber of Commerce met."]
    assert split("He was born in Scranton, Pa. The family moved.") == ["He was born in Scranton, Pa.", "The family moved."]


def test_terminal_abbreviations_end_a_sentence() -> None:
    assert split("Shares rose at Acme Inc. The company said profit doubled.") == [
        "Shares rose at Acme Inc.", "The company said profit doubled."
    ]


@pytest.mark.parametrize("text", ["Prices rose 3.5 percent.", "Visit example.com for details.", "It cost $1.25 million."])
def test_decimals_and_domains(text: str) -> None:
    assert split(text) == [text]


def test_quote_ending_a_sentence() -> None:
    assert split('"We will win." The crowd cheered. He said: \u201cNo.\u201d Then he left.') == [
        '"We will win."', "The crowd cheered.", "He said: \u201cNo.\u201d", "Then he left."
    ]
    assert split("\u2018It is over.\u2019 She walked out.") == ["\u2018It is over.\u2019", "She walked out."]


def test_quote_followed_by_attribution_stays_whole() -> None:
    text = '"Is it over?" he asked. "Yes!" she said.'
    assert split(text) == ['"Is it over?" he asked.', '"Yes!" she said.']


def test_new_sentence_opening_with_a_quote() -> None:
    assert split('Talks went on. "It was hard," he said.') == ["Talks went on.", '"It was hard," he said.']


def test_ellipsis() -> None:
    assert split("He paused... Then he spoke.") == ["He paused...", "Then he spoke."]
    assert split("He paused ... and went on.") == ["He paused ... and went on."]


def test_glued_caption_is_cut() -> None:
    text = "Officials inspect the damaged dam The dam burst after heavy rain. It was built in 1950."
    assert split(text) == ["Officials inspect the damaged dam", "The dam burst after heavy rain.", "It was built in 1950."]
    assert split("The keeper waves from the ledge He said he was fine.") == [
        "The keeper waves from the ledge", "He said he was fine."
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A caption that ends in a name or a day: the next word is lower case, so it is no title.
        (
            "The mayor opens the new bridge on Friday He said it was built on time.",
            ["The mayor opens the new bridge on Friday", "He said it was built on time."],
        ),
        (
            "Fans queue outside the stadium in Lisbon The club sold every ticket.",
            ["Fans queue outside the stadium in Lisbon", "The club sold every ticket."],
        ),
        # A determiner before a number ("An 80-year-old ..."), and "And" opening a sentence.
        (
            "Rescuers carry a stretcher across the ice An 80-year-old angler was saved.",
            ["Rescuers carry a stretcher across the ice", "An 80-year-old angler was saved."],
        ),
        (
            "The minister visits a flooded farm And she promised more help.",
            ["The minister visits a flooded farm", "And she promised more help."],
        ),
    ],
)
def test_caption_ending_in_a_capitalised_word_is_cut(text: str, expected: list[str]) -> None:
    assert split(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "She read The Old Man And The Sea twice.",
        "The Cook And Baker chain closed.",
        "The band played Rock And Roll All Night twice.",
    ],
)
def test_and_in_a_name_or_title_is_not_cut(text: str) -> None:
    # "And" starts a sentence only when a lower-case word follows it; in a title or a name it does not.
    assert split(text) == [text]


@pytest.mark.parametrize(
    "text",
    [
        "She wrote the memoir In the Country We Love after the trial.",
        "He starred in the film In the Heat of the Night.",
        "Some Say It Proves She Cheated",
        "The board approved Class A and Class B common stock.",
        "Holders of class A shares and series A convertible preferred shares voted.",
    ],
)
def test_title_case_and_letter_labels_are_not_cut(text: str) -> None:
    assert split(text) == [text]


def test_capitalised_title_after_a_preposition_is_not_cut() -> None:
    assert split("The report was seen by The Mail on Sunday.") == ["The report was seen by The Mail on Sunday."]
    assert split("He starred in the film The Great Escape.") == ["He starred in the film The Great Escape."]


def test_hard_wrapped_text_and_offsets() -> None:
    text = "  The minister arrived\n    on Monday.   Talks began.  "
    spans = split_sentences(text)
    assert [text[s:e] for s, e in spans] == ["The minister arrived\n    on Monday.", "Talks began."]


def test_range_arguments() -> None:
    text = "Skip this. Keep this one. And this."
    assert [text[s:e] for s, e in split_sentences(text, 11)] == ["Keep this one.", "And this."]
    assert split_sentences(text, 5, 5) == []


def test_no_alphanumerics_no_sentence() -> None:
    assert split("") == []
    assert split(" ... --- !!! ") == []


def test_over_long_sentence_is_cut() -> None:
    text = "word " * 100_000
    spans = split_sentences(text)
    assert spans and all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)


def test_adversarial_marks() -> None:
    # Linear time: these would take minutes with a backtracking pattern.
    for text in ("." * 200_000, ". " * 100_000, '"' * 100_000, "A. " * 50_000, "!" * 10 + " " * 100_000 + "x"):
        split_sentences(text)


@given(st.text())
def test_spans_are_ordered_trimmed_and_in_range(text: str) -> None:
    spans = split_sentences(text)
    prev_end = 0
    for s, e in spans:
        assert prev_end <= s < e <= len(text)
        assert not text[s].isspace() and not text[e - 1].isspace()
        prev_end = e


@given(st.lists(st.sampled_from(["The", "U.S.", "Gov.", "J.", "said", "Sept.", "11", "3.5", '"', "Inc.", "?", "\n"])))
def test_wire_words_never_break_the_splitter(words: list[str]) -> None:
    text = " ".join(words)
    for s, e in split_sentences(text):
        assert 0 <= s < e <= len(text)


TITLE_WORDS = ["The", "Country", "We", "Love", "And", "In", "It", "He", "An", "Old", "Man", "Sea", "When", "This", "Night"]


@given(st.lists(st.sampled_from(TITLE_WORDS), min_size=1, max_size=12))
def test_title_case_is_never_cut(words: list[str]) -> None:
    # A caption break needs a lower-case word somewhere next to it; a run of capitalised words is a title.
    text = " ".join(words) + "."
    assert split(text) == [text]

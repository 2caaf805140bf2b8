"""Each method on stories written for the tests, and the options."""

from __future__ import annotations

import newsparse
import pytest
from newsparse import Article, Span
from summary_stories import AP_STORY, TASS_STORY, WEB_STORY, quote_article

from newsparse_summary.body import Sentence, body_sentences
from newsparse_summary.enricher import summarize
from newsparse_summary.options import DEFAULT_WORDS, Options


def lines(article: Article, **options: object) -> list[str]:
    return summarize(article, Options.from_mapping(options)).text.split("\n")


def test_lead_skips_headline_and_dateline(parser: newsparse.Parser) -> None:
    article = parser.parse(TASS_STORY)
    first = lines(article, sentences=1)
    assert first == [
        "Russian and Japanese negotiators agreed on Thursday to resume talks on salmon fishing quotas in the Sea "
        "of Okhotsk, Deputy Agriculture Minister Pavel Sokolov said."
    ]


def test_lead_takes_sentences_in_order(parser: newsparse.Parser) -> None:
    article = parser.parse(AP_STORY)
    assert lines(article, sentences=3) == [
        "Gov. Maria Delgado signed a $2.4 billion water bill on Tuesday, ending a monthlong standoff with lawmakers "
        "over drought relief for farm towns.",
        "The measure sends money to rural counties hit hardest by the dry spell.",
        "It takes effect Sept. 1 and runs for 3.5 years.",
    ]


def test_lead_default_length_is_a_word_budget(parser: newsparse.Parser) -> None:
    summary = summarize(parser.parse(AP_STORY))
    words = summary.text.split()
    assert summary.method == "lead"
    assert 1 <= len(summary.sentences) <= 4
    # Whole sentences until the budget is reached: without the last one it was short of it.
    last = summary.text.split("\n")[-1]
    assert len(words) - len(last.split()) < DEFAULT_WORDS


def test_lead_skips_web_furniture(parser: newsparse.Parser) -> None:
    text = lines(parser.parse(WEB_STORY), sentences=4)
    assert text == [
        "A lighthouse keeper in Maine has been rescued after spending two nights on a rock ledge cut off by the tide.",
        "Coast guard crews reached the 64-year-old on Sunday morning after his daughter raised the alarm.",
        "The keeper, who has tended the light for 30 years, said he had run out of food on the second day.",
        "He was treated for mild hypothermia at a hospital in Portland.",
    ]


@pytest.mark.parametrize(
    "furniture",
    [
        "By . Staff Reporter . ",
        "By . Anna Kovacs and . Tom Reed . PUBLISHED: . 08:02 EST, 3 March 2014 . | . UPDATED: . 09:15 EST, 3 March 2014 . ",
        "By . Tom Reed . Follow @@tomreed . Last updated at 4:14 PM on 7th November 2011 . ",
        "(CNN)",
        "Kathmandu, Nepal (CNN)",
        "LAGOS, Nigeria (CNN) -- ",
        "(The Hollywood Reporter)",
        "(CNN) -- Updated 10:00 GMT (1800 HKT) April 5, 2015. ",
        "Updated 1:35 PM ET, Tue April 7, 2015 ",
        "Posted at 0815 GMT, 3 March 2014 | ",
    ],
)
def test_lead_skips_start_furniture(parser: newsparse.Parser, furniture: str) -> None:
    story = furniture + "A harbour ferry ran aground on Monday. Nobody was hurt.\n"
    assert lines(parser.parse(story), sentences=2) == ["A harbour ferry ran aground on Monday.", "Nobody was hurt."]


@pytest.mark.parametrize("opening", ["Updated guidance was issued on Monday.", "Posted 1990s letters sold on Monday."])
def test_a_story_opening_with_updated_or_posted_is_kept(parser: newsparse.Parser, opening: str) -> None:
    assert lines(parser.parse(opening + " Nobody was hurt.\n"), sentences=1) == [opening]


def test_follow_link_inside_a_paragraph_is_cut(parser: newsparse.Parser) -> None:
    story = "A harbour ferry ran aground on Monday. Follow @harbourwatch on Twitter. Nobody was hurt.\n"
    assert lines(parser.parse(story), sentences=2) == ["A harbour ferry ran aground on Monday.", "Nobody was hurt."]


def test_company_ticker_is_not_a_source_tag(parser: newsparse.Parser) -> None:
    story = "Acme Corp (ACME.N) said on Monday profit rose. Shares gained.\n"
    assert lines(parser.parse(story), sentences=1) == ["Acme Corp (ACME.N) said on Monday profit rose."]


def test_lead_skips_source_tag_and_byline_paragraph(parser: newsparse.Parser) -> None:
    story = "By Anna Kovacs\n\nBoston (CNN)A harbour ferry ran aground on Monday. Nobody was hurt.\n"
    assert lines(parser.parse(story), sentences=2) == ["A harbour ferry ran aground on Monday.", "Nobody was hurt."]


def test_lead_skips_photo_credit_and_advisory_paragraphs(parser: newsparse.Parser) -> None:
    story = (
        "(Adds comment from the mayor in paragraph 3)\n\nPhoto: City Hall press office\n\n"
        "The city council approved a new tram line on Wednesday.\n\nREAD MORE: Trams return to the city\n\n"
        "Construction starts in May.\n"
    )
    assert lines(parser.parse(story), sentences=3) == [
        "The city council approved a new tram line on Wednesday.", "Construction starts in May."
    ]


def test_copyright_line_is_furniture_but_a_story_about_copyright_is_not(parser: newsparse.Parser) -> None:
    story = (
        "Copyright cases rose by a fifth last year, the court said.\n\nMost involved music.\n\n"
        "Copyright 2015 The Associated Press. All rights reserved.\n"
    )
    assert lines(parser.parse(story), sentences=4) == [
        "Copyright cases rose by a fifth last year, the court said.", "Most involved music."
    ]


def test_correction_advisory_is_furniture_but_a_parenthetical_paragraph_is_not(parser: newsparse.Parser) -> None:
    story = "(In Jan. 3 story, corrects spelling of name)\n\nThe mayor resigned.\n\n(In Moscow, the ruble fell.)\n"
    assert lines(parser.parse(story), sentences=3) == ["The mayor resigned.", "(In Moscow, the ruble fell.)"]


def test_lead_drops_a_repeated_lede() -> None:
    # A caption glued into web copy repeats the lede word for word: it adds nothing.
    story = (
        "The river burst its banks in Dresden on Monday, flooding the old town. Residents were told to leave. "
        "The river burst its banks in Dresden on Monday, flooding the old town The fire service worked through the night."
    )
    article = newsparse.Parser(plugins=[]).parse(story)
    assert lines(article, sentences=3) == [
        "The river burst its banks in Dresden on Monday, flooding the old town.",
        "Residents were told to leave.",
        "The fire service worked through the night.",
    ]


def test_textrank_prefers_the_central_sentences(parser: newsparse.Parser) -> None:
    story = (
        "Lawmakers in Oslo approved a carbon tax on shipping fuel on Friday.\n\n"
        "The weather in Oslo was mild.\n\n"
        "The carbon tax on shipping fuel will rise each year until 2030, the finance ministry said.\n\n"
        "A local choir sang in the square.\n\n"
        "Shipping companies said the carbon tax would raise fuel costs for ferries.\n"
    )
    summary = summarize(parser.parse(story), Options(method="textrank", sentences=3))
    assert summary.method == "textrank"
    assert summary.text.split("\n") == [
        "Lawmakers in Oslo approved a carbon tax on shipping fuel on Friday.",
        "The carbon tax on shipping fuel will rise each year until 2030, the finance ministry said.",
        "Shipping companies said the carbon tax would raise fuel costs for ferries.",
    ]


def test_textrank_prefers_a_story_sentence_to_a_glued_caption(parser: newsparse.Parser) -> None:
    # Web copy: the photo caption, glued on without a period, restates the story's own sentences,
    # so it looks more central than the second sentence; it counts for less than one with an end mark.
    story = (
        "Lawmakers approved a carbon tax on shipping fuel on Friday. "
        "The tax will rise each year until 2030, the finance ministry said. "
        "Ferry operators said ticket prices would go up. "
        "Lawmakers vote on the carbon tax on shipping fuel in Oslo on Friday "
        "The tax also covers supply ships. "
        "A local choir sang in the square.\n"
    )
    article = parser.parse(story)
    assert [s.terminated for s in body_sentences(article)] == [True, True, True, False, True, True]
    summary = summarize(article, Options(method="textrank", sentences=2))
    assert summary.text.split("\n") == [
        "Lawmakers approved a carbon tax on shipping fuel on Friday.",
        "The tax will rise each year until 2030, the finance ministry said.",
    ]


@pytest.mark.parametrize(
    ("text", "terminated"),
    [("It rained.", True), ('"It rained," he said.', True), ("(It rained.)", True), ("Why?\u201d", True),
     ("Rain falls on the harbour", False), ("Rain falls (file photo)", False), ("...", True)],
)
def test_terminated_sentences(text: str, terminated: bool) -> None:
    sentence = Sentence(Span(0, len(text)), text, 0, 0)
    assert sentence.terminated is terminated


def test_quotes_digest_names_the_speakers() -> None:
    article = quote_article(
        AP_STORY,
        [
            ("This is the most important thing we will do this year,", "Maria Delgado", "full"),
            ("Farmers cannot wait another season.", "Maria Delgado", "full"),
            ("We are borrowing against our children,", "J. R. Whitfield", "full"),
            ("Washington has to help,", "Maria Delgado", "full"),
        ],
    )
    summary = summarize(article, Options(method="quotes"))
    assert summary.method == "quotes"
    assert summary.text.split("\n") == [
        "Maria Delgado: \u201cThis is the most important thing we will do this year\u201d",
        "Maria Delgado: \u201cFarmers cannot wait another season.\u201d",
        "J. R. Whitfield: \u201cWe are borrowing against our children\u201d",
    ]
    assert [article.source[s.start : s.end] for s in summary.sentences] == [
        "This is the most important thing we will do this year",
        "Farmers cannot wait another season.",
        "We are borrowing against our children",
    ]


def test_quotes_digest_covers_voices_before_repeating_one() -> None:
    article = quote_article(
        TASS_STORY,
        [
            ("We have found a formula that suits both sides, and the talks will resume in April,", "Pavel Sokolov", "full"),
            ("The quotas for this season will be set by mid-May.", "Pavel Sokolov", "full"),
            ("It is a good sign for the coastal towns of Hokkaido,", "Kenji Watanabe", "full"),
        ],
    )
    digest = lines(article, method="quotes", sentences=2)
    assert [line.split(":")[0] for line in digest] == ["Pavel Sokolov", "Kenji Watanabe"]


def test_quotes_digest_shortens_a_long_quotation() -> None:
    long_quote = " ".join(f"Sentence number {i} of the statement is here." for i in range(12))
    story = f'The minister spoke on Friday. "{long_quote}" he said.'
    article = quote_article(story, [(long_quote, "Anna Berg", "full")])
    (line,) = lines(article, method="quotes")
    assert line.startswith("Anna Berg: \u201cSentence number 0 of the statement is here.")
    assert line.endswith("\u2026\u201d") and len(line.split()) < 45


def test_quotes_digest_prefers_named_speakers() -> None:
    article = quote_article(
        AP_STORY,
        [
            ("This is the most important thing we will do this year,", "she", "full"),
            ("We are borrowing against our children,", "J. R. Whitfield", "full"),
        ],
    )
    assert lines(article, method="quotes") == ["J. R. Whitfield: \u201cWe are borrowing against our children\u201d"]
    only_pronoun = quote_article(AP_STORY, [("Washington has to help,", "she", "full")])
    assert lines(only_pronoun, method="quotes") == ["she: \u201cWashington has to help\u201d"]


def test_quotes_without_speakers_fall_back_to_lead(parser: newsparse.Parser) -> None:
    article = quote_article(AP_STORY, [("Farmers cannot wait another season.", None, "full")])
    summary = summarize(article, Options(method="quotes", sentences=1))
    assert summary.method == "lead"
    assert summary.text.startswith("Gov. Maria Delgado signed")


def test_options_are_validated() -> None:
    assert Options.from_mapping(None) == Options()
    assert Options.from_mapping({"method": "TextRank", "sentences": 2}) == Options(method="textrank", sentences=2)
    assert Options.from_mapping({"method": "", "sentences": "auto"}) == Options()
    for bad in ({"method": "lsa"}, {"sentences": 0}, {"sentences": True}, {"words": "many"}, {"colour": "red"}):
        with pytest.raises(ValueError):
            Options.from_mapping(bad)


def test_bad_options_are_recorded_not_raised(parser: newsparse.Parser) -> None:
    with pytest.warns(newsparse.parser.NewsparseWarning):
        article = parser.parse(AP_STORY, enrich={"summary": {"method": "lsa"}})
    assert article.summary() is None
    assert [w.code for w in article.warnings] == ["enricher-failed"]
    assert "lsa" in article.warnings[0].message

"""The enricher through newsparse: discovery, JSON, invariants (hypothesis) and hostile input."""

from __future__ import annotations

import importlib.metadata

import newsparse
import pytest
from hypothesis import given
from hypothesis import strategies as st
from newsparse import Article, Span, SummaryAnnotation
from summary_stories import AP_STORY, TASS_STORY, quote_article

from newsparse_summary.body import normalise
from newsparse_summary.enricher import summarize
from newsparse_summary.options import METHODS, Options

WIRE_WORDS = [
    "The", "minister", "said", "Gov.", "Mr.", "U.S.", "J.", "R.", "Sept.", "11", "3.5", "Inc.", "talks", "on",
    "Tuesday", "MOSCOW,", "/TASS/.", "(Reuters)", "-", "By", ".", "PUBLISHED:", '"We', 'will."', "\u201cNo.\u201d",
    "he", "She", "It", "a", "?", "!", "...", "\n", "\n\n", "Scroll down for video", "(CNN)", "Photo:",
]
wire_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WIRE_WORDS), max_size=120).map(" ".join),
)
methods = st.sampled_from(METHODS)
counts = st.one_of(st.none(), st.integers(min_value=1, max_value=6))


def summary_of(article: Article) -> SummaryAnnotation:
    found = [a for a in article.annotations if a.kind == "summary"]
    assert len(found) == 1
    assert isinstance(found[0], SummaryAnnotation)
    return found[0]


def check_invariants(article: Article, summary: SummaryAnnotation) -> None:
    source = article.source
    previous_end = 0
    for span in summary.sentences:
        assert 0 <= span.start < span.end <= len(source)
        assert previous_end <= span.start  # document order, no overlap
        previous_end = span.end
    texts = [normalise(source[s.start : s.end]) for s in summary.sentences]
    if summary.method == "quotes":
        position = 0
        for t in texts:  # every quoted stretch appears in the digest, in order
            found = summary.text.find(t, position)
            assert found >= 0
            position = found + len(t)
    else:
        assert summary.text == "\n".join(texts)


@given(wire_text, methods, counts)
def test_summary_invariants(parser: newsparse.Parser, text: str, method: str, sentences: int | None) -> None:
    options: dict[str, object] = {"method": method}
    if sentences is not None:
        options["sentences"] = sentences
    article = parser.parse(text, enrich={"summary": options})
    assert not article.warnings or all(w.code != "enricher-failed" for w in article.warnings)
    summary = summary_of(article)
    check_invariants(article, summary)
    if sentences is not None and summary.method != "quotes":
        assert len(summary.sentences) <= sentences


@given(st.lists(st.tuples(st.integers(0, 5), st.sampled_from(["Anna Berg", "Lee Wong", "the minister"])), max_size=8))
def test_quote_digest_invariants(picks: list[tuple[int, str]]) -> None:
    sentences = [
        "We will sign the deal in June.",
        "Nobody expected the vote to pass so quickly, and we are ready.",
        "The price is too high.",
        "It is over.",
        "Farmers need help now, not next year.",
        "We are borrowing against our children.",
    ]
    story = "LONDON (Reuters) - Talks went on. " + " ".join(f'"{s}" said someone.' for s in sentences)
    article = quote_article(story, [(sentences[i], name, "full") for i, name in picks])
    summary = summarize(article, Options(method="quotes"))
    check_invariants(article, summary)
    if picks:
        assert summary.method == "quotes"
        assert all(line.split(": \u201c")[0] in {n for _, n in picks} for line in summary.text.split("\n"))


@pytest.mark.parametrize("method", METHODS)
def test_json_round_trip(parser: newsparse.Parser, method: str) -> None:
    article = parser.parse(AP_STORY, enrich={"summary": {"method": method, "sentences": 2}})
    back = newsparse.from_json(newsparse.to_json(article))
    assert back == article
    before, after = article.summary(), back.summary()
    assert before is not None and after is not None
    assert after.sentences == before.sentences  # spans take no part in equality: compare them too
    assert (after.kind, after.method, after.text) == ("summary", before.method, before.text)


def test_json_round_trip_of_a_quote_digest() -> None:
    article = quote_article(TASS_STORY, [("The quotas for this season will be set by mid-May.", "Pavel Sokolov", "full")])
    summary = summarize(article, Options(method="quotes"))
    import attrs

    article = attrs.evolve(article, annotations=(summary,))
    back = newsparse.from_json(newsparse.to_json(article))
    assert back.summary() == summary and back.summary().sentences == summary.sentences  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  \t ",
        "--- ... !!! ???",
        "MOSCOW, February 21. /TASS/.",
        "BREAKING NEWS\n\nTHE MINISTER RESIGNED ON TUESDAY. HE GAVE NO REASON. PARLIAMENT WILL MEET.",
        "x" * 1_000_000,
        "The talks went on and on " * 40_000,
        '"' * 100_000,
        "Gov. " * 100_000,
        "\x00\x1b\ud800 broken \udfff text. More.",
    ],
)
@pytest.mark.parametrize("method", METHODS)
def test_hostile_input_never_raises(parser: newsparse.Parser, text: str, method: str) -> None:
    article = parser.parse(text, enrich={"summary": {"method": method}})
    summary = summary_of(article)
    check_invariants(article, summary)
    assert len(summary.text) <= 10_000


def test_empty_article_gives_an_empty_summary(parser: newsparse.Parser) -> None:
    summary = summary_of(parser.parse("", enrich=["summary"]))
    assert (summary.text, summary.sentences, summary.method) == ("", (), "lead")


def test_all_caps_story_is_still_summarised(parser: newsparse.Parser) -> None:
    text = "THE MINISTER RESIGNED ON TUESDAY. HE GAVE NO REASON. PARLIAMENT WILL MEET ON FRIDAY."
    summary = summary_of(parser.parse(text, enrich={"summary": {"sentences": 2}}))
    assert summary.text == "THE MINISTER RESIGNED ON TUESDAY.\nHE GAVE NO REASON."


def test_megabyte_paragraph(parser: newsparse.Parser) -> None:
    text = "The committee met again and " * 40_000 + "adjourned."
    summary = summary_of(parser.parse(text, enrich=["summary"]))
    assert summary.sentences and all(len(s) <= 1500 for s in summary.sentences)


def test_spans_point_into_the_source(parser: newsparse.Parser) -> None:
    article = parser.parse(TASS_STORY, enrich={"summary": {"sentences": 2}})
    summary = summary_of(article)
    assert summary.sentences[0] == Span(TASS_STORY.index("Russian and"), TASS_STORY.index("said.") + 5)


def _installed() -> bool:
    eps = importlib.metadata.entry_points(group="newsparse")
    return any(ep.value == "newsparse_summary" for ep in eps)


@pytest.mark.skipif(not _installed(), reason="newsparse-summary is not installed (entry point absent)")
def test_found_through_the_entry_point() -> None:
    parser = newsparse.Parser(env={})
    assert "summary" in parser.registry.enrichers
    assert parser.registry.enrichers["summary"].plugin == "summary"
    summary = parser.parse(AP_STORY, enrich=["summary"]).summary()
    assert summary is not None and summary.text.startswith("Gov. Maria Delgado")


def test_blocked_plugin_is_not_loaded() -> None:
    parser = newsparse.Parser(env={"NEWSPARSE_BLOCK_PLUGINS": "summary"})
    assert "summary" not in parser.registry.enrichers

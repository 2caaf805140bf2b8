"""Invariants of the annotations on any text, and inputs that must not break the enricher."""

from __future__ import annotations

import subprocess
import sys

import newsparse
from hypothesis import given
from hypothesis import strategies as st
from newsparse import EntityAnnotation

WORDS = ["Moscow", "said", "the", "Bank", "of", "England", "Sergey", "Lavrov", "Inc.", "&", "U.S.", "President",
         "NATO", "MOSCOW", "de", "The", "Reuters", "minister", "Foreign", "Ministry", "'s", "Smith", "St.", "Open",
         "Korean", "South", "in", "J.", "Élysée", "Zürich", "Mc", "O'Neill", "al-Assad", "-", "(", ")", "\"", "“"]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", ", ", ". ", "  ", "\t", "\r\n"]

texts = st.one_of(
    st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=60).map(
        lambda parts: "".join(w + s for w, s in parts)),
    st.text(max_size=300),
)


def check(article: newsparse.Article) -> None:
    source = article.source
    entities = article.entities()
    previous_end = 0
    canonical: dict[int | None, str | None] = {}
    for e in entities:
        assert isinstance(e, EntityAnnotation)
        assert 0 <= e.span.start < e.span.end <= len(source)
        assert e.text == source[e.span.start : e.span.end]
        assert e.text == e.text.strip()
        assert e.label in {"PER", "ORG", "LOC", "MISC"}
        assert e.span.start >= previous_end, "entity spans overlap"
        previous_end = e.span.end
        assert canonical.setdefault(e.group, e.canonical) == e.canonical
    assert newsparse.from_json(newsparse.to_json(article)) == article


@given(texts)
def test_spans_in_range_exact_and_disjoint(parser: newsparse.Parser, text: str) -> None:
    check(parser.parse(text, enrich=["entities"]))


def test_empty_and_blank(parser: newsparse.Parser) -> None:
    for text in ("", " ", "\n\n\n", "\t \r\n", ".", "\"\"", "---"):
        assert parser.parse(text, enrich=["entities"]).entities() == ()


def test_all_caps_text(parser: newsparse.Parser) -> None:
    text = "RUSSIA AND NATO AGREE TO TALKS IN BRUSSELS\nMOSCOW 1996-08-30\nSHARES OF MICROSOFT ROSE.\n"
    article = parser.parse(text, enrich=["entities"])
    check(article)
    got = {e.text: e.label for e in article.entities()}
    # Without lower-case context only known names are tagged: no guessing on headline words.
    assert got == {"RUSSIA": "LOC", "NATO": "ORG", "BRUSSELS": "LOC", "MOSCOW": "LOC", "MICROSOFT": "ORG"}


def test_one_megabyte_paragraph(parser: newsparse.Parser) -> None:
    unit = "Sergey Lavrov met officials of the Bank of England in Moscow and said nothing new "
    text = unit * (1_000_000 // len(unit) + 1)
    article = parser.parse(text, enrich=["entities"])
    entities = article.entities()
    assert len(entities) > 10_000
    assert len({e.group for e in entities}) == 3


def test_hostile_input(parser: newsparse.Parser) -> None:
    for text in ("A" * 200_000, "A " * 100_000, "\x00\x01 Moscow \ud800 Lavrov", "\"" * 100_000,
                 "Bank of " * 20_000, "U.S." * 50_000, "Mc" + "-A" * 50_000,
                 # the table, team and title rules: scores, figure rows, modifiers, nicknames
                 "Leeds 2 Everton 1 " * 10_000, "Leeds" + " 1" * 100_000, "Boston-based " * 10_000,
                 "President Vladimir " * 10_000, "Denver Broncos " * 10_000, "Norwich striker " * 10_000):
        check(parser.parse(text, enrich=["entities"]))


def test_data_is_loaded_lazily() -> None:
    code = ("import sys, newsparse; p = newsparse.Parser(); assert 'entities' in p.registry.enrichers; "
            "assert 'newsparse_entities.enricher' not in sys.modules, 'loaded at registration'; "
            "assert 'spacy' not in sys.modules; "
            "p.parse('Talks in Moscow.', enrich=['entities']); "
            "from newsparse_entities import gazetteer; assert gazetteer.load.cache_info().currsize == 1; "
            "assert 'spacy' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)

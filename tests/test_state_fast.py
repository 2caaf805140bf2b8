"""ParseState.region_lines (split on its own for LF-only copy) gives the lines of lines_between."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse.parser import default_parser
from newsparse.state import ParseState
from newsparse.testing import equivalence_settings

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()

REGISTRY = default_parser().registry


@EQUIVALENCE
@given(st.text(alphabet="ab \n\r\t", max_size=30), st.integers(0, 32), st.integers(0, 32), st.booleans())
def test_region_lines_are_lines_between(text: str, start: int, end: int, table_first: bool) -> None:
    state = ParseState(text, REGISTRY)
    if table_first:
        state.line_table()  # with the table built, the table is read
    expected = [(ln.start, ln.text) for ln in ParseState(text, REGISTRY).lines_between(start, end)]
    assert state.region_lines(start, end) == expected


def test_to_article_fills_every_field_by_position() -> None:
    """to_article passes Article's fields by position: each one lands where its name says."""
    import attrs

    from newsparse.models import Article

    state = ParseState("MOSCOW, May 4 (TASS) - Hello world.\n\nReuter", REGISTRY)
    for rule in REGISTRY.rules:
        rule.fn(state)
    state.language = "en"
    state.warn("x-code", "a warning")
    article = state.to_article()
    names = [f.name for f in attrs.fields(Article)]
    expected = {"source": state.source, "format": state.format, "headline": state.headline,
                "subtitle": state.subtitle, "byline": state.byline, "dateline": state.dateline,
                "agency": state.agency, "date": state.date, "language": state.language, "annotations": ()}
    for name in names:
        value = getattr(article, name)
        if name in expected:
            assert value is expected[name], name
        else:  # the list of the same name, as a tuple
            assert value == tuple(getattr(state, name)), name
            assert isinstance(value, tuple), name
    assert len(names) == 18  # a field added to Article must be added to to_article too


def test_trusted_article_is_the_generated_init() -> None:
    """trusted_article (the slot setters) builds the Article the generated __init__ builds."""
    import attrs

    from newsparse.models import Article, trusted_article

    state = ParseState("MOSCOW, May 4 (TASS) - \u201cHello,\u201d he said.\n\nReuter", REGISTRY)
    for rule in REGISTRY.rules:
        rule.fn(state)
    state.warn("x-code", "a warning")
    fields = [getattr(state, f.name) if f.name != "annotations" else () for f in attrs.fields(Article)]
    fields = [tuple(v) if isinstance(v, list) else v for v in fields]
    fast, general = trusted_article(*fields), Article(*fields)
    assert fast == general and hash(fast) == hash(general) and repr(fast) == repr(general)
    for f in attrs.fields(Article):
        assert getattr(fast, f.name) is getattr(general, f.name), f.name
    assert state.to_article() == general

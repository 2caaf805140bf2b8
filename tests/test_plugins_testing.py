"""newsparse.testing: the isolated parser factory, the invariant and round-trip helpers, the
opt-in pytest fixtures and the lazy re-export of the hypothesis strategies."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse.testing as kit
from newsparse import Article, Paragraph, Quote, Span, hookimpl
from newsparse import hookspecs as specs
from newsparse.agencies import Agency
from newsparse.errors import PluginError
from newsparse.parser import Parser
from newsparse.testing import (
    assert_invariants,
    assert_json_round_trip,
    assert_render_round_trip,
    assert_round_trip,
    check_plugin,
    invariant_violations,
    iter_spans,
    make_parser,
)

TASS = """date 2019-02-21

MOSCOW, February 21. /TASS/. Moscow sees no grounds for new talks, the minister said.

"We have said so many times," Lavrov stressed.
"""


class Mti:
    @hookimpl
    def register_agencies(self, register: specs.RegisterAgency) -> None:
        register(Agency("MTI"))


def test_make_parser_is_isolated_from_entry_points_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSPARSE_PLUGINS", "example")
    monkeypatch.setenv("NEWSPARSE_STRICT_PLUGINS", "0")
    parser = make_parser(Mti())
    assert isinstance(parser, Parser) and parser.strict
    assert [lp.name for lp in parser.active_plugins() if not lp.builtin] == ["test_plugins_testing.Mti"]
    assert not make_parser(builtins=False).pipeline()


def test_make_parser_is_strict_by_default() -> None:
    class Raises:
        @hookimpl
        def register_agencies(self, register: specs.RegisterAgency) -> None:
            raise RuntimeError("bug in my plugin")

    with pytest.raises(PluginError, match="bug in my plugin"):
        make_parser(Raises())
    with pytest.warns(UserWarning):
        assert make_parser(Raises(), strict=False).failures


def test_helpers_pass_on_a_parsed_article() -> None:
    parser = make_parser()
    a = parser.parse(TASS)
    assert_invariants(a)
    assert_json_round_trip(a)
    assert_render_round_trip(TASS, parser)
    assert_round_trip(parser.parse(parser.render(a)), parser)


def test_check_plugin_passes_a_good_plugin_and_catches_a_bad_one() -> None:
    check_plugin(Mti())

    class BadSpan:
        @hookimpl
        def register_rules(self, register: specs.RegisterRule) -> None:
            def bad(state: Any) -> None:
                state.paragraphs[:] = [Paragraph(0, "x", Span(0, len(state.source) + 1))]

            register("bad-span", bad, after="paragraphs")

    with pytest.raises(AssertionError, match="outside the source"):
        check_plugin(BadSpan())


def test_iter_spans_walks_every_field() -> None:
    a = make_parser().parse(TASS)
    paths = [path for path, _ in iter_spans(a)]
    assert "article.dateline.span" in paths and "article.paragraphs[0].span" in paths
    assert all(isinstance(span, Span) for _, span in iter_spans(a))


def broken(article: Article, **changes: object) -> Article:
    return attrs.evolve(article, **changes)


def test_invariant_violations_are_found() -> None:
    a = make_parser().parse(TASS)
    n = len(a.source)
    p0, p1 = a.paragraphs
    inside = p1.span.start
    cases = {
        "outside the source": broken(a, paragraphs=(attrs.evolve(p0, span=Span(0, n + 5)), p1)),
        "paragraphs[1].index is 7": broken(a, paragraphs=(p0, attrs.evolve(p1, index=7))),
        "before the previous one ends": broken(
            a, paragraphs=(p0, attrs.evolve(p1, span=Span(p0.span.start, p1.span.end)))),
        "is not inside one paragraph": broken(a, quotes=(Quote("x", span=Span(0, 3), parts=(Span(0, 3),)),)),
        "does not run from its first part": broken(
            a, quotes=(Quote("x", span=Span(inside, inside + 2), parts=(Span(inside + 1, inside + 2),)),)),
    }
    for expected, article in cases.items():
        problems = invariant_violations(article)
        assert any(expected in p for p in problems), (expected, problems)
        with pytest.raises(AssertionError, match="breaks newsparse invariants"):
            assert_invariants(article)


def test_round_trip_helpers_fail_loudly() -> None:
    a = make_parser().parse(TASS)
    lying = attrs.evolve(a, paragraphs=(Paragraph(0, "something else", a.paragraphs[0].span),))
    with pytest.raises(AssertionError, match=r"parse\(render\(a\)\) != a"):
        assert_round_trip(lying)


ANY_TEXT_PARSER = make_parser()


@given(st.text(max_size=300))
def test_helpers_hold_for_any_text(text: str) -> None:
    article = ANY_TEXT_PARSER.parse(text)
    assert not [p for p in invariant_violations(article) if "outside the source" in p]
    assert_json_round_trip(article)


# --- the opt-in pytest fixtures (loaded through newsparse's pytest11 entry point) -------------
@pytest.mark.newsparse_plugins(Mti())
def test_fixture_with_marker(newsparse_parser: Parser) -> None:
    a = newsparse_parser.parse("BUDAPEST, May 4 (MTI) - Talks began.\n")
    assert a.dateline is not None and a.dateline.agency == "MTI"


def test_fixture_without_marker(newsparse_parser: Parser, newsparse_plugins: tuple[object, ...]) -> None:
    assert newsparse_plugins == ()
    assert "MTI" not in newsparse_parser.registry.agencies


def test_factory_fixture(newsparse_make_parser: type[Parser]) -> None:
    assert "MTI" in newsparse_make_parser(Mti()).registry.agencies


# --- strategies are re-exported lazily ---------------------------------------------------------
@pytest.fixture
def fake_strategies(monkeypatch: pytest.MonkeyPatch) -> Iterator[types.ModuleType]:
    module = types.ModuleType("newsparse.testing.strategies")
    module.articles = st.just("an article strategy")  # type: ignore[attr-defined]
    module.__all__ = ["articles"]  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "newsparse.testing.strategies", module)
    yield module


def test_strategies_are_re_exported_lazily(fake_strategies: types.ModuleType) -> None:
    assert kit.articles is fake_strategies.articles  # type: ignore[attr-defined]
    from newsparse.testing import articles  # type: ignore[attr-defined]

    assert articles is fake_strategies.articles


def test_unknown_names_still_raise_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'no_such_strategy'"):
        kit.no_such_strategy  # type: ignore[attr-defined]  # noqa: B018


def test_importing_the_kit_does_not_import_hypothesis() -> None:
    import subprocess

    code = "import sys, newsparse.testing, newsparse.testing.pytest_plugin; print('hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"

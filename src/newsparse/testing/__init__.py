"""Tools for testing newsparse plugins (and newsparse itself).

    from newsparse.testing import assert_invariants, make_parser
    import my_plugin

    def test_my_agency():
        a = make_parser(my_plugin).parse("BUDAPEST, May 4 (MTI) - Talks began.")
        assert a.dateline.agency == "MTI"
        assert_invariants(a)

:func:`make_parser` builds an isolated parser (the built-ins plus exactly the plugins given: no
installed entry points, no environment variables, strict). The assertion helpers check the
invariants of ``DESIGN.md`` §3 on any article. The hypothesis strategies the core's own tests
use are re-exported from :mod:`newsparse.testing.strategies` (``from newsparse.testing import
articles``), imported on first use so that hypothesis is only needed by tests that use them.
The opt-in pytest fixtures live in :mod:`newsparse.testing.pytest_plugin`.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import attrs

from ..models import Article, Span

if TYPE_CHECKING:
    from hypothesis import settings

    from ..parser import Parser

__all__ = [
    "SAMPLE_TEXTS",
    "assert_invariants",
    "assert_json_round_trip",
    "assert_render_round_trip",
    "assert_round_trip",
    "check_plugin",
    "equivalence_settings",
    "invariant_violations",
    "iter_spans",
    "make_parser",
]

def equivalence_settings(cap: int = 300) -> settings:
    """Hypothesis settings for a property that checks a fast path against the general code it
    short-cuts: the loaded profile's settings with at most ``cap`` examples.

    Such properties are many (one per fast path) and each example runs both paths, so under a
    thorough profile they would dominate the suite; the profile's full example count is kept for
    the round-trip and invariant properties. Call it at import time of the test module, after the
    profile is loaded (a ``conftest.py`` loads it first)::

        EQUIVALENCE = equivalence_settings()

        @EQUIVALENCE
        @given(st.text())
        def test_fast_path_agrees(text): ...
    """
    from hypothesis import settings as _settings

    current = _settings.default
    assert current is not None  # hypothesis always has a loaded profile
    return _settings(current, max_examples=min(current.max_examples, cap))


# Submodules whose public names this package re-exports, looked up lazily in this order.
_STRATEGY_MODULES = ("strategies", "quote_strategies")


def make_parser(*plugins: object, builtins: bool = True, strict: bool = True) -> Parser:
    """An isolated parser: the built-in plugins plus exactly ``plugins`` (modules, classes or
    objects with ``@hookimpl`` functions). Installed entry points and the ``NEWSPARSE_*``
    variables are ignored, so a test sees the same parser on every machine. ``strict`` (the
    default) makes a plugin's failure raise instead of being recorded, so bugs surface."""
    from ..parser import Parser

    return Parser(plugins=plugins, entry_points=False, builtins=builtins, strict=strict, env={})


# Invented copy in a few agencies' styles, and inputs that have broken parsers before.
SAMPLE_TEXTS: tuple[str, ...] = (
    "MOSCOW, February 21. /TASS/. The talks will go on, the minister said.\n\n"
    "\u201cWe are ready,\u201d he stressed.\n",
    "LONDON, Feb 26 (Reuters) - Shares rose on Tuesday.\n\n"
    '"It was a good day," a trader said.\n\n(Reporting by Jane Doe; Editing by John Roe)\n',
    "WASHINGTON (AP) \u2014 The Senate voted on Monday.\n\n``We won,'' she said.\n",
    "",
    "\n\n  \t\r\n",
    "\x00\x1b\ud800 \"unpaired \u00ab marks\u201c",
    '"' * 2_000,
    "A" * 200_000,
)


def check_plugin(*plugins: object, texts: Iterable[str] = SAMPLE_TEXTS) -> None:
    """Smoke-test plugins: they register cleanly (strict parser), and every sample text parses
    with all of their enrichers into an article that keeps the invariants and round-trips
    through JSON."""
    parser = make_parser(*plugins)
    theirs = {lp.name for lp in parser.active_plugins() if not lp.builtin}
    enrichers = sorted(name for name, spec in parser.registry.enrichers.items() if spec.plugin in theirs)
    for text in texts:
        article = parser.parse(text, enrich=enrichers or None)
        assert_invariants(article)
        assert_json_round_trip(article)


def iter_spans(obj: object, path: str = "article") -> Iterator[tuple[str, Span]]:
    """Every :class:`Span` reachable from an attrs object (an article, a quote ...), with its path.

    Walks the fields generically, so fields other teams add are checked too."""
    if isinstance(obj, Span):
        yield path, obj
    elif isinstance(obj, tuple | list):
        for i, item in enumerate(obj):
            yield from iter_spans(item, f"{path}[{i}]")
    elif attrs.has(type(obj)):
        for f in attrs.fields(type(obj)):  # type: ignore[arg-type]  # attrs.has() checked it
            if f.name != "source":
                yield from iter_spans(getattr(obj, f.name), f"{path}.{f.name}")


def invariant_violations(article: Article) -> list[str]:
    """What is wrong with an article (empty when nothing is): spans in range, paragraphs
    numbered, in order and disjoint, every quote part inside one paragraph, a quote's span
    running from its first part's start to its last part's end."""
    problems: list[str] = []
    n = len(article.source)
    for path, span in iter_spans(article):
        if not 0 <= span.start <= span.end <= n:
            problems.append(f"{path} = [{span.start}, {span.end}) is outside the source (length {n})")
    previous_end = 0
    for i, para in enumerate(article.paragraphs):
        if para.index != i:
            problems.append(f"paragraphs[{i}].index is {para.index}")
        if para.span.start < previous_end:
            problems.append(f"paragraphs[{i}] starts at {para.span.start}, "
                            f"before the previous one ends ({previous_end})")
        previous_end = max(previous_end, para.span.end)
    for q, quote in enumerate(article.quotes):
        parts = quote.parts or (quote.span,)
        for k, part in enumerate(parts):
            if not any(p.span.contains(part) for p in article.paragraphs):
                problems.append(f"quotes[{q}].parts[{k}] = [{part.start}, {part.end}) is not inside one paragraph")
        if quote.parts and (quote.span.start, quote.span.end) != (parts[0].start, parts[-1].end):
            problems.append(f"quotes[{q}].span does not run from its first part's start to its last part's end")
    return problems


def assert_invariants(article: Article) -> None:
    """Fail with every violated invariant listed (see :func:`invariant_violations`)."""
    problems = invariant_violations(article)
    assert not problems, "article breaks newsparse invariants:\n  " + "\n  ".join(problems)


def assert_json_round_trip(article: Article) -> Article:
    """``from_json(to_json(a)) == a``, spans included; returns the article read back."""
    from ..serialize import from_json, to_json

    text = to_json(article)
    back = from_json(text)
    assert back == article, f"JSON round trip changed the article:\n{article!r}\n{back!r}"
    assert to_json(back) == text, "JSON round trip changed spans or the source"
    return back


def assert_render_round_trip(text: str, parser: Parser | None = None) -> str:
    """For any text ``t``: ``render(parse(render(parse(t)))) == render(parse(t))``; returns the
    canonical text."""
    parser = parser or make_parser()
    once = parser.render(parser.parse(text))
    twice = parser.render(parser.parse(once))
    assert twice == once, f"render is not a fixed point:\n--- once\n{once}\n--- twice\n{twice}"
    return once


def assert_round_trip(article: Article, parser: Parser | None = None) -> Article:
    """``parse(render(a)) == a`` (annotations aside: enrichers are not re-run); returns the
    article parsed back from the rendering."""
    parser = parser or make_parser()
    back = parser.parse(parser.render(article))
    expected = attrs.evolve(article, annotations=())
    assert back == expected, f"parse(render(a)) != a:\n{expected!r}\n{back!r}"
    return back


def __getattr__(name: str) -> Any:
    # Strategies land in their own modules (and need hypothesis): import them on first use.
    if name.startswith("__"):
        raise AttributeError(name)
    for modname in _STRATEGY_MODULES:
        try:
            module = importlib.import_module(f"{__name__}.{modname}")
        except ModuleNotFoundError as exc:
            if exc.name == f"{__name__}.{modname}":
                continue  # that module does not exist (yet)
            raise
        if name in getattr(module, "__all__", ()) or (not name.startswith("_") and hasattr(module, name)):
            return getattr(module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""The plugin machinery in-process: hooks, registration, isolation, order independence.

Plugins here are small classes passed to ``Parser(plugins=[...])``; real entry-point
discovery is tested with subprocesses in ``test_plugins_discovery.py``.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
import textwrap
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pluggy
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsparse
from newsparse import Article, GenericAnnotation, hookimpl
from newsparse import hookspecs as specs
from newsparse.agencies import Agency
from newsparse.default_plugins.pipeline import CORE_RULES
from newsparse.errors import DuplicateRegistrationError, PluginError, UnknownAnchorError, UnknownNameError
from newsparse.parser import NewsparseWarning, Parser, default_parser, reset_default_parser
from newsparse.plugins import DEFAULT_PLUGINS
from newsparse.state import ParseState
from newsparse.testing import assert_invariants, make_parser

MTI_STORY = "BUDAPEST, May 4 (MTI) - The government approved a rail link, a spokesman said.\n"
TASS_STORY = "MOSCOW, February 21. /TASS/. Talks went on, the minister said.\n"


def note(kind: str, **data: Any) -> GenericAnnotation:
    return GenericAnnotation(kind, json.dumps(data, sort_keys=True), source="tests")


# --- plugins used below ------------------------------------------------------------------
class MtiAgency:
    @hookimpl
    def register_agencies(self, register: specs.RegisterAgency) -> None:
        register({"name": "MTI", "aliases": ["Hungarian News Agency"]})


class Counter:
    """An enricher that counts its calls and returns the paragraph count."""

    def __init__(self, name: str = "count") -> None:
        self.name = name
        self.calls = 0

    @hookimpl
    def register_enrichers(self, register: specs.RegisterEnricher) -> None:
        def enrich(article: Article, options: Mapping[str, Any]) -> Iterable[GenericAnnotation]:
            self.calls += 1
            return [note(self.name, paragraphs=len(article.paragraphs), **options)]

        register(self.name, enrich, description="counts paragraphs")


class Boom:
    @hookimpl
    def register_enrichers(self, register: specs.RegisterEnricher) -> None:
        def enrich(article: Article, options: Mapping[str, Any]) -> Iterator[GenericAnnotation]:
            yield note("boom-partial")  # yielded before failing: must not leak into the article
            raise RuntimeError("enricher exploded")

        register("boom", enrich)


class Marker:
    """A rule that records where in the chain it ran."""

    def __init__(self, name: str, **where: str) -> None:
        self.name, self.where = name, where

    @hookimpl
    def register_rules(self, register: specs.RegisterRule) -> None:
        def rule(state: ParseState) -> None:
            state.extras.setdefault("ran", []).append(self.name)

        register(self.name, rule, **self.where)


class HalfRegisters:
    """Registers an agency, then fails in another hook: none of it may stay."""

    @hookimpl
    def register_agencies(self, register: specs.RegisterAgency) -> None:
        register(Agency("HALF"))

    @hookimpl
    def register_enrichers(self, register: specs.RegisterEnricher) -> None:
        raise RuntimeError("registration exploded")


class DuplicateCount(Counter):
    pass


# --- the core itself goes through the hooks ----------------------------------------------
def test_builtins_are_plugins_registered_through_the_hooks() -> None:
    parser = make_parser()
    infos = {i.name: i for i in parser.plugin_infos()}
    assert set(DEFAULT_PLUGINS) <= set(infos)
    assert infos["newsparse.default_plugins.pipeline"].hooks == ("register_rules",)
    assert infos["newsparse.default_plugins.formats"].hooks == ("register_formats",)
    assert parser.pipeline() == [name for name, _ in CORE_RULES]
    assert {"json", "text"} <= set(parser.registry.serializers)
    assert "plain" in parser.registry.formats
    assert {"TASS", "Reuters", "AP"} <= {a.name for a in parser.registry.agencies}
    assert parser.registry.words("cue_verb")
    owners = {spec.plugin for spec in parser.registry.formats.values()} | {r.plugin for r in parser.registry.rules}
    assert owners <= set(DEFAULT_PLUGINS)


def test_without_builtins_there_is_nothing() -> None:
    parser = Parser(plugins=[], builtins=False, env={})
    assert parser.pipeline() == [] and not parser.registry.formats and not parser.registry.serializers
    assert parser.parse("MOSCOW, February 21. /TASS/. x").dateline is None


def test_import_newsparse_loads_neither_pluggy_nor_importlib_metadata() -> None:
    code = "import sys, newsparse; print(sorted(m for m in ('pluggy', 'importlib.metadata') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_markers_write_what_pluggys_own_markers_write() -> None:
    def f() -> None: ...

    def g() -> None: ...

    hookimpl(tryfirst=True)(f)
    pluggy.HookimplMarker("newsparse")(tryfirst=True)(g)
    assert f.newsparse_impl == g.newsparse_impl  # type: ignore[attr-defined]
    own = specs.hookspec(f)
    theirs = pluggy.HookspecMarker("newsparse")(g)
    assert set(own.newsparse_spec) >= set(theirs.newsparse_spec) - {"warn_on_impl_args"}  # type: ignore[attr-defined]


def test_a_plugin_may_use_pluggys_own_marker() -> None:
    class Pluggy:
        @pluggy.HookimplMarker("newsparse")
        def register_agencies(self, register: specs.RegisterAgency) -> None:
            register(Agency("MTI"))

    assert make_parser(Pluggy()).parse(MTI_STORY).dateline.agency == "MTI"  # type: ignore[union-attr]


def test_every_hook_is_typed_documented_and_versioned() -> None:
    hooks = [name for name in dir(specs) if hasattr(getattr(specs, name), "newsparse_spec")]
    assert {"register_formats", "register_agencies", "register_rules", "register_lexicon",
            "register_enrichers", "register_serializers", "register_commands"} <= set(hooks)
    for name in hooks:
        fn = getattr(specs, name)
        assert "versionadded" in (fn.__doc__ or ""), name
        assert "register" in fn.__annotations__, name


# --- agencies, lexicon, formats, serializers, rules ----------------------------------------
def test_agency_from_a_plugin_feeds_the_dateline_grammar() -> None:
    assert make_parser().parse(MTI_STORY).dateline is None or make_parser().parse(MTI_STORY).dateline.agency != "MTI"  # type: ignore[union-attr]
    a = make_parser(MtiAgency()).parse(MTI_STORY)
    assert a.dateline is not None and (a.dateline.location, a.dateline.agency) == ("BUDAPEST", "MTI")
    assert_invariants(a)


def test_lexicon_entries_merge() -> None:
    class Verbs:
        @hookimpl
        def register_lexicon(self, register: specs.RegisterLexicon) -> None:
            register("cue_verb", ["opined", "said"])  # "said" is the core's too: not an error
            register("my_kind", ("x",))

    parser = make_parser(Verbs())
    assert {"opined", "said"} <= parser.registry.words("cue_verb") and parser.registry.words("my_kind") == {"x"}


def test_lexicon_rejects_a_bare_string() -> None:
    class Letters:
        @hookimpl
        def register_lexicon(self, register: specs.RegisterLexicon) -> None:
            register("cue_verb", "opined")

    with pytest.raises(PluginError, match="not a str"):
        make_parser(Letters())


def test_format_plugin_sniffs_and_a_failing_sniff_is_recorded() -> None:
    class Fmt:
        @hookimpl
        def register_formats(self, register: specs.RegisterFormat) -> None:
            register("ansa-wire", sniff=lambda text: 1.0 if text.startswith("ZCZC") else 0.0)
            register("broken", sniff=lambda text: 1 / 0)

    parser = make_parser(Fmt())
    assert parser.parse("ZCZC\nMOSCOW, February 21. /TASS/. x").format == "ansa-wire"
    a = parser.parse(TASS_STORY)
    assert a.format == "plain" and [w.code for w in a.warnings] == ["format-sniff-failed"]


def test_serializer_plugin() -> None:
    class Csv:
        @hookimpl
        def register_serializers(self, register: specs.RegisterSerializer) -> None:
            register("headline-csv", lambda a: f"{a.agency},{len(a.paragraphs)}\n", media_type="text/csv")

    parser = make_parser(Csv())
    assert parser.dumps(parser.parse(TASS_STORY), "headline-csv") == "TASS,1\n"
    assert parser.loads(parser.dumps(parser.parse(TASS_STORY))) == parser.parse(TASS_STORY)
    with pytest.raises(ValueError, match="cannot read"):
        parser.loads("x", "headline-csv")
    with pytest.raises(UnknownNameError, match="no serializer named 'nope'"):
        parser.dumps(parser.parse(TASS_STORY), "nope")


def test_rules_go_before_and_after_named_rules() -> None:
    parser = make_parser(Marker("early", before="paragraphs"), Marker("late", after="quotes"), Marker("last"))
    names = parser.pipeline()
    assert names.index("early") == names.index("paragraphs") - 1
    assert names.index("late") == names.index("quotes") + 1
    assert names[-1] == "last"


def test_a_rule_may_anchor_to_another_plugins_rule_in_either_order() -> None:
    # "a-second" anchors to "z-first"'s rule, although "a-second" sorts (and registers) first.
    first = Marker("z-first", after="quotes")
    second = Marker("a-second", after="z-first")
    for plugins in ([first, second], [second, first]):
        names = make_parser(*plugins).pipeline()
        assert names[names.index("quotes") + 1 : names.index("quotes") + 3] == ["z-first", "a-second"]


def test_unknown_anchor_leaves_the_plugin_out_and_names_it() -> None:
    with pytest.warns(NewsparseWarning, match="no rule named 'nope'"):
        parser = make_parser(Marker("lost", before="nope"), MtiAgency(), strict=False)
    (failure,) = parser.failures
    assert failure.name == "test_plugins.Marker" and failure.stage == "register_rules"
    assert "rule 'lost' of plugin 'test_plugins.Marker'" in failure.error
    assert "lost" not in parser.pipeline()
    assert parser.parse(MTI_STORY).dateline.agency == "MTI"  # type: ignore[union-attr]
    with pytest.raises(PluginError, match="no rule named 'nope'"):
        make_parser(Marker("lost", before="nope"))


def test_a_failing_rule_is_recorded_and_the_chain_goes_on() -> None:
    class Bad:
        @hookimpl
        def register_rules(self, register: specs.RegisterRule) -> None:
            def bad(state: ParseState) -> None:
                raise ValueError("rule exploded")

            register("bad", bad, after="header")

    a = make_parser(Bad(), strict=False).parse(TASS_STORY)
    assert a.dateline is not None and a.paragraphs
    (warning,) = a.warnings
    assert warning.code == "rule-failed" and "rule exploded" in warning.message
    assert warning.plugin == "test_plugins.test_a_failing_rule_is_recorded_and_the_chain_goes_on.Bad"
    with pytest.raises(PluginError, match="rule 'bad'"):
        make_parser(Bad()).parse(TASS_STORY)


# --- registration failures -----------------------------------------------------------------
def test_duplicate_names_both_plugins_and_keeps_the_first_by_name() -> None:
    first, second = Counter("count"), DuplicateCount("count")
    for plugins in ([first, second], [second, first]):
        with pytest.warns(NewsparseWarning):
            parser = make_parser(*plugins, strict=False)
        (failure,) = parser.failures
        assert failure.name == "test_plugins.DuplicateCount" and failure.stage == "register_enrichers"
        assert "enricher 'count' is registered by both 'test_plugins.Counter' and 'test_plugins.DuplicateCount'" \
            in failure.error
        assert parser.registry.enrichers["count"].plugin == "test_plugins.Counter"
    with pytest.raises(PluginError, match="registered by both"):
        make_parser(first, second)


def test_a_plugin_cannot_take_a_core_name() -> None:
    class Json:
        @hookimpl
        def register_serializers(self, register: specs.RegisterSerializer) -> None:
            register("json", lambda a: "{}")

    with pytest.warns(NewsparseWarning):
        parser = make_parser(Json(), strict=False)
    assert "serializer 'json' is registered by both 'newsparse.default_plugins.serializers' and " \
        "'test_plugins.test_a_plugin_cannot_take_a_core_name.Json'" in parser.failures[0].error
    assert parser.registry.serializers["json"].plugin == "newsparse.default_plugins.serializers"


def test_a_raising_hook_leaves_nothing_of_its_plugin_behind() -> None:
    with pytest.warns(NewsparseWarning, match="registration exploded"):
        parser = make_parser(HalfRegisters(), MtiAgency(), strict=False)
    (failure,) = parser.failures
    assert (failure.name, failure.stage, failure.version) == ("test_plugins.HalfRegisters", "register_enrichers", None)
    assert "HALF" not in parser.registry.agencies and "MTI" in parser.registry.agencies
    info = {i.name: i for i in parser.plugin_infos()}["test_plugins.HalfRegisters"]
    assert info.failures == (failure,) and info.hooks == ("register_agencies", "register_enrichers")
    with pytest.raises(PluginError, match=r"plugin 'test_plugins\.HalfRegisters' failed during register_enrichers"):
        make_parser(HalfRegisters())


def test_a_misspelt_hook_is_reported() -> None:
    class Typo:
        @hookimpl
        def register_enricher(self, register: Any) -> None: ...

    with pytest.warns(NewsparseWarning):
        parser = make_parser(Typo(), strict=False)
    assert parser.failures[0].stage == "register" and "unknown hook(s): register_enricher" in parser.failures[0].error


def test_a_hook_with_arguments_the_spec_lacks_is_reported() -> None:
    class WrongArgs:
        @hookimpl
        def register_agencies(self, register: specs.RegisterAgency) -> None:
            register(Agency("HALF"))

        @hookimpl
        def register_rules(self, register: Any, extra: Any) -> None: ...

    with pytest.warns(NewsparseWarning):
        parser = make_parser(WrongArgs(), MtiAgency(), strict=False)
    assert parser.failures[0].stage == "register" and "extra" in parser.failures[0].error
    assert "MTI" in parser.registry.agencies and "HALF" not in parser.registry.agencies
    assert not parser.pm.has_plugin("test_plugins.test_a_hook_with_arguments_the_spec_lacks_is_reported.WrongArgs")


def test_bad_register_arguments_raise_inside_the_plugins_hook() -> None:
    class BothAnchors:
        @hookimpl
        def register_rules(self, register: specs.RegisterRule) -> None:
            register("x", lambda state: None, before="quotes", after="quotes")

    with pytest.raises(PluginError, match="give before= or after=, not both"):
        make_parser(BothAnchors())


# --- enrichers -------------------------------------------------------------------------------
def test_enrichers_run_only_when_asked_for() -> None:
    counter = Counter()
    parser = make_parser(counter)
    plain = parser.parse(TASS_STORY)
    assert counter.calls == 0 and plain.annotations == ()
    a = parser.parse(TASS_STORY, enrich=["count"])
    assert counter.calls == 1 and a.annotations == (note("count", paragraphs=1),)
    b = parser.parse(TASS_STORY, enrich={"count": {"flag": True}})
    assert b.annotations == (note("count", paragraphs=1, flag=True),)
    assert parser.enrich(plain, "count").annotations == a.annotations


def test_unknown_enricher_raises_before_parsing() -> None:
    counter = Counter()
    with pytest.raises(UnknownNameError, match=r"no enricher named 'entitiez' \(available: count\)"):
        make_parser(counter).parse(TASS_STORY, enrich=["count", "entitiez"])
    assert counter.calls == 0


def test_a_raising_enricher_leaves_the_article_and_the_others_intact() -> None:
    parser = make_parser(Boom(), Counter(), strict=False)
    plain = parser.parse(TASS_STORY)
    for order in (["boom", "count"], ["count", "boom"]):
        with pytest.warns(NewsparseWarning, match="enricher 'boom' raised RuntimeError: enricher exploded"):
            a = parser.parse(TASS_STORY, enrich=order)
        assert a.annotations == (note("count", paragraphs=1),)  # nothing of boom's partial output
        assert a.paragraphs == plain.paragraphs and a.dateline == plain.dateline and a.quotes == plain.quotes
        (warning,) = a.warnings
        assert (warning.code, warning.plugin) == ("enricher-failed", "test_plugins.Boom")
    with pytest.raises(PluginError, match="enricher 'boom'"):
        make_parser(Boom()).parse(TASS_STORY, enrich=["boom"])


def test_an_enricher_must_return_annotations() -> None:
    class Strings:
        @hookimpl
        def register_enrichers(self, register: specs.RegisterEnricher) -> None:
            register("strings", lambda article, options: ["not an annotation"])  # type: ignore[list-item]

    with pytest.warns(NewsparseWarning, match="returned str, not an EntityAnnotation"):
        a = make_parser(Strings(), strict=False).parse(TASS_STORY, enrich=["strings"])
    assert a.annotations == ()


def test_enricher_by_import_path_is_imported_on_first_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lazy_enricher_mod.py").write_text(textwrap.dedent("""
        from newsparse import GenericAnnotation
        def enrich(article, options):
            return [GenericAnnotation("lazy")]
    """))
    monkeypatch.syspath_prepend(str(tmp_path))

    class Lazy:
        @hookimpl
        def register_enrichers(self, register: specs.RegisterEnricher) -> None:
            register("lazy", "lazy_enricher_mod:enrich")
            register("missing", "no_such_module_anywhere:enrich")

    parser = make_parser(Lazy(), strict=False)
    parser.parse(TASS_STORY)
    assert "lazy_enricher_mod" not in sys.modules
    assert parser.parse(TASS_STORY, enrich=["lazy"]).annotations == (GenericAnnotation("lazy"),)
    assert "lazy_enricher_mod" in sys.modules
    with pytest.warns(NewsparseWarning, match="ModuleNotFoundError"):
        a = parser.parse(TASS_STORY, enrich=["missing", "lazy"])
    assert a.annotations == (GenericAnnotation("lazy"),)
    monkeypatch.delitem(sys.modules, "lazy_enricher_mod")


def test_bad_import_path_is_a_registration_error() -> None:
    class NoColon:
        @hookimpl
        def register_enrichers(self, register: specs.RegisterEnricher) -> None:
            register("x", "module.without.function")

    with pytest.raises(PluginError, match="is not 'module:function'"):
        make_parser(NoColon())


# --- determinism and isolation ---------------------------------------------------------------
def summary(parser: Parser) -> tuple[Any, ...]:
    a = parser.parse(MTI_STORY, enrich=sorted(parser.registry.enrichers))
    return (parser.pipeline(), sorted((k, v.plugin) for k, v in parser.registry.enrichers.items()),
            sorted(parser.registry.agency_owner.items()), [(f.name, f.stage, f.error) for f in parser.failures],
            newsparse.to_json(a), a.warnings)


PLUGIN_FACTORIES = [
    MtiAgency, lambda: Counter("count"), lambda: DuplicateCount("count"), Boom,
    lambda: Marker("z-first", after="quotes"), lambda: Marker("a-second", after="z-first"), HalfRegisters,
]


@settings(max_examples=25, deadline=None)
@given(st.permutations(range(len(PLUGIN_FACTORIES))))
def test_results_do_not_depend_on_plugin_order(order: list[int]) -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsparseWarning)
        forward = summary(make_parser(*[PLUGIN_FACTORIES[i]() for i in range(len(PLUGIN_FACTORIES))], strict=False))
        shuffled = summary(make_parser(*[PLUGIN_FACTORIES[i]() for i in order], strict=False))
    assert shuffled == forward


def test_both_orders_explicitly() -> None:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", NewsparseWarning)
        plugins = [factory() for factory in PLUGIN_FACTORIES]
        assert summary(make_parser(*plugins, strict=False)) == summary(make_parser(*reversed(plugins), strict=False))


def test_parsers_share_no_plugins() -> None:
    with_mti = make_parser(MtiAgency())
    without = make_parser()
    assert "MTI" in with_mti.registry.agencies and "MTI" not in without.registry.agencies
    assert with_mti.pm is not without.pm and with_mti.registry is not without.registry


def test_default_parser_is_built_lazily_once(monkeypatch: pytest.MonkeyPatch) -> None:
    reset_default_parser()
    first = default_parser()
    assert default_parser() is first
    assert newsparse.parse(TASS_STORY) == first.parse(TASS_STORY)
    reset_default_parser()
    assert default_parser() is not first
    reset_default_parser()


def test_explicit_plugins_get_stable_names() -> None:
    parser = make_parser(Counter("a"), DuplicateCount("b"), Counter("c"))
    names = [lp.name for lp in parser.active_plugins() if not lp.builtin]
    assert names == ["test_plugins.Counter", "test_plugins.Counter#2", "test_plugins.DuplicateCount"]


def test_a_module_is_a_plugin() -> None:
    import types

    module = types.ModuleType("my_agency_plugin")
    module.__version__ = "1.2.3"  # type: ignore[attr-defined]

    @hookimpl
    def register_agencies(register: specs.RegisterAgency) -> None:
        register(Agency("MTI"))

    module.register_agencies = register_agencies  # type: ignore[attr-defined]
    parser = make_parser(module)
    info = {i.name: i for i in parser.plugin_infos()}["my_agency_plugin"]
    assert (info.version, info.hooks) == ("1.2.3", ("register_agencies",))


@pytest.mark.parametrize("n", [2, 3])
def test_same_module_twice_is_one_failure(n: int) -> None:
    import types

    module = types.ModuleType("twice")
    with pytest.warns(NewsparseWarning, match="already loaded as 'twice'"):
        parser = Parser(plugins=[module] * n, env={})
    assert len([lp for lp in parser.active_plugins() if lp.name.startswith("twice")]) == 1
    assert len(parser.failures) == n - 1 and parser.failures[0].stage == "register"


def test_entry_points_can_be_switched_off_by_environment() -> None:
    # Whatever is installed, an empty allowlist leaves only the built-ins.
    parser = Parser(env={"NEWSPARSE_PLUGINS": ""})
    assert [lp.name for lp in parser.active_plugins()] == list(DEFAULT_PLUGINS) and parser.failures == []


def test_strict_from_the_environment() -> None:
    assert Parser(plugins=[], env={"NEWSPARSE_STRICT_PLUGINS": "1"}).strict
    assert not Parser(plugins=[], env={}).strict
    with pytest.raises(PluginError):
        Parser(plugins=[HalfRegisters()], env={"NEWSPARSE_STRICT_PLUGINS": "true"})


def test_combinations_of_two_plugins_never_break_parsing() -> None:
    import warnings

    for a, b in itertools.combinations(PLUGIN_FACTORIES, 2):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", NewsparseWarning)
            parser = make_parser(a(), b(), strict=False)
            article = parser.parse(MTI_STORY, enrich=sorted(parser.registry.enrichers))
        assert article.paragraphs
        assert_invariants(article)


def test_a_registry_can_be_built_by_hand() -> None:
    from newsparse.registry import Registry

    registry = Registry()
    registry.add_rule("me", "one", lambda state: None)
    registry.add_rule("me", "zero", lambda state: None, before="one")
    registry.add_agency("me", Agency("MTI"))
    registry.add_lexicon("me", "cue_verb", ["said"])
    registry.add_enricher("me", "e", "json:dumps")
    registry.add_serializer("me", "s", lambda a: "")
    registry.add_format("me", "f", sniff=lambda t: 0.0)
    assert registry.rules.names() == ["zero", "one"] and "MTI" in registry.agencies
    assert registry.words("cue_verb") == {"said"} and registry.enricher_function("e") is json.dumps
    with pytest.raises(UnknownAnchorError):
        registry.add_rule("me", "two", lambda state: None, after="nope")
    with pytest.raises(DuplicateRegistrationError, match="both 'me' and 'you'"):
        registry.add_serializer("you", "s", lambda a: "")

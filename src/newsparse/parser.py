"""The Parser: owns its plugin manager, rule chain, enrichers and serializers.

Building a parser (what ``newsparse.parse`` does once, lazily) goes in three steps, each
guarded per plugin so that one broken plugin never stops the others:

1. load: the built-ins, then the entry points the allow/block lists let through (or the
   plugins given explicitly), registered with a fresh pluggy manager;
2. record: each plugin's registration hooks are called with ``register`` callbacks that only
   record (a plugin whose hook raises is left out entirely, not half-registered);
3. build: the records of the plugins left are assembled into a :class:`Registry`; a plugin
   that registers a taken name, or anchors a rule to a name nobody registered, is left out
   and the registry rebuilt without it.

Built-ins come first in their listed order, every other plugin by name: results never depend
on the order plugins were installed or passed in.
"""

from __future__ import annotations

import gc
import threading
import warnings
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from . import plugins as _plugins
from .errors import DuplicateRegistrationError, PluginError, UnknownAnchorError
from .models import Annotation, Article, EntityAnnotation, GenericAnnotation, ParseWarning, SummaryAnnotation
from .registry import HOOK_OF_KIND, EnricherSpec, Registration, Registry, recorder
from .state import ParseState

if TYPE_CHECKING:
    import pluggy

__all__ = ["EnrichArg", "NewsparseWarning", "Parser", "default_parser", "reset_default_parser"]

EnrichArg = Sequence[str] | Mapping[str, Mapping[str, Any] | None] | None

REGISTRATION_HOOKS: tuple[str, ...] = (
    "register_formats",
    "register_agencies",
    "register_rules",
    "register_lexicon",
    "register_enrichers",
    "register_serializers",
)
_ANNOTATION_TYPES = (EntityAnnotation, SummaryAnnotation, GenericAnnotation)
#: Texts at least this long are parsed with Python's cyclic garbage collector paused (see Parser.parse).
GC_PAUSE_CHARS = 65_536


class NewsparseWarning(UserWarning):
    """Issued (besides being recorded) when a plugin fails to load, register or run."""


class Parser:
    """A parser with its own plugins (no global state: two parsers never share plugins).

    ``Parser()`` uses the built-in plugins and the installed ``newsparse`` entry points that
    the ``NEWSPARSE_PLUGINS`` (allow) / ``NEWSPARSE_BLOCK_PLUGINS`` (block) lists let through.
    ``Parser(plugins=[...])`` uses the built-ins plus exactly the plugins given (modules,
    classes or objects with ``@hookimpl`` functions) and no entry points, unless
    ``entry_points=True``. ``strict=True`` (or ``NEWSPARSE_STRICT_PLUGINS=1``) re-raises
    plugin failures as :class:`~newsparse.errors.PluginError` instead of recording them in
    :attr:`failures` (load and registration) or on the article (rules and enrichers).
    ``env`` replaces ``os.environ`` for those three variables.
    """

    def __init__(
        self,
        plugins: Iterable[object] | None = None,
        *,
        entry_points: bool | None = None,
        builtins: bool = True,
        strict: bool | None = None,
        env: Mapping[str, str] | None = None,
    ) -> None:
        self.strict: bool = _plugins.env_strict(env) if strict is None else strict
        self.pm: pluggy.PluginManager = _plugins.make_manager()
        self.failures: list[_plugins.PluginFailure] = []
        self.plugins: list[_plugins.LoadedPlugin] = []
        self._hooks: dict[str, tuple[str, ...]] = {}
        self._disabled: dict[str, _plugins.LoadedPlugin] = {}

        candidates = _plugins.builtin_plugins() if builtins else []
        others: list[_plugins.LoadedPlugin] = []
        if entry_points if entry_points is not None else plugins is None:
            others += _plugins.entry_point_plugins(self.failures, env=env, strict=self.strict)
            for failure in self.failures:
                _warn(f"newsparse plugin {failure.name!r} failed during {failure.stage}: {failure.error}")
        others += _plugins.explicit_plugins(plugins or ())
        for loaded in candidates + sorted(others, key=lambda lp: lp.name):
            self._register(loaded)
        self.registry: Registry = self._build()

    # --- building ------------------------------------------------------------------------
    def _register(self, loaded: _plugins.LoadedPlugin) -> None:
        if self.pm.is_registered(loaded.plugin):
            other = self.pm.get_name(loaded.plugin)
            error = ValueError(f"the same plugin object is already loaded as {other!r}")
            self.report_failure(loaded, "register", error)
            return
        try:
            self.pm.register(loaded.plugin, name=loaded.name)
        except Exception as exc:  # pluggy validation: a hook with arguments the spec lacks ...
            # pluggy keeps the hooks it accepted before the one it refused: drop them all.
            if self.pm.has_plugin(loaded.name):
                self.pm.unregister(name=loaded.name)
            self.report_failure(loaded, "register", exc)
            return
        callers = self.pm.get_hookcallers(loaded.plugin) or []
        self._hooks[loaded.name] = tuple(sorted(c.name for c in callers))
        # pluggy accepts hooks with no spec (to check them later): a misspelt hook name would
        # otherwise be ignored without a word.
        unknown = sorted(c.name for c in callers if not c.has_spec()
                         and any(i.plugin_name == loaded.name and not i.optionalhook for i in c.get_hookimpls()))
        self.plugins.append(loaded)
        if unknown:
            self._disable(loaded, "register", ValueError(f"unknown hook(s): {', '.join(unknown)}"))

    def _disable(self, loaded: _plugins.LoadedPlugin, stage: str, exc: BaseException) -> None:
        self.report_failure(loaded, stage, exc)
        self._disabled[loaded.name] = loaded
        self.pm.unregister(name=loaded.name)

    def active_plugins(self) -> list[_plugins.LoadedPlugin]:
        """The plugins in use, in registration order (built-ins first, then by name)."""
        return [lp for lp in self.plugins if lp.name not in self._disabled]

    def impl(self, loaded: _plugins.LoadedPlugin, hook: str) -> pluggy.HookImpl | None:
        for impl in getattr(self.pm.hook, hook).get_hookimpls():
            if impl.plugin_name == loaded.name:
                return impl  # type: ignore[no-any-return]
        return None

    def call_hook(self, loaded: _plugins.LoadedPlugin, hook: str, **kwargs: Any) -> bool:
        """Call one plugin's implementation of ``hook`` (False when it has none)."""
        impl = self.impl(loaded, hook)
        if impl is None:
            return False
        impl.function(*[kwargs[name] for name in impl.argnames])
        return True

    def _build(self) -> Registry:
        records: list[tuple[_plugins.LoadedPlugin, list[Registration]]] = []
        for loaded in self.active_plugins():
            sink: list[Registration] = []
            stage = "register"
            try:
                for stage in REGISTRATION_HOOKS:
                    self.call_hook(loaded, stage, register=recorder(loaded.name, stage, sink))
            except Exception as exc:  # a plugin's own bug: leave the whole plugin out
                self._disable(loaded, stage, exc)
                continue
            records.append((loaded, sink))
        by_name = {lp.name: lp for lp, _ in records}
        while True:
            try:
                return Registry.build(item for lp, sink in records if lp.name not in self._disabled for item in sink)
            except (DuplicateRegistrationError, UnknownAnchorError) as exc:
                if isinstance(exc, DuplicateRegistrationError):
                    culprit, failed_hook = exc.second, HOOK_OF_KIND[exc.kind]
                else:
                    culprit, failed_hook = exc.plugin or "", "register_rules"
                blamed = by_name.get(culprit)
                if blamed is None or blamed.name in self._disabled:
                    raise
                self._disable(blamed, failed_hook, exc)

    def report_failure(self, plugin: _plugins.LoadedPlugin, stage: str, exc: BaseException) -> None:
        """Record (and warn about) a plugin failure; raise it for a built-in or in strict mode."""
        if plugin.builtin or self.strict:
            raise PluginError(plugin.name, stage, exc) from exc
        failure = _plugins.PluginFailure.from_exception(plugin.name, plugin.version, stage, exc)
        self.failures.append(failure)
        _warn(f"newsparse plugin {plugin.name!r} failed during {stage}: {failure.error}")

    def plugin_infos(self) -> list[_plugins.PluginInfo]:
        """Every plugin tried (used, disabled or failed to import): built-ins, then by name."""
        failures: dict[str, list[_plugins.PluginFailure]] = {}
        for failure in self.failures:
            failures.setdefault(failure.name, []).append(failure)
        provides: dict[str, list[str]] = {}
        reg = self.registry
        for kind, owners in (("formats", [(k, v.plugin) for k, v in reg.formats.items()]),
                             ("agencies", list(reg.agency_owner.items())),
                             ("rules", [(r.name, r.plugin) for r in reg.rules]),
                             ("enrichers", [(k, v.plugin) for k, v in reg.enrichers.items()]),
                             ("serializers", [(k, v.plugin) for k, v in reg.serializers.items()])):
            for owner in dict.fromkeys(owner for _, owner in owners):
                names = ", ".join(name for name, o in owners if o == owner)
                provides.setdefault(owner, []).append(f"{kind}: {names}")
        infos = []
        for lp in self.plugins:
            module = getattr(lp.plugin, "__name__", None) or type(lp.plugin).__module__
            infos.append(_plugins.PluginInfo(lp.name, lp.version, lp.distribution, module,
                                             self._hooks.get(lp.name, ()), lp.builtin,
                                             tuple(failures.pop(lp.name, ())), tuple(provides.get(lp.name, ()))))
        for name, fails in failures.items():  # failed before registering: import errors
            infos.append(_plugins.PluginInfo(name, fails[0].version, None, "", (), False, tuple(fails)))
        return sorted(infos, key=lambda i: (not i.builtin, i.name))

    # --- parsing -------------------------------------------------------------------------
    def parse(self, text: str | bytes, *, enrich: EnrichArg = None, **options: Any) -> Article:
        """Parse one story. Never raises on a ``str``; ``bytes`` are decoded (UTF-8, else cp1252
        with a warning). ``enrich`` names enrichers to run; an unknown name raises
        :class:`~newsparse.errors.UnknownNameError` before anything is parsed."""
        requests = self._enrich_requests(enrich) if enrich else None
        pre_warnings: list[ParseWarning] = []
        if isinstance(text, (bytes, bytearray, memoryview)):
            from .encoding import decode

            text, pre_warnings = decode(bytes(text))
        elif not isinstance(text, str):
            raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
        state = ParseState(text, self.registry, options)
        state.warnings.extend(pre_warnings)
        # A long text makes hundreds of thousands of objects, and the cyclic garbage collector's
        # passes over them cost a quarter to a third of its parse (quote-dense copy). The rules make
        # no reference cycles, so the collector is paused for the rule chain and resumed after it,
        # also when a rule raises (docs/usage.md). Short stories are unaffected.
        paused = len(text) >= GC_PAUSE_CHARS and gc.isenabled()
        if paused:
            gc.disable()
        try:
            for rule in self.registry.rules:
                try:
                    rule.fn(state)
                except Exception as exc:
                    if self.strict:
                        raise PluginError(rule.plugin, f"rule {rule.name!r}", exc) from exc
                    state.warn("rule-failed", f"rule {rule.name!r} raised {type(exc).__name__}: {exc}",
                               plugin=rule.plugin)
            article = state.to_article()
        finally:
            if paused:
                gc.enable()
        if requests:
            article = self._run_enrichers(article, requests)
        return article

    def enrich(self, article: Article, enrich: EnrichArg) -> Article:
        """Run the named enrichers on an article; unknown names raise ``UnknownNameError``."""
        return self._run_enrichers(article, self._enrich_requests(enrich))

    def _enrich_requests(self, enrich: EnrichArg) -> list[tuple[EnricherSpec, dict[str, Any]]]:
        requests: dict[str, dict[str, Any]] = {}
        if isinstance(enrich, str):
            requests[enrich] = {}
        elif isinstance(enrich, Mapping):
            requests = {str(k): dict(v or {}) for k, v in enrich.items()}
        elif enrich is not None:
            requests = {str(name): {} for name in enrich}  # a name asked for twice runs once
        return [(self.registry.enricher(name), opts) for name, opts in requests.items()]

    def _run_enrichers(self, article: Article, requests: list[tuple[EnricherSpec, dict[str, Any]]]) -> Article:
        # Every enricher sees the same article (not its predecessors' output): the result does
        # not depend on the order, and one failure cannot corrupt what another one reads.
        annotations: list[Annotation] = list(article.annotations)
        notes: list[ParseWarning] = list(article.warnings)
        for spec, opts in requests:
            try:
                produced = tuple(self.registry.enricher_function(spec.name)(article, dict(opts)))
                for item in produced:
                    if not isinstance(item, _ANNOTATION_TYPES):
                        raise TypeError(f"returned {type(item).__name__}, not an EntityAnnotation, "
                                        "SummaryAnnotation or GenericAnnotation")
            except Exception as exc:
                if self.strict:
                    raise PluginError(spec.plugin, f"enricher {spec.name!r}", exc) from exc
                message = f"enricher {spec.name!r} raised {type(exc).__name__}: {exc}"
                notes.append(ParseWarning("enricher-failed", message, None, spec.plugin))
                _warn(message)
                continue
            annotations.extend(produced)
        return attrs.evolve(article, annotations=tuple(annotations), warnings=tuple(notes))

    def render(self, article: Article, format: str | None = None) -> str:
        """Canonical wire text of the article (in its own format if that format can render)."""
        spec = self.registry.formats.get(format or article.format)
        if spec is None or spec.render is None:
            spec = self.registry.format("plain")
        assert spec.render is not None
        return spec.render(article)

    def dumps(self, article: Article, format: str = "json") -> str:
        """The article in a registered output format (``json``, ``text``, or a plugin's)."""
        return self.registry.serializer(format).dumps(article)

    def loads(self, data: str, format: str = "json") -> Article:
        spec = self.registry.serializer(format)
        if spec.loads is None:
            raise ValueError(f"serializer {format!r} cannot read articles back")
        return spec.loads(data)

    def pipeline(self) -> list[str]:
        """The names of the rules in the chain, in order."""
        return self.registry.rules.names()


def _warn(message: str) -> None:
    # Point the warning at the caller of newsparse, not at newsparse's own frames.
    import sys

    depth, frame = 1, sys._getframe(1)
    while frame.f_back is not None and frame.f_globals.get("__name__", "").partition(".")[0] == "newsparse":
        frame, depth = frame.f_back, depth + 1
    warnings.warn(message, NewsparseWarning, stacklevel=depth + 1)


_default: Parser | None = None
_default_lock = threading.Lock()


def default_parser() -> Parser:
    """The lazily built parser behind :func:`newsparse.parse` (built once, on first use)."""
    global _default
    parser = _default
    if parser is None:
        with _default_lock:
            if _default is None:
                _default = Parser()
            parser = _default
    return parser


def reset_default_parser() -> None:
    """Forget the default parser (after installing plugins or changing the environment)."""
    global _default
    with _default_lock:
        _default = None


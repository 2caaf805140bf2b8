"""The Parser: owns its plugin manager, rule chain, enrichers and serializers."""

from __future__ import annotations

import warnings
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import partial
from typing import Any

import attrs
import pluggy

from . import plugins as _plugins
from .errors import PluginError
from .models import Annotation, Article, ParseWarning
from .registry import Registry
from .state import ParseState

__all__ = ["EnrichArg", "NewsparseWarning", "Parser"]

EnrichArg = Sequence[str] | Mapping[str, Mapping[str, Any] | None] | None

_REGISTRATION_HOOKS: tuple[tuple[str, str], ...] = (
    ("register_formats", "add_format"),
    ("register_agencies", "add_agency"),
    ("register_rules", "add_rule"),
    ("register_lexicon", "add_lexicon"),
    ("register_enrichers", "add_enricher"),
    ("register_serializers", "add_serializer"),
)


class NewsparseWarning(UserWarning):
    """Issued (besides being recorded on the article) when a plugin fails at run time."""


class Parser:
    """A parser with its own plugins.

    ``Parser()`` uses the built-in plugins and the installed entry points that the
    ``NEWSPARSE_PLUGINS`` / ``NEWSPARSE_BLOCK_PLUGINS`` lists let through.
    ``Parser(plugins=[...])`` uses the built-ins plus exactly the plugins given (modules or
    objects with ``@hookimpl`` methods) and no entry points, unless ``entry_points=True``.
    ``strict=True`` re-raises plugin failures instead of recording them.
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
        self.strict = _plugins.env_strict(env) if strict is None else strict
        self.pm: pluggy.PluginManager = _plugins.make_manager()
        self.failures: list[_plugins.PluginFailure] = []
        self.versions: dict[str, str | None] = {}
        self._builtin_names: set[str] = set()
        if builtins:
            _plugins.register_builtins(self.pm)
            self._builtin_names = set(_plugins.DEFAULT_PLUGINS)
        if entry_points if entry_points is not None else plugins is None:
            _plugins.load_entry_points(self.pm, self.failures, self.versions, env=env, strict=self.strict)
        for plugin in plugins or ():
            self.pm.register(plugin)
        self.registry = self._collect()

    # --- building ------------------------------------------------------------------------
    def _ordered_impls(self, hook_name: str) -> list[pluggy.HookImpl]:
        impls = getattr(self.pm.hook, hook_name).get_hookimpls()
        builtin_order = {name: i for i, name in enumerate(_plugins.DEFAULT_PLUGINS)}

        def key(impl: pluggy.HookImpl) -> tuple[int, int, str]:
            if impl.plugin_name in builtin_order:
                return (0, builtin_order[impl.plugin_name], "")
            return (1, 0, impl.plugin_name)

        # Built-ins first, in their listed order; then plugins by name, so the result does
        # not depend on the order plugins were installed or registered in.
        return sorted(impls, key=key)

    def _collect(self) -> Registry:
        registry = Registry()
        for hook_name, method in _REGISTRATION_HOOKS:
            for impl in self._ordered_impls(hook_name):
                plugin = impl.plugin_name
                register = partial(getattr(registry, method), plugin)
                try:
                    impl.function(register=register)
                except Exception as exc:
                    if self.strict or impl.plugin_name in self._builtin_names:
                        raise PluginError(plugin, hook_name, exc) from exc
                    self._record_failure(plugin, hook_name, exc)
        return registry

    def _record_failure(self, plugin: str, stage: str, exc: BaseException) -> None:
        version = self.versions.get(plugin)
        self.failures.append(_plugins.PluginFailure(plugin, version, stage, f"{type(exc).__name__}: {exc}"))

    def plugin_infos(self) -> list[_plugins.PluginInfo]:
        infos = []
        for name, plugin in sorted(self.pm.list_name_plugin(), key=lambda np: np[0]):
            hooks = tuple(sorted(h.name for h in self.pm.get_hookcallers(plugin) or ()))
            module = getattr(plugin, "__name__", type(plugin).__module__)
            infos.append(_plugins.PluginInfo(name, self.versions.get(name), module, hooks,
                                             name in self._builtin_names))
        return infos

    # --- parsing -------------------------------------------------------------------------
    def parse(self, text: str | bytes, *, enrich: EnrichArg = None, **options: Any) -> Article:
        """Parse one story. Never raises on a ``str``; see the docs for ``bytes``."""
        pre_warnings: list[ParseWarning] = []
        if isinstance(text, (bytes, bytearray, memoryview)):
            from .encoding import decode

            text, pre_warnings = decode(bytes(text))
        elif not isinstance(text, str):
            raise TypeError(f"parse() takes str or bytes, not {type(text).__name__}")
        state = ParseState(text, self.registry, options)
        state.warnings.extend(pre_warnings)
        for rule in self.registry.rules:
            try:
                rule.fn(state)
            except Exception as exc:
                if self.strict:
                    raise PluginError(rule.plugin, f"rule {rule.name!r}", exc) from exc
                state.warn("rule-failed", f"rule {rule.name!r} raised {type(exc).__name__}: {exc}",
                           plugin=rule.plugin)
        article = state.to_article()
        if enrich:
            article = self.enrich(article, enrich)
        return article

    def enrich(self, article: Article, enrich: EnrichArg) -> Article:
        """Run the named enrichers on an article; unknown names raise ``UnknownNameError``."""
        requests = _enrich_requests(enrich)
        specs = [(self.registry.enricher(name), opts) for name, opts in requests]
        annotations: list[Annotation] = list(article.annotations)
        failures: list[ParseWarning] = list(article.warnings)
        for spec, opts in specs:
            try:
                annotations.extend(spec.enrich(article, opts))
            except Exception as exc:
                if self.strict:
                    raise PluginError(spec.plugin, f"enricher {spec.name!r}", exc) from exc
                message = f"enricher {spec.name!r} raised {type(exc).__name__}: {exc}"
                failures.append(ParseWarning("enricher-failed", message, None, spec.plugin))
                warnings.warn(message, NewsparseWarning, stacklevel=3)
        return attrs.evolve(article, annotations=tuple(annotations), warnings=tuple(failures))

    def render(self, article: Article, format: str | None = None) -> str:
        """Canonical wire text of the article (in its own format if that format can render)."""
        name = format or article.format
        spec = self.registry.formats.get(name)
        if spec is None or spec.render is None:
            spec = self.registry.format("plain")
        assert spec.render is not None
        return spec.render(article)

    def dumps(self, article: Article, format: str = "json") -> str:
        return self.registry.serializer(format).dumps(article)

    def loads(self, data: str, format: str = "json") -> Article:
        spec = self.registry.serializer(format)
        if spec.loads is None:
            raise ValueError(f"serializer {format!r} cannot read articles back")
        return spec.loads(data)

    def pipeline(self) -> list[str]:
        """The names of the rules in the chain, in order."""
        return self.registry.rules.names()


def _enrich_requests(enrich: EnrichArg) -> list[tuple[str, Mapping[str, Any]]]:
    if enrich is None:
        return []
    if isinstance(enrich, str):
        return [(enrich, {})]
    if isinstance(enrich, Mapping):
        return [(str(k), dict(v or {})) for k, v in enrich.items()]
    return [(str(name), {}) for name in enrich]


_default: Parser | None = None


def default_parser() -> Parser:
    """The lazily built parser behind :func:`newsparse.parse`."""
    global _default
    if _default is None:
        _default = Parser()
    return _default


def reset_default_parser() -> None:
    """Forget the default parser (after installing plugins or changing the environment)."""
    global _default
    _default = None


Callback = Callable[..., None]

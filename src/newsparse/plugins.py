"""Plugin manager factory, the built-in plugin list, guarded entry-point loading.

Each entry point is loaded in its own ``try``: a broken plugin is recorded as a
:class:`PluginFailure` with its name and version (``newsparse plugins`` shows it) and never
stops the others. Nothing here is imported by ``import newsparse``: pluggy and
``importlib.metadata`` load when the first :class:`~newsparse.parser.Parser` is built.

Environment (read when a parser is built):

``NEWSPARSE_PLUGINS``
    Comma-separated allowlist of entry-point names. Set but empty: no third-party plugins.
``NEWSPARSE_BLOCK_PLUGINS``
    Comma-separated blocklist of entry-point names (applied after the allowlist).
``NEWSPARSE_STRICT_PLUGINS``
    ``1`` to re-raise plugin failures (as :class:`~newsparse.errors.PluginError`) instead of
    recording them.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Mapping
from types import ModuleType
from typing import TYPE_CHECKING

from attrs import field, frozen

if TYPE_CHECKING:
    from importlib.metadata import EntryPoint

    import pluggy

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "LoadedPlugin",
    "PluginFailure",
    "PluginInfo",
    "builtin_plugins",
    "entry_point_plugins",
    "env_names",
    "env_strict",
    "explicit_plugins",
    "make_manager",
]

ENTRY_POINT_GROUP = "newsparse"
ALLOW_VAR = "NEWSPARSE_PLUGINS"
BLOCK_VAR = "NEWSPARSE_BLOCK_PLUGINS"
STRICT_VAR = "NEWSPARSE_STRICT_PLUGINS"

# Built-in behaviour is registered through the same hooks as third-party plugins.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "newsparse.default_plugins.formats",
    "newsparse.default_plugins.agencies",
    "newsparse.default_plugins.pipeline",
    "newsparse.default_plugins.lexicon",
    "newsparse.default_plugins.serializers",
)


@frozen
class LoadedPlugin:
    """A plugin object ready to register: its name is the entry-point name (third-party),
    the module name (built-in or a module passed to ``Parser(plugins=...)``)."""

    name: str
    plugin: object = field(eq=False, repr=False)
    version: str | None = None
    distribution: str | None = None
    builtin: bool = False


@frozen
class PluginInfo:
    """One row of ``newsparse plugins``."""

    name: str
    version: str | None
    distribution: str | None
    module: str
    hooks: tuple[str, ...]
    builtin: bool
    failures: tuple[PluginFailure, ...] = ()
    provides: tuple[str, ...] = ()
    """What the plugin registered, one entry per kind (``agencies: MTI``, ``enrichers: reading-time``)."""


@frozen
class PluginFailure:
    """A plugin that could not be used: ``stage`` says where (``import``, ``register``, a hook
    name such as ``register_rules``), ``error`` why."""

    name: str
    version: str | None
    stage: str
    error: str
    exception: BaseException | None = field(default=None, eq=False, repr=False)

    @classmethod
    def from_exception(cls, name: str, version: str | None, stage: str, exc: BaseException) -> PluginFailure:
        return cls(name, version, stage, f"{type(exc).__name__}: {exc}", exc)


def env_names(var: str, env: Mapping[str, str] | None = None) -> set[str] | None:
    """The comma-separated names in ``var``; None when it is unset (set but empty: no names)."""
    env = os.environ if env is None else env
    if var not in env:
        return None
    return {n.strip() for n in env[var].split(",") if n.strip()}


def env_strict(env: Mapping[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    return env.get(STRICT_VAR, "").strip().lower() in {"1", "true", "yes", "on"}


def make_manager() -> pluggy.PluginManager:
    import pluggy

    from . import hookspecs

    pm = pluggy.PluginManager(hookspecs.PROJECT)
    pm.add_hookspecs(hookspecs)
    return pm


def builtin_plugins() -> list[LoadedPlugin]:
    from . import __version__

    return [LoadedPlugin(name, importlib.import_module(name), __version__, "newsparse", builtin=True)
            for name in DEFAULT_PLUGINS]


def explicit_plugins(plugins: Iterable[object]) -> list[LoadedPlugin]:
    """Name plugins passed as objects: a module by its name, anything else by its class's
    qualified name (never ``id()``, so names and order are reproducible)."""
    loaded: list[LoadedPlugin] = []
    taken: set[str] = set()
    for plugin in plugins:
        if isinstance(plugin, ModuleType):
            base = plugin.__name__
        else:
            cls = plugin if isinstance(plugin, type) else type(plugin)
            base = f"{cls.__module__}.{cls.__qualname__}".replace(".<locals>", "")
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}#{n}"
        taken.add(name)
        version = getattr(plugin, "__version__", None)
        loaded.append(LoadedPlugin(name, plugin, version if isinstance(version, str) else None))
    return loaded


def _distribution(ep: EntryPoint) -> tuple[str | None, str | None]:
    """The version and name of the distribution that declares ``ep`` (None when unknown)."""
    try:
        dist = ep.dist
        if dist is None:
            return None, None
        return dist.version, dist.metadata["Name"]
    except Exception:  # broken metadata: report the plugin without a version
        return None, None


def entry_point_plugins(
    failures: list[PluginFailure], *, env: Mapping[str, str] | None = None, strict: bool = False
) -> list[LoadedPlugin]:
    """Import the ``newsparse`` entry points that the allow/block lists let through, each in
    its own ``try``; failures are appended to ``failures`` (or raised when ``strict``)."""
    from importlib.metadata import entry_points

    from .errors import PluginError

    allow = env_names(ALLOW_VAR, env)
    block = env_names(BLOCK_VAR, env) or set()
    loaded: list[LoadedPlugin] = []
    seen: dict[str, str] = {}
    # Sorted, so the order (and so every result) does not depend on install order.
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        if (allow is not None and ep.name not in allow) or ep.name in block:
            continue
        version, dist_name = _distribution(ep)
        if ep.name in seen:
            # Two distributions claim one name: the allow/block lists could not tell them apart.
            exc: Exception = ValueError(f"entry-point name {ep.name!r} is also used by {seen[ep.name]!r}")
            if strict:
                raise PluginError(ep.name, "import", exc)
            failures.append(PluginFailure.from_exception(ep.name, version, "import", exc))
            continue
        seen[ep.name] = ep.value
        try:
            obj = ep.load()
        except Exception as exc:  # a broken plugin must never stop the others
            if strict:
                raise PluginError(ep.name, "import", exc) from exc
            failures.append(PluginFailure.from_exception(ep.name, version, "import", exc))
            continue
        loaded.append(LoadedPlugin(ep.name, obj, version, dist_name))
    return loaded

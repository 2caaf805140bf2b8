"""Plugin manager factory, the built-in plugin list, guarded entry-point loading.

Each entry point is loaded in its own ``try``: a broken plugin is recorded as a
:class:`PluginFailure` (and shown by ``newsparse plugins``) and never stops the others.

Environment:

``NEWSPARSE_PLUGINS``
    Comma-separated allowlist of entry-point names. Set but empty: no third-party plugins.
``NEWSPARSE_BLOCK_PLUGINS``
    Comma-separated blocklist of entry-point names.
``NEWSPARSE_STRICT_PLUGINS``
    ``1`` to re-raise plugin failures instead of recording them.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Mapping
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType

import pluggy
from attrs import frozen

from . import hookspecs

__all__ = [
    "DEFAULT_PLUGINS",
    "ENTRY_POINT_GROUP",
    "PluginFailure",
    "PluginInfo",
    "env_strict",
    "load_entry_points",
    "make_manager",
]

ENTRY_POINT_GROUP = "newsparse"

# Built-in behaviour is registered through the same hooks as third-party plugins.
DEFAULT_PLUGINS: tuple[str, ...] = (
    "newsparse.default_plugins.formats",
    "newsparse.default_plugins.agencies",
    "newsparse.default_plugins.pipeline",
    "newsparse.default_plugins.lexicon",
    "newsparse.default_plugins.serializers",
)


@frozen
class PluginInfo:
    name: str
    version: str | None
    module: str
    hooks: tuple[str, ...]
    builtin: bool


@frozen
class PluginFailure:
    """A plugin that could not be used: where (``import``, ``register_rules`` ...) and why."""

    name: str
    version: str | None
    stage: str
    error: str


def _names(var: str, env: Mapping[str, str]) -> set[str] | None:
    if var not in env:
        return None
    return {n.strip() for n in env[var].split(",") if n.strip()}


def env_strict(env: Mapping[str, str] | None = None) -> bool:
    env = os.environ if env is None else env
    return env.get("NEWSPARSE_STRICT_PLUGINS", "").strip().lower() in {"1", "true", "yes"}


def make_manager() -> pluggy.PluginManager:
    pm = pluggy.PluginManager("newsparse")
    pm.add_hookspecs(hookspecs)
    return pm


def register_builtins(pm: pluggy.PluginManager) -> None:
    for modname in DEFAULT_PLUGINS:
        pm.register(importlib.import_module(modname), name=modname)


def _dist_version(ep: EntryPoint) -> str | None:
    dist = getattr(ep, "dist", None)
    return getattr(dist, "version", None) if dist is not None else None


def load_entry_points(
    pm: pluggy.PluginManager,
    failures: list[PluginFailure],
    versions: dict[str, str | None],
    *,
    env: Mapping[str, str] | None = None,
    strict: bool = False,
) -> None:
    """Load the ``newsparse`` entry points that the allow/block lists let through."""
    env = os.environ if env is None else env
    allow = _names("NEWSPARSE_PLUGINS", env)
    block = _names("NEWSPARSE_BLOCK_PLUGINS", env) or set()
    seen: dict[str, str] = {}
    # Sorted so the registration order, and so every result, is independent of install order.
    for ep in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: (e.name, e.value)):
        if (allow is not None and ep.name not in allow) or ep.name in block:
            continue
        version = _dist_version(ep)
        if ep.name in seen:
            # pluggy would skip a second plugin of the same name silently: say so instead.
            failures.append(PluginFailure(ep.name, version, "import",
                                          f"duplicate entry-point name (also {seen[ep.name]})"))
            continue
        seen[ep.name] = ep.value
        try:
            obj = ep.load()
            pm.register(obj, name=ep.name)
        except Exception as exc:  # a broken plugin must never stop the others
            if strict:
                from .errors import PluginError

                raise PluginError(ep.name, "import", exc) from exc
            failures.append(PluginFailure(ep.name, version, "import", f"{type(exc).__name__}: {exc}"))
            continue
        versions[ep.name] = version


def plugin_name(pm: pluggy.PluginManager, plugin: object) -> str:
    name = pm.get_name(plugin)
    if name:
        return name
    if isinstance(plugin, ModuleType):
        return plugin.__name__
    return type(plugin).__name__

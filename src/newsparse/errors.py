"""Typed errors. ``parse`` itself never raises on a ``str``; these come from misuse of the API,
from plugins in strict mode, and from reading invalid JSON."""

from __future__ import annotations

__all__ = [
    "DeserializationError",
    "DuplicateRegistrationError",
    "NewsparseError",
    "PluginError",
    "UnknownAnchorError",
    "UnknownNameError",
]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class PluginError(NewsparseError):
    """A plugin failed to load, register or run (raised in strict mode; otherwise recorded)."""

    def __init__(self, plugin: str, stage: str, error: BaseException) -> None:
        self.plugin = plugin
        self.stage = stage
        self.error = error
        super().__init__(f"plugin {plugin!r} failed during {stage}: {type(error).__name__}: {error}")


class DuplicateRegistrationError(NewsparseError):
    """Two plugins registered the same name for the same kind of thing."""

    def __init__(self, kind: str, name: str, first: str, second: str) -> None:
        self.kind, self.name, self.first, self.second = kind, name, first, second
        super().__init__(f"{kind} {name!r} is registered by both {first!r} and {second!r}")


class UnknownAnchorError(NewsparseError, KeyError):
    """A rule was inserted before/after a rule name that is not in the chain."""

    def __init__(self, anchor: str, known: list[str], *, rule: str | None = None, plugin: str | None = None) -> None:
        self.anchor, self.rule, self.plugin = anchor, rule, plugin
        where = f"rule {rule!r} of plugin {plugin!r} is anchored to " if rule and plugin else ""
        super().__init__(f"{where}no rule named {anchor!r} in the chain (rules: {', '.join(known)})")

    def __str__(self) -> str:
        return str(self.args[0])


class UnknownNameError(NewsparseError, KeyError):
    """An enricher, serializer or format name that no plugin registered."""

    def __init__(self, kind: str, name: str, known: list[str]) -> None:
        self.kind, self.name = kind, name
        super().__init__(f"no {kind} named {name!r} (available: {', '.join(sorted(known)) or 'none'})")

    def __str__(self) -> str:
        return str(self.args[0])


class DeserializationError(NewsparseError, ValueError):
    """JSON that does not describe an Article; ``path`` names the offending field."""

    def __init__(self, path: str, message: str) -> None:
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)

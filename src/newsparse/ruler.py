"""An ordered chain of named rules (the markdown-it ``Ruler``): insert before/after a named
rule; an unknown anchor is an error, never a silent append."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Generic, TypeVar

from attrs import frozen

from .errors import DuplicateRegistrationError, UnknownAnchorError

__all__ = ["Rule", "Ruler"]

F = TypeVar("F", bound=Callable[..., object])


@frozen
class Rule(Generic[F]):
    name: str
    fn: F
    plugin: str = "newsparse"


class Ruler(Generic[F]):
    def __init__(self) -> None:
        self._rules: list[Rule[F]] = []

    def __iter__(self) -> Iterator[Rule[F]]:
        return iter(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def names(self) -> list[str]:
        return [r.name for r in self._rules]

    def _index(self, anchor: str) -> int:
        for i, rule in enumerate(self._rules):
            if rule.name == anchor:
                return i
        raise UnknownAnchorError(anchor, self.names())

    def _check_new(self, name: str, plugin: str) -> None:
        for rule in self._rules:
            if rule.name == name:
                raise DuplicateRegistrationError("rule", name, rule.plugin, plugin)

    def push(self, name: str, fn: F, plugin: str = "newsparse") -> None:
        self._check_new(name, plugin)
        self._rules.append(Rule(name, fn, plugin))

    def before(self, anchor: str, name: str, fn: F, plugin: str = "newsparse") -> None:
        index = self._index(anchor)
        self._check_new(name, plugin)
        self._rules.insert(index, Rule(name, fn, plugin))

    def after(self, anchor: str, name: str, fn: F, plugin: str = "newsparse") -> None:
        index = self._index(anchor)
        self._check_new(name, plugin)
        self._rules.insert(index + 1, Rule(name, fn, plugin))

    def replace(self, name: str, fn: F, plugin: str = "newsparse") -> None:
        index = self._index(name)
        self._rules[index] = Rule(name, fn, plugin)

    def remove(self, name: str) -> None:
        del self._rules[self._index(name)]

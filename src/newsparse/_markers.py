"""``hookimpl`` / ``hookspec`` markers that need no pluggy import.

``import newsparse`` exports :data:`hookimpl`; importing pluggy (and, through it, ``inspect``)
for that alone would cost a third of the package's import time. The markers write the same
attribute pluggy's own ``HookimplMarker("newsparse")`` / ``HookspecMarker("newsparse")`` write
(``newsparse_impl`` / ``newsparse_spec``, a dict of options), so the plugin manager cannot tell
them apart, and a plugin may use either (``tests/test_plugins.py`` pins the equivalence).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar, overload

__all__ = ["HookimplMarker", "HookspecMarker"]

F = TypeVar("F", bound=Callable[..., Any])


class HookimplMarker:
    """Marks a function (or method) as the implementation of the hook of the same name."""

    def __init__(self, project_name: str) -> None:
        self.project_name = project_name

    @overload
    def __call__(self, function: F) -> F: ...

    @overload
    def __call__(
        self,
        function: None = None,
        *,
        hookwrapper: bool = False,
        optionalhook: bool = False,
        tryfirst: bool = False,
        trylast: bool = False,
        specname: str | None = None,
        wrapper: bool = False,
    ) -> Callable[[F], F]: ...

    def __call__(
        self,
        function: F | None = None,
        *,
        hookwrapper: bool = False,
        optionalhook: bool = False,
        tryfirst: bool = False,
        trylast: bool = False,
        specname: str | None = None,
        wrapper: bool = False,
    ) -> F | Callable[[F], F]:
        def mark(func: F) -> F:
            opts = {
                "wrapper": wrapper,
                "hookwrapper": hookwrapper,
                "optionalhook": optionalhook,
                "tryfirst": tryfirst,
                "trylast": trylast,
                "specname": specname,
            }
            setattr(func, self.project_name + "_impl", opts)
            return func

        return mark if function is None else mark(function)


class HookspecMarker:
    """Marks a function as a hook specification (its signature and docstring are the contract)."""

    def __init__(self, project_name: str) -> None:
        self.project_name = project_name

    @overload
    def __call__(self, function: F) -> F: ...

    @overload
    def __call__(self, function: None = None, *, firstresult: bool = False, historic: bool = False,
                 warn_on_impl: Warning | None = None) -> Callable[[F], F]: ...

    def __call__(self, function: F | None = None, *, firstresult: bool = False, historic: bool = False,
                 warn_on_impl: Warning | None = None) -> F | Callable[[F], F]:
        def mark(func: F) -> F:
            opts = {
                "firstresult": firstresult,
                "historic": historic,
                "warn_on_impl": warn_on_impl,
                "warn_on_impl_args": None,
            }
            setattr(func, self.project_name + "_spec", opts)
            return func

        return mark if function is None else mark(function)

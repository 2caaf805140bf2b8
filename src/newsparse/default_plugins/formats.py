"""The ``plain`` wire-text format: the fallback for any text."""

from __future__ import annotations

from typing import Any

from ..formats.plain import render_plain
from ..hookspecs import hookimpl


def _sniff_plain(text: str) -> float:
    return 0.0


@hookimpl
def register_formats(register: Any) -> None:
    register("plain", sniff=_sniff_plain, render=render_plain)

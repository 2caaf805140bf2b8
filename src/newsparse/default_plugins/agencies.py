"""The built-in agency table (``data/agencies.json``)."""

from __future__ import annotations

from typing import Any

from ..agencies import load_builtin_agencies
from ..hookspecs import hookimpl


@hookimpl
def register_agencies(register: Any) -> None:
    for agency in load_builtin_agencies():
        register(agency)

"""Built-in output formats: ``json`` (round-trips through :func:`newsparse.from_json`) and
``text`` (a readable view)."""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..models import Article


def _dumps_json(article: Article) -> str:
    from ..serialize import to_json

    return to_json(article, indent=2)


def _loads_json(data: str) -> Article:
    from ..serialize import from_json

    return from_json(data)


def _dumps_text(article: Article) -> str:
    from ..textview import text_view

    return text_view(article)


@hookimpl
def register_serializers(register: Any) -> None:
    register("json", _dumps_json, loads=_loads_json, media_type="application/json")
    register("text", _dumps_text, media_type="text/plain")

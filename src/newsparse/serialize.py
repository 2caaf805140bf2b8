"""JSON in and out through one cattrs converter (built in :func:`make_converter`).

The document is the article's fields plus ``"schema": "newsparse.article/1"``; spans are
``{"start": s, "end": e}``, dates ISO strings, annotations tagged by ``kind`` (kinds this
installation has no class for are kept as :class:`GenericAnnotation`). See ``docs/json.md``.
"""

from __future__ import annotations

import datetime as _dt
import json
from functools import cache
from typing import Any

from cattrs import transform_error
from cattrs.errors import BaseValidationError
from cattrs.preconf.json import JsonConverter
from cattrs.preconf.json import make_converter as _make_json_converter

from .errors import DeserializationError
from .models import Annotation, Article, EntityAnnotation, GenericAnnotation, SummaryAnnotation

__all__ = ["SCHEMA", "from_dict", "from_json", "make_converter", "to_dict", "to_json"]

SCHEMA = "newsparse.article/1"
_ANNOTATION_CLASSES: dict[str, type[EntityAnnotation] | type[SummaryAnnotation]] = {
    "entity": EntityAnnotation,
    "summary": SummaryAnnotation,
}


def make_converter() -> JsonConverter:
    conv = _make_json_converter()
    # Strict scalars: cattrs would turn 7 into "7" and "5" into 5; a document with the wrong
    # type is an error that names the field, not a silent conversion.
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(int, _strict_int)
    conv.register_unstructure_hook(_dt.date, lambda d: d.isoformat())
    conv.register_structure_hook(_dt.date, lambda v, _: _dt.date.fromisoformat(v))

    def unstructure_annotation(a: Annotation) -> dict[str, Any]:
        if isinstance(a, GenericAnnotation):
            return {"kind": a.kind, "source": a.source, "data": json.loads(a.payload)}
        out: dict[str, Any] = conv.unstructure(a, unstructure_as=type(a))
        return out

    def structure_annotation(value: Any, _: Any) -> Annotation:
        if not isinstance(value, dict) or not isinstance(value.get("kind"), str):
            raise ValueError("an annotation must be an object with a string 'kind'")
        cls = _ANNOTATION_CLASSES.get(value["kind"])
        if cls is None:
            return GenericAnnotation(value["kind"], json.dumps(value.get("data", {}), sort_keys=True),
                                     str(value.get("source", "")))
        return conv.structure(value, cls)

    conv.register_unstructure_hook(Annotation, unstructure_annotation)
    conv.register_structure_hook(Annotation, structure_annotation)
    return conv


def _strict_str(value: Any, _: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _strict_int(value: Any, _: Any) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


@cache
def _converter() -> JsonConverter:
    return make_converter()


def to_dict(article: Article) -> dict[str, Any]:
    data: dict[str, Any] = {"schema": SCHEMA}
    data.update(_converter().unstructure(article))
    return data


def to_json(article: Article, *, indent: int | None = None) -> str:
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent)


def from_dict(data: Any) -> Article:
    if not isinstance(data, dict):
        raise DeserializationError("", f"expected a JSON object, got {type(data).__name__}")
    data = dict(data)
    schema = data.pop("schema", SCHEMA)
    if schema != SCHEMA:
        raise DeserializationError("schema", f"unsupported schema {schema!r} (expected {SCHEMA!r})")
    try:
        return _converter().structure(data, Article)
    except BaseValidationError as exc:
        messages = transform_error(exc, path="$")
        path = messages[0].split("@ ")[-1] if messages else "$"
        raise DeserializationError(path, "; ".join(messages)) from exc
    except (TypeError, ValueError, KeyError) as exc:
        raise DeserializationError("$", f"{type(exc).__name__}: {exc}") from exc


def from_json(text: str | bytes) -> Article:
    """Read an article back; invalid JSON raises :class:`DeserializationError` naming the field."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DeserializationError("", f"invalid JSON: {exc}") from exc
    return from_dict(data)

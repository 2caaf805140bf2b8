"""JSON in and out: round trip, schema tag, and errors that name the offending field."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import newsparse
from newsparse.errors import DeserializationError
from newsparse.serialize import SCHEMA, from_json, to_dict, to_json

STORY = ("date 2019-02-21\nLavrov sees no obstacle\n\nBy Olga Petrova\n\n"
         "MOSCOW, February 21. /TASS/. \u201cWe are ready,\u201d Lavrov said.\n\n(Reporting by Anna Chen)\n")


def _doc() -> dict[str, object]:
    return json.loads(to_json(newsparse.parse(STORY)))  # type: ignore[no-any-return]


def test_round_trip_keeps_spans_and_dates() -> None:
    a = newsparse.parse(STORY)
    b = from_json(to_json(a))
    assert b == a
    assert b.dateline is not None and a.dateline is not None
    assert b.dateline.span == a.dateline.span and b.dateline.date == dt.date(2019, 2, 21)
    assert [p.span for p in b.paragraphs] == [p.span for p in a.paragraphs]
    assert b.source == a.source


def test_document_shape() -> None:
    d = to_dict(newsparse.parse(STORY))
    assert d["schema"] == SCHEMA
    assert d["dateline"]["span"] == {"start": d["dateline"]["span"]["start"], "end": d["dateline"]["span"]["end"]}
    assert d["date"] == "2019-02-21"
    assert d["byline"]["names"] == ["Olga Petrova"]


@pytest.mark.parametrize(
    ("mutate", "field"),
    [
        (lambda d: d["dateline"].__setitem__("location", 7), "dateline"),
        (lambda d: d["paragraphs"][0].__setitem__("index", "first"), "paragraphs"),
        (lambda d: d["paragraphs"][0]["span"].__setitem__("start", "x"), "span"),
        (lambda d: d.__setitem__("date", "21 Feb"), "date"),
        (lambda d: d["trailer"][0].pop("kind"), "kind"),
        (lambda d: d.__setitem__("schema", "other/9"), "schema"),
    ],
)
def test_invalid_document_names_the_field(mutate: object, field: str) -> None:
    d = _doc()
    mutate(d)  # type: ignore[operator]
    with pytest.raises(DeserializationError) as info:
        from_json(json.dumps(d))
    assert field in info.value.path or field in str(info.value)


def test_not_json_and_not_an_object() -> None:
    with pytest.raises(DeserializationError, match="invalid JSON"):
        from_json("{not json")
    with pytest.raises(DeserializationError, match="expected a JSON object"):
        from_json("[1, 2]")


def test_negative_span_is_rejected() -> None:
    d = _doc()
    d["paragraphs"][0]["span"] = {"start": 5, "end": 2}  # type: ignore[index]
    with pytest.raises(DeserializationError):
        from_json(json.dumps(d))


def test_unknown_annotation_kind_is_kept() -> None:
    d = _doc()
    d["annotations"] = [{"kind": "sentiment", "source": "x", "data": {"score": 0.5}}]
    a = from_json(json.dumps(d))
    assert a.annotations[0].kind == "sentiment"
    assert json.loads(to_json(a))["annotations"][0]["data"] == {"score": 0.5}

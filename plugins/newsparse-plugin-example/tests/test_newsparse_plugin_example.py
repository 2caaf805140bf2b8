"""The example plugin, tested with newsparse.testing (no installation needed: the parser gets
the module explicitly, so these tests see exactly this plugin and the built-ins)."""

from __future__ import annotations

import json

import newsparse_plugin_example as plugin
import pytest

from newsparse import GenericAnnotation
from newsparse.testing import assert_invariants, assert_json_round_trip, check_plugin, make_parser

STORY = """Hungary approves rail link to Vienna

BUDAPEST, May 4 (MTI) - The Hungarian government approved a new high-speed rail link to Vienna
on Thursday, the transport ministry said.

"The line will halve the journey time," the minister told reporters in Budapest.
"""


def test_plugin_is_sane():
    check_plugin(plugin)  # registers cleanly; samples parse with its enricher, invariants hold


@pytest.mark.newsparse_plugins(plugin)
def test_mti_dateline(newsparse_parser):
    a = newsparse_parser.parse(STORY)
    assert (a.dateline.location, a.dateline.date_text, a.dateline.agency) == ("BUDAPEST", "May 4", "MTI")
    assert a.source[a.dateline.span.start : a.dateline.span.end] == "BUDAPEST, May 4 (MTI) -"
    assert_invariants(a)


def test_mti_alias_is_canonicalised():
    a = make_parser(plugin).parse("BUDAPEST, May 4 (Hungarian News Agency) - Talks began.\n")
    assert a.dateline.agency == "MTI"


def test_without_the_plugin_mti_is_unknown():
    a = make_parser().parse(STORY)
    assert a.dateline is None or a.dateline.agency != "MTI"


def test_reading_time_runs_only_when_asked():
    parser = make_parser(plugin)
    assert parser.parse(STORY).annotations == ()
    a = parser.parse(STORY, enrich=["reading-time"])
    (note,) = a.annotations
    assert isinstance(note, GenericAnnotation) and note.kind == "reading-time"
    payload = json.loads(note.payload)
    assert payload == {"words": 30, "minutes": 1, "wpm": 230}
    assert_json_round_trip(a)


def test_reading_time_options():
    a = make_parser(plugin).parse(STORY, enrich={"reading-time": {"wpm": 10}})
    assert json.loads(a.annotations[0].payload)["minutes"] == 3


def test_bad_option_is_recorded_not_raised():
    parser = make_parser(plugin, strict=False)
    with pytest.warns(UserWarning, match="wpm must be positive"):
        a = parser.parse(STORY, enrich={"reading-time": {"wpm": 0}})
    assert a.annotations == ()
    assert [w.code for w in a.warnings] == ["enricher-failed"]
    assert a == parser.parse(STORY)

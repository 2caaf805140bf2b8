"""A long text is parsed with the cyclic garbage collector paused; its state is always restored."""

from __future__ import annotations

import gc

import pytest

import newsparse
from newsparse.errors import PluginError
from newsparse.hookspecs import hookimpl
from newsparse.parser import GC_PAUSE_CHARS

LONG = "MOSCOW, March 3. /TASS/. Talks went on.\n\n" + "\"We are patient,\" he said.\n\n" * (GC_PAUSE_CHARS // 25)


_SEEN: list[bool] = []


class _Watcher:
    """A rule that records whether the collector was on during the parse."""

    @hookimpl
    def register_rules(self, register):  # type: ignore[no-untyped-def]
        register("gc-watch", lambda state: _SEEN.append(gc.isenabled()), after="quotes")


class _Raiser:
    @hookimpl
    def register_rules(self, register):  # type: ignore[no-untyped-def]
        def boom(state: object) -> None:
            raise RuntimeError("boom")

        register("boom", boom, after="quotes")


def test_a_long_text_is_parsed_with_the_collector_paused_and_resumed() -> None:
    _SEEN.clear()
    parser = newsparse.Parser(plugins=[_Watcher()])
    assert gc.isenabled()
    parser.parse(LONG)
    parser.parse("MOSCOW, March 3. /TASS/. Talks went on.\n")
    assert _SEEN == [False, True]  # paused for the long text only
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off() -> None:
    gc.disable()
    try:
        newsparse.parse(LONG)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_resumed_when_a_rule_raises() -> None:
    strict = newsparse.Parser(plugins=[_Raiser()], strict=True)
    with pytest.raises(PluginError):
        strict.parse(LONG)
    assert gc.isenabled()
    lenient = newsparse.Parser(plugins=[_Raiser()], strict=False)
    a = lenient.parse(LONG)
    assert any(w.code == "rule-failed" for w in a.warnings) and gc.isenabled()

"""parse(bytes): UTF-8 (BOM dropped), else cp1252 with a warning, else Latin-1."""

from __future__ import annotations

import newsparse


def test_utf8_bytes() -> None:
    a = newsparse.parse("MOSCOW, February 21. /TASS/. Japan\u2019s stance.\n".encode())
    assert a.paragraphs[0].text == "Japan\u2019s stance." and a.warnings == ()


def test_utf8_bom_dropped() -> None:
    a = newsparse.parse(b"\xef\xbb\xbfRain fell.\n")
    assert a.source == "Rain fell.\n"


def test_cp1252_fallback_records_a_warning() -> None:
    a = newsparse.parse("PARIS, Oct 22 (Reuters) - Caf\u00e9 \u201cprices\u201d rose.\n".encode("cp1252"))
    assert a.paragraphs[0].text == "Caf\u00e9 \u201cprices\u201d rose."
    assert [w.code for w in a.warnings] == ["decoded-as-cp1252"]
    assert "offset" in a.warnings[0].message


def test_bytes_undefined_in_cp1252_fall_back_to_latin1() -> None:
    a = newsparse.parse(b"Rain \x81\x8d fell.\n")
    assert [w.code for w in a.warnings] == ["decoded-as-latin-1"]
    assert a.source == "Rain \x81\x8d fell.\n"

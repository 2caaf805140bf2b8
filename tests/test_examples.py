"""The stories in examples/ (written for the project in each agency's style) parse as intended."""

from __future__ import annotations

from pathlib import Path

import newsparse

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _parse(name: str) -> newsparse.Article:
    return newsparse.parse((EXAMPLES / name).read_text(encoding="utf-8"))


def test_reuters_byline_credits() -> None:
    a = _parse("reuters-byline-credits.txt")
    assert a.headline is not None and a.headline.text.startswith("UPDATE 1-Grain exporters")
    assert [x.text for x in a.advisories] == ["(Adds comment from port authority in paragraph 4)"]
    assert a.byline is not None and a.byline.names == ("Anna Chen", "Paul Novak")
    assert a.dateline is not None and (a.dateline.location, a.dateline.agency) == ("PARIS", "Reuters")
    assert len(a.paragraphs) == 4
    assert [t.kind for t in a.trailer] == ["credits"]


def test_ap_advisory_contributors() -> None:
    a = _parse("ap-advisory-contributors.txt")
    assert a.advisories[0].text.startswith("Eds: Updates")
    assert a.byline is not None
    assert (a.byline.names, a.byline.affiliation) == (("LUCY MORGAN", "OMAR HADDAD"), "Associated Press")
    assert a.agency == "AP" and len(a.paragraphs) == 4
    assert a.trailer[0].kind == "contributors" and a.trailer[0].text.startswith("___\nAssociated Press writer")


def test_reuters_1987_indented() -> None:
    a = _parse("reuters-1987-indented.txt")
    assert a.headline is not None and a.headline.text == "FARM CREDIT BANKS SEE LOWER LOAN LOSSES"
    assert a.dateline is not None and a.dateline.agency is None and a.agency == "Reuters"
    assert [p.text[:30] for p in a.paragraphs] == [
        "The Farm Credit System said lo", "A spokesman said the banks set", "\"The worst is behind us in mos"]
    assert [t.text for t in a.trailer] == ["Reuter"]


def test_kyodo_and_aap_signoffs() -> None:
    assert _parse("kyodo-signoff.txt").agency == "Kyodo"
    assert _parse("aap-rtv.txt").agency == "AAP"
    assert _parse("aap-rtv.txt").trailer[0].text == "AAP RTV"

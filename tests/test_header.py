"""The header rule: metadata in front of the story, kept as HeaderLine."""

from __future__ import annotations

import datetime as dt

import newsparse

BODY = "MOSCOW, March 3. /TASS/. The talks resumed on Tuesday, the ministry said.\n"


def test_date_prefix_on_the_dateline_line() -> None:
    text = " date 2020-03-03 " + BODY
    a = newsparse.parse(text)
    assert [(h.text, h.key, h.value) for h in a.header] == [("date 2020-03-03", "date", "2020-03-03")]
    h = a.header[0]
    assert text[h.span.start : h.span.end] == "date 2020-03-03"
    assert a.date == dt.date(2020, 3, 3)
    assert a.dateline is not None and a.dateline.date == dt.date(2020, 3, 3)


def test_key_value_headers() -> None:
    text = "Priority: urgent\nSlug: talks-resume\ndate: 2020-03-03\n\n" + BODY
    a = newsparse.parse(text)
    assert [(h.key, h.value) for h in a.header] == [("Priority", "urgent"), ("Slug", "talks-resume"),
                                                     ("date", "2020-03-03")]
    assert a.date == dt.date(2020, 3, 3)
    for h in a.header:
        assert text[h.span.start : h.span.end] == h.text
    assert a.dateline is not None and a.dateline.location == "MOSCOW"


def test_advisories_and_datelines_are_not_metadata() -> None:
    a = newsparse.parse("Eds: Adds quotes.\n\n" + BODY)
    assert a.header == ()
    a = newsparse.parse("LONDON: The talks resumed on Tuesday.\n")
    assert a.header == ()


def test_transmission_lines() -> None:
    text = ("\x16\x16\x01W0042\x1fasian\nf l\x13\x11 BC-Talks-Resume     03-03 0412\n\x02^BC-Talks-Resume,412<\n"
            "^Talks resume<\n\t   MOSCOW (AP) _ The talks resumed on Tuesday, the ministry said.\n")
    a = newsparse.parse(text)
    assert len(a.header) == 3
    assert all(h.key is None and h.value is None for h in a.header)
    assert a.header[1].text == "f l\x13\x11 BC-Talks-Resume     03-03 0412"
    assert a.dateline is not None and a.dateline.text == "MOSCOW (AP) _"


def test_start_of_message_marker() -> None:
    a = newsparse.parse("ZCZC AAP\r\n   SYDNEY, March 3 AAP - The talks resumed on Tuesday, officials said.\r\n")
    assert [h.text for h in a.header] == ["ZCZC AAP"]
    assert a.dateline is not None and a.dateline.agency == "AAP"


def test_a_dateline_behind_control_characters_is_no_header() -> None:
    a = newsparse.parse("\x02WASHINGTON (AP) _\n\nThe talks resumed on Tuesday, officials said.\n")
    assert a.header == ()
    assert a.dateline is not None and a.dateline.span.start == 1


def test_bad_header_date_is_a_warning() -> None:
    a = newsparse.parse("date 2019-02-30 " + BODY)
    assert a.date is None
    assert any(w.code == "bad-header-date" for w in a.warnings)


def test_header_is_bounded() -> None:
    a = newsparse.parse("\x02\n" * 100_000)
    assert len(a.header) <= 40


def test_blank_characters_before_a_date_line_are_skipped() -> None:
    # A byte-order mark or a control character is blank (text.BLANK): the rendering drops it,
    # so it must not hide the header line behind it.
    for lead in ("\ufeff", "\x02", "\u3000", "\x85 "):
        a = newsparse.parse(lead + "date 2020-03-03\n\n" + BODY)
        assert [(h.text, h.key) for h in a.header] == [("date 2020-03-03", "date")], lead
        assert a.date == dt.date(2020, 3, 3)


def test_header_lines_are_judged_as_they_render() -> None:
    # A paragraph is rendered on one line: lines that form a header line once joined are one.
    a = newsparse.parse("Priority:\nurgent\n\n" + BODY)
    assert [(h.key, h.value) for h in a.header] == [("Priority", "urgent")]
    a = newsparse.parse("date\n2020-03-03 " + BODY)
    assert [h.value for h in a.header] == ["2020-03-03"] and a.dateline is not None
    # A title with a control character on its second line is one transmission line.
    a = newsparse.parse("Talks\nresume \x16\n\n" + BODY)
    assert [h.text for h in a.header] == ["Talks\nresume \x16"]
    # ... but prose with a stray control character is not.
    prose = "The talks resumed on Tuesday in the capital after a long pause,\nofficials \x16 said on Monday.\n\n"
    assert newsparse.parse(prose + BODY).header == ()


def test_coded_anpa_lines_are_judged_without_their_marks() -> None:
    a = newsparse.parse("^date 2020-03-03<\n^Talks resume<\n\n" + BODY)
    assert [(h.text, h.value) for h in a.header] == [("^date 2020-03-03", "2020-03-03")]
    a = newsparse.parse("^ZCZC AAP<\n\n" + BODY)
    assert [h.text for h in a.header] == ["^ZCZC AAP<"]

"""The dateline grammar (DESIGN §5, GOLD_FORMAT span conventions) on copy written for these tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import newsparse
from newsparse import hookimpl
from newsparse.agencies import Agency, load_builtin_agencies
from newsparse.parser import Parser

STORY = "The finance minister told reporters on Tuesday that the budget talks would resume next week."

# (dateline as written, location, region, date_text, agency): every example of DESIGN §5 and a few more.
EXAMPLES: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    ("MOSCOW, February 21. /TASS/.", "MOSCOW", None, "February 21", "TASS"),
    ("IGORA /Leningrad Region/, December 26. /TASS/.", "IGORA", "Leningrad Region", "December 26", "TASS"),
    ("LONDON (Reuters) -", "LONDON", None, None, "Reuters"),
    ("PARIS, Oct 22 (Reuters) -", "PARIS", None, "Oct 22", "Reuters"),
    ("Jan 30 (Reuters) -", None, None, "Jan 30", "Reuters"),
    ("LONDON, Feb 26 -", "LONDON", None, "Feb 26", None),
    ("WASHINGTON (AP) \u2014", "WASHINGTON", None, None, "AP"),
    ("BUENOS AIRES, Argentina (AP) _", "BUENOS AIRES", "Argentina", None, "AP"),
    ("FORT WASHINGTON, Pa. (AP) _", "FORT WASHINGTON", "Pa.", None, "AP"),
    ("STOCKHOLM, Aug 29, 2014 (AFP) -", "STOCKHOLM", None, "Aug 29, 2014", "AFP"),
    ("Beirut (AFP) \u2013", "Beirut", None, None, "AFP"),
    ("GAZA, Dec. 1 (Xinhua) --", "GAZA", None, "Dec. 1", "Xinhua"),
    ("BAGHDAD, Oct. 31 , 2005 (Xinhua)", "BAGHDAD", None, "Oct. 31 , 2005", "Xinhua"),
    ("MOSCOW. April 2 (Interfax) -", "MOSCOW", None, "April 2", "Interfax"),
    ("Berlin (dpa) -", "Berlin", None, None, "dpa"),
    ("San Diego (tca/dpa) -", "San Diego", None, None, "dpa"),
    ("(ANSA) - ROME, JUL 11 -", "ROME", None, "JUL 11", "ANSA"),
    ("SAITAMA, Japan, Dec. 9 Kyodo -", "SAITAMA", "Japan", "Dec. 9", "Kyodo"),
    ("SYDNEY March 22 AAP -", "SYDNEY", None, "March 22", "AAP"),
    ("SEOUL, Nov. 24 (Yonhap) --", "SEOUL", None, "Nov. 24", "Yonhap"),
    ("BEIRUT, Lebanon, Sept. 20 (UPI) --", "BEIRUT", "Lebanon", "Sept. 20", "UPI"),
    ("New Delhi, Sep 20 (PTI)", "New Delhi", None, "Sep 20", "PTI"),
    ("New Delhi, July 26 (IANS)", "New Delhi", None, "July 26", "IANS"),
    ("Damascus [Syria], June 9 (ANI):", "Damascus", "Syria", "June 9", "ANI"),
    ("KUALA LUMPUR, Aug 6 (Bernama) --", "KUALA LUMPUR", None, "Aug 6", "Bernama"),
    ("MADRID, 1 Abr. (EUROPA PRESS) -", "MADRID", None, "1 Abr.", "Europa Press"),
    ("(Bloomberg) --", None, None, None, "Bloomberg"),
    ("Nueva Delhi, 21 ene (EFE).-", "Nueva Delhi", None, "21 ene", "EFE"),
    ("Lima, 23 Aug 88 (EFE) --", "Lima", None, "23 Aug 88", "EFE"),
    ("TORONTO --", "TORONTO", None, None, None),
    # Relayed and regional forms from the same families of copy.
    ("ROME (ITALY), 28 APR 89 (ANSA) --", "ROME", "ITALY", "28 APR 89", "ANSA"),
    ("WASHINGTON DC (UNITED STATES), 21 NOV 89 (MOSCOW TASS) --", "WASHINGTON DC", "UNITED STATES", "21 NOV 89",
     "TASS"),
    ("Paris (ats afp)", "Paris", None, None, "AFP"),
    ("SAN SALVADOR, 25 AUG 89 (ACAN-EFE) --", "SAN SALVADOR", None, "25 AUG 89", "EFE"),
    ("MOSCOW, October 28 (Itar-Tass) -", "MOSCOW", None, "October 28", "TASS"),
    ("K\u00f8benhavn /ritzau/:", "K\u00f8benhavn", None, None, "Ritzau"),
    ("Nagpur (India) (AFP) \u2013", "Nagpur", "India", None, "AFP"),
    ("ROANOKE,M Va., March 26 -", "ROANOKE", "M Va.", "March 26", None),
    ("MONTREAL, Feb 26-", "MONTREAL", None, "Feb 26", None),
    ("INDEPENDENCE, Mo. _", "INDEPENDENCE", "Mo.", None, None),
    ("CHICAGO, Sept. 3 (UPI) \u2015", "CHICAGO", None, "Sept. 3", "UPI"),
    ("ROME, March 2, Reuter -", "ROME", None, "March 2", "Reuters"),
    ("RICHMOND, Va. Feb 26 -", "RICHMOND", "Va.", "Feb 26", None),
    ("LONDON, Monday (Reuters) -", "LONDON", None, "Monday", "Reuters"),
    ("Oslo (NTB):", "Oslo", None, None, "NTB"),
    ("PANAMA CITY, 12 JAN 90 (PANAMA CITY ACAN) --", "PANAMA CITY", None, "12 JAN 90", "ACAN"),
    ("PYONGYANG, May 3 (Korean Central News Agency) --", "PYONGYANG", None, "May 3", "KCNA"),
    # Day forms: a weekday before the date (UPI), ordinals (WAM), a German day with its period,
    # Spanish particles (Notimex).
    ("WASHINGTON, Tuesday, March 3 (UPI) --", "WASHINGTON", None, "Tuesday, March 3", "UPI"),
    ("ABU DHABI, 3rd March, 2024 (WAM) --", "ABU DHABI", None, "3rd March, 2024", "WAM"),
    ("MANAMA, March 3rd (BNA) --", "MANAMA", None, "March 3rd", "BNA"),
    ("Berlin, 3. M\u00e4rz (dpa) -", "Berlin", None, "3. M\u00e4rz", "dpa"),
    ("MEXICO, 3 de marzo (Notimex).-", "MEXICO", None, "3 de marzo", "Notimex"),
    ("S\u00e3o Paulo, 3 de mar\u00e7o de 2024 (EFE).-", "S\u00e3o Paulo", None, "3 de mar\u00e7o de 2024", "EFE"),
    # A regional desk's code after the agency (dpa's state services); a relay still names it last.
    ("Hamburg (dpa/lno) -", "Hamburg", None, None, "dpa"),
    ("Frankfurt/Main (dpa/lhe) -", "Frankfurt/Main", None, None, "dpa"),
    ("Kiel (tca/dpa) -", "Kiel", None, None, "dpa"),
    # Europa Press gives the day alone; a region may hold "and"; Mehr's own initials; a doubled dash.
    ("MADRID, 3 (EUROPA PRESS) -", "MADRID", None, "3", "Europa Press"),
    ("ST. JOHN'S, Newfoundland and Labrador (CP) -", "ST. JOHN'S", "Newfoundland and Labrador", None, "CP"),
    ("TEHRAN, March 3 (MNA) --", "TEHRAN", None, "March 3", "Mehr"),
    ("BEIJING, March 3 (Xinhua) \u2014\u2014", "BEIJING", None, "March 3", "Xinhua"),
    ("Qu\u00e9bec (La Presse Canadienne) -", "Qu\u00e9bec", None, None, "CP"),
    # Press-release wires.
    ("NEW YORK, March 3, 2024 /PRNewswire-PRWeb/ --", "NEW YORK", None, "March 3, 2024", "PR Newswire"),
    ("SAN FRANCISCO, March 3, 2024 (BUSINESS WIRE) --", "SAN FRANCISCO", None, "March 3, 2024", "Business Wire"),
]


def _check(text: str, dateline: str, fields: tuple[Any, ...]) -> None:
    a = newsparse.parse(text)
    assert a.dateline is not None, text
    dl = a.dateline
    assert (dl.location, dl.region, dl.date_text, dl.agency) == fields
    start = text.index(dateline)
    assert (dl.span.start, dl.span.end) == (start, start + len(dateline))
    assert dl.text == dateline == text[dl.span.start : dl.span.end]


@pytest.mark.parametrize(("dateline", "location", "region", "date_text", "agency"), EXAMPLES)
def test_design_dateline_opening_the_text(
    dateline: str, location: str | None, region: str | None, date_text: str | None, agency: str | None
) -> None:
    _check(f"{dateline} {STORY}", dateline, (location, region, date_text, agency))


@pytest.mark.parametrize(("dateline", "location", "region", "date_text", "agency"), EXAMPLES)
def test_design_dateline_after_a_headline(
    dateline: str, location: str | None, region: str | None, date_text: str | None, agency: str | None
) -> None:
    text = f"Budget talks to resume next week, minister says\n\n{dateline} {STORY}\n\nA second paragraph.\n"
    _check(text, dateline, (location, region, date_text, agency))


@pytest.mark.parametrize(
    "front",
    [
        "\x16\x16\x01W0001\x1fasian\nf l\x13\x11 BC-Budget-Talks     11-13 0411\n\x02^BC-Budget-Talks,412<\n"
        "^Budget talks to resume<\n^By JANE ROE=\n^Associated Press=\n\t   ",  # ANPA: codes, slug, byline
        "ZCZC AAP\r\n#Budget_BC1\r\n$Budget talks to resume\r\n   ",  # AAP transmission fields
        "DEV-0001 (TEST)\n\n   ",  # FBIS-style document id then an indented dateline
        "(Adds minister's comments in paragraph 3)\n\nBy Jane Roe\n\n",  # advisory and byline
        "* Talks resume next week\n* Minister upbeat on deal\n\n",  # summary bullets
        "<p>Budget talks to resume</p>\n\t\t<p>",  # paragraph markup
        "Canadian Press - ",  # feed credit before the real dateline
    ],
)
def test_dateline_after_front_matter(front: str) -> None:
    dateline = "OTTAWA, March 3 (CP) -"
    _check(front + dateline + " " + STORY, dateline, ("OTTAWA", None, "March 3", "CP"))


def test_feed_credit_alone_is_an_agency_only_dateline() -> None:
    _check("Reuters - " + STORY, "Reuters -", (None, None, None, "Reuters"))
    # Further down, a credit is just a line that starts with a name.
    a = newsparse.parse("Budget talks resume\n\nThe plan was agreed.\nReuters - the agency - said so.\n")
    assert a.dateline is None


def test_glued_tag_opens_the_story() -> None:
    _check("(CNN)" + STORY, "(CNN)", (None, None, None, "CNN"))
    _check("New Delhi, India (CNN)" + STORY, "New Delhi, India (CNN)", ("New Delhi", "India", None, "CNN"))


def test_unknown_source_after_a_date_is_kept_without_agency() -> None:
    text = "   CLANDESTINE, 8 JAN 90 (RADIO FREEDOM) -- [TEXT] The station said."
    _check(text, "CLANDESTINE, 8 JAN 90 (RADIO FREEDOM) --", ("CLANDESTINE", None, "8 JAN 90", None))
    dateline = "CARACAS (VENEZUELA), 17 JUL 89 (CHANNEL 8 TELEVISION)\n--"  # separator on the next line
    _check(dateline + " [INTERVIEW] Text.", dateline, ("CARACAS", "VENEZUELA", "17 JUL 89", None))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The budget talks will resume next week, the finance minister said on Tuesday.",
        "SUGAR QUOTA IMPORTS DETAILED -- USDA\n    The department said the quota was unchanged.\n",
        "MARKETS RALLY - STOCKS UP\n\nShares rose on Monday as investors cheered the news.\n",
        "EXCLUSIVE \u2013 Minister Reveals Budget Plan.\n\nThe minister said the plan was ready.\n",
        "10 Things to Know for Today\n\n1. TALKS RESUME\n\nThe talks resume next week.\n",
        "Sales rose 3-4 pct in March 3-4 trading.\n",
        "The Great Quiz Show (BBC One), August 24: 13.58 million viewers\n",
        "(ANSA).\n",
        "<definition>dpa - Deutsche Presse Agentur GmbH</definition>\n" * 2,
        "Jan 30 (Unknown Wire) - a story with no place.\n",
        # The new day forms do not turn prose into a dateline.
        "On Tuesday, March 3 the talks resumed in Geneva after a long pause.\n",
        "The 3rd March deadline - set by the ministers - has passed.\n",
        "Sales on 3. March rose 4 pct, the company said.\n",
        "Mexico, 3 de marzo de 2024 fue un buen d\u00eda para todos.\n",
        "In the first round, 3 (AFP) reporters were hurt.\n",
        "Table 3 (Reuters) - shows the figures.\n",
    ],
)
def test_no_dateline(text: str) -> None:
    assert newsparse.parse(text).dateline is None


def test_first_strong_candidate_wins_over_a_weak_one() -> None:
    text = "CAPITAL GAINS -- What investors want\n\nLONDON, March 3 (Reuters) - " + STORY
    a = newsparse.parse(text)
    assert a.dateline is not None and a.dateline.agency == "Reuters"


def test_dateline_sharing_the_header_line() -> None:
    a = newsparse.parse(" date 2019-02-21 MOSCOW, February 21. /TASS/. " + STORY)
    assert a.dateline is not None
    assert a.dateline.text == "MOSCOW, February 21. /TASS/."
    assert a.dateline.date == dt.date(2019, 2, 21)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("STOCKHOLM, Aug 29, 2014 (AFP) - " + STORY, dt.date(2014, 8, 29)),
        ("Lima, 23 Aug 88 (EFE) -- " + STORY, dt.date(1988, 8, 23)),
        ("date 2019-02-21\n\nMOSCOW, February 21. /TASS/. " + STORY, dt.date(2019, 2, 21)),
        ("date: 2020-01-02\n\nMOSCOW, December 31. /TASS/. " + STORY, dt.date(2019, 12, 31)),
        ("date 2019-12-30\n\nMOSCOW, January 2. /TASS/. " + STORY, dt.date(2020, 1, 2)),
        ("ABU DHABI, 3rd March, 2024 (WAM) -- " + STORY, dt.date(2024, 3, 3)),
        ("MEXICO, 3 de marzo de 2024 (Notimex).- " + STORY, dt.date(2024, 3, 3)),
        ("date 2024-03-03\n\nBerlin, 3. M\u00e4rz (dpa) - " + STORY, dt.date(2024, 3, 3)),
        ("date 2024-03-03\n\nWASHINGTON, Tuesday, March 3 (UPI) -- " + STORY, dt.date(2024, 3, 3)),
        ("PARIS, Oct 22 (Reuters) - " + STORY, None),
        ("LONDON (Reuters) - " + STORY, None),
    ],
)
def test_dateline_date(text: str, date: dt.date | None) -> None:
    a = newsparse.parse(text)
    assert a.dateline is not None
    assert a.dateline.date == date


# --- agencies are data ------------------------------------------------------------------------


class _ZetaPlugin:
    """A made-up agency registered by a plugin: nothing but data."""

    @hookimpl
    def register_agencies(self, register: Any) -> None:
        register(Agency("Zeta Wire", aliases=("ZW", "Zeta Wire Service")))
        register(Agency("Quill", aliases=("QNS",), shapes=("paren",)))


@pytest.mark.parametrize(
    ("dateline", "location", "date_text", "agency"),
    [
        ("PORT ZETA, March 3 (ZW) -", "PORT ZETA", "March 3", "Zeta Wire"),
        ("PORT ZETA (Zeta Wire Service) --", "PORT ZETA", None, "Zeta Wire"),
        ("PORT ZETA, March 3. /ZW/.", "PORT ZETA", "March 3", "Zeta Wire"),
        ("PORT ZETA, March 3 ZW -", "PORT ZETA", "March 3", "Zeta Wire"),
        ("(ZW) - PORT ZETA, March 3 -", "PORT ZETA", "March 3", "Zeta Wire"),
        ("Vale (San Miguel/ZW) -", "Vale", None, "Zeta Wire"),
        ("PORT ZETA (QNS) -", "PORT ZETA", None, "Quill"),
    ],
)
def test_plugin_agency_is_recognised_without_code(
    dateline: str, location: str, date_text: str | None, agency: str
) -> None:
    parser = Parser(plugins=[_ZetaPlugin()])
    a = parser.parse(f"{dateline} {STORY}")
    assert a.dateline is not None
    assert (a.dateline.location, a.dateline.date_text, a.dateline.agency) == (location, date_text, agency)
    assert a.dateline.text == dateline
    assert a.agency == agency


def test_agency_shapes_limit_the_grammar() -> None:
    parser = Parser(plugins=[_ZetaPlugin()])
    # Quill is registered for the (QNS) shape only: a bare QNS after the date is no tag.
    assert parser.parse(f"PORT ZETA, March 3 QNS - {STORY}").dateline is None
    # The default parser does not know ZW: the place, date and separator still make a dateline.
    a = newsparse.parse(f"PORT ZETA, March 3 (ZW) - {STORY}")
    assert a.dateline is not None and a.dateline.agency is None


def test_unknown_shape_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown dateline shape"):
        Agency("Bad", shapes=("sideways",))


def test_builtin_table() -> None:
    agencies = load_builtin_agencies()
    assert len(agencies) >= 25
    spellings = [s.casefold() for a in agencies for s in a.spellings]
    assert len(spellings) == len(set(spellings)), "a spelling must name one agency"


def test_grammar_is_compiled_once_per_parser() -> None:
    from newsparse.rules import datelines

    parser = Parser()
    parser.parse("LONDON (Reuters) - " + STORY)
    cached = parser.registry.cache["datelines.grammar"]
    assert isinstance(cached, datelines.DatelineGrammar)
    parser.parse("PARIS (AFP) - " + STORY)
    assert parser.registry.cache["datelines.grammar"] is cached


# --- adversarial input: these must finish (linear time; speed is measured by benchmarks/) -------


@pytest.mark.parametrize(
    "text",
    [
        "A" * 1_000_000,
        "ABCDEFGHIJ " * 100_000,
        "," * 100_000,
        "LONDON, " * 100_000,
        "(" * 100_000,
        "/" * 100_000,
        "LONDON, Feb 26 " * 50_000,
        ("PARIS (" + "x/" * 50_000 + ")"),
        "\n".join(["WASHINGTON, March 3 (AP"] * 20_000),
        "\x02" * 100_000,
        "MOSCOW /" + "Leningrad " * 100_000,
    ],
)
def test_adversarial_inputs_parse(text: str) -> None:
    a = newsparse.parse(text)
    assert a.source is text


def test_agency_from_mapping() -> None:
    a = Agency.from_mapping({"name": "Zeta Wire", "aliases": ["ZW"], "bylines": ["Zeta Wire"]})
    assert a.shapes == ("paren", "slash", "bare", "prefix") and a.bare
    assert not Agency.from_mapping({"name": "Zeta Wire", "bare": False}).bare
    assert Agency.from_mapping({"name": "Zeta Wire", "shapes": ["slash"]}).shapes == ("slash",)


@pytest.mark.parametrize("lead", ["\ufeff", "\x85", "\u3000", "\x02\x1c", " " * 70, "\u2028\t", "^\x16 "])
def test_blank_characters_before_a_dateline_are_skipped(lead: str) -> None:
    # The same blank characters as text.BLANK (what the paragraphs rule strips and the
    # rendering drops), however many: a dateline behind them is still the dateline.
    a = newsparse.parse("Talks resume\n\n" + lead + "LONDON, Feb 26 - The talks resumed on Tuesday.\n")
    assert a.dateline is not None and a.dateline.text == "LONDON, Feb 26 -"


# Agencies beyond the DESIGN.md list, in the tag shapes their copy uses (data/agencies.json):
# a feed from any of them gets its canonical agency, not None.
MORE_AGENCIES: list[tuple[str, str | None, str | None, str | None, str | None]] = [
    ("JERUSALEM (JTA) —", "JERUSALEM", None, None, "JTA"),
    ("WELLINGTON, Oct 2 (NZPA) -", "WELLINGTON", None, "Oct 2", "NZPA"),
    ("STOCKHOLM, 2 okt (TT) -", "STOCKHOLM", None, "2 okt", "TT"),
    ("KYIV, October 2 (Interfax-Ukraine) -", "KYIV", None, "October 2", "Interfax-Ukraine"),
    ("TEHRAN, Oct. 2 (Fars) -", "TEHRAN", None, "Oct. 2", "Fars"),
    ("MANAMA, Oct 2 (BNA) --", "MANAMA", None, "Oct 2", "BNA"),
    ("ABUJA, Oct. 2 (NAN) -", "ABUJA", None, "Oct. 2", "NAN"),
    ("LIMA, Oct. 2 (Andina) -", "LIMA", None, "Oct. 2", "Andina"),
    ("NEW YORK, Oct. 2 (Dow Jones) --", "NEW YORK", None, "Oct. 2", "Dow Jones"),
    ("CHICAGO, Oct. 2, 2024 /PRNewswire/ --", "CHICAGO", None, "Oct. 2, 2024", "PR Newswire"),
    ("TORONTO, Oct. 2, 2024 /CNW/ -", "TORONTO", None, "Oct. 2, 2024", "CNW"),
    ("AUSTIN, Texas, Oct. 02, 2024 (GLOBE NEWSWIRE) --", "AUSTIN", "Texas", "Oct. 02, 2024", "GlobeNewswire"),
    # A story filed from several places names them joined by slashes.
    ("LONDON/PARIS, Oct 2 (Reuters) -", "LONDON/PARIS", None, "Oct 2", "Reuters"),
    ("WASHINGTON/BEIJING/TOKYO (Reuters) -", "WASHINGTON/BEIJING/TOKYO", None, None, "Reuters"),
    ("Berlin/Brüssel (dpa) -", "Berlin/Brüssel", None, None, "dpa"),
    ("IGORA/Leningrad Region/, December 26. /TASS/.", "IGORA", "Leningrad Region", "December 26", "TASS"),
]


@pytest.mark.parametrize(("dateline", "location", "region", "date_text", "agency"), MORE_AGENCIES)
def test_more_agencies_from_the_table(
    dateline: str, location: str | None, region: str | None, date_text: str | None, agency: str | None
) -> None:
    _check(f"{dateline} {STORY}", dateline, (location, region, date_text, agency))


def test_an_ordinary_word_agency_is_no_bare_tag() -> None:
    # "Trend" and "Saba" are agencies and English words: their bracketed tags count, the bare word
    # after a date does not ('March 3 Trend -' is read as no dateline rather than a guessed agency).
    tagged = newsparse.parse(f"BAKU, March 3 (Trend) - {STORY}").dateline
    assert tagged is not None and tagged.agency == "Trend"
    for text in (f"BAKU, March 3 Trend - {STORY}", f"SANAA, March 3 Saba - {STORY}"):
        dl = newsparse.parse(text).dateline
        assert dl is None or dl.agency is None, text

"""Front matter (headline, subtitle, advisories, bylines) and trailers, on wire copy written for
the project in each agency's style."""

from __future__ import annotations

import newsparse
from newsparse import Parser, hookimpl
from newsparse.agencies import Agency


def test_tass_subtitle_before_dateline() -> None:
    text = ("The sides agreed to continue consultations at the level of deputy ministers next month, "
            "Sergey Lavrov said\n\nMOSCOW, March 4. /TASS/. Russia and Japan will keep talking, "
            "Foreign Minister Sergey Lavrov said on Monday.\n")
    a = newsparse.parse(text)
    assert a.headline is None
    assert a.subtitle is not None and a.subtitle.text.endswith("Sergey Lavrov said")
    assert a.subtitle.span.of(text) == a.subtitle.text
    assert a.dateline is not None and a.dateline.agency == "TASS"
    assert a.paragraphs[0].text.startswith("Russia and Japan")


def test_headline_and_subtitle() -> None:
    text = ("Lavrov sees no obstacle to talks\n\nThe foreign minister said the sides would meet again "
            "before the end of the year in Tokyo\n\nMOSCOW, March 4. /TASS/. Talks go on.\n")
    a = newsparse.parse(text)
    assert a.headline is not None and a.headline.text == "Lavrov sees no obstacle to talks"
    assert a.subtitle is not None and a.subtitle.text.startswith("The foreign minister")


def test_reuters_advisory_byline_and_credits() -> None:
    text = ("Cuomo orders review of state grid\n\n"
            "(Adds Gov. Cuomo's announcement in paragraph 3)\n\n"
            "By Joseph Ax\n\n"
            "NEW YORK (Reuters) - New York's governor ordered a review of the state power grid on Tuesday.\n\n"
            "The review will take 60 days, officials said.\n\n"
            "(Reporting by Joseph Ax; Editing by Jonathan Oatis)\n")
    a = newsparse.parse(text)
    assert a.headline is not None and a.headline.text == "Cuomo orders review of state grid"
    assert [(x.kind, x.text) for x in a.advisories] == [("advisory", "(Adds Gov. Cuomo's announcement in paragraph 3)")]
    assert a.byline is not None and a.byline.names == ("Joseph Ax",) and a.byline.affiliation is None
    assert [(t.kind, t.text) for t in a.trailer] == [("credits", "(Reporting by Joseph Ax; Editing by Jonathan Oatis)")]
    assert [p.text for p in a.paragraphs] == [
        "New York's governor ordered a review of the state power grid on Tuesday.",
        "The review will take 60 days, officials said.",
    ]
    assert a.agency == "Reuters"


def test_correction_advisory() -> None:
    a = newsparse.parse("(In Jan. 3 story, corrects spelling of minister's name in paragraph 2)\n\n"
                        "LONDON (Reuters) - Shares rose.\n")
    assert [x.text for x in a.advisories] == ["(In Jan. 3 story, corrects spelling of minister's name in paragraph 2)"]


def test_byline_two_names_upper_case() -> None:
    a = newsparse.parse("By PAUL BYRNE and ALMUDENA CALATRAVA\n\nBUENOS AIRES (AP) \u2014 The clinic opened.\n")
    assert a.byline is not None
    assert a.byline.names == ("PAUL BYRNE", "ALMUDENA CALATRAVA")


def test_byline_name_and_affiliation() -> None:
    text = "Sheryl Ubelacker, The Canadian Press\n\nTORONTO -- Hospitals in Ontario reported fewer flu cases.\n"
    a = newsparse.parse(text)
    assert a.byline is not None
    assert (a.byline.names, a.byline.affiliation) == (("Sheryl Ubelacker",), "The Canadian Press")
    assert a.agency == "CP"


def test_byline_with_a_bar_before_the_agency() -> None:
    # Web-delivered wire copy separates the credit with a bar: "By Jane Doe | AP".
    a = newsparse.parse("By Ana Silva and Tom Reed | AP\n\nWASHINGTON (AP) — The Senate voted.\n")
    assert a.byline is not None and a.headline is None
    assert (a.byline.names, a.byline.affiliation) == (("Ana Silva", "Tom Reed"), "AP")


def test_anpa_front_matter() -> None:
    text = ("^Clinic teaches patients to face the mirror<\n"
            "^Eds: With AP Photos.<\n"
            "^By MARIA NOVAK=\n"
            "^Associated Press=\n"
            "\t   LIMA, Peru (AP) \u2014 A clinic in Lima teaches make-up to patients.\n"
            " \n"
            "\t   The classes are free.\n")
    a = newsparse.parse(text)
    assert a.headline is not None and a.headline.text == "Clinic teaches patients to face the mirror"
    assert a.headline.span.of(text) == "^Clinic teaches patients to face the mirror<"
    assert [x.text for x in a.advisories] == ["Eds: With AP Photos."]
    assert a.byline is not None
    assert a.byline.text == "By MARIA NOVAK\nAssociated Press"
    assert (a.byline.names, a.byline.affiliation) == (("MARIA NOVAK",), "Associated Press")
    assert [p.text for p in a.paragraphs][-1] == "The classes are free."


def test_byline_without_dateline_gives_agency() -> None:
    a = newsparse.parse("By Olga Petrova\nThe Associated Press\n\nThe council met on Friday.\n")
    assert a.byline is not None and a.byline.affiliation == "The Associated Press"
    assert a.agency == "AP"
    assert [p.text for p in a.paragraphs] == ["The council met on Friday."]


def test_headline_without_dateline() -> None:
    a = newsparse.parse("Storm hits coast\n\nThousands fled the floods on Sunday.\n\nMore rain is due.\n")
    assert a.headline is not None and a.headline.text == "Storm hits coast"
    assert len(a.paragraphs) == 2


def test_sentence_is_not_a_headline() -> None:
    a = newsparse.parse("Thousands fled the floods on Sunday.\n\nMore rain is due.\n")
    assert a.headline is None and len(a.paragraphs) == 2


def test_by_phrase_is_not_a_byline() -> None:
    a = newsparse.parse("By the numbers\n\nPARIS, Oct 22 (Reuters) - Exports rose.\n")
    assert a.byline is None
    assert a.headline is not None and a.headline.text == "By the numbers"


def test_reuter_signoff_and_etx() -> None:
    text = ("GRAIN TALKS RESUME\n    LONDON, Feb 26 - Grain traders met on Thursday to discuss the\n"
            "new export quotas, officials said.\n    The talks continue tomorrow.\n Reuter\n\x03")
    a = newsparse.parse(text)
    assert [(t.kind, t.text) for t in a.trailer] == [("signoff", "Reuter")]
    assert a.dateline is not None and a.dateline.agency is None
    assert a.agency == "Reuters"
    assert [p.text for p in a.paragraphs] == [
        "Grain traders met on Thursday to discuss the new export quotas, officials said.",
        "The talks continue tomorrow.",
    ]


def test_ap_contributor_lines() -> None:
    text = ("WASHINGTON (AP) \u2014 The Senate passed the bill.\n\nIt now goes to the House.\n\n___\n\n"
            "Associated Press writer Lucy Morgan in Miami contributed to this report.\n")
    a = newsparse.parse(text)
    assert [(t.kind, t.text) for t in a.trailer] == [
        ("contributors", "___\nAssociated Press writer Lucy Morgan in Miami contributed to this report.")]
    assert a.paragraphs[-1].text == "It now goes to the House."


def test_kyodo_and_aap_signoffs() -> None:
    a = newsparse.parse("Talks resumed in Tokyo on Monday.\n\n==Kyodo\n")
    assert [t.kind for t in a.trailer] == ["signoff"] and a.agency == "Kyodo"
    b = newsparse.parse("Rain fell across Sydney.\n\nAAP RTV\n")
    assert b.trailer[0].text == "AAP RTV" and b.agency == "AAP"


def test_afp_and_xinhua_signoffs() -> None:
    # AFP ends with the bureau and staff initials ("bur-dc/jm", "jm/sst"); a last line holding only
    # the agency's name signs the story off too.
    for slug in ("bur-dc/jm", "burs-jm/sst", "pmh/tw"):
        a = newsparse.parse(f"PARIS (AFP) - France acted.\n\nThe plan starts in April.\n\n{slug}\n")
        assert [(t.kind, t.text) for t in a.trailer] == [("staff", slug)], slug
        assert [p.text for p in a.paragraphs] == ["France acted.", "The plan starts in April."]
    b = newsparse.parse("Talks went on in Beijing.\n\nXinhua\n")
    assert [t.kind for t in b.trailer] == ["signoff"] and b.agency == "Xinhua"
    c = newsparse.parse("Talks went on in Paris.\n\nAFP\n")
    assert [t.kind for t in c.trailer] == ["signoff"] and c.agency == "AFP"


def test_end_markers() -> None:
    for marker in ("NNNN", "ends", "ENDS", "-30-", "###", "Enditem"):
        a = newsparse.parse(f"Rain fell.\n\n{marker}\n")
        assert [t.text for t in a.trailer] == [marker], marker
        assert [p.text for p in a.paragraphs] == ["Rain fell."]


def test_wrapped_credits_line() -> None:
    a = newsparse.parse("LONDON (Reuters) - Shares rose.\n\n"
                        "(Reporting by Anna Chen in London;\nEditing by Paul Byrne)\n")
    assert [t.text for t in a.trailer] == ["(Reporting by Anna Chen in London; Editing by Paul Byrne)"]
    assert [p.text for p in a.paragraphs] == ["Shares rose."]


def test_divider_mid_story_is_not_a_trailer() -> None:
    body = " ".join(["The committee heard evidence from ministers."] * 30)
    a = newsparse.parse(f"Talks went on.\n\n___\n\n{body}\n")
    assert a.trailer == ()


def test_plugin_agency_signoff_and_byline() -> None:
    class Plugin:
        @hookimpl
        def register_agencies(self, register):  # type: ignore[no-untyped-def]
            register(Agency("Zeta News", aliases=("ZNA",), signoffs=("-- ZNA",), bylines=("Zeta News Agency",)))

    parser = Parser(plugins=[Plugin()])
    a = parser.parse("Rain fell in the capital.\n\n-- ZNA\n")
    assert a.agency == "Zeta News"
    b = parser.parse("By Omar Haddad, Zeta News Agency\n\nRain fell in the capital.\n")
    assert b.byline is not None and b.byline.affiliation == "Zeta News Agency" and b.agency == "Zeta News"


def test_staff_title_credit_joins_the_byline() -> None:
    a = newsparse.parse("^By CHARLES ODUM=\n^AP Sports Writer=\n\tATLANTA (AP) _ The Hawks won.\n")
    assert a.byline is not None
    assert (a.byline.names, a.byline.affiliation) == (("CHARLES ODUM",), "AP Sports Writer")
    assert a.advisories == ()


def test_signoff_with_staff_initials() -> None:
    a = newsparse.parse("Talks went on in Berlin.\n\ndpa wsz jln\n")
    assert [(t.kind, t.text) for t in a.trailer] == [("signoff", "dpa wsz jln")]
    assert a.agency == "dpa"


def test_notebook_and_time_stamp() -> None:
    a = newsparse.parse("Talks went on.\n\n# dpa NOTEBOOK\n\n* * *\n\n## dpa Contacts\n\n131137 GMT Nov 13\n")
    assert [t.kind for t in a.trailer] == ["notebook"]
    assert [p.text for p in a.paragraphs] == ["Talks went on."]
    b = newsparse.parse("Talks went on.\n\n131137 GMT Nov 13\n")
    assert [t.kind for t in b.trailer] == ["transmission"]


# --- story endings of more agencies and services --------------------------------------------

_BODY = "LONDON, March 3 (Reuters) - Shares rose on Tuesday.\n\nTraders expect more gains this week.\n\n"


def _ending(text: str, prose: bool = False) -> list[tuple[str, str]]:
    a = newsparse.parse(text)
    last = ("Traders expect more gains this week.", "Officials gave no details.")
    assert prose or a.paragraphs[-1].text in last, text
    return [(t.kind, t.text) for t in a.trailer]


def test_credits_line_without_brackets() -> None:
    line = "Reporting by Anna Chen in London; Additional reporting by Omar Haddad; Editing by Paul Byrne"
    assert _ending(_BODY + line + "\n") == [("credits", line)]
    assert _ending(_BODY + "Writing by Selin Kaya\n") == [("credits", "Writing by Selin Kaya")]


def test_correction_and_refile_notes() -> None:
    for note in ("(This story has been corrected to fix the spelling of the minister's name in paragraph 2)",
                 "(This story has been refiled to add a dropped word in paragraph 3)",
                 "This article has been updated with comments from the ministry."):
        assert _ending(_BODY + note + "\n") == [("correction", note)], note


def test_contributor_line_without_divider_and_publication_note() -> None:
    line = "Associated Press writer Lucy Morgan in Miami contributed to this report."
    assert _ending(_BODY + line + "\n") == [("contributors", line)]
    note = "This report by The Canadian Press was first published March 3, 2024."
    assert _ending(_BODY + note + "\n") == [("publication", note)]


def test_editor_contact_source_and_copyright_lines() -> None:
    body = "BEIJING, March 3 (Xinhua) -- Officials met.\n\nOfficials gave no details.\n\n"
    assert _ending(body + "Editor: Wang Li\n") == [("editor", "Editor: Wang Li")]
    assert _ending(body + "(Editor: Wang Li/Zhou Xin)\n") == [("editor", "(Editor: Wang Li/Zhou Xin)")]
    assert _ending(body + "kim@example.co.kr\n(END)\n") == [("contact", "kim@example.co.kr"), ("end-marker", "(END)")]
    assert _ending(body + "SOURCE Acme Widgets Inc.\n") == [("source", "SOURCE Acme Widgets Inc.")]
    line = "ALL RIGHTS RESERVED \u00a9 Copyright ANSA"
    assert _ending(body + line + "\n") == [("copyright", line)]


def test_agency_name_alone_signs_off() -> None:
    # ANI and PNA close with the bracketed tag, ANSA with "(ANSA).", Bernama and IANS after dashes.
    for signoff, agency in (("(ANI)", "ANI"), ("(ANSA).", "ANSA"), ("-- BERNAMA", "Bernama"), ("--IANS", "IANS"),
                            ("(PNA)", "PNA"), ("VNA", "VNA")):
        a = newsparse.parse(f"Officials met.\n\nOfficials gave no details.\n\n{signoff}\n")
        assert [(t.kind, t.text) for t in a.trailer] == [("signoff", signoff)], signoff
        assert a.agency == agency, signoff


def test_dpa_german_notebook() -> None:
    text = "Berlin (dpa) - Officials met.\n\nOfficials gave no details.\n\n# Notizblock\n\n## Internet\n- Link\n"
    assert [t.kind for t in newsparse.parse(text).trailer] == ["notebook"]


def test_prose_last_lines_are_no_trailer() -> None:
    for line in ("Reporting by the commission found that prices rose sharply last year.",
                 "Editing by hand, the clerks said, took most of the week.",
                 "Editors: we regret the error in the earlier edition of the paper.",
                 "The agency said the SOURCE of the leak was unknown.",
                 "He thanked everyone who contributed to the fund over the years.",
                 "Mena said she would return to Cairo next month."):
        assert _ending(_BODY + line + "\n", prose=True) == [], line


def test_bylines_in_other_languages_and_with_a_leading_credit() -> None:
    for line, names, aff in (("Von Jane Schmidt, dpa", ("Jane Schmidt",), "dpa"),
                             ("Por Juan P\u00e9rez", ("Juan P\u00e9rez",), None),
                             ("Par Jean Dupont", ("Jean Dupont",), None),
                             ("by Xinhua writers Li Wei and Zhou Xin", ("Li Wei", "Zhou Xin"), "Xinhua writers"),
                             ("By AP Diplomatic Writer Ann Lee", ("Ann Lee",), "AP Diplomatic Writer")):
        a = newsparse.parse(f"{line}\n\nBERLIN (Reuters) - Officials met.\n")
        assert a.byline is not None and (a.byline.names, a.byline.affiliation) == (names, aff), line
    for headline in ("Von Berlin nach Paris", "Par ailleurs le ministre a parl\u00e9"):
        a = newsparse.parse(f"{headline}\n\nBERLIN (Reuters) - Officials met.\n")
        assert a.byline is None and a.headline is not None and a.headline.text == headline

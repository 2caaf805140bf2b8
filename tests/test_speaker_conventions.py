"""Speaker attribution by conventions of news writing, on invented copy in agency styles."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.testing.quote_strategies import FIRST, LAST

AP = "WASHINGTON (AP) _ The committee met behind closed doors on Tuesday.\n\n"


def speakers(body: str, lead: str = AP) -> list[tuple[str, str | None, str | None]]:
    a = newsparse.parse(lead + body)
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.mention_text if q.speaker else None)
            for q in a.quotes]


# --- a lower-case description before the name in a tail ---------------------------------------

def test_lower_case_description_before_name_after_quote() -> None:
    got = speakers('"The votes are not there," former state senator Lena Ostrova said.\n')
    assert got == [("The votes are not there,", "Lena Ostrova", "former state senator Lena Ostrova")]
    got = speakers('"The votes are not there," political scientist Mark Feld told reporters. "Not yet."\n')
    assert [g[1] for g in got] == ["Mark Feld", "Mark Feld"]
    assert all(g[2] is not None and g[2].endswith("Mark Feld") for g in got)


def test_clause_after_quote_is_not_a_description() -> None:
    # "until X said" is a clause of its own: its subject never speaks the quote before it.
    body = ('Mark Feld, a senator, spoke first. Feld was "on the fence" until Lena Ostrova said she '
            'backed the bill.\n')
    assert speakers(body)[0][1] == "Mark Feld"


_DESCRIPTIONS = ("former senator", "political scientist", "retired general", "longtime aide",
                 "chief executive", "state attorney")


@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(_DESCRIPTIONS),
       st.sampled_from(("said", "told reporters", "added")))
def test_generated_description_tails(first: str, last: str, description: str, cue: str) -> None:
    got = speakers(f'"The talks will go on next week," {description} {first} {last} {cue}.\n')
    assert got[0][1] == f"{first} {last}"
    assert got[0][2] is not None and got[0][2].endswith(f"{first} {last}")


# --- fragments after "but" / "while" in one sentence -------------------------------------------

def test_fragment_after_but_keeps_the_sentence_mention() -> None:
    body = ('Senator Lena Ostrova said the aim was not to "stall the bill" but to "fix it." Later she '
            'called the vote "a start," she told reporters.\n')
    got = speakers(body)
    assert got[0][1:] == ("Lena Ostrova", "Senator Lena Ostrova")
    assert got[1][1:] == ("Lena Ostrova", "Senator Lena Ostrova")


def test_fragment_after_while_in_a_later_attributed_sentence_is_left_alone() -> None:
    # The attribution after the second fragment belongs to its own sentence: no mention carried over.
    body = 'Ostrova called the plan "a start" while "a waste of time," Mark Feld, a senator, said.\n'
    got = speakers(body)
    assert got[1][1:] == ("Mark Feld", "Mark Feld")


@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(("but", "while", "but also")),
       st.sampled_from(("said", "noted", "argued")))
def test_generated_fragments_share_the_mention(first: str, last: str, link: str, cue: str) -> None:
    body = f'{first} {last} {cue} the rivals were "a mess" {link} the party is "in good shape."\n'
    got = speakers(body)
    assert [g[1:] for g in got] == [(f"{first} {last}", f"{first} {last}")] * 2


# --- "X said, adding that ..." -------------------------------------------------------------------

TASS = "MOSCOW, March 3. /TASS/. Talks on the new bank went on all day, Kremlin aide Yury Belkin told reporters.\n\n"


def test_participle_after_a_final_attribution_takes_its_subject() -> None:
    body = ('Armenia, Laos and Peru have confirmed their interest in the bank, Belkin said, adding that from '
            'May 1 "the first loans will be issued."\n')
    assert speakers(body, TASS)[0][1:] == ("Yury Belkin", "Belkin")


@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(("adding", "saying", "noting")),
       st.sampled_from(("have confirmed", "have welcomed", "have announced")))
def test_generated_participle_after_attribution(first: str, last: str, participle: str, verb: str) -> None:
    lead = f"MOSCOW, March 3. /TASS/. Talks went on all day, Deputy Minister {first} {last} told reporters.\n\n"
    body = (f'Chile, Ghana and Nepal {verb} the plan, {last} said, {participle} that since May '
            f'"the first loans have been issued."\n')
    assert speakers(body, lead)[0][1:] == (f"{first} {last}", last)


# --- pronoun gender from the first name ------------------------------------------------------------

def test_she_skips_a_man_named_after_the_woman() -> None:
    lead = ("MOSCOW, March 3. /TASS/. Foreign Minister Anna Varkonyi met Finance Minister Boris Maltsev "
            "in Tokyo on Monday.\n\n")
    got = speakers('"The talks will go on next week," she said.\n\n"We are ready," he added.\n', lead)
    assert [g[1] for g in got] == ["Anna Varkonyi", "Boris Maltsev"]


def test_a_gendered_title_wins_over_the_first_name() -> None:
    lead = "LONDON, March 3 (Reuters) - Spokeswoman Robin Marsh and chairman Dmitri Okafor met on Monday.\n\n"
    got = speakers('"We are ready," she said.\n', lead)
    assert got[0][1] == "Robin Marsh"


def test_first_name_table_ships_with_the_package() -> None:
    from newsparse.rules.coref import lexicon
    from newsparse.testing import make_parser

    lex = lexicon(make_parser().registry)
    assert {"anna", "mary", "elena"} <= lex.female_first and {"john", "boris", "tom"} <= lex.male_first
    # Names of either gender across languages give none ("Andrea" is a man's name in Italy).
    assert "andrea" not in lex.female_first | lex.male_first


_FEMALE = ("Anna", "Carla", "Elena", "Greta", "Mary", "Susan")
_MALE = ("Boris", "Hugo", "Jonas", "John", "Robert", "David")


@given(st.sampled_from(_FEMALE), st.sampled_from(_MALE), st.sampled_from(LAST), st.sampled_from(LAST),
       st.booleans(), st.sampled_from(("Foreign Minister", "Ambassador", "Governor", "Deputy Prime Minister")))
def test_generated_pronoun_gender_from_first_names(woman: str, man: str, last1: str, last2: str,
                                                   woman_first: bool, title: str) -> None:
    if last1 == last2:
        return
    people = [f"{title} {woman} {last1}", f"{title} {man} {last2}"]
    if not woman_first:
        people.reverse()
    lead = f"MOSCOW, March 3. /TASS/. {people[0]} met {people[1]} on Monday.\n\n"
    got = speakers('"The talks will go on," she said.\n\n"We expect progress," he said.\n', lead)
    assert [g[1] for g in got] == [f"{woman} {last1}", f"{man} {last2}"]


def test_first_name_table_is_what_the_script_builds() -> None:
    import importlib.util
    import json
    from importlib import resources
    from pathlib import Path

    import pytest

    pytest.importorskip("names")  # the census lists; only the build script needs them
    path = Path(__file__).resolve().parent.parent / "scripts" / "build_first_names.py"
    spec = importlib.util.spec_from_file_location("build_first_names", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    shipped = json.loads(resources.files("newsparse.data").joinpath("first_names.json").read_text(encoding="utf-8"))
    assert shipped == module.build()


# --- names: sentence ends, people introduced by first name, families ------------------------------

def test_a_sentence_end_is_no_part_of_a_name() -> None:
    got = speakers('The plant stands outside Managua. Okafor said "it will close."\n')
    assert got[0][1] == "Okafor"
    got = speakers('The fire killed four, including her son, 26-year-old Jonas. Brennan called him a hero.\n\n'
                   '"He saved us," Brennan said.\n')
    assert got[0][1] == "Brennan"


def test_initials_and_abbreviations_keep_their_period() -> None:
    got = speakers('Former President George H.W. Bush spoke first. "We won," Bush said.\n')
    assert got[0][1] == "George H.W. Bush"
    got = speakers('The singer Mary J. Blige appeared. "We won," Blige said.\n')
    assert got[0][1] == "Mary J. Blige"


def test_person_introduced_by_first_name_is_an_antecedent() -> None:
    lead = "PHILADELPHIA (AP) _ Carla Moreau and Boris Haddad, two survivors, spoke on Wednesday.\n\n"
    got = speakers('"We are here," she said. "We go on," he added.\n', lead)
    assert [g[1] for g in got] == ["Carla Moreau", "Boris Haddad"]


def test_a_relative_with_the_same_surname_is_another_person() -> None:
    lead = 'PHILADELPHIA (AP) _ Senator Hugo Brennan won the primary. "We won," he said.\n\n'
    got = speakers('Greta Brennan told supporters that "he loves you."\n', lead)
    assert [g[1] for g in got] == ["Hugo Brennan", "Greta Brennan"]


@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(("Managua", "Tokyo", "Lima", "Geneva")))
def test_generated_place_before_a_surname(first: str, last: str, place: str) -> None:
    got = speakers(f'The talks were held in {place}. {last} said "we expect progress."\n')
    assert got[0][1] == last
    lead = f"MOSCOW, March 3. /TASS/. Deputy Minister {first} {last} flew home.\n\n"
    got = speakers(f'The talks were held in {place}. {last} said "we expect progress."\n', lead)
    assert got[0][1] == f"{first} {last}"


# --- long appositives between the name and the verb -------------------------------------------------

def test_long_appositive_after_the_quote() -> None:
    body = ('"It is an invasion of the state\'s domain," Lena Ostrova, the Republican attorney general of '
            'Ohio, one of the states suing the agency, said at an event.\n')
    assert speakers(body)[0][1:] == ("Lena Ostrova", "Lena Ostrova")
    body = ('"This post has always been one you get by marriage," Carla Moreau, who served as the first '
            'lady\'s chief of staff during the last administration, told a radio station.\n')
    assert speakers(body)[0][1:] == ("Carla Moreau", "Carla Moreau")


def test_long_appositive_before_the_verb_of_a_head() -> None:
    body = ('Mark Feld, a party operative who ran the governor\'s early-vote effort in 2008 and now runs the '
            'senator\'s in the state, said the program is a "critical part of our strategy."\n')
    assert speakers(body)[0][1:] == ("Mark Feld", "Mark Feld")
    body = ('Moreau, 35, the daughter of a former governor and a state senator, said on Monday, "Next '
            'summer we will have news."\n')
    assert speakers(body)[0][2] == "Moreau"


def test_a_list_of_names_is_no_appositive() -> None:
    body = '"We are ready," Feld, Moreau and Ostrova, the three senators, said.\n'
    assert speakers(body)[0][2] != "Feld"


_APPOSITIVES = ("a spokesman for the ministry", "who heads the regional office of the party",
                "the deputy director of the institute, one of the groups that signed the letter",
                "35, a teacher from the capital")


@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(_APPOSITIVES),
       st.sampled_from(("said", "told reporters", "added")), st.booleans())
def test_generated_appositives(first: str, last: str, appositive: str, cue: str, tail: bool) -> None:
    name = f"{first} {last}"
    if tail:
        body = f'"The talks will go on next week," {name}, {appositive}, {cue}.\n'
    else:
        body = f'{name}, {appositive}, {cue} the talks were "going well."\n'
    assert speakers(body)[0][1:] == (name, name)


# --- an attribution that ends the sentence ------------------------------------------------------------

def test_sentence_final_attribution_credits_a_quote_far_before_it() -> None:
    body = ('Belkin spoke first.\n\n"Too many rumors and deliberate fakes" about the bank are spread abroad '
            'to keep other countries from joining it, Belkin noted.\n')
    assert speakers(body, TASS)[0][1:] == ("Yury Belkin", "Belkin")
    body = 'Talks on "a fair deal" went on into the night in the capital, said Yury Belkin.\n'
    assert speakers(body, TASS)[0][1:] == ("Yury Belkin", "Yury Belkin")


def test_no_sentence_end_no_final_attribution() -> None:
    # The sentence runs past the next sentence boundary: nothing at its end credits the quote.
    body = 'The "fair deal" talks went on. Officials in the capital met, Belkin said.\n'
    assert speakers(body, TASS) == [] or speakers(body, TASS)[0][1] != "Yury Belkin"


@given(st.sampled_from(FIRST), st.sampled_from(LAST), st.sampled_from(("noted", "said", "stressed")),
       st.sampled_from(("the bank", "the new treaty", "the summit")))
def test_generated_sentence_final_attribution(first: str, last: str, cue: str, topic: str) -> None:
    lead = f"MOSCOW, March 3. /TASS/. Talks went on all day, Deputy Minister {first} {last} told reporters.\n\n"
    body = f'"Deliberate fakes" about {topic} are spread abroad to keep others away from it, {last} {cue}.\n'
    assert speakers(body, lead)[0][1:] == (f"{first} {last}", last)

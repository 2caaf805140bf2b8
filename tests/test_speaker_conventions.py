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

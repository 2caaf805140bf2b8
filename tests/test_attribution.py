"""Attribution patterns and coreference, on invented copy; the seed article through shared_dir."""

from __future__ import annotations

import functools
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse.testing.quote_strategies import QuoteCase, quote_cases

DL = "MOSCOW, March 3. /TASS/. Russian Foreign Minister Boris Maltsev arrived in Tokyo on Monday.\n\n"


def speakers(body: str) -> list[tuple[str, str | None, str | None]]:
    a = newsparse.parse(DL + body)
    return [(q.text, q.speaker.name if q.speaker else None, q.speaker.mention_text if q.speaker else None)
            for q in a.quotes]


def test_after_subject_verb() -> None:
    got = speakers('"Talks will go on," the minister said.\n')
    assert got == [("Talks will go on,", "Boris Maltsev", "the minister")]


def test_after_verb_subject() -> None:
    assert speakers('"Talks will go on," said Maltsev.\n') == [("Talks will go on,", "Boris Maltsev", "Maltsev")]


def test_before_colon_and_that() -> None:
    assert speakers('Maltsev stressed: "Talks will go on."\n')[0][1:] == ("Boris Maltsev", "Maltsev")
    assert speakers('He noted that "talks will go on."\n')[0][1:] == ("Boris Maltsev", "He")


def test_second_part_same_speaker() -> None:
    got = speakers('"Talks will go on," he continued. "We are patient."\n')
    assert [g[1] for g in got] == ["Boris Maltsev", "Boris Maltsev"]
    assert got[1][2] == "he"


def test_according_to_and_dash_and_colon() -> None:
    assert speakers('According to Maltsev, "talks will go on."\n')[0][1] == "Boris Maltsev"
    assert speakers('"Talks will go on." - Boris Maltsev\n')[0][1] == "Boris Maltsev"
    assert speakers('Maltsev: "Talks will go on."\n')[0][1] == "Boris Maltsev"


def test_title_back_references() -> None:
    body = ('"Talks will go on," the Russian foreign minister said.\n\n'
            '"We are patient," the diplomat added.\n\n"We will see," Mr. Maltsev said.\n')
    assert [g[1] for g in speakers(body)] == ["Boris Maltsev"] * 3


def test_organisation_speaks() -> None:
    assert speakers('"Talks will go on," the Kremlin said.\n')[0][1:] == ("the Kremlin", "the Kremlin")


def test_next_paragraph_continues_speaker() -> None:
    got = speakers('"Talks will go on," Maltsev said.\n\n"We are patient and we will wait for them."\n')
    assert [g[1] for g in got] == ["Boris Maltsev", "Boris Maltsev"]


def test_no_speaker_is_none() -> None:
    a = newsparse.parse("The report was long.\n\nIt ended with the words \"nothing more can be done today.\"\n")
    assert [q.speaker for q in a.quotes] == [None]


def test_people_exposed() -> None:
    a = newsparse.parse(DL + '"Talks will go on," the minister said.\n')
    assert any(p.name == "Boris Maltsev" and p.title == "Russian Foreign Minister" for p in a.people)


@given(quote_cases())
def test_generated_attributions(case: QuoteCase) -> None:
    a = newsparse.parse(case.text)
    assert tuple(q.text for q in a.quotes) == case.quotes
    assert all(q.speaker is not None and q.speaker.name == case.name for q in a.quotes)


@given(quote_cases())
def test_generated_round_trip(case: QuoteCase) -> None:
    a = newsparse.parse(case.text)
    b = newsparse.parse(newsparse.render(a))
    assert b.quotes == a.quotes


def test_seed_article_quotes(shared_dir: Path) -> None:
    text = (shared_dir / "seed" / "tass-2019-02-21.txt").read_text(encoding="utf-8")
    a = newsparse.parse(text)
    assert len(a.quotes) == 9
    for q in a.quotes:
        assert q.speaker is not None
        if q.text.startswith("a key adversary"):
            assert q.speaker.name in ("Sergey Lavrov", "The US")
            continue
        assert q.speaker.name == "Sergey Lavrov"
        assert q.speaker.mention_text in (None, "the minister", "Lavrov", "He", "he")
    ins = [a.source[s.start:s.end] for q in a.quotes for s in q.insertions]
    assert ins == ["[between Moscow and Tokyo]"]


def test_plugin_adds_cue_word() -> None:
    from newsparse import Parser, hookimpl

    class Opiners:
        @hookimpl
        def register_lexicon(self, register: object) -> None:
            register("cue_verb", ["harrumphed"])  # type: ignore[operator]

    body = DL + '"Talks will go on," Maltsev harrumphed.\n'
    plain = newsparse.parse(body)
    extended = Parser(plugins=[Opiners()]).parse(body)
    assert extended.quotes[0].speaker is not None and extended.quotes[0].speaker.name == "Boris Maltsev"
    assert extended.quotes[0].cue == "harrumphed"
    assert plain.quotes == () or plain.quotes[0].cue != "harrumphed"


def test_speaker_introduced_after_the_verb() -> None:
    text = ("MINSK, May 5. /TASS/. The talks are on, said Olga Brennan, spokeswoman of the council.\n\n"
            '"We are ready," she said.\n')
    a = newsparse.parse(text)
    assert [(q.speaker.name if q.speaker else None) for q in a.quotes] == ["Olga Brennan"]


def test_fragments_in_one_clause_share_attribution() -> None:
    got = speakers('Maltsev called the offer "serious" and "worth a look."\n')
    assert [g[1] for g in got] == ["Boris Maltsev", "Boris Maltsev"]


def test_cue_words_in_names_are_not_cues() -> None:
    got = speakers('Addressing the New York State meeting, Maltsev said talks were "going well."\n')
    assert got[0][1:] == ("Boris Maltsev", "Maltsev")


@functools.cache
def _installed_parser() -> newsparse.Parser:
    """A parser with the installed plugins, built once (building one per example would be most of
    the property's time)."""
    return newsparse.Parser()


@given(quote_cases())
def test_generated_json_round_trip(case: QuoteCase) -> None:
    parser = _installed_parser()
    a = parser.parse(case.text)
    b = parser.loads(parser.dumps(a))
    assert b == a
    assert [q.parts for q in b.quotes] == [q.parts for q in a.quotes]


_TOKEN_ALPHABET = ["a", "B", "Mr", "Sen", ".", " ", "\t", "-", "--", "'", "\u2019", "U", "S", ",", "_", "1", "\u2014",
                   '"', "\u00e9", "\n", "Ab", "x.", ":", "(", "\u201c"]


@given(st.lists(st.sampled_from(_TOKEN_ALPHABET), max_size=30).map("".join), st.integers(0, 5))
def test_token_pattern_matches_its_specification(text: str, start: int) -> None:
    from newsparse.rules.attribution import _TOKEN, _TOKEN_SPEC

    start = min(start, len(text))
    assert [(m.start(), m.group()) for m in _TOKEN.finditer(text, start)] == \
        [(m.start(), m.group()) for m in _TOKEN_SPEC.finditer(text, start)]


def test_opening_phrase_is_not_the_speaker() -> None:
    # Capitalised openers ("In", "On Sunday", "Meanwhile") are skipped up to their comma.
    assert speakers('In a statement on Monday, Maltsev reacted, saying: "Talks will go on."\n')[0][2] == "Maltsev"
    got = speakers('Meanwhile, speaking to reporters on Friday, Maltsev said the talks were "going well."\n')
    assert got[0][2] == "Maltsev"
    assert speakers('On Sunday, Maltsev called the offer "clearly lacking."\n')[0][2] == "Maltsev"


def test_opening_phrase_with_place_and_region() -> None:
    # "Salem, New Hampshire," is one place: the subject comes after its region.
    got = speakers('Speaking at a rally in Salem, New Hampshire, Maltsev called the offer "a total stiff."\n')
    assert got[0][1:] == ("Boris Maltsev", "Maltsev")


def test_conjunction_opener_without_comma() -> None:
    got = speakers('But Maltsev would not discuss a plan "to widen the talks" this year.\n')
    assert got[0][2] == "Maltsev"


def test_coordinated_verb_takes_the_subject() -> None:
    # "... the hall and called ...": the object before "and" is not who spoke.
    got = speakers('Maltsev took the stage at the Grand Hall in Osaka and called the plan "rotten to the core."\n')
    assert got[0][2] == "Maltsev"


def test_prepositional_object_is_not_the_subject() -> None:
    got = speakers('Maltsev at the time said he had asked his staff to "look into" the fees.\n')
    assert got[0][2] == "Maltsev"


def test_number_subject() -> None:
    got = speakers('Asked about the plan, 21 percent of voters said it was "not too likely" to pass.\n')
    assert got[0][2] is not None and "percent" in got[0][2]


def test_source_after_the_attribution() -> None:
    # '"...," X said, according to Y': the text credits the words to the source it reports them through.
    got = speakers('"Talks will go on," Maltsev said, according to Kyodo News. "We are patient."\n')
    assert [g[2] for g in got] == ["Kyodo News", "Kyodo News"]
    got = speakers('"Talks will go on," said Maltsev, head of the delegation, reported the Daily Mirror.\n')
    assert got[0][2] == "the Daily Mirror"


def test_source_cue_needs_a_name() -> None:
    got = speakers('"Talks will go on," Maltsev said, according to some of those present.\n')
    assert got[0][2] == "Maltsev"


def test_documents_read_and_go_on_to_say() -> None:
    got = speakers('"We regret the error," read the statement, which was signed by the board.\n')
    assert got[0][2] == "the statement"
    assert speakers('"The talks must go on," the editorial read.\n')[0][2] == "the editorial"
    got = speakers('The letter went on to say: "We expect an answer by Friday."\n')
    assert got[0][2] == "The letter"


def test_term_marker_cue_does_not_attribute_later_quotes() -> None:
    # "read" before a mark introduces a quoted term; the later fragment is credited by its own cue.
    a = newsparse.parse(DL + 'One banner read "Peace Now," and Maltsev said it was "a fair point to make."\n')
    assert [q.text for q in a.quotes] == ["a fair point to make."]
    assert a.quotes[0].speaker is not None and a.quotes[0].speaker.mention_text == "Maltsev"


def test_connective_is_not_part_of_the_subject() -> None:
    got = speakers('After Maltsev met the envoy, Maltsev informed reporters that talks were "going well."\n')
    assert got[0][2] == "Maltsev"
    got = speakers('When told the envoy had left, the minister told reporters the talks were "over for now."\n')
    assert got[0][2] == "the minister"


def test_main_clause_after_a_while_clause() -> None:
    body = ('Olga Brennan, a spokeswoman for the council, spoke first. While Brennan calls the deal "a fine '
            'piece of work," Maltsev fixates on the "loopholes" in it.\n')
    got = speakers(body)
    assert [g[2] for g in got] == ["Brennan", "Maltsev"]


def test_reported_clause_keeps_its_speaker() -> None:
    # Mid-sentence "while" inside reported speech: the fragment after it stays the reporter's.
    body = '"We agree," Maltsev said, remarking that while some are "still angry," Brennan already "paid a price."\n'
    assert [g[2] for g in speakers(body)][-1] != "Brennan"

"""``lead`` uses fragments and quote-led sentences only after the story's other sentences."""

from __future__ import annotations

import newsparse
from hypothesis import given
from hypothesis import strategies as st
from newsparse import Span
from newsparse.testing import equivalence_settings
from summary_stories import AP_STORY, core_parser, quote_article

from newsparse_summary.body import Sentence, body_sentences
from newsparse_summary.enricher import summarize
from newsparse_summary.options import Options
from newsparse_summary.quality import by_strength, is_weak, quoted_spans

# Fast path against reference: a capped example count (see equivalence_settings).
EQUIVALENCE = equivalence_settings()


def _lead(article: newsparse.Article, **options: object) -> list[str]:
    return summarize(article, Options.from_mapping(options)).text.split("\n")


def test_quote_led_sentences_come_after_the_reporters_sentences(parser: newsparse.Parser) -> None:
    article = parser.parse(AP_STORY)
    assert _lead(article, sentences=4) == [
        "Gov. Maria Delgado signed a $2.4 billion water bill on Tuesday, ending a monthlong standoff with lawmakers "
        "over drought relief for farm towns.",
        "The measure sends money to rural counties hit hardest by the dry spell.",
        "It takes effect Sept. 1 and runs for 3.5 years.",
        # Not the quotation that follows in the text ("This is the most important thing ...," Delgado
        # told reporters ...), but the next sentence in the reporter's voice.
        "State Sen. J. R. Whitfield, a Republican, said the bill spent too much on pipelines.",
    ]


STORY = (
    "Flood waters closed the main bridge into Riverton on Monday, cutting the town off from the regional hospital. "
    "No wonder. "
    '"We have never seen the river this high," Mayor Ana Ruiz said. '
    'Engineers said the bridge could reopen by Friday if the water fell, but warned it was "badly scoured." '
    "The army has sent boats to ferry patients across the river."
)


def _story_article() -> newsparse.Article:
    return quote_article(
        STORY,
        [("We have never seen the river this high,", "Ana Ruiz", "full"), ("badly scoured.", None, "partial")],
    )


def test_weak_sentences() -> None:
    article = _story_article()
    quoted = quoted_spans(article)
    weak = [is_weak(s, article.source, quoted) for s in body_sentences(article)]
    # The fragment and the quotation with its attribution are weak; a reporter's sentence that
    # contains a short partial quote is not.
    assert weak == [False, True, True, False, False]


def test_lead_skips_fragment_and_quote_until_needed() -> None:
    article = _story_article()
    assert _lead(article, sentences=3) == [
        "Flood waters closed the main bridge into Riverton on Monday, cutting the town off from the regional hospital.",
        'Engineers said the bridge could reopen by Friday if the water fell, but warned it was "badly scoured."',
        "The army has sent boats to ferry patients across the river.",
    ]
    # Asked for more than the strong sentences, lead uses the weak ones too, in document order.
    assert len(_lead(article, sentences=5)) == 5


def test_a_story_of_quotations_still_has_a_lead() -> None:
    text = '"We will rebuild," the mayor said. "Every house will stand again," she said.'
    article = quote_article(text, [("We will rebuild,", "the mayor", "full"), ("Every house will stand again,", "she", "full")])
    assert _lead(article, sentences=1) == ['"We will rebuild," the mayor said.']


def test_without_quotes_only_fragments_are_weak() -> None:
    article = newsparse.Parser(plugins=[]).parse("Prices rose again in March. Again. Shops blamed the cost of energy.")
    quoted = quoted_spans(article)
    assert [is_weak(s, article.source, quoted) for s in body_sentences(article)] == [False, True, False]


@EQUIVALENCE
@given(st.lists(st.booleans(), max_size=30))
def test_by_strength_moves_weak_sentences_last_in_order(shapes: list[bool]) -> None:
    """``by_strength`` is a stable partition: every sentence once, strong ones first, each group in order."""
    words = {True: "Fine.", False: "The committee approved the plan on Monday."}
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for weak in shapes:
        text = words[weak]
        spans.append(Span(pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 1
    source = " ".join(parts)
    article = core_parser().parse(source)
    sentences = [Sentence(span, source[span.start : span.end], i, 0) for i, span in enumerate(spans)]
    ordered = list(by_strength(sentences, article))
    expected = [s for s, w in zip(sentences, shapes, strict=True) if not w] + [
        s for s, w in zip(sentences, shapes, strict=True) if w
    ]
    assert [s.index for s in ordered] == [s.index for s in expected]

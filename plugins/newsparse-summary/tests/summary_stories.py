"""Stories written for these tests, and a helper that builds an article with given quotes."""

from __future__ import annotations

import functools

import attrs
import newsparse
from newsparse import Article, Quote, Span, Speaker

AP_STORY = """\
SANTA FE, N.M. (AP) — Gov. Maria Delgado signed a $2.4 billion water bill on Tuesday, ending a monthlong standoff with lawmakers over drought relief for farm towns.

The measure sends money to rural counties hit hardest by the dry spell. It takes effect Sept. 1 and runs for 3.5 years.

"This is the most important thing we will do this year," Delgado told reporters at the Capitol. "Farmers cannot wait another season."

State Sen. J. R. Whitfield, a Republican, said the bill spent too much on pipelines. "We are borrowing against our children," Whitfield said.

The bill passed the House 41-29 after a 10-hour debate that ended at 2 a.m. Friday.

Delgado said she would travel to the U.S. Capitol next month to ask for federal drought money. "Washington has to help," she said.
"""

TASS_STORY = """\
Russia and Japan agree to resume talks on fishing quotas

MOSCOW, March 14. /TASS/. Russian and Japanese negotiators agreed on Thursday to resume talks on salmon fishing quotas in the Sea of Okhotsk, Deputy Agriculture Minister Pavel Sokolov said.

"We have found a formula that suits both sides, and the talks will resume in April," Sokolov told reporters after the meeting. "The quotas for this season will be set by mid-May."

The previous round stalled in February over the price Japanese fishermen pay for access to the Russian zone.

Japan's chief negotiator, Kenji Watanabe, welcomed the agreement. "It is a good sign for the coastal towns of Hokkaido," he said.
"""

WEB_STORY = """\
By . Staff Reporter . PUBLISHED: . 10:45 EST, 25 June 2013 . | . UPDATED: . 11:05 EST, 25 June 2013 . A lighthouse keeper in Maine has been rescued after spending two nights on a rock ledge cut off by the tide. Coast guard crews reached the 64-year-old on Sunday morning after his daughter raised the alarm. Scroll down for video The keeper, who has tended the light for 30 years, said he had run out of food on the second day. He was treated for mild hypothermia at a hospital in Portland.
"""


@functools.cache
def core_parser() -> newsparse.Parser:
    """The core parser without plugins, built once (the properties parse hundreds of stories)."""
    return newsparse.Parser(plugins=[])


def quote_article(text: str, quotes: list[tuple[str, str | None, str]]) -> Article:
    """Parse ``text``, then set its quotes to ``(words, speaker or None, kind)``, found in the source."""
    article = core_parser().parse(text)
    made: list[Quote] = []
    for words, speaker, kind in quotes:
        start = text.index(words)
        span = Span(start, start + len(words))
        paragraph = next((p.index for p in article.paragraphs if p.span.contains(span)), 0)
        made.append(
            Quote(words, "full" if kind == "full" else "partial", Speaker(speaker) if speaker else None,
                  paragraph, None, span, (span,))
        )
    return attrs.evolve(article, quotes=tuple(made))

"""The lexicon memos (split_title, the attribution rule's name readings) are shared by the stories one
parser reads: a story parses the same after other stories as with a parser of its own."""

from __future__ import annotations

from pathlib import Path

from newsparse.parser import Parser

EXAMPLES = sorted((Path(__file__).resolve().parents[1] / "examples").rglob("*.txt"))


def test_a_story_parses_the_same_after_others() -> None:
    texts = [p.read_text(encoding="utf-8") for p in EXAMPLES][:12]
    assert texts
    shared = Parser(plugins=[])
    alone = [Parser(plugins=[]).parse(t) for t in texts]
    for t in reversed(texts):
        shared.parse(t)
    assert [shared.parse(t) for t in texts] == alone

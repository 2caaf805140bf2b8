"""The built-in lexicon: cue verbs, titles and organisation words (``data/lexicon.json``)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..hookspecs import hookimpl


@hookimpl
def register_lexicon(register: Any) -> None:
    raw = json.loads(resources.files("newsparse.data").joinpath("lexicon.json").read_text(encoding="utf-8"))
    for kind, entries in raw["lexicon"].items():
        register(kind, entries)

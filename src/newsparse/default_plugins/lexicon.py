"""The built-in lexicon: cue verbs, titles and organisation words (``data/lexicon.json``), and first
names that are strongly one gender (``data/first_names.json``, built by scripts/build_first_names.py)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from ..hookspecs import hookimpl


@hookimpl
def register_lexicon(register: Any) -> None:
    data = resources.files("newsparse.data")
    for name in ("lexicon.json", "first_names.json"):
        raw = json.loads(data.joinpath(name).read_text(encoding="utf-8"))
        for kind, entries in raw["lexicon"].items():
            register(kind, entries)

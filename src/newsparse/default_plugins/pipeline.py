"""The core rule chain, in order. Plugins insert their own rules before/after these names."""

from __future__ import annotations

from typing import Any

from ..hookspecs import hookimpl
from ..rules import attribution, datelines, envelope, header, paragraphs, quotes, resolve
from ..rules.format import detect_format

CORE_RULES = (
    ("format", detect_format),
    ("header", header.header),
    ("dateline", datelines.dateline),
    ("trailer", envelope.trailer),
    ("front-matter", envelope.front_matter),
    ("paragraphs", paragraphs.paragraphs),
    ("quotes", quotes.quotes),
    ("attribution", attribution.attribution),
    ("agency", resolve.story_agency),
    ("dateline-date", resolve.dateline_date),
)


@hookimpl
def register_rules(register: Any) -> None:
    for name, rule in CORE_RULES:
        register(name, rule)

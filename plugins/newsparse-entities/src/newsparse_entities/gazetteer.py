"""The rule backend's data: gazetteers and cue lists from ``data/``, loaded once per process.

Nothing is read at import time or when the plugin registers: :func:`load` runs on the first
call of the enricher and is cached for the life of the process.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from attrs import frozen

__all__ = ["Gazetteer", "load"]

PER, ORG, LOC, MISC = "PER", "ORG", "LOC", "MISC"


@frozen
class Gazetteer:
    """Everything the rule backend looks up, as frozensets and dicts built once."""

    names: dict[str, str]  # exact surface -> label (places, organisations, MISC phrases, demonyms)
    upper: dict[str, str]  # the same, keyed by the upper-case surface (for all-caps copy)
    max_words: int  # longest gazetteer entry in words
    prefixes: frozenset[str]  # every leading part of a multi-word name ("New", "New York"), upper-cased too
    given: frozenset[str]
    surnames: frozenset[str]
    stop: frozenset[str]
    titles: frozenset[str]
    title_heads_lower: frozenset[str]
    org_last: frozenset[str]
    org_first: frozenset[str]
    org_prefix: frozenset[str]
    loc_last: frozenset[str]
    loc_first: frozenset[str]
    loc_modifiers: frozenset[str]
    demonyms: frozenset[str]
    combining: frozenset[str]  # "Sino", "Franco": nationality forms that open a hyphenated pair
    particles: frozenset[str]
    acronym_stop: frozenset[str]
    breaks: frozenset[str]
    misc_last: frozenset[str]
    loc_prepositions: frozenset[str]
    surname_suffixes: tuple[str, ...]
    countries: frozenset[str]  # a national team keeps the country's label (LOC)
    team_verbs: frozenset[str]
    team_next: frozenset[str]  # lower-case words after a town that make it its club ("X striker")
    loc_next: frozenset[str]  # lower-case words after a name that make it a place ("X region")
    org_next: frozenset[str]  # ... an organisation ("X company")
    loc_before_of: frozenset[str]  # lower-case words before "of X" that make X a place ("city of X")


def _lines(name: str) -> list[str]:
    text = resources.files("newsparse_entities.data").joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def load() -> Gazetteer:
    """Read the data files (once per process)."""
    raw: dict[str, Any] = json.loads(
        resources.files("newsparse_entities.data").joinpath("lexicon.json").read_text(encoding="utf-8"))

    def words(key: str) -> frozenset[str]:
        return frozenset(str(w) for w in raw[key])

    names: dict[str, str] = {}
    # Later sources win: an organisation named after a place ("Bank of England") or a
    # MISC phrase ("U.S. Open") overrides the plain place reading of the same words.
    for place in _lines("places.txt"):
        names[place] = LOC
    for place in raw["places_extra"]:
        names[place] = LOC
    for demonym in raw["demonyms"]:
        names[demonym] = MISC
    for phrase in raw["misc_phrases"]:
        names[phrase] = MISC
    for org in _lines("organisations.txt"):
        names[org] = ORG
    upper: dict[str, str] = {}
    for surface, label in names.items():
        upper.setdefault(surface.upper(), label)
    prefixes: set[str] = set()
    longest = 1
    for surface in list(names) + list(upper):
        parts = surface.split(" ")
        longest = max(longest, len(parts))
        for k in range(1, len(parts)):
            prefixes.add(" ".join(parts[:k]))
    stop = words("stop")
    given = (frozenset(_lines("given_names.txt")) | words("given_names_extra")) - stop
    return Gazetteer(
        names=names,
        upper=upper,
        max_words=longest,
        prefixes=frozenset(prefixes),
        given=given,
        surnames=frozenset(_lines("surnames.txt")) - stop,
        stop=stop,
        titles=words("title_words"),
        title_heads_lower=words("title_heads_lower"),
        org_last=words("org_heads_last"),
        org_first=words("org_heads_first"),
        org_prefix=words("org_prefix_tokens"),
        loc_last=words("loc_heads_last"),
        loc_first=words("loc_heads_first"),
        loc_modifiers=words("loc_modifiers"),
        demonyms=words("demonyms"),
        combining=words("combining_forms"),
        particles=words("name_particles_lower"),
        acronym_stop=words("acronym_stop"),
        breaks=words("breaks"),
        misc_last=words("misc_heads_last"),
        loc_prepositions=words("loc_prepositions_lower"),
        countries=frozenset(_lines("countries.txt")) | words("countries_extra"),
        team_verbs=words("team_verbs_lower"),
        team_next=words("team_next_lower"),
        loc_next=words("loc_next_lower"),
        org_next=words("org_next_lower"),
        loc_before_of=words("loc_before_of_lower"),
        surname_suffixes=tuple(sorted(raw["surname_suffixes"], key=len, reverse=True)),
    )

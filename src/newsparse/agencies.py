"""News agencies as data: the dateline grammar, trailer and byline rules read this table.

The built-in table lives in ``data/agencies.json``; plugins add agencies through the
``register_agencies`` hook.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from importlib import resources
from typing import Any

from attrs import field, frozen

__all__ = ["DEFAULT_SHAPES", "SHAPES", "Agency", "AgencyTable", "load_builtin_agencies"]

#: The dateline tag shapes the grammar knows (``rules/datelines.py``):
#: ``paren`` ``PARIS, Oct 22 (Reuters) -`` (also relayed: ``(tca/dpa)``, ``(ats afp)``, ``(MOSCOW TASS)``);
#: ``slash`` ``MOSCOW, February 21. /TASS/.``; ``bare`` ``SAITAMA, Japan, Dec. 9 Kyodo -`` (after a date);
#: ``prefix`` ``(ANSA) - ROME, JUL 11 -``; ``credit`` a feed credit opening the text, ``Reuters - ...``.
SHAPES = ("paren", "slash", "bare", "prefix", "credit")
#: Shapes an agency gets when its entry does not list any. ``credit`` is opt-in: short names
#: (``PA``, ``AA``) opening a line followed by `` - `` are too often something else.
DEFAULT_SHAPES = ("paren", "slash", "bare", "prefix")


def _tuple(value: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(value or ())


def _shapes(value: Iterable[str] | None) -> tuple[str, ...]:
    shapes = DEFAULT_SHAPES if value is None else tuple(value)
    unknown = [s for s in shapes if s not in SHAPES]
    if unknown:
        raise ValueError(f"unknown dateline shape(s) {unknown}; known: {list(SHAPES)}")
    return shapes


@frozen
class Agency:
    """One agency. ``aliases`` are other spellings found in tags and credits (``Reuter``,
    ``ITAR-TASS``, ``Associated Press``); ``shapes`` are the dateline tag shapes it is written
    in (see :data:`SHAPES`; default :data:`DEFAULT_SHAPES`); ``signoffs`` are trailer lines
    that credit it (``Reuter``, ``==Kyodo``); ``bylines`` credits that name it in a byline.

    Registering an Agency is all a plugin needs for its datelines to be recognised: the
    dateline grammar is built from the registered table."""

    name: str
    aliases: tuple[str, ...] = field(default=(), converter=_tuple)
    shapes: tuple[str, ...] = field(default=DEFAULT_SHAPES, converter=_shapes)
    signoffs: tuple[str, ...] = field(default=(), converter=_tuple)
    bylines: tuple[str, ...] = field(default=(), converter=_tuple)

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def bare(self) -> bool:
        """May the name stand untagged after the date (``SYDNEY March 22 AAP -``)?"""
        return "bare" in self.shapes

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Agency:
        shapes = data.get("shapes")
        if shapes is None and "bare" in data:  # the older boolean: may the name stand bare?
            shapes = [s for s in DEFAULT_SHAPES if s != "bare"] + (["bare"] if data["bare"] else [])
        return cls(
            name=data["name"],
            aliases=data.get("aliases", ()),
            shapes=shapes,
            signoffs=data.get("signoffs", ()),
            bylines=data.get("bylines", ()),
        )


class AgencyTable:
    """Lookup by any spelling (case-insensitive) -> canonical :class:`Agency`."""

    def __init__(self, agencies: Iterable[Agency] = ()) -> None:
        self._agencies: dict[str, Agency] = {}
        self._by_spelling: dict[str, Agency] = {}
        for agency in agencies:
            self.add(agency)

    def add(self, agency: Agency) -> None:
        self._agencies[agency.name] = agency
        for spelling in agency.spellings:
            self._by_spelling.setdefault(spelling.casefold(), agency)

    def __iter__(self) -> Iterator[Agency]:
        return iter(self._agencies.values())

    def __len__(self) -> int:
        return len(self._agencies)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name.casefold() in self._by_spelling

    def lookup(self, spelling: str) -> Agency | None:
        return self._by_spelling.get(spelling.strip().casefold())

    def canonical(self, spelling: str) -> str | None:
        agency = self.lookup(spelling)
        return agency.name if agency else None


def load_builtin_agencies() -> tuple[Agency, ...]:
    raw = resources.files("newsparse.data").joinpath("agencies.json").read_text(encoding="utf-8")
    return tuple(Agency.from_mapping(item) for item in json.loads(raw)["agencies"])

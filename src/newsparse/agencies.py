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

__all__ = ["Agency", "AgencyTable", "load_builtin_agencies"]


def _tuple(value: Iterable[str] | None) -> tuple[str, ...]:
    return tuple(value or ())


@frozen
class Agency:
    """One agency. ``aliases`` are other spellings found in tags and credits (``Reuter``,
    ``ITAR-TASS``, ``Associated Press``); ``bare`` means the name may stand untagged after the
    date (``SAITAMA, Japan, Dec. 9 Kyodo -``); ``signoffs`` are trailer lines that credit it
    (``Reuter``, ``==Kyodo``)."""

    name: str
    aliases: tuple[str, ...] = field(default=(), converter=_tuple)
    bare: bool = False
    signoffs: tuple[str, ...] = field(default=(), converter=_tuple)
    bylines: tuple[str, ...] = field(default=(), converter=_tuple)

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> Agency:
        return cls(
            name=data["name"],
            aliases=data.get("aliases", ()),
            bare=bool(data.get("bare", False)),
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

"""What the plugins registered: formats, agencies, rules, lexicon, enrichers, serializers.

Built by :class:`~newsparse.parser.Parser` from its plugin manager; each ``register`` callback
handed to a hook knows which plugin it serves, so a duplicate names both plugins.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from attrs import frozen

from .agencies import Agency, AgencyTable
from .errors import DuplicateRegistrationError, UnknownNameError
from .ruler import Ruler

if TYPE_CHECKING:
    from .models import Annotation, Article
    from .state import ParseState

__all__ = ["EnricherSpec", "FormatSpec", "Registry", "RuleFn", "SerializerSpec"]

RuleFn = Callable[["ParseState"], None]
EnrichFn = Callable[["Article", Mapping[str, Any]], Iterable["Annotation"]]


@frozen
class FormatSpec:
    name: str
    sniff: Callable[[str], float]
    prepare: Callable[[ParseState], None] | None = None
    render: Callable[[Article], str] | None = None
    priority: int = 0
    plugin: str = "newsparse"


@frozen
class EnricherSpec:
    name: str
    enrich: EnrichFn
    description: str = ""
    plugin: str = "newsparse"


@frozen
class SerializerSpec:
    name: str
    dumps: Callable[[Article], str]
    loads: Callable[[str], Article] | None = None
    media_type: str = "text/plain"
    plugin: str = "newsparse"


class Registry:
    def __init__(self) -> None:
        self.formats: dict[str, FormatSpec] = {}
        self.agencies = AgencyTable()
        self._agency_owner: dict[str, str] = {}
        self.rules: Ruler[RuleFn] = Ruler()
        self.lexicon: dict[str, set[str]] = {}
        self.enrichers: dict[str, EnricherSpec] = {}
        self.serializers: dict[str, SerializerSpec] = {}
        # Rule modules cache compiled lexicon-dependent patterns here, keyed by their own name.
        self.cache: dict[str, Any] = {}

    # --- registration callbacks (bound to a plugin name by the parser) -----------------
    def add_format(self, plugin: str, name: str, *, sniff: Callable[[str], float],
                   prepare: Callable[[ParseState], None] | None = None,
                   render: Callable[[Article], str] | None = None, priority: int = 0) -> None:
        if name in self.formats:
            raise DuplicateRegistrationError("format", name, self.formats[name].plugin, plugin)
        self.formats[name] = FormatSpec(name, sniff, prepare, render, priority, plugin)

    def add_agency(self, plugin: str, agency: Agency) -> None:
        if agency.name in self._agency_owner:
            raise DuplicateRegistrationError("agency", agency.name, self._agency_owner[agency.name], plugin)
        self._agency_owner[agency.name] = plugin
        self.agencies.add(agency)

    def add_rule(self, plugin: str, name: str, rule: RuleFn, *, before: str | None = None,
                 after: str | None = None) -> None:
        if before is not None and after is not None:
            raise ValueError("give before= or after=, not both")
        if before is not None:
            self.rules.before(before, name, rule, plugin)
        elif after is not None:
            self.rules.after(after, name, rule, plugin)
        else:
            self.rules.push(name, rule, plugin)

    def add_lexicon(self, plugin: str, kind: str, entries: Iterable[str]) -> None:
        self.lexicon.setdefault(kind, set()).update(e for e in entries if e)

    def add_enricher(self, plugin: str, name: str, enrich: EnrichFn, *, description: str = "") -> None:
        if name in self.enrichers:
            raise DuplicateRegistrationError("enricher", name, self.enrichers[name].plugin, plugin)
        self.enrichers[name] = EnricherSpec(name, enrich, description, plugin)

    def add_serializer(self, plugin: str, name: str, dumps: Callable[[Article], str], *,
                       loads: Callable[[str], Article] | None = None, media_type: str = "text/plain") -> None:
        if name in self.serializers:
            raise DuplicateRegistrationError("serializer", name, self.serializers[name].plugin, plugin)
        self.serializers[name] = SerializerSpec(name, dumps, loads, media_type, plugin)

    # --- lookups -------------------------------------------------------------------------
    def enricher(self, name: str) -> EnricherSpec:
        try:
            return self.enrichers[name]
        except KeyError:
            raise UnknownNameError("enricher", name, list(self.enrichers)) from None

    def serializer(self, name: str) -> SerializerSpec:
        try:
            return self.serializers[name]
        except KeyError:
            raise UnknownNameError("serializer", name, list(self.serializers)) from None

    def format(self, name: str) -> FormatSpec:
        try:
            return self.formats[name]
        except KeyError:
            raise UnknownNameError("format", name, list(self.formats)) from None

    def words(self, kind: str) -> frozenset[str]:
        return frozenset(self.lexicon.get(kind, ()))

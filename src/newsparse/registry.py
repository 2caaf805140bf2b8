"""What the plugins registered: formats, agencies, rules, lexicon, enrichers, serializers.

Plugins' ``register`` callbacks only *record* what they are given (as the frozen specs below);
:meth:`Registry.build` then assembles the records of the plugins that loaded cleanly, in a
fixed order. Recording first means a plugin whose hook raises half-way leaves nothing behind,
and a rule may name an anchor that a plugin later in the order registers.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

from attrs import field, frozen

from .agencies import Agency, AgencyTable
from .errors import DuplicateRegistrationError, UnknownAnchorError, UnknownNameError
from .hookspecs import EnrichFn, RuleFn
from .ruler import Ruler

if TYPE_CHECKING:
    from .models import Article
    from .state import ParseState

__all__ = [
    "AgencySpec",
    "EnrichFn",
    "EnricherSpec",
    "FormatSpec",
    "LexiconSpec",
    "Registration",
    "Registry",
    "RuleFn",
    "RuleSpec",
    "SerializerSpec",
]


def _entries(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):  # a lone string would otherwise register its letters
        raise TypeError("lexicon entries must be an iterable of strings, not a str")
    return tuple(e for e in value if e)


@frozen
class FormatSpec:
    name: str
    sniff: Callable[[str], float]
    prepare: Callable[[ParseState], None] | None = None
    render: Callable[[Article], str] | None = None
    priority: int = 0
    plugin: str = "newsparse"


@frozen
class AgencySpec:
    agency: Agency
    plugin: str = "newsparse"


@frozen
class RuleSpec:
    name: str
    rule: RuleFn
    before: str | None = None
    after: str | None = None
    plugin: str = "newsparse"

    def __attrs_post_init__(self) -> None:
        if self.before is not None and self.after is not None:
            raise ValueError(f"rule {self.name!r}: give before= or after=, not both")
        if not callable(self.rule):
            raise TypeError(f"rule {self.name!r} is not callable")


@frozen
class LexiconSpec:
    kind: str
    entries: tuple[str, ...] = field(converter=_entries)
    plugin: str = "newsparse"


@frozen
class EnricherSpec:
    """``enrich`` is the function, or an import path ``"module:attribute"`` loaded on first use."""

    name: str
    enrich: EnrichFn | str
    description: str = ""
    plugin: str = "newsparse"

    def __attrs_post_init__(self) -> None:
        if isinstance(self.enrich, str):
            module, _, attr = self.enrich.partition(":")
            if not module or not attr:
                raise ValueError(f"enricher {self.name!r}: import path {self.enrich!r} is not 'module:function'")
        elif not callable(self.enrich):
            raise TypeError(f"enricher {self.name!r} is not callable")

    def load(self) -> EnrichFn:
        if not isinstance(self.enrich, str):
            return self.enrich
        module, _, attr = self.enrich.partition(":")
        obj: Any = importlib.import_module(module)
        for part in attr.split("."):
            obj = getattr(obj, part)
        if not callable(obj):
            raise TypeError(f"{self.enrich!r} is not callable")
        fn: EnrichFn = obj
        return fn


@frozen
class SerializerSpec:
    name: str
    dumps: Callable[[Article], str]
    loads: Callable[[str], Article] | None = None
    media_type: str = "text/plain"
    plugin: str = "newsparse"


Registration: TypeAlias = FormatSpec | AgencySpec | RuleSpec | LexiconSpec | EnricherSpec | SerializerSpec

# Which hook each kind of registration comes from: failures are reported under the hook name.
HOOK_OF_KIND: Mapping[str, str] = {
    "format": "register_formats",
    "agency": "register_agencies",
    "rule": "register_rules",
    "lexicon": "register_lexicon",
    "enricher": "register_enrichers",
    "serializer": "register_serializers",
    "command": "register_commands",
}


def recorder(plugin: str, hook: str, sink: list[Registration]) -> Callable[..., None]:
    """The ``register`` callback handed to one plugin's implementation of ``hook``.

    It checks its arguments at once (so a plugin's mistake raises inside the plugin's own hook,
    with its traceback) and records a spec; nothing reaches a registry until the plugin's hooks
    have all returned.
    """

    def register_format(name: str, *, sniff: Callable[[str], float],
                        prepare: Callable[[ParseState], None] | None = None,
                        render: Callable[[Article], str] | None = None, priority: int = 0) -> None:
        sink.append(FormatSpec(name, sniff, prepare, render, priority, plugin))

    def register_agency(agency: Agency | Mapping[str, Any]) -> None:
        if not isinstance(agency, Agency):
            agency = Agency.from_mapping(agency)
        sink.append(AgencySpec(agency, plugin))

    def register_rule(name: str, rule: RuleFn, *, before: str | None = None, after: str | None = None) -> None:
        sink.append(RuleSpec(name, rule, before, after, plugin))

    def register_lexicon(kind: str, entries: Iterable[str]) -> None:
        sink.append(LexiconSpec(kind, entries, plugin))

    def register_enricher(name: str, enrich: EnrichFn | str, *, description: str = "") -> None:
        sink.append(EnricherSpec(name, enrich, description, plugin))

    def register_serializer(name: str, dumps: Callable[[Article], str], *,
                            loads: Callable[[str], Article] | None = None, media_type: str = "text/plain") -> None:
        sink.append(SerializerSpec(name, dumps, loads, media_type, plugin))

    callbacks: dict[str, Callable[..., None]] = {
        "register_formats": register_format,
        "register_agencies": register_agency,
        "register_rules": register_rule,
        "register_lexicon": register_lexicon,
        "register_enrichers": register_enricher,
        "register_serializers": register_serializer,
    }
    return callbacks[hook]


class Registry:
    """Everything registered, looked up by the rules (``state.registry``) and the parser."""

    def __init__(self) -> None:
        self.formats: dict[str, FormatSpec] = {}
        self.agencies = AgencyTable()
        self.agency_owner: dict[str, str] = {}
        self.rules: Ruler[RuleFn] = Ruler()
        self.lexicon: dict[str, set[str]] = {}
        self.enrichers: dict[str, EnricherSpec] = {}
        self.serializers: dict[str, SerializerSpec] = {}
        # Rule modules cache compiled lexicon-dependent patterns here, keyed by their own name.
        self.cache: dict[str, Any] = {}
        self._loaded_enrichers: dict[str, EnrichFn] = {}

    @classmethod
    def build(cls, registrations: Iterable[Registration]) -> Registry:
        """Assemble records in order. Raises :class:`DuplicateRegistrationError` (its
        ``second`` is the plugin to blame) or :class:`UnknownAnchorError` (``plugin``)."""
        registry = cls()
        rules: list[RuleSpec] = []
        for item in registrations:
            if isinstance(item, RuleSpec):
                rules.append(item)
            else:
                registry._add(item)
        registry._place_rules(rules)
        return registry

    def _add(self, item: Registration) -> None:
        if isinstance(item, FormatSpec):
            _claim(self.formats, "format", item.name, item)
        elif isinstance(item, AgencySpec):
            name = item.agency.name
            if name in self.agency_owner:
                raise DuplicateRegistrationError("agency", name, self.agency_owner[name], item.plugin)
            self.agency_owner[name] = item.plugin
            self.agencies.add(item.agency)
        elif isinstance(item, LexiconSpec):
            self.lexicon.setdefault(item.kind, set()).update(item.entries)
        elif isinstance(item, EnricherSpec):
            _claim(self.enrichers, "enricher", item.name, item)
        elif isinstance(item, SerializerSpec):
            _claim(self.serializers, "serializer", item.name, item)
        else:  # pragma: no cover - RuleSpec goes through _place_rules
            raise TypeError(f"cannot register {item!r}")

    def _place_rules(self, pending: list[RuleSpec]) -> None:
        # Repeat passes until nothing moves, so an anchor may be a rule that comes later in the
        # plugin order; what is left then names an anchor nobody registered.
        while pending:
            left: list[RuleSpec] = []
            for spec in pending:
                anchor = spec.before or spec.after
                if anchor is not None and anchor not in self.rules.names():
                    left.append(spec)
                elif spec.before is not None:
                    self.rules.before(spec.before, spec.name, spec.rule, spec.plugin)
                elif spec.after is not None:
                    self.rules.after(spec.after, spec.name, spec.rule, spec.plugin)
                else:
                    self.rules.push(spec.name, spec.rule, spec.plugin)
            if len(left) == len(pending):
                spec = left[0]
                raise UnknownAnchorError(str(spec.before or spec.after), self.rules.names(),
                                         rule=spec.name, plugin=spec.plugin)
            pending = left

    # --- direct registration (tests, hand-built registries); plugins go through hooks ------
    def add_format(self, plugin: str, name: str, *, sniff: Callable[[str], float],
                   prepare: Callable[[ParseState], None] | None = None,
                   render: Callable[[Article], str] | None = None, priority: int = 0) -> None:
        self._add(FormatSpec(name, sniff, prepare, render, priority, plugin))

    def add_agency(self, plugin: str, agency: Agency) -> None:
        self._add(AgencySpec(agency, plugin))

    def add_rule(self, plugin: str, name: str, rule: RuleFn, *, before: str | None = None,
                 after: str | None = None) -> None:
        self._place_rules([RuleSpec(name, rule, before, after, plugin)])

    def add_lexicon(self, plugin: str, kind: str, entries: Iterable[str]) -> None:
        self._add(LexiconSpec(kind, entries, plugin))

    def add_enricher(self, plugin: str, name: str, enrich: EnrichFn | str, *, description: str = "") -> None:
        self._add(EnricherSpec(name, enrich, description, plugin))

    def add_serializer(self, plugin: str, name: str, dumps: Callable[[Article], str], *,
                       loads: Callable[[str], Article] | None = None, media_type: str = "text/plain") -> None:
        self._add(SerializerSpec(name, dumps, loads, media_type, plugin))

    # --- lookups -------------------------------------------------------------------------
    def enricher(self, name: str) -> EnricherSpec:
        try:
            return self.enrichers[name]
        except KeyError:
            raise UnknownNameError("enricher", name, list(self.enrichers)) from None

    def enricher_function(self, name: str) -> EnrichFn:
        """The enricher's function, importing it on first use when it was registered by path."""
        fn = self._loaded_enrichers.get(name)
        if fn is None:
            fn = self._loaded_enrichers[name] = self.enricher(name).load()
        return fn

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


def _claim(table: dict[str, Any], kind: str, name: str, item: Any) -> None:
    if name in table:
        raise DuplicateRegistrationError(kind, name, table[name].plugin, item.plugin)
    table[name] = item

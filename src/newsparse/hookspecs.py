"""Hook specifications: what a newsparse plugin can provide.

Every hook receives a ``register`` callback owned by the host (the llm pattern): new options
arrive as keyword arguments of ``register``, so hook signatures never change. Registering a
name that another plugin already registered is an error naming both plugins
(:class:`~newsparse.errors.DuplicateRegistrationError`); the parser reports it and leaves the
second plugin out. The callback types below (``RegisterFormat`` ...) are what a plugin
annotates its ``register`` parameter with.

The reference with examples is ``docs/plugins/hooks.md``; ``tests/test_docs.py`` fails when a
hook here has no section there.

This module does not import pluggy: ``import newsparse`` re-exports :data:`hookimpl`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from ._markers import HookimplMarker, HookspecMarker

if TYPE_CHECKING:
    import click

    from .agencies import Agency
    from .models import Annotation, Article
    from .state import ParseState

__all__ = [
    "EnrichFn",
    "RegisterAgency",
    "RegisterCommand",
    "RegisterEnricher",
    "RegisterFormat",
    "RegisterLexicon",
    "RegisterRule",
    "RegisterSerializer",
    "RuleFn",
    "hookimpl",
    "hookspec",
]

PROJECT = "newsparse"
hookspec = HookspecMarker(PROJECT)
hookimpl = HookimplMarker(PROJECT)

RuleFn: TypeAlias = "Callable[[ParseState], None]"
"""A pipeline rule: reads and writes the private parse state, returns nothing."""

EnrichFn: TypeAlias = "Callable[[Article, Mapping[str, Any]], Iterable[Annotation]]"
"""An enricher: ``(article, options) -> annotations`` (EntityAnnotation, SummaryAnnotation or
GenericAnnotation, so that JSON round-trips)."""


class RegisterFormat(Protocol):
    def __call__(
        self,
        name: str,
        *,
        sniff: Callable[[str], float],
        prepare: Callable[[ParseState], None] | None = None,
        render: Callable[[Article], str] | None = None,
        priority: int = 0,
    ) -> None: ...


class RegisterAgency(Protocol):
    def __call__(self, agency: Agency | Mapping[str, Any]) -> None: ...


class RegisterRule(Protocol):
    def __call__(self, name: str, rule: RuleFn, *, before: str | None = None, after: str | None = None) -> None: ...


class RegisterLexicon(Protocol):
    def __call__(self, kind: str, entries: Iterable[str]) -> None: ...


class RegisterEnricher(Protocol):
    def __call__(self, name: str, enrich: EnrichFn | str, *, description: str = "") -> None: ...


class RegisterSerializer(Protocol):
    def __call__(
        self,
        name: str,
        dumps: Callable[[Article], str],
        *,
        loads: Callable[[str], Article] | None = None,
        media_type: str = "text/plain",
    ) -> None: ...


class RegisterCommand(Protocol):
    def __call__(self, command: click.Command, *, name: str | None = None) -> None: ...


@hookspec
def register_formats(register: RegisterFormat) -> None:
    """Register input formats: ``register(name, *, sniff, prepare=None, render=None, priority=0)``.

    ``sniff(text) -> float`` scores how well the first 4 KiB of a text fit the format (0 = not
    at all); the best score wins and ``plain`` is the fallback. ``prepare(state)`` may mark the
    transmission envelope before the rest of the chain runs (it runs inside the ``format``
    rule); ``render(article) -> str`` writes an article back in the format.

    .. versionadded:: 0.1
    """


@hookspec
def register_agencies(register: RegisterAgency) -> None:
    """Register news agencies for the dateline grammar: ``register(Agency(...))`` or a mapping.

    An :class:`~newsparse.agencies.Agency` is data, not code: ``name`` (canonical, what
    ``Dateline.agency`` reports), ``aliases`` (other spellings of the tag), ``shapes`` (the tag shapes it is written in:
    ``paren`` ``(TAG) -``, ``slash`` ``/TAG/.``, ``bare`` an untagged name after the date,
    ``prefix`` ``(TAG) - PLACE``, ``credit`` ``TAG -`` opening the text), ``signoffs`` (trailer
    lines) and ``bylines``.
    A mapping is read with :meth:`Agency.from_mapping`, so a plugin can ship its table as JSON.

    .. versionadded:: 0.1
    """


@hookspec
def register_rules(register: RegisterRule) -> None:
    """Extend the pipeline: ``register(name, rule, *, before=None, after=None)``.

    ``rule(state)`` reads and writes the private :class:`~newsparse.state.ParseState`. With
    ``before``/``after`` the rule goes next to the named rule (which may be another plugin's);
    a name that no plugin registered is an error (:class:`~newsparse.errors.UnknownAnchorError`),
    never a silent append. Without either the rule is appended to the chain.

    .. versionadded:: 0.1
    """


@hookspec
def register_lexicon(register: RegisterLexicon) -> None:
    """Add lexicon entries: ``register(kind, entries)``, e.g. ``register("cue_verb", ["opined"])``.

    Entries of one kind from every plugin are merged (adding a word twice is not an error).
    Kinds the core reads: ``cue_verb``, ``title``, ``organisation``.

    .. versionadded:: 0.1
    """


@hookspec
def register_enrichers(register: RegisterEnricher) -> None:
    """Register enrichers: ``register(name, enrich, *, description="")``.

    ``enrich(article, options) -> iterable of annotations`` runs only when a caller asks for it
    (``parse(text, enrich=[name])``). ``enrich`` may also be an import path
    (``"package.module:function"``), loaded on first use, so that registering costs nothing;
    otherwise import heavy dependencies inside the function, not at module level. A raising
    enricher leaves the article and the other enrichers' output intact and is recorded on
    ``Article.warnings``.

    .. versionadded:: 0.1
    """


@hookspec
def register_serializers(register: RegisterSerializer) -> None:
    """Register output formats: ``register(name, dumps, *, loads=None, media_type="text/plain")``.

    ``dumps(article) -> str``; ``loads(str) -> Article`` when the format can be read back. The
    names are what ``newsparse parse --format NAME`` and ``Parser.dumps(article, NAME)`` accept.

    .. versionadded:: 0.1
    """


@hookspec
def register_commands(register: RegisterCommand, cli: click.Group) -> None:
    """Add subcommands to the ``newsparse`` command line: ``register(command, *, name=None)``.

    ``command`` is a :class:`click.Command` (or group); a name that is already taken (by the
    core's ``parse``/``plugins`` or by another plugin) is an error naming both. ``cli`` is a
    scratch group for the llm-style ``@cli.command()`` decorator: commands added to it are
    registered as if passed to ``register``. A plugin whose hook raises is reported on stderr
    and the rest of the command line keeps working.

    .. versionadded:: 0.1
    """

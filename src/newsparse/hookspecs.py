"""Hook specifications: what a newsparse plugin can provide.

Every registration hook receives a ``register`` callback owned by the host (the llm pattern):
new options arrive as keyword arguments of ``register``, so hook signatures never change.
Registering a name that another plugin already registered raises
:class:`~newsparse.errors.DuplicateRegistrationError` naming both plugins.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pluggy

if TYPE_CHECKING:
    import click

__all__ = ["hookimpl", "hookspec"]

hookspec = pluggy.HookspecMarker("newsparse")
hookimpl = pluggy.HookimplMarker("newsparse")


@hookspec
def register_formats(register: Any) -> None:
    """Register input formats: ``register(name, *, sniff, prepare=None, render=None, priority=0)``.

    ``sniff(text) -> float`` scores how well the text fits (0 = not at all); the best score wins
    and ``plain`` is the fallback. ``prepare(state)`` may mark transmission envelopes before the
    rule chain runs; ``render(article) -> str`` writes the article back in the format.

    .. versionadded:: 0.1
    """


@hookspec
def register_agencies(register: Any) -> None:
    """Register news agencies for the dateline grammar: ``register(Agency(...))``.

    An :class:`~newsparse.agencies.Agency` is data (name, aliases, tag shapes), not code.

    .. versionadded:: 0.1
    """


@hookspec
def register_rules(register: Any) -> None:
    """Extend the pipeline: ``register(name, rule, *, before=None, after=None)``.

    ``rule(state)`` reads and writes the private :class:`~newsparse.state.ParseState`. An unknown
    ``before``/``after`` anchor raises :class:`~newsparse.errors.UnknownAnchorError`.

    .. versionadded:: 0.1
    """


@hookspec
def register_lexicon(register: Any) -> None:
    """Add lexicon entries: ``register(kind, entries)``, e.g. ``register("cue_verb", ["opined"])``.

    Kinds used by the core: ``cue_verb``, ``title``, ``organisation``.

    .. versionadded:: 0.1
    """


@hookspec
def register_enrichers(register: Any) -> None:
    """Register enrichers: ``register(name, enrich, *, description="")``.

    ``enrich(article, options) -> iterable of annotations`` runs only when a caller asks for it
    (``parse(text, enrich=[name])``); import heavy dependencies inside it, not at module level.

    .. versionadded:: 0.1
    """


@hookspec
def register_serializers(register: Any) -> None:
    """Register output formats: ``register(name, dumps, *, loads=None, media_type="text/plain")``.

    ``dumps(article) -> str``; ``loads(str) -> Article`` when the format can be read back.

    .. versionadded:: 0.1
    """


@hookspec
def register_commands(cli: click.Group) -> None:
    """Add subcommands to the ``newsparse`` command line (``@cli.command()``).

    .. versionadded:: 0.1
    """

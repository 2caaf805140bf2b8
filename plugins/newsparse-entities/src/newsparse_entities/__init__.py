"""newsparse-entities: the ``entities`` enricher (PER / ORG / LOC / MISC with spans).

Registered through the ``newsparse`` entry-point group; nothing is loaded until the enricher
first runs (the gazetteers, or spaCy for ``backend="spacy"``).
"""

from __future__ import annotations

from typing import Any

from newsparse import hookimpl

__version__ = "0.1.0"


@hookimpl
def register_enrichers(register: Any) -> None:
    from .enricher import enrich

    register("entities", enrich,
             description="Named entities (PER/ORG/LOC/MISC) with spans, mention groups and quote-speaker links; "
                         'options: backend="rules" (default) or "spacy"')

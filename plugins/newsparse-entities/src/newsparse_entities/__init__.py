"""newsparse-entities: the ``entities`` enricher (PER / ORG / LOC / MISC with spans).

Registered through the ``newsparse`` entry-point group; nothing is loaded until the enricher
first runs (the gazetteers, or spaCy for ``backend="spacy"``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from newsparse import hookimpl

if TYPE_CHECKING:
    from newsparse import Article
    from newsparse.models import Annotation

__version__ = "0.1.0"


def enrich(article: Article, options: Mapping[str, Any]) -> Iterable[Annotation]:
    """The ``entities`` enricher; its modules and data load on the first call."""
    from .enricher import enrich as _enrich

    return _enrich(article, options)


@hookimpl
def register_enrichers(register: Any) -> None:
    register("entities", enrich,
             description="Named entities (PER/ORG/LOC/MISC) with spans, mention groups and quote-speaker links; "
                         'options: backend="rules" (default) or "spacy"')

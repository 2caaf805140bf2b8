"""newsparse: raw wire-service text to typed, immutable articles with spans on everything.

>>> import newsparse
>>> a = newsparse.parse("MOSCOW, February 21. /TASS/. Talks went on, the minister said.")
>>> a.dateline.location, a.dateline.agency
('MOSCOW', 'TASS')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .hookspecs import hookimpl
from .models import (
    Annotation,
    Article,
    Byline,
    Dateline,
    EntityAnnotation,
    GenericAnnotation,
    HeaderLine,
    Paragraph,
    ParseWarning,
    Person,
    Quote,
    QuotedTerm,
    Span,
    Speaker,
    SummaryAnnotation,
    TextBlock,
    Trailer,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from .parser import EnrichArg, Parser

__version__ = "0.1.0"

__all__ = [
    "Annotation",
    "Article",
    "Byline",
    "Dateline",
    "EntityAnnotation",
    "GenericAnnotation",
    "HeaderLine",
    "Paragraph",
    "ParseWarning",
    "Parser",
    "Person",
    "Quote",
    "QuotedTerm",
    "Span",
    "Speaker",
    "SummaryAnnotation",
    "TextBlock",
    "Trailer",
    "__version__",
    "from_json",
    "hookimpl",
    "parse",
    "render",
    "to_json",
]


def parse(text: str | bytes, *, enrich: EnrichArg = None, **options: Any) -> Article:
    """Parse one wire story with the default parser (built on first use).

    Never raises on a ``str``. ``bytes`` are decoded as UTF-8, falling back to cp1252 with a
    warning recorded on the article. ``enrich`` names enrichment plugins to run, as a list or
    as a mapping of name to options.
    """
    get = _default_parser or _load_default_parser()
    return get().parse(text, enrich=enrich, **options) if enrich or options else get().parse(text)


_default_parser: Callable[[], Parser] | None = None


def _load_default_parser() -> Callable[[], Parser]:
    """:func:`newsparse.parser.default_parser`, imported on the first parse (the parser machinery
    stays out of ``import newsparse``) and kept: an import statement in :func:`parse` would run
    the import machinery on every call, a cost a parse of a short story feels."""
    global _default_parser
    from .parser import default_parser

    _default_parser = default_parser
    return default_parser


def render(article: Article) -> str:
    """Canonical wire text for an article: ``parse(render(a)) == a``."""
    from .parser import default_parser

    return default_parser().render(article)


def to_json(article: Article, *, indent: int | None = None) -> str:
    """The article as JSON (schema ``newsparse.article/1``)."""
    from .serialize import to_json as _to_json

    return _to_json(article, indent=indent)


def from_json(text: str | bytes) -> Article:
    """An article back from :func:`to_json` output; raises ``DeserializationError`` naming the field."""
    from .serialize import from_json as _from_json

    return _from_json(text)


def __getattr__(name: str) -> Any:
    # Parser pulls in pluggy and the plugin machinery: load it only when asked for.
    if name == "Parser":
        from .parser import Parser

        return Parser
    raise AttributeError(f"module 'newsparse' has no attribute {name!r}")

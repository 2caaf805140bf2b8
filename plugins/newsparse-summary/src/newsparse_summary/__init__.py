"""newsparse-summary: extractive summaries of newsparse articles.

``newsparse.parse(text, enrich={"summary": {"method": "textrank", "sentences": 3}})`` adds one
:class:`~newsparse.SummaryAnnotation`; methods ``lead`` (the default), ``textrank`` and
``quotes`` (a who-said-what digest). See the README for the options and figures.

The same is available without the plugin machinery: ``summarize(article, Options(...))``, and
the wire-aware sentence splitter as ``split_sentences(text)``.
"""

from __future__ import annotations

from typing import Any

from newsparse import hookimpl

from .enricher import enrich, summarize
from .options import METHODS, Options
from .sentences import iter_sentences, split_sentences

__version__ = "0.1.0"
__all__ = ["METHODS", "Options", "__version__", "iter_sentences", "register_enrichers", "split_sentences", "summarize"]


@hookimpl
def register_enrichers(register: Any) -> None:
    register("summary", enrich, description="extractive summary: lead (default), textrank, quotes")

"""newsparse-summary: extractive summaries of newsparse articles.

``newsparse.parse(text, enrich={"summary": {"method": "textrank", "sentences": 3}})`` adds one
:class:`~newsparse.SummaryAnnotation`; methods ``lead`` (the default), ``textrank`` and
``quotes`` (a who-said-what digest). See the README for the options and figures.
"""

from __future__ import annotations

from typing import Any

from newsparse import hookimpl

__version__ = "0.1.0"
__all__ = ["__version__", "register_enrichers"]


@hookimpl
def register_enrichers(register: Any) -> None:
    from .enricher import enrich

    register("summary", enrich, description="extractive summary: lead (default), textrank, quotes")

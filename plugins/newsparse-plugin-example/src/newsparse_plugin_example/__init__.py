"""A template newsparse plugin: one agency for the dateline grammar and one enricher.

Installed, it is found through the ``newsparse`` entry point in ``pyproject.toml``; in tests,
pass the module itself: ``newsparse.testing.make_parser(newsparse_plugin_example)``.
"""

from __future__ import annotations

import json
from importlib import resources

from newsparse import hookimpl
from newsparse.hookspecs import RegisterAgency, RegisterEnricher

__version__ = "0.1.0"


@hookimpl
def register_agencies(register: RegisterAgency) -> None:
    # The agency is data: the table ships as JSON beside this module.
    table = json.loads(resources.files(__name__).joinpath("agencies.json").read_text(encoding="utf-8"))
    for agency in table["agencies"]:
        register(agency)


@hookimpl
def register_enrichers(register: RegisterEnricher) -> None:
    # Registered by import path: the module is imported the first time someone asks for it.
    register("reading-time", "newsparse_plugin_example.reading_time:enrich",
             description="Word count of the body and estimated reading time in minutes.")

"""Hypothesis profiles (``dev`` default, ``ci`` thorough) and an isolated parser with this plugin."""

from __future__ import annotations

import os

import newsparse
import pytest
from hypothesis import HealthCheck, settings

import newsparse_entities

settings.register_profile("dev", max_examples=100, deadline=None)
# CI runs the same 2,000 examples per property on every run, so a result is reproducible;
# the dev profile keeps exploring new examples.
settings.register_profile(
    "ci", max_examples=2000, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture(scope="session")
def parser() -> newsparse.Parser:
    """The built-ins plus this plugin, registered explicitly (no entry points), strict."""
    return newsparse.Parser(plugins=[newsparse_entities], strict=True)

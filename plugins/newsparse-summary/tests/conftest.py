"""Fixtures: a parser with exactly this plugin, stories written for these tests, hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import newsparse
import pytest
from hypothesis import HealthCheck, settings

import newsparse_summary

settings.register_profile("dev", max_examples=100, deadline=None)
# CI runs the same 2,000 examples per property on every run, so a result is reproducible;
# the dev profile keeps exploring new examples.
settings.register_profile(
    "ci", max_examples=2000, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))

SHARED = Path(__file__).resolve().parents[3] / "shared"

# Stories invented for the tests, in the agencies' styles.
from summary_stories import AP_STORY, TASS_STORY, WEB_STORY, quote_article  # noqa: E402,F401


@pytest.fixture(scope="session")
def parser() -> newsparse.Parser:
    """A parser with the built-ins and this plugin only (no entry points)."""
    return newsparse.Parser(plugins=[newsparse_summary])


@pytest.fixture
def shared_dir() -> Path:
    """../shared beside the checkout; tests that need it skip cleanly when it is absent."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip("../shared is not beside this checkout")
    return SHARED

"""Opt-in pytest fixtures for newsparse plugin authors.

pytest loads this module through newsparse's ``pytest11`` entry point, but it changes nothing
in a test session by itself: no autouse fixtures, no collection hooks, and newsparse's parser
machinery is imported only when a test asks for a fixture below. (``-p no:newsparse``
switches it off.)

``newsparse_parser``
    An isolated parser (:func:`newsparse.testing.make_parser`) with the plugins that the
    ``newsparse_plugins`` fixture returns; by default those named by the nearest
    ``@pytest.mark.newsparse_plugins(plugin, ...)`` marker, or none.
``newsparse_make_parser``
    :func:`newsparse.testing.make_parser` itself, for tests that need several parsers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from ..parser import Parser

MARKER = "newsparse_plugins"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", f"{MARKER}(*plugins): plugins the newsparse_parser fixture loads")


@pytest.fixture
def newsparse_plugins(request: pytest.FixtureRequest) -> Sequence[object]:
    """The plugins for ``newsparse_parser`` (override this fixture, or use the marker)."""
    marker = request.node.get_closest_marker(MARKER)
    return tuple(marker.args) if marker is not None else ()


@pytest.fixture
def newsparse_parser(newsparse_plugins: Sequence[object]) -> Parser:
    """An isolated, strict parser: the built-ins plus ``newsparse_plugins``."""
    from . import make_parser

    return make_parser(*newsparse_plugins)


@pytest.fixture
def newsparse_make_parser() -> Callable[..., Any]:
    """:func:`newsparse.testing.make_parser` (``newsparse_make_parser(plugin, strict=False)``)."""
    from . import make_parser

    return make_parser

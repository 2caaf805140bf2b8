"""The ``newsparse parse`` command, through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsparse.cli import cli
from newsparse.serialize import from_json

STORY = "LONDON (Reuters) - Shares rose on Monday.\n\nBonds fell.\n\n(Reporting by Anna Chen)\n"


def test_parse_file_json(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["parse", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert doc["dateline"]["agency"] == "Reuters"
    assert [p["text"] for p in doc["paragraphs"]] == ["Shares rose on Monday.", "Bonds fell."]
    assert from_json(result.output).source == STORY


def test_parse_stdin_text() -> None:
    result = CliRunner().invoke(cli, ["parse", "-", "--format", "text"], input=STORY)
    assert result.exit_code == 0, result.output
    assert "dateline:  'LONDON (Reuters) -'" in result.output
    assert "paragraphs (2):" in result.output
    assert "trailer:   credits: '(Reporting by Anna Chen)'" in result.output


def test_parse_cp1252_bytes_from_stdin() -> None:
    result = CliRunner().invoke(cli, ["parse", "-"], input="Caf\u00e9 prices rose.\n".encode("cp1252"))
    assert result.exit_code == 0
    assert json.loads(result.output)["paragraphs"][0]["text"] == "Caf\u00e9 prices rose."


def test_unknown_format_is_an_error() -> None:
    result = CliRunner().invoke(cli, ["parse", "-", "--format", "yaml"], input=STORY)
    assert result.exit_code != 0
    assert "yaml" in result.output


def test_missing_file_is_an_error() -> None:
    result = CliRunner().invoke(cli, ["parse", "/nonexistent/story.txt"])
    assert result.exit_code == 2

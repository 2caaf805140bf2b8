"""The README's Python example runs as written (from the project root, plugins installed)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_readme_python_example_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"## In Python\n\n```python\n(.*?)```", readme, re.S)
    assert match, "README has no '## In Python' example"
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {}
    exec(compile(match.group(1), "README.md", "exec"), namespace)
    article = namespace["a"]
    assert getattr(article, "quotes", None), "the example story should yield quotes"

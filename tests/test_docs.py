"""The documentation keeps up with the code: every hook has a section in the hooks reference,
code samples compile (and the five-line plugin test runs), and the README's test command is
what CI runs."""

from __future__ import annotations

import re
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

from newsparse import hookspecs

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_DOCS = ROOT / "docs" / "plugins"
HOOKS_DOC = PLUGIN_DOCS / "hooks.md"
FENCE = re.compile(r"^```(\w*)\n(.*?)^```", re.MULTILINE | re.DOTALL)


def hook_names() -> list[str]:
    return sorted(name for name, obj in vars(hookspecs).items() if hasattr(obj, "newsparse_spec"))


def sections(path: Path) -> dict[str, str]:
    parts = re.split(r"^## (\S+)\s*$", path.read_text(encoding="utf-8"), flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def code_blocks(language: str) -> list[tuple[str, str]]:
    docs = [*PLUGIN_DOCS.glob("*.md"), *(ROOT / "plugins").glob("*/README.md"), ROOT / "plugins" / "README.md"]
    return [(f"{path.relative_to(ROOT)}#{i}", m.group(2)) for path in sorted(docs)
            for i, m in enumerate(FENCE.finditer(path.read_text(encoding="utf-8"))) if m.group(1) == language]


@pytest.mark.parametrize("hook", hook_names())
def test_plugin_hooks_are_documented(hook: str) -> None:
    documented = sections(HOOKS_DOC)
    assert hook in documented, f"docs/plugins/hooks.md has no '## {hook}' section"
    body = documented[hook]
    assert f"def {hook}(register" in body, "the section shows the hook's signature"
    assert "*New in version" in body


def test_no_section_for_a_hook_that_does_not_exist() -> None:
    assert sorted(sections(HOOKS_DOC)) == hook_names()


def test_python_samples_compile() -> None:
    blocks = code_blocks("python")
    assert len(blocks) >= 10
    for where, code in blocks:
        compile(code, where, "exec")


def test_the_five_line_plugin_test_runs() -> None:
    try:
        distribution("newsparse-plugin-example")
    except PackageNotFoundError:  # pragma: no cover - CI installs it
        pytest.skip("newsparse-plugin-example is not installed")
    where, code = next((w, c) for w, c in code_blocks("python") if w.startswith("docs/plugins/testing-a-plugin"))
    assert len(code.strip().splitlines()) <= 8
    namespace: dict[str, object] = {}
    exec(compile(code, where, "exec"), namespace)
    tests = [fn for name, fn in namespace.items() if name.startswith("test_") and callable(fn)]
    assert tests
    for test in tests:
        test()


def test_readme_test_command_is_what_ci_runs() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    bash = [m.group(2).strip() for m in FENCE.finditer(readme) if m.group(1) == "bash"]
    command = bash[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert command in ci, f"{command!r} is not a line of .ci/run"
    assert "-e plugins/newsparse-plugin-example" in command

"""Real entry-point discovery, in subprocesses: the installed example plugin is found and
used by ``newsparse parse``; the allow/block lists switch it off; a deliberately broken
distribution (raising at import, at registration, in an enricher, in ``register_commands``)
never stops parsing and is reported.

The broken distribution is written to a temporary folder (package + ``*.dist-info`` with an
``entry_points.txt``) and put on ``PYTHONPATH``: importlib.metadata finds it like any install.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

try:
    EXAMPLE_VERSION = distribution("newsparse-plugin-example").version
except PackageNotFoundError:  # pragma: no cover - CI installs it (README test command)
    EXAMPLE_VERSION = None

pytestmark = pytest.mark.skipif(
    EXAMPLE_VERSION is None, reason="install plugins/newsparse-plugin-example (see the README's test command)"
)

STORY = """Hungary approves rail link to Vienna

BUDAPEST, May 4 (MTI) - The Hungarian government approved a new high-speed rail link to Vienna
on Thursday, the transport ministry said.

"The line will halve the journey time," the minister told reporters.
"""

BROKEN = {
    "np_broken/__init__.py": "",
    "np_broken/at_import.py": "raise RuntimeError('broken at import')\n",
    "np_broken/at_register.py": """
        from newsparse import hookimpl

        @hookimpl
        def register_agencies(register):
            register({"name": "HALF"})
            raise RuntimeError("broken at registration")
    """,
    "np_broken/in_enricher.py": """
        from newsparse import hookimpl

        def explode(article, options):
            raise RuntimeError("broken in the enricher")

        @hookimpl
        def register_enrichers(register):
            register("explode", explode)
    """,
    "np_broken/in_commands.py": """
        from newsparse import hookimpl

        @hookimpl
        def register_commands(register, cli):
            raise RuntimeError("broken in register_commands")
    """,
    "np_broken/hello.py": """
        import click
        from newsparse import hookimpl

        @hookimpl
        def register_commands(cli):
            @cli.command()
            def hello():
                "Say hello from a plugin."
                click.echo("hello from np-hello")
    """,
    "np_broken-0.0.1.dist-info/METADATA": "Metadata-Version: 2.1\nName: np-broken\nVersion: 0.0.1\n",
    "np_broken-0.0.1.dist-info/entry_points.txt": """
        [newsparse]
        np-broken-import = np_broken.at_import
        np-broken-register = np_broken.at_register
        np-broken-enricher = np_broken.in_enricher
        np-broken-commands = np_broken.in_commands
        np-hello = np_broken.hello
    """,
}


@pytest.fixture(scope="module")
def broken_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    site = tmp_path_factory.mktemp("site")
    for rel, text in BROKEN.items():
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    return site


@pytest.fixture(scope="module")
def story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("story") / "mti.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def newsparse_cli(*args: str, site: Path | None = None, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPARSE_") and k != "PYTHONPATH"}
    environ.update(env)
    if site is not None:
        environ["PYTHONPATH"] = str(site)
    code = "import sys; from newsparse.cli import main; sys.argv[0] = 'newsparse'; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=environ,
                          timeout=60)


def annotation_kinds(out: str) -> list[str]:
    return [a["kind"] for a in json.loads(out)["annotations"]]


def test_installed_example_plugin_is_discovered_and_used(story: Path) -> None:
    result = newsparse_cli("parse", "--enrich", "reading-time", str(story))
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["dateline"]["agency"] == "MTI"
    assert annotation_kinds(result.stdout) == ["reading-time"]
    listing = newsparse_cli("plugins")
    assert listing.returncode == 0, listing.stderr
    assert f"example {EXAMPLE_VERSION}" in listing.stdout
    assert "hooks:  register_agencies, register_enrichers" in listing.stdout
    assert "adds:   agencies: MTI; enrichers: reading-time" in listing.stdout


@pytest.mark.parametrize("env", [{"NEWSPARSE_BLOCK_PLUGINS": "example"}, {"NEWSPARSE_PLUGINS": ""},
                                 {"NEWSPARSE_PLUGINS": "something-else, np-hello"}])
def test_blocked_or_not_allowlisted_example_is_not_used(story: Path, env: dict[str, str]) -> None:
    result = newsparse_cli("parse", str(story), **env)
    assert result.returncode == 0, result.stderr
    assert (json.loads(result.stdout)["dateline"] or {}).get("agency") != "MTI"
    refused = newsparse_cli("parse", "--enrich", "reading-time", str(story), **env)
    assert refused.returncode != 0 and "no enricher named 'reading-time'" in refused.stderr


def test_allowlisted_example_is_used(story: Path, broken_site: Path) -> None:
    result = newsparse_cli("parse", str(story), site=broken_site, NEWSPARSE_PLUGINS="example")
    assert result.returncode == 0 and result.stderr == ""  # the broken ones were never imported
    assert json.loads(result.stdout)["dateline"]["agency"] == "MTI"


def test_broken_plugins_never_stop_parsing(story: Path, broken_site: Path) -> None:
    result = newsparse_cli("parse", "-e", "reading-time,explode", str(story), site=broken_site)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["dateline"]["agency"] == "MTI" and len(article["paragraphs"]) == 2
    assert annotation_kinds(result.stdout) == ["reading-time"]
    (warning,) = article["warnings"]
    assert warning["code"] == "enricher-failed" and warning["plugin"] == "np-broken-enricher"
    for name in ("np-broken-import", "np-broken-register", "np-broken-commands"):
        assert f"plugin {name!r}" in result.stderr
    assert "broken in the enricher" in result.stderr


def test_broken_plugins_are_reported_by_newsparse_plugins(broken_site: Path) -> None:
    result = newsparse_cli("plugins", site=broken_site)
    assert result.returncode == 1
    out = result.stdout
    assert f"example {EXAMPLE_VERSION}\n" in out
    assert "np-broken-import 0.0.1  [FAILED]" in out and "error:  import: RuntimeError: broken at import" in out
    assert "np-broken-register 0.0.1  [FAILED]" in out
    assert "error:  register_agencies: RuntimeError: broken at registration" in out
    assert "error:  register_commands: RuntimeError: broken in register_commands" in out
    rows = {row["name"]: row for row in json.loads(newsparse_cli("plugins", "--json", site=broken_site).stdout)}
    assert rows["np-broken-enricher"]["errors"] == [] and rows["np-broken-enricher"]["version"] == "0.0.1"
    assert rows["np-broken-enricher"]["distribution"] == "np-broken"


def test_help_works_and_plugin_commands_are_added(broken_site: Path) -> None:
    result = newsparse_cli("--help", site=broken_site)
    assert result.returncode == 0, result.stderr
    for command in ("parse", "plugins", "hello"):
        assert f"  {command} " in result.stdout
    assert "np-broken-commands" in result.stderr
    hello = newsparse_cli("hello", site=broken_site)
    assert (hello.returncode, hello.stdout) == (0, "hello from np-hello\n")


def test_strict_mode_re_raises(story: Path, broken_site: Path) -> None:
    result = newsparse_cli("parse", str(story), site=broken_site, NEWSPARSE_STRICT_PLUGINS="1")
    assert result.returncode == 1
    assert "plugin 'np-broken-import' failed during import: RuntimeError: broken at import" in result.stderr


def test_library_use_with_broken_plugins(broken_site: Path) -> None:
    code = textwrap.dedent(f"""
        import warnings, newsparse
        from newsparse.parser import default_parser
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            a = newsparse.parse({STORY!r}, enrich=["reading-time", "explode"])
        print(a.dateline.agency, [x.kind for x in a.annotations], [w.code for w in a.warnings])
        print(sorted((f.name, f.stage) for f in default_parser().failures))
        print(len(caught))
    """)
    environ = {k: v for k, v in os.environ.items() if not k.startswith("NEWSPARSE_")}
    environ["PYTHONPATH"] = str(broken_site)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environ, timeout=60)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0] == "MTI ['reading-time'] ['enricher-failed']"
    assert lines[1] == "[('np-broken-import', 'import'), ('np-broken-register', 'register_agencies')]"
    assert int(lines[2]) == 3

"""The command line and plugins, in-process (click's CliRunner with an explicit parser)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import Any

import click
import pytest
from click.testing import CliRunner

from newsparse import Article, GenericAnnotation, hookimpl
from newsparse import hookspecs as specs
from newsparse.cli import add_plugin_commands, cli
from newsparse.testing import make_parser

STORY = "MOSCOW, February 21. /TASS/. Talks went on, the minister said.\n"


class Words:
    @hookimpl
    def register_enrichers(self, register: specs.RegisterEnricher) -> None:
        def enrich(article: Article, options: Mapping[str, Any]) -> Iterable[GenericAnnotation]:
            return [GenericAnnotation("words", json.dumps({"n": len(article.body.split())}))]

        register("words", enrich)

    @hookimpl
    def register_serializers(self, register: specs.RegisterSerializer) -> None:
        register("agency", lambda a: f"{a.agency}\n")


class Commands:
    @hookimpl
    def register_commands(self, register: specs.RegisterCommand, cli: click.Group) -> None:
        @click.command()
        def shout() -> None:
            click.echo("SHOUT")

        register(shout)
        register(click.Command("whisper", callback=lambda: click.echo("psst")), name="hush")

        @cli.command()
        def llm_style() -> None:
            click.echo("decorated")


class TakesParse:
    @hookimpl
    def register_commands(self, register: specs.RegisterCommand) -> None:
        register(click.Command("parse", callback=lambda: None))


class RaisesInCommands:
    @hookimpl
    def register_commands(self, register: specs.RegisterCommand) -> None:
        raise RuntimeError("commands exploded")


def fresh_group() -> click.Group:
    group = click.Group("newsparse", commands=dict(cli.commands))
    return group


def run(group: click.Group, args: list[str], parser: Any, input: str | None = None) -> Any:
    return CliRunner().invoke(group, args, obj=parser, input=input, catch_exceptions=False)


def test_parse_with_enrich_and_plugin_serializer() -> None:
    parser = make_parser(Words())
    result = run(cli, ["parse", "--enrich", "words", "-"], parser, input=STORY)
    assert result.exit_code == 0
    assert json.loads(result.output)["annotations"] == [{"kind": "words", "source": "", "data": {"n": 6}}]
    result = run(cli, ["parse", "--format", "agency", "-"], parser, input=STORY)
    assert result.output == "TASS\n"


def test_parse_unknown_enricher_or_format_is_a_clean_error() -> None:
    parser = make_parser(Words())
    result = CliRunner().invoke(cli, ["parse", "-e", "nope", "-"], obj=parser, input=STORY)
    assert result.exit_code == 1 and "no enricher named 'nope' (available: words)" in result.output
    result = CliRunner().invoke(cli, ["parse", "-f", "yaml", "-"], obj=parser, input=STORY)
    assert result.exit_code == 1 and "no serializer named 'yaml'" in result.output


def test_enrich_accepts_comma_separated_names() -> None:
    class Other:
        @hookimpl
        def register_enrichers(self, register: specs.RegisterEnricher) -> None:
            register("other", lambda a, o: [GenericAnnotation("other")])

    parser = make_parser(Words(), Other())
    result = run(cli, ["parse", "-e", "words,other", "-"], parser, input=STORY)
    assert [a["kind"] for a in json.loads(result.output)["annotations"]] == ["words", "other"]


def test_plugins_lists_name_version_hooks_and_errors() -> None:
    parser = make_parser(Words(), RaisesInCommands(), strict=False)
    group = fresh_group()
    add_plugin_commands(group, parser)
    result = CliRunner().invoke(group, ["plugins"], obj=parser)
    assert result.exit_code == 1
    assert "test_cli_plugins.Words\n  module: test_cli_plugins\n  hooks:  register_enrichers, register_serializers" \
        in result.output
    assert "test_cli_plugins.RaisesInCommands  [FAILED]" in result.output
    assert "error:  register_commands: RuntimeError: commands exploded" in result.output
    assert "newsparse.default_plugins" not in result.output
    everything = CliRunner().invoke(group, ["plugins", "--all", "--json"], obj=parser)
    rows = {row["name"]: row for row in json.loads(everything.output)}
    assert rows["newsparse.default_plugins.pipeline"]["builtin"] is True
    assert rows["test_cli_plugins.RaisesInCommands"]["errors"][0]["stage"] == "register_commands"


def test_plugins_with_none_installed() -> None:
    result = run(cli, ["plugins"], make_parser())
    assert result.exit_code == 0 and "No plugins installed" in result.output


def test_plugin_commands_both_styles() -> None:
    parser = make_parser(Commands())
    group = fresh_group()
    add_plugin_commands(group, parser)
    assert {"parse", "plugins", "shout", "hush", "llm-style"} <= set(group.commands)
    assert run(group, ["shout"], parser).output == "SHOUT\n"
    assert run(group, ["hush"], parser).output == "psst\n"
    assert run(group, ["llm-style"], parser).output == "decorated\n"


def test_a_plugin_cannot_replace_a_core_command(capsys: pytest.CaptureFixture[str]) -> None:
    parser = make_parser(TakesParse(), Commands(), strict=False)
    group = fresh_group()
    add_plugin_commands(group, parser)
    assert group.commands["parse"] is cli.commands["parse"] and "shout" in group.commands
    assert "command 'parse' is registered by both 'newsparse' and 'test_cli_plugins.TakesParse'" \
        in capsys.readouterr().err
    assert [f.stage for f in parser.failures] == ["register_commands"]


def test_help_survives_a_raising_register_commands() -> None:
    parser = make_parser(RaisesInCommands(), Commands(), strict=False)
    group = fresh_group()
    add_plugin_commands(group, parser)
    result = run(group, ["--help"], parser)
    assert result.exit_code == 0 and "shout" in result.output and "parse" in result.output


def test_strict_parse_flag_uses_a_strict_parser() -> None:
    class BadRule:
        @hookimpl
        def register_rules(self, register: specs.RegisterRule) -> None:
            register("bad", lambda state: 1 / 0, after="header")  # type: ignore[func-returns-value]

    parser = make_parser(BadRule(), strict=False)
    result = run(cli, ["parse", "-"], parser, input=STORY)
    assert result.exit_code == 0 and json.loads(result.output)["warnings"][0]["code"] == "rule-failed"

"""The ``newsparse`` command line. Plugins add subcommands through ``register_commands``."""

from __future__ import annotations

import sys

import click

from . import __version__


@click.group()
@click.version_option(__version__, prog_name="newsparse")
def cli() -> None:
    """Parse wire-service copy into structured articles."""


@cli.command("parse")
@click.argument("file", type=click.File("rb"), default="-")
@click.option("--format", "-f", "fmt", default="json", show_default=True,
              help="Output format: json, text, or one a plugin registers.")
@click.option("--enrich", "-e", multiple=True, help="Run an enrichment plugin (repeatable).")
@click.option("--strict", is_flag=True, help="Re-raise plugin failures instead of recording them.")
def parse_cmd(file: click.utils.LazyFile, fmt: str, enrich: tuple[str, ...], strict: bool) -> None:
    """Parse FILE (or - for standard input) and print the article."""
    from .errors import NewsparseError
    from .parser import Parser

    parser = Parser(strict=strict or None)
    data = file.read()
    try:
        serializer = parser.registry.serializer(fmt)
        article = parser.parse(data, enrich=list(enrich) or None)
    except NewsparseError as exc:
        raise click.ClickException(str(exc)) from exc
    out = serializer.dumps(article)
    click.echo(out, nl=not out.endswith("\n"))


@cli.command("plugins")
@click.option("--all", "show_all", is_flag=True, help="Include the built-in plugins.")
def plugins_cmd(show_all: bool) -> None:
    """List installed plugins, their hooks and any load errors."""
    from .parser import Parser

    parser = Parser()
    for info in parser.plugin_infos():
        if info.builtin and not show_all:
            continue
        click.echo(f"{info.name} {info.version or ''}".rstrip())
        click.echo(f"  module: {info.module}")
        click.echo(f"  hooks:  {', '.join(info.hooks) or '-'}")
    for failure in parser.failures:
        click.echo(f"{failure.name} {failure.version or ''}".rstrip() + "  [FAILED]")
        click.echo(f"  stage:  {failure.stage}")
        click.echo(f"  error:  {failure.error}")
    if parser.failures:
        sys.exit(1)


def _load_plugin_commands() -> None:
    from .parser import Parser

    parser = Parser()
    for impl in parser.pm.hook.register_commands.get_hookimpls():
        try:
            impl.function(cli=cli)
        except Exception as exc:  # one broken plugin must not break `newsparse --help`
            click.echo(f"newsparse: plugin {impl.plugin_name!r} failed to add commands: {exc}", err=True)


def main() -> None:
    _load_plugin_commands()
    cli()

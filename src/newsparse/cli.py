"""The ``newsparse`` command line. Plugins add subcommands through ``register_commands``.

``main`` builds one :class:`~newsparse.parser.Parser` (which loads the plugins) and shares it
with the subcommands through the click context; a plugin that fails to load or to add its
commands is reported on stderr and ``newsparse plugins``, and everything else keeps working.
"""

from __future__ import annotations

import json
import sys
import warnings
from typing import TYPE_CHECKING, Any, BinaryIO, TextIO

import click

from . import __version__

if TYPE_CHECKING:
    from .parser import Parser

CORE_COMMANDS = ("parse", "plugins")


@click.group()
@click.version_option(__version__, prog_name="newsparse")
def cli() -> None:
    """Parse wire-service copy into structured articles."""


def _parser(ctx: click.Context, *, strict: bool = False) -> Parser:
    from .errors import NewsparseError
    from .parser import Parser

    root = ctx.find_root()
    try:
        if strict:
            return Parser(strict=True)
        if not isinstance(root.obj, Parser):
            root.obj = Parser()
        return root.obj
    except NewsparseError as exc:  # strict mode: a broken plugin stops here, said plainly
        raise click.ClickException(str(exc)) from exc


@cli.command("parse")
@click.argument("file", type=click.File("rb"), default="-")
@click.option("--format", "-f", "fmt", default="json", show_default=True,
              help="Output format: json, text, or one a plugin registers (see `newsparse plugins`).")
@click.option("--enrich", "-e", multiple=True, metavar="NAME",
              help="Run an enricher (repeatable, or comma-separated).")
@click.option("--strict", is_flag=True, help="Re-raise plugin failures instead of recording them.")
@click.pass_context
def parse_cmd(ctx: click.Context, file: BinaryIO, fmt: str, enrich: tuple[str, ...], strict: bool) -> None:
    """Parse FILE (or - for standard input) and print the article."""
    from .errors import NewsparseError

    parser = _parser(ctx, strict=strict)
    names = [name.strip() for value in enrich for name in value.split(",") if name.strip()]
    data = file.read()
    try:
        serializer = parser.registry.serializer(fmt)
        article = parser.parse(data, enrich=names or None)
    except NewsparseError as exc:
        raise click.ClickException(str(exc)) from exc
    out = serializer.dumps(article)
    click.echo(out, nl=not out.endswith("\n"))


@cli.command("plugins")
@click.option("--all", "show_all", is_flag=True, help="Include the built-in plugins.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of text.")
@click.pass_context
def plugins_cmd(ctx: click.Context, show_all: bool, as_json: bool) -> None:
    """List plugins: name, version, hooks and load errors (exit status 1 if any failed)."""
    parser = _parser(ctx)
    infos = [i for i in parser.plugin_infos() if show_all or not i.builtin]
    if as_json:
        rows = [{"name": i.name, "version": i.version, "distribution": i.distribution, "module": i.module,
                 "hooks": list(i.hooks), "adds": list(i.provides), "builtin": i.builtin,
                 "errors": [{"stage": f.stage, "error": f.error} for f in i.failures]} for i in infos]
        click.echo(json.dumps(rows, indent=2))
    elif not infos:
        click.echo("No plugins installed (use --all to list the built-in ones).")
    for info in infos if not as_json else ():
        status = "  [FAILED]" if info.failures else ""
        click.echo(f"{info.name} {info.version or ''}".rstrip() + status)
        if info.distribution and info.distribution != info.name:
            click.echo(f"  distribution: {info.distribution}")
        if info.module and info.module != info.name:
            click.echo(f"  module: {info.module}")
        click.echo(f"  hooks:  {', '.join(info.hooks) or '-'}")
        if info.provides:
            click.echo(f"  adds:   {'; '.join(info.provides)}")
        for failure in info.failures:
            click.echo(f"  error:  {failure.stage}: {failure.error}")
    if parser.failures:
        sys.exit(1)


def add_plugin_commands(group: click.Group, parser: Parser) -> None:
    """Add each plugin's commands to ``group``, each plugin in its own ``try``; a name that
    is taken (by the core or an earlier plugin) is reported, naming both."""
    from .errors import DuplicateRegistrationError, NewsparseError

    owners = {name: "newsparse" for name in group.commands}
    for loaded in parser.active_plugins():
        pending: list[tuple[str, click.Command]] = []

        def register(command: click.Command, *, name: str | None = None,
                     pending: list[tuple[str, click.Command]] = pending) -> None:
            if not isinstance(command, click.Command):
                raise TypeError(f"register() takes a click.Command, not {type(command).__name__}")
            pending.append((name or command.name or "", command))

        scratch = click.Group(name=group.name)
        try:
            if not parser.call_hook(loaded, "register_commands", register=register, cli=scratch):
                continue
            pending.extend(scratch.commands.items())
            seen: dict[str, str] = dict(owners)
            for name, _ in pending:
                if not name:
                    raise ValueError("a command without a name")
                if name in seen:
                    raise DuplicateRegistrationError("command", name, seen[name], loaded.name)
                seen[name] = loaded.name
        except Exception as exc:  # one broken plugin must not break the command line
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    parser.report_failure(loaded, "register_commands", exc)
            except NewsparseError as strict_error:
                raise click.ClickException(str(strict_error)) from exc
            click.echo(f"newsparse: plugin {loaded.name!r} could not add its commands: "
                       f"{type(exc).__name__}: {exc}", err=True)
            continue
        for name, command in pending:
            group.add_command(command, name)
            owners[name] = loaded.name


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: TextIO | None = None, line: str | None = None) -> None:
    from .parser import NewsparseWarning

    if issubclass(category, NewsparseWarning):
        click.echo(f"newsparse: warning: {message}", err=True)
    else:
        _default_showwarning(message, category, filename, lineno, file, line)


_default_showwarning = warnings.showwarning


def main(argv: list[str] | None = None) -> Any:
    """The console script: load plugins once, add their commands, run."""
    from .errors import NewsparseError
    from .parser import Parser

    warnings.showwarning = _show_warning  # plugin failures as one plain line, not a source excerpt
    try:
        parser = Parser()
    except NewsparseError as exc:  # strict mode with a broken plugin
        click.echo(f"newsparse: {exc}", err=True)
        sys.exit(1)
    add_plugin_commands(cli, parser)
    return cli.main(args=argv, prog_name="newsparse", obj=parser)

"""The `minutes` command: each command group lives in its own module and registers itself here."""

from __future__ import annotations

import importlib
import pkgutil

import typer

import minutes_nlp.cli as cli_pkg
from minutes_nlp import __version__
from minutes_nlp.cli.common import State

app = typer.Typer(
    name="minutes",
    help="Turn an archive of meeting minutes (DOCX, PDF, text) into decisions, actions and questions you can track.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules are found in this package: any module with `register(app)`. These come first in --help,
# in this order; the rest follow alphabetically.
FIRST = ("ingest", "actions", "questions", "brief", "search", "decisions", "meetings", "show", "extract", "parse")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"minutes-nlp {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Show the version."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks instead of one-line errors."),
) -> None:
    State.debug = debug


def _command_modules() -> list[str]:
    names = {m.name for m in pkgutil.iter_modules(cli_pkg.__path__) if m.name not in ("app", "common", "__main__")}
    return [n for n in FIRST if n in names] + sorted(names - set(FIRST))


for _name in _command_modules():
    _module = importlib.import_module(f"minutes_nlp.cli.{_name}")
    if hasattr(_module, "register"):
        _module.register(app)


def main() -> None:
    app()

"""What every command shares: the console, the --debug switch, and MinutesError -> one line + exit code."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import typer
from rich.console import Console

from minutes_nlp.errors import MinutesError

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False)

T = TypeVar("T")


class State:
    debug = False


@contextmanager
def guarded() -> Iterator[None]:
    """Run a command body; a MinutesError becomes one line on stderr and its exit code."""
    try:
        yield
    except MinutesError as exc:
        if State.debug:
            raise
        err_console.print(f"[red]error:[/red] {exc.one_line()}", markup=True, soft_wrap=True)
        raise typer.Exit(exc.exit_code) from None


def call(fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    with guarded():
        return fn(*args, **kwargs)


def print_json(data: Any) -> None:
    """JSON for programs: UTF-8, no escaping of Czech letters, stable key order as built."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


DB_HELP = "Archive database (default: $MINUTES_DB or ./minutes.db)."


def open_db(path: str | None, create: bool = False):  # noqa: ANN201 - store.Archive, imported lazily
    """The archive; only commands that add documents (ingest, import) may create it."""
    from minutes_nlp.store import open_archive

    return call(open_archive, path, create)


def fail(exc: MinutesError) -> None:
    """Report a usage problem found in the CLI layer exactly like one raised by the library."""

    def raise_it() -> None:
        raise exc

    call(raise_it)


def check_choice(option: str, value: str, allowed: tuple[str, ...]) -> None:
    """Reject an unknown --format/--what/--kind value instead of silently doing something else."""
    from minutes_nlp.errors import UsageError

    if value not in allowed:
        fail(UsageError(f"{option} must be one of {', '.join(allowed)} (got {value!r})"))


def check_date(option: str, value: str | None) -> str | None:
    """An ISO date (YYYY-MM-DD) or None; anything else is a one-line usage error."""
    from datetime import date

    from minutes_nlp.errors import UsageError

    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        fail(UsageError(f"{option}: not an ISO date: {value!r} (use YYYY-MM-DD)"))
    return None


def today() -> str:
    from datetime import date

    return date.today().isoformat()


def as_csv(rows: list[dict[str, Any]], columns: list[str]) -> str:
    """CSV for spreadsheets: UTF-8 with a byte-order mark so Excel reads Czech letters right, a header row,
    then one row per item; nested values as JSON."""
    import csv
    import io

    buf = io.StringIO()
    buf.write("\ufeff")
    writer = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, (dict, list)) else v
                         for k, v in row.items()})
    return buf.getvalue()

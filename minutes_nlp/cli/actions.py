"""`minutes actions`: the secretariat's list of action points, and the edits people make to them."""

from __future__ import annotations

import getpass

import typer

from minutes_nlp.cli.common import DB_HELP, call, check_choice, check_date, console, fail, open_db, print_json, today
from minutes_nlp.cli.render import items_table
from minutes_nlp.errors import UsageError

STATUSES = ("done", "open", "cancelled")


def _who(by: str | None) -> str:
    if by:
        return by
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def register(app: typer.Typer) -> None:
    """`minutes actions` (the list) with its subcommands `set`, `note` and `show`."""
    group = typer.Typer(help="Action points: list, mark done, annotate.", no_args_is_help=False)
    app.add_typer(group, name="actions")
    group.callback(invoke_without_command=True)(list_actions)
    group.command("set")(set_action)
    group.command("note")(note_action)
    group.command("show")(show_action)


def list_actions(
    ctx: typer.Context,
    open_: bool = typer.Option(False, "--open", help="Open, carried-over and overdue actions."),
    overdue: bool = typer.Option(False, "--overdue", help="Only actions past their deadline."),
    done: bool = typer.Option(False, "--done", help="Only finished actions."),
    owner: str = typer.Option(None, "--owner", help="Owner (any case, diacritics or inflection)."),
    series: str = typer.Option(None, "--series", help="Series name or abbreviation."),
    since: str = typer.Option(None, "--since", help="Meetings on or after this date."),
    as_of: str = typer.Option(None, "--as-of", help="Judge overdue as of this date (default today)."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, json or csv"),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """List action points with their status, owner, deadline and source."""
    if ctx.invoked_subcommand:
        return
    check_choice("--format", fmt, ("table", "json", "csv"))
    from minutes_nlp.store.queries import ItemFilter, list_items

    status = "overdue" if overdue else "done" if done else "open" if open_ else None
    f = ItemFilter("action", status, owner, series, check_date("--since", since),
                   check_date("--as-of", as_of) or today())
    items_table(call(list_items, open_db(db), f), "Action points", fmt)


def set_action(
    item_id: str = typer.Argument(..., help="Action ID (from `minutes actions`)."),
    status: str = typer.Option(None, "--status", help="done, open or cancelled"),
    note: str = typer.Option(None, "--note", help="A note to keep with the change."),
    owner: str = typer.Option(None, "--owner", help="Set the owner."),
    due: str = typer.Option(None, "--due", help="Set the deadline (YYYY-MM-DD)."),
    by: str = typer.Option(None, "--by", help="Who makes the change (default: your user name)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Change an action's status, owner or deadline; kept over anything re-extraction says."""
    from minutes_nlp.store.edits import edit_item

    if status is not None and status not in STATUSES:
        fail(UsageError(f"--status must be one of {', '.join(STATUSES)}"))
    changes = {"status": status, "owner": owner, "due": check_date("--due", due)}
    view = call(edit_item, open_db(db), item_id, changes, note, _who(by))
    console.print(f"{view.id}: {view.status} · {view.owner or '-'} · due {view.due or '-'}")


def note_action(
    item_id: str = typer.Argument(...), text: str = typer.Argument(..., help="The note."),
    by: str = typer.Option(None, "--by"), db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Add a note to an action."""
    from minutes_nlp.store.edits import edit_item

    view = call(edit_item, open_db(db), item_id, {}, text, _who(by))
    console.print(f"{view.id}: note added ({len(view.notes)} in all)")


def show_action(
    item_id: str = typer.Argument(...),
    fmt: str = typer.Option("text", "--format", "-f", help="text or json"),
    db: str = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """One action with its source, tracker evidence and the history of manual edits."""
    check_choice("--format", fmt, ("text", "json"))
    from minutes_nlp.store.queries import get_item, item_history

    archive = open_db(db)
    view = call(get_item, archive, item_id)
    history = item_history(archive, item_id)
    if fmt == "json":
        print_json(view.to_json() | history)
        return
    _print_detail(view, history)


def _print_detail(view, history) -> None:  # noqa: ANN001
    from minutes_nlp.cli.render import plain

    src = view.source
    console.print(plain(f"{view.id} [{view.status}] {view.text}"), soft_wrap=True)
    due = f"{view.due or '-'}" + (f" ({view.due_text})" if view.due_text else "")
    console.print(plain(f"status: {view.status}   owner: {view.owner or '-'}   due: {due}   "
                        f"carried over: {view.carried_over}"))
    console.print(plain(f"meeting: {view.meeting_date or '-'} {view.series or ''}   source: {src['file']} "
                        f"page {src['page'] or '-'} block {src['block']} chars {src['start']}-{src['end']}"))
    console.print(f"method: {view.method}   confidence: {view.confidence:.2f}")
    for e in history["evidence"]:
        console.print(plain(f"  evidence {e['meeting_date'] or '-'}: {e['status']} — {e['text']}"), soft_wrap=True)
    for e in history["edits"]:
        console.print(plain(f"  edit {e['at']} by {e['by']}: {e['field']} = {e['value'] or ''} {e['note'] or ''}"))

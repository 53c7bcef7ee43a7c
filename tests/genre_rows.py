"""Shared pieces of the genre inventory tests: the strict-xfail row, the people a document yields, the
institution check (every body matched by a name a scorer accepts, one entry per body, nothing else), and the new
actions of an item result with the check of their due date."""

from __future__ import annotations

from typing import Any

import pytest

from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source
from minutes_nlp.evaluate.match import same_person
from minutes_nlp.extract import agenda, metadata
from minutes_nlp.extract.entities import extract_entities
from minutes_nlp.extract.result import Institution, MeetingInfo
from minutes_nlp.textutil import fold


def gap(reason: str, *row: Any) -> Any:
    """A row that fails today: xfail(strict) with the class of the failure as the reason."""
    return pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason))


def new_actions(result: Any) -> list[Any]:
    """The actions a result states anew: follow-up lines reporting on earlier ones carry a status."""
    return [a for a in result.actions if a.status is None]


def check_due(got: Any, due: str | None) -> None:
    """`due`: None (no deadline), a kind ("next_meeting", "continuous", "immediate") or the ISO start of the latest
    day of the window."""
    if due is None:
        assert got is None, got
    elif due in ("next_meeting", "continuous", "immediate"):
        assert got is not None and got.kind == due, got
    else:
        assert got is not None and (got.latest or "").startswith(due), got


def people_names(doc: Document, lang: str) -> set[str]:
    """The canonical names of the people the entities stage finds in `doc`."""
    return {p.name for p in extract_entities(doc, lang, MeetingInfo(), ()).people}


def paragraphs(text: str) -> Document:
    """A plain-text document of the paragraphs of `text`, separated by " // "."""
    b = DocumentBuilder(Source("t.txt", "0", "txt"))
    for p in text.split(" // "):
        b.add(BlockKind.PARAGRAPH, p)
    return b.build()


def named_gap(reason: str, name: str, *row: Any) -> Any:
    """A row with an id that fails today: strict xfail naming the class not handled yet."""
    return pytest.param(*row, id=name, marks=pytest.mark.xfail(strict=True, reason=reason))


def named_params(rows: list[Any]) -> list[Any]:
    """Rows (id, *values) as params with that id; a named_gap() row keeps its xfail mark."""
    return [r if hasattr(r, "marks") else pytest.param(*r[1:], id=r[0]) for r in rows]


def same_people(got: tuple[str, ...], want: tuple[str, ...]) -> bool:
    """As many names as wanted, each wanted one matched by a scorer's `same_person`."""
    return len(got) == len(want) and all(any(same_person(g, w) for g in got) for w in want)


def institutions(lang: str, text: str) -> list[Institution]:
    """The institutions found in `text`, its paragraphs separated by " // "."""
    return list(extract_entities(paragraphs(text), lang, MeetingInfo(), ()).institutions)


def _keys(o: Institution) -> set[str]:
    """Every name a scorer may match the body by: its name, full name and aliases."""
    return {fold(x) for x in (o.name, o.full_name or "", *o.aliases) if x}


def check_institutions(lang: str, text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    orgs = institutions(lang, text)
    keys = [_keys(o) for o in orgs]
    for name in present:
        assert any(fold(name) in k for k in keys), (name, [o.name for o in orgs])
    for name in absent:
        assert not any(fold(name) in k for k in keys), (name, [o.name for o in orgs])
    assert len(orgs) == len(present), [o.name for o in orgs]  # one entry per body, nothing else


ATTENDANCE_LISTS = ("attendees", "absent", "guests")


def expected_lists(attendees: str = "", absent: str = "", guests: str = "") -> dict[str, tuple[str, ...]]:
    """An attendance row's expectation written as ";"-separated names, compared sorted."""
    def split(s: str) -> tuple[str, ...]:
        return tuple(sorted(n.strip() for n in s.split(";") if n.strip()))
    return {"attendees": split(attendees), "absent": split(absent), "guests": split(guests)}


def meeting_of(doc: Document, lang: str) -> MeetingInfo:
    """The meeting as the pipeline reports it: presenters who are not members become guests."""
    return metadata.with_presenting_guests(metadata.extract_meeting(doc, lang), agenda.extract_agenda(doc, lang))


def attendance_lists(meeting: MeetingInfo) -> dict[str, tuple[str, ...]]:
    return {k: tuple(sorted(getattr(meeting, k))) for k in ATTENDANCE_LISTS}

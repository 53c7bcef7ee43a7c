"""Plain frozen dataclasses for what extraction finds: one per meeting concept.

`to_json` turns a MeetingRecord into the documented JSON schema (`minutes schema`), the contract for
scripts, the store and the tracker. Keys are never removed; new ones may be added.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA_VERSION = "1.0"


@dataclass(frozen=True)
class Provenance:
    """Where an item comes from: block index, page (PDF) and character span in Document.text."""

    block: int
    start: int
    end: int
    page: int | None = None


@dataclass(frozen=True)
class Method:
    """Which algorithm made an annotation, so a reviewer can judge and a re-ingest can tell versions apart."""

    name: str  # e.g. "rule:cs.question.na_dotaz" or "model:roles"
    version: str = "1"


@dataclass(frozen=True)
class DateValue:
    """A date or a window: "15. 12. 2020" has earliest == latest; "Q1/2021" spans three months.

    `kind` is "date", "window", "next_meeting" (resolved later against the series), "continuous"
    (průběžně) or "immediate" (ihned).
    """

    text: str
    earliest: str | None = None
    latest: str | None = None
    kind: str = "date"

    @property
    def iso(self) -> str | None:
        """The single ISO date when the value is one day, else the window's end (the deadline)."""
        return self.latest or self.earliest


@dataclass(frozen=True)
class NextMeeting:
    text: str
    earliest: str | None = None
    latest: str | None = None


@dataclass(frozen=True)
class MeetingInfo:
    title: str | None = None
    series: str | None = None
    series_abbreviations: tuple[str, ...] = ()
    number: int | None = None
    date: str | None = None
    start: str | None = None
    end: str | None = None
    place: str | None = None
    online: bool | None = None
    recorder: str | None = None
    approver: str | None = None
    chair: str | None = None
    attendees: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    guests: tuple[str, ...] = ()
    verifiers: tuple[str, ...] = ()
    attachments: tuple[str, ...] = ()
    next_meeting: NextMeeting | None = None
    body_type: str | None = None


@dataclass(frozen=True)
class AgendaItem:
    number: str | None
    title: str
    level: int = 1
    presenters: tuple[str, ...] = ()
    source: Provenance | None = None
    end_block: int | None = None  # last block index that belongs to this item (inclusive)
    in_programme: bool = False
    method: Method = Method("rule:agenda")
    confidence: float = 0.9


@dataclass(frozen=True)
class Mention:
    text: str
    source: Provenance


@dataclass(frozen=True)
class Person:
    name: str
    mentions: tuple[Mention, ...] = ()
    affiliation: str | None = None
    role: str | None = None
    gender: str | None = None  # "f" | "m" | None
    method: Method = Method("rule:people")
    confidence: float = 0.8


@dataclass(frozen=True)
class Institution:
    name: str
    full_name: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    kind: str | None = None  # ministry, agency, region, city, company, association, university, ...
    method: Method = Method("rule:orgs")
    confidence: float = 0.8


@dataclass(frozen=True)
class Place:
    name: str
    mentions: tuple[Mention, ...] = ()


@dataclass(frozen=True)
class Action:
    text: str
    owner: str | None
    due: DateValue | None
    source: Provenance
    agenda_item: str | None = None
    task_number: str | None = None
    status: str | None = None  # when the text itself reports one ("splněno", "trvá", "zrušeno")
    refers_to: str | None = None  # task number or text of an earlier action this line reports on
    method: Method = Method("rule:actions")
    confidence: float = 0.7


@dataclass(frozen=True)
class Question:
    text: str
    asker: str | None
    answerer: str | None
    answered: bool
    answer: str | None
    source: Provenance
    agenda_item: str | None = None
    method: Method = Method("rule:questions")
    confidence: float = 0.7


@dataclass(frozen=True)
class Vote:
    for_: int | None = None
    against: int | None = None
    abstain: int | None = None
    result: str | None = None  # "adopted" | "rejected" | None
    text: str | None = None


@dataclass(frozen=True)
class Decision:
    text: str
    source: Provenance
    agenda_item: str | None = None
    number: str | None = None  # "Usnesení č. 5/2021" as written
    kind: str | None = None  # "resolution" | "procedural" | "approval" | "noted" | ...
    vote: Vote | None = None
    adopted: bool | None = None
    method: Method = Method("rule:decisions")
    confidence: float = 0.7


@dataclass(frozen=True)
class SourceInfo:
    path: str
    sha256: str
    format: str
    pages: int | None = None


@dataclass(frozen=True)
class MeetingRecord:
    source: SourceInfo
    language: str
    meeting: MeetingInfo
    agenda_items: tuple[AgendaItem, ...] = ()
    people: tuple[Person, ...] = ()
    institutions: tuple[Institution, ...] = ()
    places: tuple[Place, ...] = ()
    actions: tuple[Action, ...] = ()
    questions: tuple[Question, ...] = ()
    decisions: tuple[Decision, ...] = ()
    extractor: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def _clean(value: Any) -> Any:
    if isinstance(value, dict):
        return {k.rstrip("_"): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value


def _date_json(d: DateValue | None) -> tuple[str | None, str | None, dict[str, Any] | None]:
    if d is None:
        return None, None, None
    return d.iso, d.text, {"earliest": d.earliest, "latest": d.latest, "kind": d.kind}


def to_json(record: MeetingRecord) -> dict[str, Any]:
    """The stable JSON form of a record (see `minutes schema`)."""
    data = _clean(asdict(record))
    for raw, out in zip(record.actions, data["actions"], strict=True):
        due, due_text, window = _date_json(raw.due)
        out["due"], out["due_text"], out["due_window"] = due, due_text, window
    data["schema_version"] = SCHEMA_VERSION
    return data

"""Plain frozen dataclasses for what extraction finds: one per meeting concept.

`to_json` turns a MeetingRecord into the documented JSON schema (`minutes schema`), the contract for
scripts, the store and the tracker. Keys are never removed; new ones may be added.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
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
    # Lines that report on earlier actions ("Úkol č. 2/2021 – splněno", "Action 4: done"): Actions with
    # `status` (and `refers_to`) for the tracker; not new actions of this meeting.
    reports: tuple[Action, ...] = ()


_FIELD_NAMES: dict[type, tuple[tuple[str, str], ...]] = {}


def _names(cls: type) -> tuple[tuple[str, str], ...]:
    """(attribute, JSON key) per field of a dataclass, looked up once per class."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple((f.name, f.name.rstrip("_")) for f in fields(cls))
    return names


def _clean(value: Any) -> Any:
    """Plain JSON values of a record in one walk (what `asdict` then renaming keys gave, without its deep copies):
    dataclasses become dicts keyed by field name without a trailing "_" ("for_" -> "for"), tuples become lists."""
    if isinstance(value, (str, int, float)) or value is None:
        return value
    if is_dataclass(value) and not isinstance(value, type):
        return {key: _clean(getattr(value, name)) for name, key in _names(type(value))}
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
    data = _clean(record)
    for key in ("actions", "reports"):
        for raw, out in zip(getattr(record, key), data[key], strict=True):
            due, due_text, window = _date_json(raw.due)
            out["due"], out["due_text"], out["due_window"] = due, due_text, window
    data["schema_version"] = SCHEMA_VERSION
    return data


def _prov(d: dict[str, Any] | None) -> Provenance | None:
    return Provenance(d["block"], d["start"], d["end"], d.get("page")) if d else None


def _method(d: dict[str, Any] | None, default: str) -> Method:
    return Method(d["name"], d.get("version", "1")) if d else Method(default)


def _mentions(items: list[dict[str, Any]]) -> tuple[Mention, ...]:
    return tuple(Mention(m["text"], _prov(m["source"])) for m in items or [])  # type: ignore[arg-type]


def _action_from(d: dict[str, Any]) -> Action:
    w = d.get("due_window")
    due = DateValue(d.get("due_text") or "", w["earliest"], w["latest"], w["kind"]) if w else None
    return Action(d["text"], d.get("owner"), due, _prov(d["source"]),  # type: ignore[arg-type]
                  d.get("agenda_item"), d.get("task_number"), d.get("status"), d.get("refers_to"),
                  _method(d.get("method"), "rule:actions"), d.get("confidence", 0.7))


def _decision_from(d: dict[str, Any]) -> Decision:
    v = d.get("vote")
    vote = Vote(v.get("for"), v.get("against"), v.get("abstain"), v.get("result"), v.get("text")) if v else None
    return Decision(d["text"], _prov(d["source"]), d.get("agenda_item"), d.get("number"),  # type: ignore[arg-type]
                    d.get("kind"), vote, d.get("adopted"), _method(d.get("method"), "rule:decisions"),
                    d.get("confidence", 0.7))


def _meeting_from(d: dict[str, Any]) -> MeetingInfo:
    known = MeetingInfo.__dataclass_fields__
    fields: dict[str, Any] = {k: (tuple(v) if isinstance(v, list) else v) for k, v in d.items() if k in known}
    nxt = d.get("next_meeting")
    fields["next_meeting"] = NextMeeting(nxt["text"], nxt.get("earliest"), nxt.get("latest")) if nxt else None
    return MeetingInfo(**fields)


def from_json(data: dict[str, Any]) -> MeetingRecord:
    """The inverse of `to_json`: how `minutes import` restores an archive from an export."""
    return MeetingRecord(
        source=SourceInfo(**{k: data["source"].get(k) for k in ("path", "sha256", "format", "pages")}),
        language=data["language"],
        meeting=_meeting_from(data["meeting"]),
        agenda_items=tuple(AgendaItem(a["number"], a["title"], a.get("level", 1), tuple(a.get("presenters", [])),
                                      _prov(a.get("source")), a.get("end_block"), a.get("in_programme", False),
                                      _method(a.get("method"), "rule:agenda"), a.get("confidence", 0.9))
                           for a in data.get("agenda_items", [])),
        people=tuple(Person(p["name"], _mentions(p.get("mentions", [])), p.get("affiliation"), p.get("role"),
                            p.get("gender"), _method(p.get("method"), "rule:people"), p.get("confidence", 0.8))
                     for p in data.get("people", [])),
        institutions=tuple(Institution(o["name"], o.get("full_name"), tuple(o.get("aliases", [])),
                                       _mentions(o.get("mentions", [])), o.get("kind"),
                                       _method(o.get("method"), "rule:orgs"), o.get("confidence", 0.8))
                           for o in data.get("institutions", [])),
        places=tuple(Place(p["name"], _mentions(p.get("mentions", []))) for p in data.get("places", [])),
        actions=tuple(_action_from(a) for a in data.get("actions", [])),
        reports=tuple(_action_from(a) for a in data.get("reports", [])),
        questions=tuple(Question(q["text"], q.get("asker"), q.get("answerer"), q.get("answered", False),
                                 q.get("answer"), _prov(q["source"]), q.get("agenda_item"),  # type: ignore[arg-type]
                                 _method(q.get("method"), "rule:questions"), q.get("confidence", 0.7))
                        for q in data.get("questions", [])),
        decisions=tuple(_decision_from(d) for d in data.get("decisions", [])),
        extractor=dict(data.get("extractor", {})),
        warnings=tuple(data.get("warnings", [])),
    )

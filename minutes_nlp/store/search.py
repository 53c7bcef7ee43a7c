"""Search for auditors: Czech-aware full-text queries over items, agenda and all text, with exact sources.

A query keeps FTS5's syntax (AND, OR, NOT, parentheses, "phrases", prefix*); each plain word is widened
to "this surface form, or any form with the same stem", so neither diacritics nor inflection hide a hit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from minutes_nlp.errors import UsageError
from minutes_nlp.lang import SUPPORTED
from minutes_nlp.nlp.stem import stem, stems
from minutes_nlp.store.archive import Archive
from minutes_nlp.store.writer import person_key
from minutes_nlp.textutil import fold

_TOKEN = re.compile(r'"[^"]*"|\(|\)|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT"}


def _term(word: str, lang: str) -> str:
    bare = re.sub(r"[^\w*]", "", word)
    if not bare.strip("*"):
        return ""
    if bare.endswith("*"):
        return f'text: "{fold(bare[:-1])}"*'
    forms = dict.fromkeys([stem(bare, lang), *(stem(bare, other) for other in SUPPORTED if other != lang)])
    return "(" + " OR ".join([f'text: "{fold(bare)}"', *(f'stems: "{s}"' for s in forms)]) + ")"


def _phrase(token: str, lang: str) -> str:
    words = stems(token.strip('"'), lang)
    return f'stems: "{" ".join(words)}"' if words else ""


def to_fts(query: str, lang: str = "cs") -> str:
    """Translate a person's query into an FTS5 expression over the text and stems columns."""
    parts = []
    for token in _TOKEN.findall(query):
        if token in _OPERATORS or token in "()":
            parts.append(token)
        elif token.startswith('"'):
            parts.append(_phrase(token, lang))
        else:
            parts.append(_term(token, lang))
    expr = _with_and([p for p in parts if p])
    if not any(p and p not in _OPERATORS and p not in "()" for p in parts):
        raise UsageError(f"nothing to search for in {query!r}")
    return expr


def _with_and(parts: list[str]) -> str:
    """FTS5 does not AND two groups by juxtaposition, so write the AND a person left implicit."""
    out: list[str] = []
    for p in parts:
        operand = p not in _OPERATORS and p != ")"
        if out and operand and out[-1] not in _OPERATORS and out[-1] != "(":
            out.append("AND")
        out.append(p)
    return " ".join(out)


@dataclass(frozen=True)
class SearchFilter:
    types: tuple[str, ...] = ()  # decision | action | question | agenda | text
    series: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    person: str | None = None
    org: str | None = None
    limit: int = 50


@dataclass(frozen=True)
class Hit:
    kind: str
    ref: str
    text: str
    snippet: str
    score: float
    series: str | None
    meeting_date: str | None
    meeting_number: int | None
    meeting_title: str | None
    agenda_item: str | None
    source: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


_SQL = """
WITH hits AS (
    SELECT kind, ref, text, meeting_id, bm25(search, 1.0, 0.6) AS score FROM search
    WHERE search MATCH ? {inner}
    ORDER BY score LIMIT ?
)
SELECT h.kind, h.ref, h.text, h.score, m.id AS mid, m.date, m.number, m.title,
       se.name AS series, d.path AS file, d.id AS doc_id
FROM hits h JOIN meetings m ON m.id = h.meeting_id JOIN documents d ON d.id = m.document_id
LEFT JOIN series se ON se.id = m.series_id
ORDER BY h.score
"""


def _filters(f: SearchFilter) -> tuple[str, list[Any]]:
    """Conditions evaluated inside the full-text query, so ranking and LIMIT see only what may be shown."""
    sql, params = "", []
    if f.types:
        sql += f" AND kind IN ({','.join('?' * len(f.types))})"
        params += list(f.types)
    meeting_sql, meeting_params = _meeting_filters(f)
    if meeting_sql:
        sql += f" AND meeting_id IN (SELECT m.id FROM meetings m WHERE 1 = 1{meeting_sql})"
        params += meeting_params
    return sql, params


def _meeting_filters(f: SearchFilter) -> tuple[str, list[Any]]:
    sql, params = "", []
    if f.series:
        sql += " AND m.series_id IN (SELECT series_id FROM series_aliases WHERE key = ?)"
        params.append(fold(f.series))
    if f.date_from:
        sql += " AND m.date >= ?"
        params.append(f.date_from)
    if f.date_to:
        sql += " AND m.date <= ?"
        params.append(f.date_to)
    for name, table, column in ((f.person, "people", "person_id"), (f.org, "institution_aliases", "institution_id")):
        if name:
            sql += _entity_clause(table, column)
            params += _entity_params(name, table)
    return sql, params


def _entity_clause(table: str, column: str) -> str:
    """The meeting mentions the person or institution (their stems match the query's)."""
    key = "id" if table == "people" else "institution_id"
    return (f" AND m.id IN (SELECT meeting_id FROM mentions WHERE {column} IN "  # noqa: S608 - fixed names
            f"(SELECT {key} FROM {table} WHERE key LIKE ? OR key LIKE ?))")


def _entity_params(name: str, table: str) -> list[str]:
    if table == "people":  # person keys are "surname-stem|first name": any form of the name finds them
        surname, _, first = person_key(name).partition("|")
        return [f"{surname}|{first[:1]}%", f"{surname}|"] if first else [f"{surname}|%", f"{surname}|%"]
    folded = fold(name)
    return [f"%{folded}%", f"%{' '.join(stems(name))}%"]


def search(archive: Archive, query: str, f: SearchFilter, lang: str = "cs") -> list[Hit]:
    inner, params = _filters(f)
    try:
        rows = archive.query(_SQL.format(inner=inner), (to_fts(query, lang), *params, f.limit))
    except Exception as exc:  # sqlite3.OperationalError: a malformed query expression
        if isinstance(exc, UsageError):
            raise
        raise UsageError(f"cannot understand the query {query!r} ({exc})") from exc
    return _unique([_hit(archive, r, query, lang) for r in rows])


def _unique(hits: list[Hit]) -> list[Hit]:
    """A decision is also a sentence of its paragraph: show the item, not the same words again as text."""
    items = {(h.meeting_date, h.source.get("file"), h.source.get("block")) for h in hits if h.kind != "text"}
    return [h for h in hits if h.kind != "text"
            or (h.meeting_date, h.source.get("file"), h.source.get("block")) not in items]


def _hit(archive: Archive, r: Any, query: str, lang: str) -> Hit:
    src, item = _source(archive, r["kind"], r["ref"])
    src["file"] = r["file"]
    return Hit(r["kind"], r["ref"], r["text"], highlight(r["text"], query, lang), -float(r["score"]), r["series"],
               r["date"], r["number"], r["title"], item, src)


def _source(archive: Archive, kind: str, ref: str) -> tuple[dict[str, Any], str | None]:
    if ref.startswith("p:"):
        row = archive.query('SELECT block, page, start, "end" FROM passages WHERE id = ?', (int(ref[2:]),))[0]
        return dict(row), None
    if ref.startswith("g:"):
        row = archive.query('SELECT block, page, start, "end", number FROM agenda_items WHERE id = ?',
                            (int(ref[2:]),))[0]
        return {k: row[k] for k in ("block", "page", "start", "end")}, row["number"]
    row = archive.query('SELECT block, page, start, "end", agenda_item FROM items WHERE id = ?', (ref,))[0]
    return {k: row[k] for k in ("block", "page", "start", "end")}, row["agenda_item"]


def highlight(text: str, query: str, lang: str = "cs", width: int = 160) -> str:
    """Mark the words that match the query (by stem or prefix) with [[ ]], cut to a window around the first."""
    wanted = {stem(w, lang) for w in re.findall(r"\w+", query) if w not in _OPERATORS}
    prefixes = [fold(w[:-1]) for w in re.findall(r"\w+\*", query)]
    out: list[str] = []
    first: int | None = None
    for m in re.finditer(r"\w+|\W+", text):
        word = m.group(0)
        hit = word[:1].isalnum() and (stem(word, lang) in wanted or any(fold(word).startswith(p) for p in prefixes))
        hit = bool(hit)
        if hit and first is None:
            first = sum(len(x) for x in out)
        out.append(f"[[{word}]]" if hit else word)
    marked = "".join(out)
    start = max(0, (first or 0) - width // 3)
    cut = marked[start:start + width]
    return ("…" if start else "") + cut + ("…" if start + width < len(marked) else "")

"""Task and resolution numbers in minutes ("Usnesení č. 4/3/2021", "RM/813/2022", "Úkol č. 5/2021"), told apart
from what looks the same: a paper's code cited in brackets ("(LTC/23/12)") and a date ("by 30/06/2023", a
deadline cell "| 30/04/2023 |"). A number is the strongest link between a later report and an earlier task.
"""

from __future__ import annotations

import re
from functools import lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.textutil import fold

# "5/2021"; "4/3/2021" (meeting/no./year); "RM/813/2022". Not "B23/07": a board's minute holds several actions
TASK = re.compile(r"(?<![\w/])(?:[A-Z]{1,3}/)?(?:(\d{1,3})\s*/\s*)?(\d{1,3})\s*/\s*(\d{2,4})\b")


_PAPER = re.compile(r"\(\s*[A-Z]{2,}\s*/\s*$")  # "(LTC/23/12)": a paper's code, cited where it is presented


@lru_cache(maxsize=100_000)
def task_key(text: str | None, lang: str | None = None) -> str | None:
    """The first task or resolution number of a text ("Usn. č. 4/3/2021" -> "4/3/21"), not a paper's code.
    Memoised: the tracker asks it of every sentence and item of a series, often of the same text."""
    text = text or ""
    m = _first_task(text, lang)
    short = _short_task(text) or _dotted_task(text)
    ident = _action_id(text)
    if ident and (m is None or ident[0] < m.start()) and (short is None or ident[0] < short[0]):
        return ident[1]  # "AI-2025-14 | Kenji | Done – N424": a register's own identifier comes first
    if short and (m is None or short[0] < m.start()):
        return short[1]  # "6/1 | finální znění | splněno (Usnesení č. 2/2025)": the row's own number comes first
    if not m:
        return None
    head = f"{int(m.group(1))}/" if m.group(1) else ""
    return f"{head}{int(m.group(2))}/{m.group(3)[-2:]}"


_JOIN = re.compile(r"\s*(?:,|;|&|\+|a|i|and|und)\s*", re.IGNORECASE)  # "3/4 a 3/5", "2/1, 2/3 and 2/4"
_ANY_NUMBER = re.compile(r"(?<![\w/.])(?:[A-Z]{1,3}/)?\d{1,3}(?:\s*/\s*\d{1,4}){1,2}(?![\w/])")


@lru_cache(maxsize=100_000)
def listed_task_keys(text: str | None, lang: str | None = None) -> frozenset[str]:
    """The further task numbers a line lists with its first ("3/4 a 3/5 zajištění akce – splněno", "Actions 2/1
    and 2/3: complete"): a control line may report on several tasks in one verdict. Only numbers joined to the
    first by a comma or conjunction count; a number later in the line's words is what the line says, not whom."""
    first = task_key(text, lang)
    if not first or not text:
        return frozenset()
    found = list(_ANY_NUMBER.finditer(text))
    chain = {first}
    for a, b in zip(found, found[1:], strict=False):
        if task_key(a.group()) in chain and _JOIN.fullmatch(text[a.end():b.start()]):
            key = task_key(b.group())
            if key:
                chain.add(key)
    return frozenset(chain - {first})


# "4/2" (meeting/task, no year): a task's number only where a task is named, at the start of a line or of a
# table's first cell or after a task label ("Úkol 4/2", "Úkol č. 4/2", "Action 3/1"); elsewhere a ratio or a vote
SHORT = re.compile(r"(?<![\w/.,])(\d{1,3})\s*/\s*(\d{1,3})(?![\w/.,]\d|[\w/])")


def _short_task(text: str) -> tuple[int, str] | None:
    """Where the first short task number is and its key, when it stands where a task is named."""
    m = SHORT.search(text)
    if not m:
        return None
    before = fold(text[: m.start()]).strip(" *#-–•\t")
    if before and not _TASK_LABEL.search(before):
        return None
    return m.start(), f"{int(m.group(1))}/{int(m.group(2))}"


def _dotted_task(text: str) -> tuple[int, str] | None:
    """ "Action 3.1: Completed.", "(AP 4.2)": an action numbered by item and paragraph, after its label only; a
    bare "3.1" is an agenda paragraph or a sum. The key is the number as its review table writes it ("3.1")."""
    m = _DOTTED.search(fold(text))
    return (m.start("num"), m.group("num")) if m else None


def _action_ids() -> re.Pattern[str]:
    """An action register's identifier: the register's prefix, a hyphen, maybe the year, the running number
    ("AI-2025-14", "AP-07", "ACTION-123"), as working groups and project boards number action items. Only the
    prefixes of data (followup_cues action_id_prefixes): a comment's code ("GB-04") or a checksum ("CRC-16")
    is no action."""
    words = {w for code in langdata.SUPPORTED
             for w in langdata.load(code, "followup_cues").get("action_id_prefixes", ())}
    return re.compile(r"(?<![\w-])(" + "|".join(sorted(words, key=len, reverse=True))
                      + r")-(?:(\d{4}|\d{2})-)?(\d{1,4})(?![\w-])")


_ACTION_ID = _action_ids()


def _action_id(text: str) -> tuple[int, str] | None:
    """Where the first action identifier is and its key ("AI-2025-014" -> "AI-2025-14")."""
    m = _ACTION_ID.search(text)
    if not m:
        return None
    year = f"{m.group(2)[-2:]}-" if m.group(2) else ""
    return m.start(), f"{m.group(1)}-{year}{int(m.group(3))}"


_BARE_DOTTED = re.compile(r"\s*(\d{1,3}\.\d{1,3})\s*")


def numbered_action(number: str | None) -> str | None:
    """An action's own number as the extractor read it after its label ("3.1" from "Action 3.1:"): the key a later
    "Action 3.1: Completed." gives. Only for the number field: in text a bare "3.1" is no task's number."""
    m = _BARE_DOTTED.fullmatch(number or "")
    return m.group(1) if m else None


def _label_words() -> list[str]:
    """Task labels ("Úkol", "Action") and the forms a later line refers to a task with ("K úkolu 6/1")."""
    words = {fold(w) for code in langdata.SUPPORTED for w in langdata.load(code, "action_cues").get("task_labels", ())}
    words |= {fold(w) for code in langdata.SUPPORTED
              for w in langdata.load(code, "followup_cues").get("task_reference_labels", ())}
    return sorted(words, key=len, reverse=True)


def _task_labels() -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s(\[])(?:" + "|".join(re.escape(w) for w in _label_words())
                      + r")(?:\s+(?:c|no)\.?)?\s*$")  # "(úkol č. 3/3)": the number cited in brackets


_TASK_LABEL = _task_labels()
_DOTTED = re.compile(r"(?:^|[\s(\[])(?:" + "|".join(re.escape(w) for w in _label_words())
                     + r")(?:\s+(?:c|no)\.?)?\s*(?P<num>\d{1,3}\.\d{1,3})(?![\d.]\d|\d)")
_LEADING_LABEL = re.compile(r"\W*(?:" + "|".join(re.escape(w) for w in _label_words()) + r")\b(?:\s*(?:c|no)\b)?\W*")


def _register_labels() -> re.Pattern[str]:
    """Labels naming which register a number belongs to: a task's ("Úkol č."), a resolution's ("Usnesení č.",
    "Resolution"), the minutes' own ("Zápis č. 3/2024"); the number may carry the body's initials ("Usnesení č.
    VH 5/2024", a general assembly's resolution beside the board's tasks)."""
    kinds: dict[str, set[str]] = {"task": set(_label_words())}
    for code in langdata.SUPPORTED:
        for kind, words in langdata.load(code, "followup_cues").get("register_labels", {}).items():
            kinds.setdefault(kind, set()).update(fold(w) for w in words)
    alts = "|".join(f"(?P<{k}>" + "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True)) + ")"
                    for k, ws in kinds.items() if ws)
    return re.compile(r"(?:^|[\s(\[*])(?:" + alts + r")\.?(?:\s+[a-z]{3,}){0,2}?(?:\s+(?:c|no|cislo)\.?)?"
                      r"(?:\s+[a-z]{2,4})?\s*$")


_REGISTER = _register_labels()


def _first_task(text: str, lang: str | None) -> re.Match[str] | None:
    """The first task or resolution number that is neither a paper's code, a date nor the minutes' own number."""
    return next((m for m in TASK.finditer(text) if not _paper_code(text, m) and not _a_date(text, m, lang)
                 and _register_before(text[: m.start()]) != "minutes"), None)


def _register_before(before: str) -> str | None:
    m = _REGISTER.search(fold(before[-40:]).rstrip(" *"))
    return m.lastgroup if m else None


@lru_cache(maxsize=100_000)
def register_of(text: str | None, lang: str | None = None) -> str | None:
    """Which register the first task number of a text is in, by the label right before it ("task",
    "resolution"; with the body's initials before the number, "resolution:VH"), or None when unlabelled. A
    body numbers its resolutions and its tasks separately, and an assembly its own apart from its board's, so
    "Usnesení č. VH 1/2024" is no report on "Úkol č. 1/2024" nor on the board's "Usnesení č. 1/2024"; an
    unlabelled "1/2024 – splněno" may be any."""
    text = text or ""
    m = _first_task(text, lang)
    if not m:
        return None
    kind = _register_before(text[: m.start()])
    body = _BODY_INITIALS.search(text[: m.start()])
    return f"{kind}:{body.group(1)}" if kind and body else kind


_BODY_INITIALS = re.compile(r"(?<![\w.])([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,4})\s+$")  # "Usnesení č. VH 5/2024": the assembly's


def other_registers(a: str | None, b: str | None, lang: str | None = None) -> bool:
    """Two texts numbering in two different registers (a task's and a resolution's): not the same number."""
    ra, rb = register_of(a, lang), register_of(b, lang)
    return bool(ra and rb and ra != rb)


def without_label(folded: str) -> str:
    """ "action 7.3" -> "7.3": a task's number as its table row writes it, without the label of its line."""
    return _LEADING_LABEL.sub("", folded, count=1) if _LEADING_LABEL.match(folded) else folded


def _a_date(text: str, m: re.Match[str], lang: str | None = None) -> bool:
    """ "30/04/2023" in a table's deadline cell or after "by" is a date, not resolution 30/4/2023; at the start
    of a line or cell, or after a label ("Usnesení č. 4/3/2021"), it is the number."""
    us = lang == "en" and m.group(1) is not None and _month_first(m)  # English minutes may date month first
    before = text[: m.start()]
    if not m.group(1):
        return _day_month(m) and not _numbered_by(before)
    if int(m.group(1)) > 31 or (int(m.group(2)) > 12 and not us):  # noqa: PLR2004
        return False
    if (_zero_padded(m) or us) and not _numbered_by(before):
        return True  # "wrote on 20/02/24", "dne 06/03/2024": a register's numbers are not padded to two digits;
    # "11/18/2025" in an English log's Date column: a month, then a day no month has
    if len(m.group(3)) != 4:  # noqa: PLR2004
        return False
    if "\t" in before and not before.rsplit("\t", 1)[1].strip():
        return True  # a later cell of a row
    return _DEADLINE_WORD.search(fold(before[-25:])) is not None


def _day_month(m: re.Match[str]) -> bool:
    """ "on 14/02", "by 20/01": a day and a zero-padded month with no year, as informal minutes date things; a
    number and year ("5/2021", "12/25") is written without the zero, and years 2000-2009 are long gone."""
    month = m.group(3)
    return len(month) == 2 and month.startswith("0") and month != "00" and 1 <= int(m.group(2)) <= 31  # noqa: PLR2004


def _zero_padded(m: re.Match[str]) -> bool:
    """A day or month written with a leading zero ("05/03/24", "20/02/2024"): how dates are written, while task
    and resolution numbers ("4/3/2021", "RM/813/2022") count without one."""
    return any(g.startswith("0") and len(g) == 2 for g in (m.group(1), m.group(2)))  # noqa: PLR2004


_NUMBER_SIGN = re.compile(r"(?:^|[\s(])(?:c|no|nr|cislo)\.?\s*$|#\s*$")  # "č. 05/03/2021", "No. 11/18/2025"


def _numbered_by(before: str) -> bool:
    """A task label or a number sign right before: what follows is a number, however it is written."""
    folded = fold(before)
    return bool(_TASK_LABEL.search(folded.rstrip(" (#")) or _NUMBER_SIGN.search(folded))


def _month_first(m: re.Match[str]) -> bool:
    """ "11/18/2025": month, day, year (as US minutes date things), told by a day over 12 and a year of this era;
    asked of English text only, since a Czech register numbers resolutions "4/18/2021" (meeting/number/year)."""
    first, second, year = int(m.group(1)), int(m.group(2)), m.group(3)
    return len(year) == 4 and year[:2] in ("19", "20") and 1 <= first <= 12 < second <= 31  # noqa: PLR2004


def _deadline_words() -> re.Pattern[str]:
    words = {fold(w) for code in langdata.SUPPORTED for key in ("deadline_cues", "day_prefixes")
             for w in langdata.load(code, "dates").get(key, ())}
    return re.compile(r"(?:^|\s)(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                      + r")\s*$")


_DEADLINE_WORD = _deadline_words()


def _paper_code(text: str, m: re.Match[str]) -> bool:
    """A number that is all of a parenthesised letter code ("(LTC/23/12)") names a paper, not a task: the same
    code outside brackets ("RM/813/2022 – trvá") or with a label ("(usnesení č. RM/811/2022)") is a task."""
    at = m.start(1) if m.group(1) else m.start(2)
    return bool(_PAPER.search(text[max(0, at - 12): at])) and text[m.end():].lstrip().startswith(")")

"""Departments of an office named by their agenda: "odbor dopravy", "Odbor investic", "odboru územního plánování".

Czech minutes of a council's committee or of a town's bodies name the departments of the town office (the
"odbor" of a "magistrát" or "městský úřad") by a lower-case head and their agenda in the genitive. Such a
department is a body where the text makes it act: the subject opening a sentence ("Odbor dopravy zapracuje
připomínky"), after a preposition of origin or company ("z odboru investic", "s odborem správy majetku"), listed
after another body ("DPMLO a odboru územního plánování"). Named only inside a person's role ("vedoucí odboru
dopravy", "ředitelka odboru regionální politiky MMR") or after its office's name in an affiliation ("Krajský úřad
..., odbor regionálního rozvoje") it is part of that role, not a body of its own. The forms are data
(org_patterns "department_heads", "department_actor_before", "genitive_endings"); the Czech initials of a
department ("OD" for "odbor dopravy", "OD MMLO" with its office's) are the same body.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.extract.orgdeptowner import owner_end
from minutes_nlp.extract.orgfound import BODY, Acc, add
from minutes_nlp.extract.orgnames import _joined, _patterns, _prov, _word
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


@dataclass(frozen=True)
class DeptHit:
    name: str  # nominative, head in lower case ("odbor dopravy")
    written: str  # as written, with the office after it when there is one ("odboru dopravy MMLO")
    office: str  # the office's abbreviation after it ("MMLO"), "" if none
    start: int
    end: int
    acts: bool


@cache
def _verbs(lang: str) -> frozenset[str]:
    """Folded finite verbs of the language's action cues: a verb after a department's agenda ends it."""
    if not langdata.has(lang, "action_cues"):
        return frozenset()
    verbs = langdata.load(lang, "action_cues").get("verbs", {})
    return frozenset(w for forms in verbs.values() if isinstance(forms, list) for w in forms)


def _agenda_word(w: str, pat: dict[str, Any], lang: str) -> bool:
    """A lower-case word in the genitive that is no verb: "dopravy", "územního", "majetku"; not "odpověď"."""
    if w == "a":
        return True
    stops = set(pat["stop_words"]) | set(pat.get("company_cues", ())) | set(pat.get("department_heads", {}))
    if not (w.isalpha() and w.islower()) or w in stops or fold(w) in _verbs(lang):
        return False
    if len(w) >= 4 and w.endswith((*pat["verb_endings"], *pat.get("department_verb_endings", ()))):
        return False  # "se na odbor obracejí": a verb, no agenda
    if w.endswith(tuple(pat.get("not_genitive_endings", ()))):
        return False  # "sdělí odbor pozvánkou": an instrumental, how the department acts, not its agenda
    return w.endswith(tuple(pat.get("genitive_endings", ("",))))


def _agenda_end(a: BlockAnalysis, i: int, pat: dict[str, Any], lang: str) -> int:
    """End of the lower-case agenda words after head i ("dopravy", "investic a rozvoje", "územního plánování")."""
    k = i + 1
    if k + 1 < len(a.tokens) and a.words[k].lower() in pat.get("department_apposition_nouns", ()) \
            and _agenda_word(a.words[k + 1], pat, lang):
        k += 1  # "odbor Kancelář ředitele": a unit noun in apposition, then whose office it is
    while k < len(a.tokens) and k - i <= 5 and _joined(a, k) and (
            _agenda_word(a.words[k], pat, lang) or _plural_noun(a, k, i, pat, lang)):
        k += 1
        if a.tokens[k - 1].text.endswith("."):
            break
    while k > i + 1 and a.words[k - 1] == "a":
        k -= 1
    return k


def _plural_noun(a: BlockAnalysis, k: int, i: int, pat: dict[str, Any], lang: str) -> bool:
    """"odbor správních agend", "oddělení sociálních služeb", "evidence obyvatel": after an adjective in the
    genitive plural (org_patterns "genitive_plural_adjective_endings") its noun has the bare genitive plural,
    with no ending of its own."""
    w, prev = a.words[k], a.words[k - 1]
    endings = tuple(pat.get("genitive_plural_adjective_endings", ()))
    if k <= i + 1 or not endings or not prev.islower() or not prev.endswith(endings):
        return False
    return _agenda_word(w + "y", pat, lang) and w.isalpha() and w.islower() and len(w) > 2


def _office_after(a: BlockAnalysis, k: int) -> int:
    """"odbor dopravy MMLO", "Regionálního odboru SZIF Brno": the office's abbreviation right after the agenda,
    with the seat of the office's branch when a place follows it."""
    if k < len(a.tokens) and _joined(a, k) and sum(c.isupper() for c in a.words[k]) >= 2 \
            and a.words[k][:1].isupper() and not a.tokens[k - 1].text.endswith("."):
        seat = next((p.end for p in a.places if p.start == k + 1), None)
        return seat if seat is not None and _joined(a, k + 1) and not a.tokens[k].text.endswith(".") else k + 1
    return k


def _acts(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> bool:
    """Head i stands where an actor stands: opening a sentence, after a preposition of origin or company, or
    after "a" that follows a body's name (capitals)."""
    prev = _word(a, i - 1)
    if i in a.sentence_starts or i == 0:
        return a.words[i][:1].isupper()
    if prev.lower() in pat.get("department_actor_before", ()) or prev.lower() in pat.get("department_given_after", ()):
        return True
    if prev.lower() in pat.get("department_sent_to", ()) \
            and a.words[i].lower() in pat.get("department_to_forms", ()):
        return True  # "vrácení na odbor sociálních věcí": where something is delivered
    if _subject_slot(a, i, prev, pat):
        return True
    return prev in ("a", "i") and _word(a, i - 2)[:1].isupper() and _word(a, i - 2).isalpha() or _in_remark(a, i)


def _subject_slot(a: BlockAnalysis, i: int, prev: str, pat: dict[str, Any]) -> bool:
    """A head in the nominative ("odbor", not "odboru") where Czech puts a clause's subject: right after a
    conjunction that opens a clause ("že odbor dopravy", "protože oddělení"), or after a future task verb when the
    sentence opens with its object ("Stav zásob prověří odbor zdravotnictví")."""
    from minutes_nlp.extract.orgbase import finite_verbs

    if a.words[i].lower() not in pat.get("department_nominatives", ()):
        return False
    low = prev.lower()
    if low in pat.get("department_clause_openers", ()):
        return True
    verb = fold(low) in finite_verbs("cs") or low in pat.get("tasking_verbs", ())
    return verb and not _subject_before(a, i - 1)


def _subject_before(a: BlockAnalysis, v: int) -> bool:
    """The verb at v already has a subject: a person's name or office between the clause's start (the sentence's,
    or a comma or conjunction that opens a clause) and it ("Starosta osloví odbor dopravy": the department is the
    object)."""
    from minutes_nlp.extract.orgbase import role_words

    start = max((s for s in a.sentence_starts if s <= v), default=0)
    openers = _patterns("cs").get("department_clause_openers", ())
    start = max([start, *(k + 1 for k in range(start, v) if a.words[k] == "," or a.words[k].lower() in openers)])
    roles = role_words("cs")
    return any(n.start < v and n.end > start for n in a.names) or any(w.lower() in roles for w in a.words[start:v])


def _in_remark(a: BlockAnalysis, i: int) -> bool:
    """ "Mgr. Lucie X (koordinátorka KPSS, odbor sociálních věcí MěÚ)": a department as a whole part of the
    remark after a person's name, after the person's office (a lower-case word opening the bracket), is the
    body the person comes from."""
    if _word(a, i - 1) != ",":
        return False
    k = i - 2
    while k >= 0 and _word(a, k) not in ("(", ")"):
        k -= 1
    return k > 0 and _word(a, k) == "(" and _word(a, k + 1)[:1].islower() and any(n.end == k for n in a.names)


def hits(a: BlockAnalysis, lang: str) -> list[DeptHit]:
    """Every department named by head and agenda in one block, with whether this mention acts."""
    pat = _patterns(lang)
    heads = pat.get("department_heads", {})
    out = []
    for i, t in enumerate(a.tokens):
        head = heads.get(t.word.lower())
        if head is None:
            continue
        k = _second_clause(a, i, _agenda_end(a, i, pat, lang))
        if k == i + 1:
            named = _adjective_named(a, i, head, lang)
            out += [named] if named else []
            continue
        end = owner_end(a, k, _office_after(a, k))  # "odbor X Ministerstva financí": the body named in full
        name = " ".join([head, *(t.word.lower() if n == 0 else t.word for n, t in enumerate(a.tokens[i + 1:k]))])
        written = " ".join(t.word for t in a.tokens[i:end])
        office = a.span_text(k, end) if end > k else ""
        out.append(DeptHit(name, written, office, i, end, _acts(a, i, pat)))
    return out


def _second_clause(a: BlockAnalysis, i: int, k: int) -> int:
    """ "prověří odbor zdravotnictví a informaci podá": a department after its clause's verb whose agenda runs over
    "a" into a word a second verb follows ends before "a"; that word is the second clause's object."""
    from minutes_nlp.extract.orgbase import finite_verbs

    verbs = finite_verbs("cs")
    if k - 2 > i and a.words[k - 2] == "a" and fold(_word(a, k)) in verbs and fold(_word(a, i - 1)) in verbs:
        return k - 2
    return k


def _adjective_named(a: BlockAnalysis, i: int, head: str, lang: str) -> DeptHit | None:
    """"posoudí finanční odbor", "Ing. Jitka Nováková, finanční odbor;": a department named by an adjective
    before its head (a common adjective, org_patterns "department_adjectives_not", names none) acts where it
    opens a sentence, stands after a preposition of origin, next to a future task verb, or as a person's
    affiliation after a comma."""
    from minutes_nlp.extract.orgbase import finite_verbs
    from minutes_nlp.extract.orgfound import after_person
    from minutes_nlp.extract.orgunits import nominative_adjective

    pat = _patterns(lang)
    word = _word(a, i - 1)
    adj = nominative_adjective(word, "m" if head == "odbor" else "n", pat) if i > 0 and word.isalpha() else None
    if adj is None or not _joined(a, i) or adj.lower() in pat.get("department_adjectives_not", ()):
        return None
    end = _office_after(a, i + 1)
    near = {fold(_word(a, i - 2)), fold(_word(a, end))} & finite_verbs(lang) or _word(a, i - 2).lower() in pat.get(
        "tasking_verbs", ())
    acts = _acts(a, i - 1, pat) or bool(near) or after_person(a, i - 1, end, lang)
    return DeptHit(f"{adj.lower()} {head}", a.span_text(i - 1, end), a.span_text(i + 1, end) if end > i + 1 else "",
                   i - 1, end, acts)


def departments(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """Add every department the document makes act, with all its mentions (also those inside roles); a
    department a found name already holds ("odbor životního prostředí v Ledči") adds its mentions there."""
    covered = [m.source for acc in found.values() for m in acc.mentions]
    by_name: dict[str, list[tuple[BlockAnalysis, DeptHit]]] = {}
    for a in analyses:
        for h in hits(a, lang):
            prov = _prov(a, h.start, h.end)
            if not any(c.block == prov.block and c.start < prov.end and prov.start < c.end for c in covered):
                by_name.setdefault(h.name, []).append((a, h))
    for name, uses in by_name.items():
        host = next((k for k, acc in found.items() if any(fold(u).startswith(fold(name) + " ") for u in acc.used)),
                    None)
        if host is None and not any(h.acts for _, h in uses):
            continue
        for a, h in uses:
            mention = Mention(h.written, _prov(a, h.start, h.end))
            if host is not None:
                found[host].mentions.append(mention)
                continue
            forms = {h.written, name[:1].upper() + name[1:]} | ({f"{name} {h.office}"} if h.office else set())
            add(found, "dept:" + fold(name), mention, name, kind="department", aliases=forms - {name},
                method=BODY, confidence=0.75)


def initials(name: str, lang: str) -> str:
    """"odbor dopravy" -> "OD", "odbor územního plánování" -> "OÚP": Czech initials take every word but the
    connectors ("odbor investic a rozvoje" -> "OIR")."""
    small = set(_patterns(lang)["connectors"])
    return "".join(w[0] for w in name.split() if w not in small).upper()


def link_initials(found: dict[str, Acc], lang: str) -> None:
    """"OD", "OD MMLO" (the department's initials, with its office's) beside "odbor dopravy": one body."""
    depts = {fold(initials(k.split(":", 1)[1], lang)): k for k in found if k.startswith("dept:")}
    for key, acc in list(found.items()):
        words = key.split(":", 1)[1].split()
        host = depts.get(words[0]) if key.startswith("act:") and 1 <= len(words) <= 2 else None
        if host and host in found and all(u.split()[-1].isupper() for u in acc.used):
            found[host].mentions += found.pop(key).mentions
            found[host].aliases |= set(acc.used)
            longest = max(acc.used, key=len) if acc.used else None
            if longest and len(longest) > len(found[host].abbreviation or ""):
                found[host].abbreviation = longest  # "OD MMLO" over "OD"


def spelled_initials(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """"vedoucí FO" where the minutes write "vedoucí finančního odboru": the initials of a department named by
    an adjective and its head ("FO" = "finanční odbor") are that department; it is reported with its name, so
    the letters are not taken for an unknown body."""
    from minutes_nlp.extract.orgunits import nominative_adjective

    pat = _patterns(lang)
    heads = pat.get("department_heads", {})
    named: dict[str, str] = {}
    for a in analyses:
        for i, t in enumerate(a.tokens[1:], 1):
            head = heads.get(t.word)
            adj = nominative_adjective(a.words[i - 1], "m" if head == "odbor" else "n", pat) if head else None
            if head and adj and _joined(a, i) and a.words[i - 1].isalpha():
                named.setdefault(fold(adj[0] + head[0]).upper(), f"{adj.lower()} {head}")
    for key, acc in found.items():
        word = key.split(":", 1)[1].upper()
        if key.startswith("act:") and word in named and not acc.full_name:
            acc.full_name = named[word]
            acc.kind = "department"

"""Where a question is asked and by whom: the ask cue classes of `question_cues` ("Na dotaz X", "X se
dotázal", "X asked whether", "Query raised on ...", "Q:" labels), speaker lines ("Jméno: ...?", "JNovák:",
"MM:") and a citizen's remark answered by the next turn. A line that reports a task's state ("Dotaz na
stavební úřad – splněno") or refers back to a question already recorded asks nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import cues, owners
from minutes_nlp.extract import questions_shapes as shapes
from minutes_nlp.extract.itemctx import Ctx
from minutes_nlp.textutil import fold

_NAME = "question_cues"
# "X: ...", "X – ..."; a colon between digits is a clock time ("zahájil v 17:00"), not a speaker's
SPEAKER = re.compile(r"^\W*([^:?!–]{2,40}?)\s*(\([^)]*\))?\s*(?::(?!\d)|\s[–-])\s*\S")


def pats(ctx: Ctx, key: str) -> tuple[re.Pattern[str], ...]:
    return cues.patterns(ctx.lang, _NAME, key)


@dataclass(frozen=True)
class Ask:
    mode: str  # "after" | "before" | "passive" | "label" | "speaker"
    match: re.Match[str] | None
    asker: owners.Actor | None



def speaker(ctx: Ctx, i: int) -> owners.Actor | None:
    """The actor a speaker line starts with ("p. Novák (občan): ...", "JNovák: ...")."""
    m = SPEAKER.match(ctx.sents[i].text)
    if m is None or fold(m.group(1).strip()) in _task_labels(ctx.lang):
        return None  # "AP: KSA to circulate ...", "Úkol: ...": a task line, nobody's turn
    hit = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] <= m.end(1) and ctx.local(i, a)[1] <= m.end(1) + 1),
               None)
    if hit is not None and _clause_label(ctx, i, m, hit):
        return None  # "TDS předložil změnový list ZL 02 – sanace podloží ...": a clause with an apposition
    return hit or _glued_initial(ctx, i, m) or _initials_label(ctx, i, m)


_LABEL_EXTRA = 3  # words a speaker label may have besides the name ("Starosta obce", "místostarostka Ing.")


def _clause_label(ctx: Ctx, i: int, m: re.Match[str], hit: owners.Actor) -> bool:
    """A speaker label is a name with its title or office; a label with more words besides the name is a
    sentence whose dash opens an apposition, not a speaker's turn."""
    lo, hi = ctx.local(i, hit)
    label = ctx.sents[i].text[m.start(1):m.end(1)]
    rest = label[:max(0, lo - m.start(1))] + " " + label[max(0, hi - m.start(1)):]
    return len(re.findall(r"[^\W\d_]{2,}", rest)) > _LABEL_EXTRA


@cache
def _task_labels(lang: str) -> frozenset[str]:
    """Labels of task lines and their owner and deadline fields (action_cues): never a speaker."""
    data = cues.data(lang, "action_cues")
    return frozenset(fold(w) for key in ("task_labels", "owner_labels", "due_labels") for w in data.get(key, ()))


def _initials_label(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """A speaker written as initials only ("MM: ano, ..."), as terse internal minutes label turns."""
    label = m.group(1).strip()
    return _initials_actor(ctx, label, ctx.sents[i].start + m.start(1) + m.group(1).find(label))


def _initials_actor(ctx: Ctx, label: str, start: int) -> owners.Actor | None:
    """Initials standing for a person ("MM", "JN"): the person with those initials when the document names
    them ("Bc. Martin Marek", or only "Bc. Marek" when no one else's surname starts so), else the initials
    as written (still a person's turn, whoever it is)."""
    if not re.fullmatch(r"[^\W\d_]{2,3}", label) or not label.isupper():
        return None
    hit = owners.resolve_name(label, ctx.entities, ctx.lang)
    if hit is not None:
        return owners.Actor(hit[0], hit[1], start, start + len(label)) if hit[1] == "person" else None
    fits = {p.name for p in ctx.entities.people if _initials_fit(label, p.name)}
    if len(fits) == 1:
        return owners.Actor(fits.pop(), "person", start, start + len(label))
    return owners.Actor(label, "person", start, start + len(label), resolved=False)


def _initials_fit(label: str, name: str) -> bool:
    """Initials agree with a name known only in part: the surname's initial is the last letter, and a
    given name or initial written ("J. Nedoma") agrees with the first."""
    words = [w for w in re.findall(r"[^\W\d_]+", name)]
    if not words or fold(words[-1])[:1] != fold(label[-1]):
        return False
    return len(words) == 1 or fold(words[0])[:1] == fold(label[0])


def _glued_initial(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """A speaker written as initial and surname in one word ("JNovák:", "AProcházková:"), as council minutes
    label debate turns: the person with that surname and initial, when the document names them."""
    label = m.group(1).strip()
    shaped = len(label) >= 4 and label.isalpha() and label[:2].isupper() and label[2:].islower()
    hit = owners.resolve_name(f"{label[0]}. {label[1:]}", ctx.entities, ctx.lang) if shaped else None
    if hit is None or hit[1] != "person":
        return None
    start = ctx.sents[i].start + m.start(1)
    return owners.Actor(hit[0], "person", start, start + len(label))


_MIN_WORDS = 3  # "?" or "Q:" alone asks nothing



def find_ask(ctx: Ctx, i: int) -> Ask | None:
    f = ctx.folded[i]
    if len(_WORDS.findall(f)) < _MIN_WORDS or cues.any_match(pats(ctx, "negative"), f):
        return None
    if task_report(ctx.lang, f) or answer_report(ctx, i, f) or shapes.outside_meeting(ctx, i):
        return None
    ask = _find_ask(ctx, i, f)
    reply = cues.any_match(pats(ctx, "reply_first"), f)
    verb = reply.start(reply.re.groups and 1) if reply is not None else 0  # the reply verb, not the line start
    if ask is not None and reply is not None and (ask.match is None or verb < ask.match.start()):
        return None  # "The Chair replied that she ... had been asked about ...": an answer, asking nothing
    if ask is not None and ask.asker is not None and definite(ctx, i, ask.asker) is None:
        return Ask(ask.mode, ask.match, None)
    return ask


def definite(ctx: Ctx, i: int, actor: owners.Actor | None) -> owners.Actor | None:
    """"A Director queried whether ...", "Jeden z radních se dotázal": an office named with an indefinite
    article is some unnamed holder of it, not the one person the office word resolves to."""
    if actor is None or ctx.local(i, actor)[0] < 0:
        return actor
    head = ctx.folded[i][:ctx.local(i, actor)[0]]
    return None if cues.any_match(pats(ctx, "indefinite_actor"), head) else actor


@cache
def _status_words(lang: str) -> re.Pattern[str]:
    """The follow-up status words of the language (done, carried over, cancelled ...), as one pattern."""
    data = langdata.load(langdata.code(lang), "status_words")
    words = sorted((w for key, ws in data.items() if not key.startswith("_") for w in ws), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


_VERDICT = re.compile(r"\s[–—-]\s*")
_WORDS = re.compile(r"[^\W\d_]+")


def task_report(lang: str, folded: str) -> bool:
    """"Dotaz na stavební úřad ke ZL 03 – splněno", "Query to the ICO on retention – closed": a task-control
    line whose verdict after a dash is a status word reports on an earlier task (sending a query); it asks
    nothing. A line with "?" still asks."""
    if "?" in folded:
        return False
    return any(_status_words(lang).match(folded, m.end()) for m in _VERDICT.finditer(folded))


_VERDICT_WORDS = 4  # the answer cue opens the verdict after the dash: "– CRR odpověděl e-mailem 12. 6.: ..."


def answer_report(ctx: Ctx, i: int, folded: str) -> bool:
    """"Dotaz Ing. X k úpravě rozpočtu – CRR odpověděl e-mailem 12. 6.: ...", "Query on the drainage survey –
    answered by email on 3 May": in a follow-up section a line whose verdict after a dash reports the answer
    states how an earlier question ended; it asks nothing new. Elsewhere the same shape records a question
    asked and answered at the meeting."""
    from minutes_nlp.extract.action_status import in_follow_up

    if "?" in folded or not in_follow_up(ctx, i):
        return False
    answer = pats(ctx, "answer_active") + pats(ctx, "answer_passive")
    for m in _VERDICT.finditer(folded):
        head = " ".join(folded[m.end():].split()[:_VERDICT_WORDS])
        if cues.any_match(answer, head) is not None:
            return True
    return False


def _find_ask(ctx: Ctx, i: int, f: str) -> Ask | None:
    ask = cues.data(ctx.lang, _NAME)["ask"]
    m = cues.any_match(cues.compile_list(ctx.lang, _NAME, ask["after"]), f)  # the first pattern that matches
    if m:
        if _answers_directly(ctx, f, m.end()):
            return None  # "Na dotaz odpověděla místostarostka": the answer to the question before
        return Ask("after", m, _asker_after(ctx, i, m))
    m = cues.any_match(cues.compile_list(ctx.lang, _NAME, ask["before"]), f)
    if m and cues.any_match(pats(ctx, "passive_ask"), f[:m.start()]):
        return Ask("passive", m, None)  # "Dr Shah was asked whether ...": the one asked answers; nobody named asks
    if m:
        placed = [(a, *ctx.local(i, a)) for a in ctx.actors[i]]
        return Ask("before", m, owners.subject_before(ctx.sents[i].text, placed, m.start())
                   or carried_subject(ctx, i, m))
    m = cues.any_match(cues.compile_list(ctx.lang, _NAME, ask["label"]), f)
    if m:  # "p. Novák – dotaz, kdy ...": the speaker asks; "Q: ... (Name)": the name after the label
        who = speaker(ctx, i)
        if who is not None and ctx.local(i, who)[1] <= m.end():
            return Ask("label", m, who)  # "p. Novák – dotaz na ...": the speaker asks
        after = next((a for a in ctx.actors[i] if ctx.local(i, a)[0] >= m.start() and
                      not ctx.local(i, a)[0] < m.end() < ctx.local(i, a)[1]), None)  # not "Q. How": the label
        return Ask("label", m, after or _trailing_name(ctx, i))
    if ctx.sents[i].text.rstrip().endswith("?"):
        return _direct_question(ctx, i)
    return _citizen_remark(ctx, i)


_CARRY_BACK = 4  # earlier sentences of the paragraph searched for the subject a pronoun stands for
_SUBJECT_OPENS = 40  # characters from a sentence start within which its subject person is named


def carried_subject(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """ "She asked whether ...", "Dotázala se, kudy ...": a pronoun or (Czech) no subject at all before the ask
    verb; the asker is the person opening an earlier sentence of the paragraph, of the pronoun's or the
    verb ending's gender when both are known (`carried_subject` in question_cues)."""
    data = cues.data(ctx.lang, _NAME)
    heads = data.get("carried_subject") or {}
    head = re.split(r"[.!?]\s+", ctx.folded[i][:m.start()])[-1].strip(" ,*")
    if head not in heads:
        return None
    gender = heads[head] or _verb_gender(m.group(0), data.get("carried_subject_endings") or {})
    first = turn(ctx, i).start
    for j in range(i - 1, max(first, i - _CARRY_BACK) - 1, -1):
        who = _opening_person(ctx, j)
        if who is not None and (gender is None or gender_of(ctx, who.name) in (None, gender)):
            return who
    return None


def _verb_gender(verb: str, endings: dict[str, str]) -> str | None:
    """The gender a Czech past form shows ("dotázala" f, "zeptal" m); plural or other forms show none."""
    word = next((w for w in verb.split() if w != "se"), "")
    return next((g for end, g in sorted(endings.items(), key=lambda e: -len(e[0])) if word.endswith(end)), None)


def _opening_person(ctx: Ctx, j: int) -> owners.Actor | None:
    """The person a sentence opens with, its subject: named within its first characters, no clause before."""
    for a in ctx.actors[j]:
        start = ctx.local(j, a)[0]
        if 0 <= start <= _SUBJECT_OPENS and not re.search(r"[,;]", ctx.sents[j].text[:start]):
            return a if a.kind == "person" else None
    return None


def gender_of(ctx: Ctx, name: str) -> str | None:
    person = next((p for p in ctx.entities.people if p.name == name), None)
    return person.gender if person is not None else None


_ASKER_REACH = 40  # characters after "na dotaz" / "Dotaz" where the asker is named


def _asker_after(ctx: Ctx, i: int, m: re.Match[str]) -> owners.Actor | None:
    """The asker named right after the cue ("Na dotaz p. Nováka", "Dotaz MM: ..."); in a label ("Dotaz LD:
    bude CRR ...?") only before its colon: what follows is the question, not who asked it."""
    f = ctx.folded[i]
    colon = re.match(r"[^:?]{1,40}:", f[m.end():])
    reach = m.end() + (colon.end() - 1 if colon else _ASKER_REACH)
    hit = next((a for a in ctx.actors[i] if m.end() <= ctx.local(i, a)[0] <= reach), None)
    if hit is not None or colon is None:
        return hit
    label = ctx.sents[i].text[m.end():reach].strip()
    start = ctx.sents[i].start + m.end() + ctx.sents[i].text[m.end():reach].find(label)
    return _initials_actor(ctx, label, start)


def _trailing_name(ctx: Ctx, i: int) -> owners.Actor | None:
    """"Q: When will the path be repaired? (Cllr Ortiz)": the bracketed name after the question, which the
    sentence splitter leaves as a sentence of its own in the same line."""
    j = i + 1
    if j >= len(ctx.sents) or ctx.sents[j].block != ctx.sents[i].block:
        return None
    bracketed = re.fullmatch(r"\(([^()]{2,60})\)\.?", ctx.sents[j].text.strip())
    return next(iter(ctx.actors[j]), None) if bracketed else None


def turn(ctx: Ctx, i: int) -> range:
    """The sentences of the block (speaker turn, paragraph) sentence i is in."""
    start, end = i, i
    while start > 0 and ctx.sents[start - 1].block == ctx.sents[i].block:
        start -= 1
    while end + 1 < len(ctx.sents) and ctx.sents[end + 1].block == ctx.sents[i].block:
        end += 1
    return range(start, end + 1)


def _citizen_remark(ctx: Ctx, i: int) -> Ask | None:
    """"p. Novák (občan): Na návsi nesvítí lampa." answered by an official's turn: a member of the public
    raises a matter (podnět) the council answers, recorded like a question even without "?"."""
    lines = turn(ctx, i)
    if lines.start != i or not cues.any_match(pats(ctx, "citizen_label"), ctx.folded[i]):
        return None
    if any(ctx.sents[k].text.rstrip().endswith("?") for k in lines) or lines.stop >= len(ctx.sents):
        return None
    asker, replier = speaker(ctx, i), speaker(ctx, lines.stop)
    if replier is None or ctx.items[lines.stop] is not ctx.items[i] or (asker and replier.name == asker.name):
        return None
    return Ask("speaker", None, asker)


def _answers_directly(ctx: Ctx, f: str, pos: int) -> bool:
    """"Na dotaz odpověděla ...", "na dotaz nemohli odpovědět", "uvedl, že na dotaz odpoví písemně": an answer
    (or none, or one promised) to the question before."""
    at = pos + len(f[pos:]) - len(f[pos:].lstrip(" ,"))
    return any(p.match(f, at) for p in pats(ctx, "answer_active") + pats(ctx, "answer_unknown")
               + pats(ctx, "deferred") + pats(ctx, "withheld"))


def _direct_question(ctx: Ctx, i: int) -> Ask | None:
    """A line ending in "?" with no ask cue: the line's speaker asks, unless it is a title or a rhetorical
    question inside someone's reported speech."""
    who = _block_speaker(ctx, i)
    if shapes.title_line(ctx, i) or shapes.rhetorical(ctx, i, labelled=who is not None):
        return None
    return Ask("speaker", None, who)


def _block_speaker(ctx: Ctx, i: int) -> owners.Actor | None:
    """The speaker of the line sentence i is in ("Jo: ... Do we have enough people?")."""
    return speaker(ctx, turn(ctx, i).start)

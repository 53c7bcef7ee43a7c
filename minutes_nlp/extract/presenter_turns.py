"""Turns of an item's text: who presents it and who only speaks in its discussion.

Minutes of a discussed item follow one order: the presenter introduces it (sometimes with a co-presenter who
"doplnil" / "added"), then the discussion opens, with a question ("Mgr. X se zeptala", "Cllr Y asked") or a
label ("V diskusi", "In discussion"); from then on people who "uvedl" / "informovala" / "noted" / "reported"
are discussants, and only a strong verb ("představil", "presented") still names a presenter. A presenting
verb whose clause points to another item or meeting ("přehled předkládá Ing. X v bodě 4", "will report to the
next meeting") or to an earlier dated event ("program předložila ředitelka dne 12. června") presents nothing
here. Vocabulary: `lang/<lang>/presenter_turns.json`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract.dateparts import alt
from minutes_nlp.extract.roleholders import inflected_role, role_of
from minutes_nlp.textutil import fold

_CLAUSE_END = re.compile(r"[;]|,\s+(?:že|which|who|když|protože|because)\s|$")


@cache
def _data(lang: str) -> dict[str, object]:
    code = lang if lang in langdata.SUPPORTED and langdata.has(lang, "presenter_turns") else "en"
    return dict(langdata.load(code, "presenter_turns"))


def _words(lang: str, key: str) -> list[str]:
    found = _data(lang).get(key) or []
    return [str(w) for w in found] if isinstance(found, list) else []


@cache
def _opener(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alt(_words(lang, 'discussion_openers') or ['(?!)'])}(?!\w)", re.IGNORECASE)


@cache
def _elsewhere(lang: str) -> re.Pattern[str]:
    items = alt(_words(lang, "other_item_words") or ["(?!)"])
    meetings = alt(_words(lang, "other_meeting_phrases") or ["(?!)"])
    dated = alt(_words(lang, "dated_event_words") or ["(?!)"])
    # a date right after the verb and its subject ("předložila ředitelka Poláková dne 12. června"); further on
    # it dates the topic ("představil výsledky hodnocení, které provedla komise dne 29. 1.")
    return re.compile(rf"(?<!\w)(?:(?:{items})\s+(?:č\.\s*|no\.\s*)?\d|(?:{meetings})(?!\w))"
                      rf"|^\s*(?:\S+\s+){{0,3}}?(?:{dated})\s+\d", re.IGNORECASE)


def opens_discussion(sentence: str, lang: str) -> bool:
    """The sentence opens the item's discussion by its label ("V diskusi ...", "Discussion: ...")."""
    return bool(_opener(lang).search(sentence))


def points_elsewhere(sentence: str, cue_end: int, lang: str) -> bool:
    """The presenting verb ending at `cue_end` belongs to another item, another meeting or an earlier dated
    event: its own clause (up to a semicolon or a subordinate clause) names one."""
    rest = sentence[cue_end:]
    clause = rest[: _CLAUSE_END.search(rest).start()]  # type: ignore[union-attr]  # `$` always matches
    return bool(_elsewhere(lang).search(clause))


def attribution_cues(lang: str) -> list[str]:
    """ "Podle stavbyvedoucího ...", "According to the Clerk, ...": openings naming the source of what follows."""
    return _words(lang, "attribution_cues")


def convener_roles(lang: str) -> list[str]:
    """Role keys that run the meeting by the genre's custom when no chair is named (`convener_roles`)."""
    return _words(lang, "convener_roles")


@cache
def _fronted(lang: str) -> re.Pattern[str]:
    nouns = _words(lang, "fronted_possessive_nouns")  # "In the Treasurer's absence", "In her absence"
    owner = rf"|in\s+(?:(?:the\s+)?[\w. -]{{1,40}}?['’]s?|his|her|their)\s+(?:{alt(nouns)})" if nouns else ""
    return re.compile(rf"^\s*(?:{alt(_words(lang, 'fronted_openers') or ['(?!)'])}{owner})(?!\w)", re.IGNORECASE)


def subject_start(prefix: str, lang: str, is_subject: Callable[[str], bool]) -> int:
    """Where the subject begins in the text before a presenting verb opened by a fronted adverbial ("In the
    absence of the lead trustee, the CEO", "Na úvod bodu starosta"): after its last comma, or without one at
    the first word from which `is_subject` holds (a role or a name); 0 when no adverbial opens it."""
    m = _fronted(lang).match(prefix)
    if not m:
        return 0
    comma = prefix.rfind(",", m.end())
    if comma >= 0:
        return comma + 1 if is_subject(prefix[comma + 1:]) else 0
    return next((w.start() for w in re.finditer(r"(?<!\S)\S", prefix[m.end():].rstrip())
                 if is_subject(prefix[m.end() + w.start():])), -m.end()) + m.end()


@cache
def _topic(lang: str) -> re.Pattern[str]:
    return re.compile(rf"^\s+(?:{alt(_words(lang, 'report_topic_words') or ['(?!)'])})\s", re.IGNORECASE)


def still_presents(sentence: str, cue: re.Match[str], first_in_paragraph: bool, strong: re.Pattern[str],
                   lang: str) -> bool:
    """During the discussion a verb still names a presenter when it is a strong one ("představil",
    "presented") or opens a paragraph reporting on a topic ("Ing. X informovala o aktualizaci pravidel")."""
    topic = bool(_topic(lang).match(sentence[cue.end():]))
    return bool(strong.fullmatch(cue.group(0))) or (first_in_paragraph and topic)


def is_round(openings: list[bool], lang: str) -> bool:
    """An item whose paragraphs open with a presenting verb often enough (`round_paragraphs`) is a round of
    reports: a question there closes the discussion of its own paragraph only."""
    least = _data(lang).get("round_paragraphs")
    return sum(openings) >= (least if isinstance(least, int) else 3)



def attributed(sentence: str, lang: str, roles: dict[str, str]) -> list[str]:
    """ "Podle stavbyvedoucího je stavba ve skluzu", "According to the Clerk, the audit is complete": the item
    opens with the source of its information, an officer the document ties to one person."""
    m = re.match(rf"^\s*(?:{alt(attribution_cues(lang) or ['(?!)'])})\s+(?:the\s+)?(?P<who>[^\W\d_]+(?:\s+[A-Z]\w+)?)",
                 sentence, re.IGNORECASE)
    if not m:
        return []
    key = role_of(m.group("who"), lang) or inflected_role(m.group("who").split()[0], lang)
    return [roles[key]] if key and key in roles else []


def task_owner_headers(lang: str) -> list[str]:
    """Headers of a task table's owner column ("Zodpovídá", "Owner")."""
    return _words(lang, "task_owner_headers")


def chair_item(title: str, lang: str, roles: dict[str, str], chair_keys: tuple[str, ...]) -> list[str]:
    """ "Escalations to the Board", "Chair's report": an item the chair presents by custom, when the document
    ties the chair role to one person."""
    folded = " ".join(title.lower().replace("’", "'").split())
    if not any(folded == t or folded.startswith(t + " ") for t in _words(lang, "chair_item_titles")):
        return []
    return next(([roles[k]] for k in chair_keys if k in roles), [])


@cache
def _motion(lang: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*(?:(?:a|an|the)\s+)?(?:{alt(_words(lang, 'motion_objects') or ['(?!)'])})(?!\w)",
                      re.IGNORECASE)


def moves_a_motion(sentence: str, cue: re.Match[str], lang: str) -> bool:
    """ "Cllr X proposed an amendment", "navrhl hlasování": the verb's object is a motion, so its subject is
    a mover, not the item's presenter (the cue may end in the article: "proposed a")."""
    if not any(cue.group(0).lower().startswith(w) for w in _words(lang, "mover_verbs")):
        return False  # "Councillor X introduced the motion": who introduces a motion presents it
    article = re.search(r"\s(?:a|an)$", cue.group(0), re.IGNORECASE)
    return bool(_motion(lang).match((article.group(0) if article else "") + sentence[cue.end():]))


@cache
def _applicant(lang: str) -> re.Pattern[str]:
    streets = alt(_words(lang, "street_words") or ["(?!)"])  # ", 640 Birch Street,": a house number and a street
    return re.compile(rf",\s*(?:(?:{alt(_words(lang, 'applicant_markers') or ['(?!)'])})(?!\w)"
                      rf"|\d{{1,6}}[A-Za-z]?\s+(?:[A-Z][\w'.-]*\s+){{1,4}}(?:{streets})\b\.?\s*,)", re.IGNORECASE)


def applicant(before: str, lang: str) -> bool:
    """ "Paní Marie Holubová, bytem Ledeč, nabídla obci pozemek": the subject introduced by an address is the
    applicant the item is about, not its presenter."""
    return bool(_applicant(lang).search(before))


@cache
def _statement(lang: str) -> re.Pattern[str]:
    return re.compile(rf"^\s*,?\s*(?:{alt(_words(lang, 'statement_complements') or ['(?!)'])})(?!\w)", re.IGNORECASE)


@cache
def _reaction(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{alt(_words(lang, 'reaction_verbs') or ['(?!)'])})(?!\w)", re.IGNORECASE)


def states_only(sentence: str, cue: re.Match[str], lang: str) -> bool:
    """The verb reports a reply ("Ing. X ocenila průběh a uvedla, že ...", "Cllr Y thanked the Clerk and explained
    that ..."): a statement made after a reaction in the same sentence; once the item has its presenter, such a
    speaker replies in the debate and presents nothing (`statement_complements`, `reaction_verbs`). A second
    speaker merely informing or explaining ("Koordinátorka vysvětlila, že ...") still co-presents."""
    return bool(_statement(lang).match(sentence[cue.end():])) and bool(_reaction(lang).search(sentence[: cue.start()]))


@cache
def _statement_verb(lang: str) -> re.Pattern[str]:
    return re.compile(rf"(?:{alt(_words(lang, 'statement_verbs') or ['(?!)'])})", re.IGNORECASE)


def debate_statement(sentence: str, cue: re.Match[str], lang: str) -> bool:
    """ "Ing. X uvedl, že ...", "Cllr Y said that ...": a verb of plain statement with reported speech. Once the
    item has its presenter (and is no round of reports), such a further speaker inside the running paragraph or
    later in the debate is heard in it; the caller keeps one whose statement opens the paragraph right after the
    presentation, a report of their own (`statement_verbs`)."""
    return bool(_statement_verb(lang).fullmatch(cue.group(0).strip())) and bool(
        _statement(lang).match(sentence[cue.end():]))



@cache
def _joiner(lang: str) -> re.Pattern[str]:
    words = alt(_words(lang, "title_part_joiners") or ["(?!)"])
    return re.compile(rf"\s*(?:[,;&+/–]|\s-\s|(?<!\w)(?:{words})(?!\w))\s*")


def compound_title(title: str, known: tuple[str, ...], lang: str) -> bool:
    """ "Zahájení, schválení programu a změna jednacího řádu", "Call to Order and Opening Prayer": a title joining
    to the opening one it begins with (the longest of `known`, folded) a further part that is no procedural step
    (`title_part_joiners`, `procedural_title_parts`): who presents that part presents the item with its opener.
    The roll, the quorum, apologies, the programme or a review of tasks add nobody."""
    folded = fold(title).strip()
    head = max((t for t in known if folded == t or folded.startswith(t + " ") or folded.startswith(t + ",")),
               key=len, default="")
    rest = folded[len(head):] if head else ""
    if not rest.strip() or not _joiner(lang).match(rest):
        return False
    steps = tuple(fold(w) for w in _words(lang, "procedural_title_parts"))
    parts = [p.strip(" .:") for p in _joiner(lang).split(rest) if p.strip(" .:")]
    return any(not p.startswith(steps) for p in parts)

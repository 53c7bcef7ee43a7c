"""What an open item is looked for by in a later meeting, and the sentences found for it.

An item's probe is built once, from its words less its deadline's and its owner's (a deadline or an owner named
again is no news about the work); what earlier meetings reported on it widens what it is known by afterwards.
Split out of follow.py; narrative.py searches with these probes.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.tracker.claims import lead_in
from minutes_nlp.tracker.deadlines import end_keys
from minutes_nlp.tracker.deferrals import deferral_keys, question_form_keys
from minutes_nlp.tracker.mentions import Mention, MentionIndex, Probe, SentenceRef, day_keys, keys, probe, when_keys
from minutes_nlp.tracker.model import ItemState, MeetingSlot
from minutes_nlp.tracker.periods import deadline_keys, period_phrase_keys
from minutes_nlp.tracker.subjects import subject_keys

KEPT_OWN = 2  # an action keeps at least this many own keys when its subject's words are set apart as who
MIN_SHARED = 2.5  # ... sharing two words, or one this specific (IDF: in under about 8% of the series' sentences)


def probe_of(st: ItemState) -> Probe:
    """What the item is looked for by, built once: its words less the deadline's and the owner's."""
    if st.probe is None:
        who = st.item.asker if st.item.kind == "question" else st.item.owner
        looked = probe(st.item.text, st.lang, lead_in(st.item, st.lang), who, st.item.task_number or st.task,
                       rivals=st.item.kind == "action", minute=st.item.minute, origin=st.item.meeting_index)
        when = when_keys(st.lang, meeting=True) if st.item.due_kind == "next_meeting" else \
            day_keys(st.lang) | end_keys(st.item.text, st.lang) if st.item.due else frozenset()
        when |= deadline_keys(st.item.due_text, st.lang) | period_phrase_keys(st.item.text, st.lang)
        asked = question_form_keys(st.lang) if st.item.kind == "action" else frozenset()  # "se dotazuje, zda":
        to_whom = recipient_keys(st.lang) | actor_keys(st.lang)  # "zašle všem členům", "Staff to": who, not what
        formula = _formula(st, looked)  # "would confirm this outside the meeting": known by its question
        looked = _without_subject(st, looked)
        st.probe = replace(looked, own=(looked.own | st.restated) - when - formula - to_whom,  # the lead-in
                           context=looked.context - st.restated - when - asked - to_whom)  # question's form, not
        # topic; "by the October meeting": when
        if formula and not st.probe.own:  # its owner reports on much else later: the question's words decide,
            said = deferral_keys(st.item.text, st.lang) - when  # and a later line saying the formula ("písemná
            st.probe = replace(st.probe, own=st.probe.context | said, context=frozenset(),  # odpověď ... trvá")
                               owner=frozenset(), by_question=True)  # is about a deferred answer
    return st.probe


def _without_subject(st: ItemState, looked: Probe) -> Probe:
    """An action opening with an office or a body ("Ředitel společnosti přislíbil, že ...", "Výbor požádá ...") is
    known by what it promises: the subject's words are who (tracker/subjects.py). Not for a deferred answer, whose
    few words besides the formula are what tells it from the others."""
    if st.item.kind != "action" or deferral_keys(st.item.text, st.lang):
        return looked
    who = subject_keys(st.item.text, st.lang) & looked.own
    if not who or len(looked.own - who) < KEPT_OWN:
        return looked  # "Výbor požádá Bc. X, aby ...": what it asks for is in the lead-in; the subject stays
    return replace(looked, own=looked.own - who, owner=looked.owner | who)


def by_question(st: ItemState) -> bool:
    """A deferred answer looked for by its question's words alone: found as a question's answer is."""
    return probe_of(st).by_question


def _formula(st: ItemState, looked: Probe) -> frozenset[str]:
    """A deferred answer that says the formula every deferred answer says and at most one word besides ("GL said
    he would confirm this outside the meeting") is about the question before it alone: its own words are left
    out and the question's words are what it is looked for by, in full (a report must repeat the question, not
    two of its words). One that names what it will confirm ("the position", "the figures") keeps its words."""
    formula = deferral_keys(st.item.text, st.lang) if st.item.kind == "action" else frozenset()
    rest = looked.own - formula
    return formula | rest if formula and len(rest) <= 1 and looked.context else frozenset()


@cache
def recipient_keys(lang: str) -> frozenset[str]:
    """Keys of the words naming the body's members as a task's recipients ("všem členům", "all members")."""
    data = langdata.load(langdata.code(lang), "followup_cues")
    return frozenset(k for w in data.get("recipient_words", ()) for k in keys(w, lang))


@cache
def actor_keys(lang: str) -> frozenset[str]:
    """Keys of the generic words for the paid workers a body gives its tasks to ("Staff were directed to ...",
    "zaměstnanci úřadu připraví") and of the verbs a promise is recorded with ("Officers agreed to", "přislíbil"):
    who does the work and the form of the promise, never what it is about."""
    data = langdata.load(langdata.code(lang), "followup_cues")
    words = (*data.get("actor_words", ()), *data.get("promise_words", ()))
    return frozenset(k for w in words for k in keys(w, lang))


def with_reports(st: ItemState, m: MeetingSlot) -> Probe:
    """An item is also known by what earlier meetings reported on it ("propadlá krajnice u hřbitova – KSÚS opravu
    dosud neprovedla" for "slíbili opravu"): those words join its lead-in for the meetings after."""
    assert st.probe is not None
    said = {k for e in st.evidence if e.meeting_id != m.meeting_id and e.source_item is None
            and e.method.startswith("mention") for k in keys(e.text, st.lang)}
    extra = frozenset(said) - st.probe.own - st.probe.owner
    return replace(st.probe, context=st.probe.context | extra) if extra else st.probe


def found_by_any(index: MentionIndex, probes: list[Probe], meeting_index: int, limit: float) -> list[Mention]:
    """What earlier reports said widens what an item is known by; it never makes its own words count less."""
    best: dict[SentenceRef, Mention] = {}
    for looked in dict.fromkeys(probes):
        for found in index.found(looked, meeting_index, limit, MIN_SHARED):
            if found.sentence not in best or found.score > best[found.sentence].score:
                best[found.sentence] = found
    return sorted(best.values(), key=lambda f: (-f.score, f.sentence.start or 0))

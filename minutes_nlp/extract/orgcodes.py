"""Bodies named by a code rather than by words: a US state agency ("MaineDOT", "Maine DEP", "MEMA", "NJDEP"),
a school district by its kind and number ("RSU 93", "MSAD 17"). The parts are data (org_patterns "us_states",
"us_state_short_forms", "state_agency_codes", "school_district_codes"); a language without them finds none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from minutes_nlp.extract.orgfound import ACTOR, Acc, add
from minutes_nlp.extract.orgnames import _joined, _patterns, _prov, _word
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold


def _state(prefix: str, pat: dict[str, Any]) -> tuple[bool, str | None]:
    """Whether `prefix` names a state in an agency code, and the state's name when it is spelled or coded
    ("Maine", "NJ", "Penn"); a single capital ("M" of "MEMA") is a state's initial, named by the context only."""
    states = pat.get("us_states", {})
    if prefix in states.values():
        return True, prefix
    if prefix in states:
        return True, states[prefix]
    if prefix in pat.get("us_state_short_forms", {}):
        return True, pat["us_state_short_forms"][prefix]
    return len(prefix) == 1 and prefix.isupper(), None


def _longest_first(codes: dict[str, str]) -> tuple[str, ...]:
    return tuple(sorted(codes, key=len, reverse=True))


def state_agency(a: BlockAnalysis, i: int, pat: dict[str, Any],
                 longest: tuple[str, ...] | None = None) -> tuple[int, str | None] | None:
    """(end, full name) of a state agency named at token i: "MaineDOT", "MEMA" (one token), "Maine DEP",
    "New Hampshire DOT" (the state's name, then the code). `longest` is the codes longest first (sorted once
    per document by `coded`, not at every token)."""
    codes = pat.get("state_agency_codes", {})
    w = a.words[i]
    order = _longest_first(codes) if longest is None else longest
    for code in order if w.endswith(order) else ():
        if w.endswith(code) and len(w) > len(code):
            ok, state = _state(w[:-len(code)], pat)
            if ok:
                return i + 1, f"{state} {codes[code]}" if state else None
    for n in (2, 1):
        code = _word(a, i + n)
        if code not in codes:
            continue  # most tokens: the words before a code need not be read
        words = [_word(a, k) for k in range(i, i + n)]
        if " ".join(words) in pat.get("us_states", {}).values() and all(
                _joined(a, k) for k in range(i + 1, i + n + 1)):
            return i + n + 1, f"{' '.join(words)} {codes[code]}"
    return None


def state_body(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> tuple[int, str | None] | None:
    """(end, None) of "Colorado General Assembly", "Ohio Supreme Court", "New Mexico State Police": a state's
    name and one of the bodies every state has under a name of its kind (org_patterns "state_body_names")."""
    names = pat.get("state_body_names", ())
    for n in (1, 2):
        if " ".join(_word(a, k) for k in range(i, i + n)) not in pat.get("us_states", {}).values():
            continue
        for body in names:
            parts = body.split()
            end = i + n + len(parts)
            if [_word(a, k) for k in range(i + n, end)] == parts and all(
                    _joined(a, k) for k in range(i + 1, end)):
                return end, None
    return None


def school_district(a: BlockAnalysis, i: int, pat: dict[str, Any]) -> int | None:
    """End of "RSU 93", "MSAD 17": a district kind's abbreviation followed by the district's number."""
    nxt = _word(a, i + 1)
    if a.words[i] in pat.get("school_district_codes", {}) and nxt.isdigit() and len(nxt) <= 4 \
            and i + 1 < len(a.tokens) and _joined(a, i + 1):
        return i + 2
    return None


def coded(analyses: Sequence[BlockAnalysis], lang: str, blocked: set[str], found: dict[str, Acc]) -> None:
    """Add every state agency and school district the text names by its code, under the key the actor rule
    uses ("act:" + the folded code), so a definition after a full name ("... Agency (MEMA)") joins them."""
    pat = _patterns(lang)
    if not pat.get("state_agency_codes") and not pat.get("school_district_codes") and not pat.get("state_body_names"):
        return
    longest = _longest_first(pat.get("state_agency_codes", {}))
    for a in analyses:
        taken = {j for h in a.orgs for j in range(h.start, h.end)}
        i = 0
        while i < len(a.tokens):
            hit = state_agency(a, i, pat, longest) or state_body(a, i, pat)
            end, full = hit if hit else (school_district(a, i, pat), None)
            text = a.span_text(i, end).rstrip(".") if end else ""  # "... agreement with MaineDOT."
            if end is None or i in taken or text in blocked:
                i += 1
                continue
            add(found, "act:" + fold(text), Mention(text, _prov(a, i, end)), text, full_name=full,
                kind="agency", method=ACTOR, confidence=0.8)
            i = end

"""What stands where a person's body stands but is no body: an office ("Cllr Jane Doe (Cathaoirleach)", "Ms K.
Tobin, SEO"), or the platform the person joined by ("Cllr T. Devereux (MS Teams)").

An attendance entry gives after the name, in a bracket or after a comma, the person's body, role or way of taking
part; the actor rules read a capitalised word there as the body. The chair's titles (metadata
`approver_chair_offices` and the chair's labels), an office's initialism (org_patterns
`role_initialisms`: "SEO" Senior Executive Officer, "DoS" Director of Services, "DFO" Designated Federal Officer)
or an online platform (`online_cues`) names no institution.
"""

from __future__ import annotations

from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.extract import metafields as mf
from minutes_nlp.extract.result import Institution
from minutes_nlp.textutil import fold


@cache
def _not_bodies(lang: str) -> frozenset[str]:
    data = mf.labels(lang).data
    words = [*data.get("approver_chair_offices", []), *data.get("fields", {}).get("chair", []),
             *data.get("online_cues", [])]
    patterns = langdata.load(langdata.code(lang), "org_patterns")
    words += [*patterns.get("role_initialisms", []), *patterns.get("role_phrases", [])]
    return frozenset(fold(w) for w in words)


def office_or_platform(word: str, lang: str) -> bool:
    """One word or initialism that is an office or a platform."""
    return fold(word).strip(" .") in _not_bodies(lang)


def role_or_platform(inst: Institution, lang: str) -> bool:
    """The institution's every name is an office, an office's initialism or a platform."""
    names = [inst.name, *(a for a in inst.aliases if a)]
    return all(fold(n).strip(" .") in _not_bodies(lang) for n in names)

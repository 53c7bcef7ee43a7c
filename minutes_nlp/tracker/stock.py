"""Genre stock words: the nouns every council or committee uses for its paperwork, services and processes.

"report", "update", "policy", "service", "by-law"; "zpráva", "informace", "materiál", "návrh", "služby": common in
the genre, yet often rare within one series, so their weight by rarity in the series calls them specific. Sharing
one of them with an earlier item is chance, never topic evidence on its own (data: followup_cues.json
`stock_words`).
"""

from __future__ import annotations

from functools import cache

from minutes_nlp import lang as langdata
from minutes_nlp.tracker.deferrals import formula_keys, question_form_keys
from minutes_nlp.tracker.keys import keys


@cache
def stock_keys(lang: str) -> frozenset[str]:
    """Keys of the genre's stock words in one language."""
    data = langdata.load(langdata.code(lang), "followup_cues")
    return frozenset(k for w in data.get("stock_words", ()) for k in keys(w, lang))


def topic_words(shared: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The shared keys that can be evidence of a topic: all but the stock words; none when the rest is only the
    formula every deferred answer says ("provide a written response", "odpoví písemně"): two deferrals share it
    whatever they are about, while a report of the answer sent names its topic too."""
    stock = stock_keys(lang) | question_form_keys(lang)  # "se zeptal", "asked whether": a question's form
    what = tuple(k for k in shared if k not in stock)
    formula = formula_keys(lang)
    return what if any(k not in formula for k in what) else ()

"""A name with a legal form that opens with a place's word is still a name.

A name found by its shape that starts where a place starts is taken for the place ("Oxford County" aside):
"Kestrel" alone before "Ltd" stays a place's name. But a place's word followed by more words of the name before
the legal form opens an association's or a firm's name: "Česká asociace streetwork, z. s.", "Česká rada dětí a
mládeže, z. s." ("Česká" matches the place "Česko" by its stem), "Brno Energy Services s.r.o.".
The same holds for an English name closed by a head word: a city's or county's name followed by more words of
the name and the head ("Dublin City Council", "Oxford Brookes University") is the body named after the place.
"""

from __future__ import annotations

from minutes_nlp.nlp.pipeline import BlockAnalysis


def legal_after_place(a: BlockAnalysis, span: tuple[int, int], rule: str) -> bool:
    """The legal-form name `span` opens with a place that more words of the name follow."""
    if rule != "legal" and not (rule == "head_end" and span[1] - span[0] > 2):
        return False
    end = max((h.end for h in a.places if h.start == span[0]), default=span[1])
    return end < span[1] and a.tokens[end].word.isalpha() and len(a.tokens[end].word) > 2

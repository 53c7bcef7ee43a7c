"""Name shapes split out of `names`: a surname opened by a particle after a title or an initial ("Cllr Ní Bhriain",
"A. van Dijk"), and a given name that opens a body's name or names a storm, which is no person."""

from __future__ import annotations

from collections.abc import Sequence

from minutes_nlp.nlp import declension
from minutes_nlp.nlp.name_lexicon import NameLexicon
from minutes_nlp.nlp.tokens import Token


def particle_surname(tokens: Sequence[Token], k: int, lex: NameLexicon) -> tuple[int, str] | None:
    """ (end, surname) of a surname opened by a particle right after a title or an initial ("Ní Bhriain", "van
    Dalen", "Mac Giolla"; titles.json `surname_particles`): the particle is no given name."""
    n = 1 if k + 2 < len(tokens) and tokens[k + 1].word in lex.particles and not tokens[k + 1].is_cap else 0
    last = k + 1 + n  # "van der Walt", "de la Cruz": two particles
    if last >= len(tokens) or tokens[k].word not in lex.particles or not tokens[last].is_cap \
            or tokens[last].word in lex.not_names or any(t.text.endswith(".") for t in tokens[k:last]):
        return None
    return last + 1, " ".join(t.word for t in tokens[k:last + 1])


_STORM_WORDS = frozenset({"Hurricane", "hurricane", "Storm", "storm", "Typhoon", "typhoon", "Cyclone", "cyclone",
                          "hurikán", "hurikánu", "orkán", "orkánu", "bouře", "vichřice"})


def names_a_thing(tokens: Sequence[Token], j: int, lex: NameLexicon) -> bool:
    """A given name standing alone that opens a body's name ("Marisol Institute of Oceanography": an
    institution head follows) or names a storm ("Hurricane Beryl", "Storm Éowyn", "orkán Kyrill": storms carry
    given names) is no person."""
    nxt = tokens[j + 1].word if j + 1 < len(tokens) else ""
    return nxt in lex.org_heads or (j > 0 and tokens[j - 1].word in _STORM_WORDS)


def role_case_mismatch(role_tok: Token, word: str, lex: NameLexicon) -> bool:
    """ "jednání se starostou Loukova", "dopis starostce Hradiště": Czech declines a person's surname with the office
    before it ("se starostou Novákem"), so a capitalised word after a declined office that has no reading in the
    office's case is a town or body in the genitive the office belongs to, no person."""
    role = lex.role(role_tok) if lex.lang == "cs" else None
    if not role or role.get("role") == role_tok.word.lower():
        return False  # a nominative office: `names._governed_noun` decides
    own = {c for r in declension.candidates(role_tok.word.lower()) if r.lemma == role.get("role") for c in r.cases}
    if not own:
        return False
    cases = {c for r in declension.candidates(word) if r.paradigm != "f_indecl" for c in r.cases}
    return bool(cases) and not own & cases

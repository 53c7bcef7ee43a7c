"""Where personal names are in a block of text: titles, honorifics, role words, initials and first names.

A capitalised word is a name only with evidence: a title or honorific before it ("Dr.", "p.", "paní"), a role
word ("ředitelka", "NM", "ŘO", "chair"), an initial ("R. Ševčík") or a known first name ("Marie Zezůlková").
Bare capitalised pairs at a sentence start ("Koncepce Smart") are not names. Places and institutions found by
the gazetteers are excluded. The result keeps the raw forms and the context cues (words before and after);
choosing the nominative and clustering happen per document in extract/people.py.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.nlp import declension
from minutes_nlp.nlp.eponyms import eponym_end
from minutes_nlp.nlp.given_names import given_not_office, given_word
from minutes_nlp.nlp.name_initials import ends_a_phrase as _ends_a_phrase
from minutes_nlp.nlp.name_initials import free_standing as _free_standing
from minutes_nlp.nlp.name_initials import glued_abbreviation as _glued_abbreviation
from minutes_nlp.nlp.name_initials import initials_run as _initials_run
from minutes_nlp.nlp.name_initials import initials_then_two_words as _initials_then_two_words
from minutes_nlp.nlp.name_initials import name_word as _name_word
from minutes_nlp.nlp.name_initials import role_then_name as _role_then_name
from minutes_nlp.nlp.name_lexicon import NameLexicon, NameSpan, lexicon
from minutes_nlp.nlp.name_middles import middle_initial_span
from minutes_nlp.nlp.name_middles import nickname as _nickname
from minutes_nlp.nlp.name_shapes import names_a_thing as _names_a_thing
from minutes_nlp.nlp.name_shapes import particle_surname as _particle_surname
from minutes_nlp.nlp.name_shapes import role_case_mismatch
from minutes_nlp.nlp.tokens import Token

__all__ = ["NameLexicon", "NameSpan", "bare_initial", "find_names", "lexicon", "parse_at", "post_degrees_end"]


def _prefix(tokens: Sequence[Token], i: int,
            lex: NameLexicon) -> tuple[int, list[str], dict[str, Any] | None, str | None]:
    """Titles, honorifics and role words from token i on: (next index, titles, role, gender)."""
    titles: list[str] = []
    role: dict[str, Any] | None = None
    gender: str | None = None
    j, last_role = i, -2
    while j < len(tokens):
        tok = tokens[j]
        is_hon, g = lex.honorific(tok)
        if tok.text == "et" and titles and j + 1 < len(tokens) and lex.is_degree(tokens[j + 1]):
            pass  # "Mgr. et Mgr."
        elif lex.is_degree(tok) or is_hon:
            titles.append(tok.text)
            gender = gender or g
        elif lex.role(tok) and (role is None or j == last_role + 1) and not (
                tok.text.endswith(".") and len(tok.word) > 3) \
                and (titles or role or not given_not_office(tokens, j, lex, frozenset())):  # "thanked Dean Mills"
            role, last_role = lex.role(tok), j  # "Associate Dean", "Deputy Vice-Chancellor": one office
            gender = gender or (role or {}).get("gender")
        elif (titles or role) and (n := _office_suffix(tokens, j, lex)):
            j += n - 1  # "Mayor Pro Tem Garcia", "Director General": the words belong to the office
        else:
            break
        j += 1
    return j, titles, role, gender


def _office_suffix(tokens: Sequence[Token], j: int, lex: NameLexicon) -> int:
    """How many words from j belong to the office before them ("Pro Tem", "General", "Elect"); 0 if none."""
    return next((n for n in (2, 1) if j + n <= len(tokens)
                 and " ".join(t.word.lower() for t in tokens[j:j + n]) in lex.office_suffixes
                 and tokens[j].word[:1].isupper()), 0)


def bare_initial(tok: Token) -> bool:
    """"Cllr J Crabtree", "Mrs C Hextall": British minutes write initials without a dot."""
    return len(tok.text) == 1 and tok.text.isalpha() and tok.text.isupper()


def _cannot_start(tok: Token, lex: NameLexicon) -> bool:
    """Most tokens (lower-case words, punctuation) open no name: no title, honorific or role word for
    `_prefix` to take, no initial and no capital for a name word or a given name. Checked first because the
    name finder asks at every token; pure in the token's text, so answered once per text."""
    known = lex.start_memo.get(tok.text)
    return known if known is not None else bool(lex.remembered(lex.start_memo, tok, lambda t: _opens_nothing(t, lex)))


def _opens_nothing(tok: Token, lex: NameLexicon) -> bool:
    return not tok.is_cap and not tok.is_initial and not lex.is_degree(tok) and not lex.honorific(tok)[0] \
        and not lex.role(tok)


def parse_at(tokens: Sequence[Token], i: int, lex: NameLexicon, blocked: frozenset[int],
             sentence_start: bool = False) -> NameSpan | None:
    """A name starting at token i (with its titles and role word), or None."""
    if _cannot_start(tokens[i], lex) or i > 0 and _glued_abbreviation(tokens, i - 1) and tokens[i - 1].is_initial:
        return None  # "B.Ed.", "M.Phil.": the word after the glued letter is part of the degree
    j, titles, role, gender = _prefix(tokens, i, lex)
    triggered = bool(titles or role)
    if triggered and j == i:
        return None
    if titles and j < len(tokens) and lex.surname_endings and tokens[j].word.endswith(lex.surname_endings) \
            and tokens[j].is_cap:
        blocked = blocked - {j}  # "Mgr. Benešová": a woman's surname, not "Benešova" of the town Benešov
    if triggered and lex.role(tokens[j - 1]) and j < len(tokens) and tokens[j].word in lex.office_areas:
        return _after_office_area(tokens, i, _office_area_end(tokens, j, lex), titles, role, gender, lex, blocked)
    initial = None
    if (run := _initials_run(tokens, j, lex, blocked)) > j + 1:
        initial = ". ".join(t.word for t in tokens[j:run])  # "K. R. Menon", "T. G. Novák": several initials
        name_start, j = j, run
    elif j + 1 < len(tokens) and (tokens[j].is_initial or triggered and bare_initial(tokens[j])) \
            and (_name_word(tokens[j + 1], lex, blocked, j + 1) or _particle_surname(tokens, j + 1, lex)) \
            and _free_standing(tokens, j) \
            and not _glued_abbreviation(tokens, j) and not _role_then_name(tokens, j + 1, lex, blocked):
        initial = tokens[j].word
        name_start, j = j, j + 1
    else:
        name_start = j
    if (titles or initial) and j < len(tokens) and not tokens[j].is_cap \
            and (particled := _particle_surname(tokens, j, lex)) is not None:  # "Ms van Dijk", "A. van Dijk"
        return NameSpan(i, particled[0], name_start, None, initial, particled[1], False, tuple(titles),
                        (role or {}).get("role"), gender, "title" if titles else "initial")
    if j >= len(tokens) or not (_name_word(tokens[j], lex, blocked, j)
                                or given_word(tokens, j, lex, blocked, triggered)):  # "Ms June Patel"
        return None
    if initial is None and (mid := middle_initial_span(tokens, i, j, titles, role, gender, lex, blocked)):
        return mid  # "Hon. Teresita L. Bautista", "Ma. Cristina V. Reyes"
    words = [tokens[j].word]
    if tokens[j].text.endswith("."):
        pass  # "pan Kubíček. Péťa se zeptá": the dot closes the name
    elif initial is not None and triggered and _initials_then_two_words(tokens, j, lex, blocked):
        return NameSpan(i, j + 2, name_start, None, initial, f"{tokens[j].word} {tokens[j + 1].word}", False,
                        tuple(titles), (role or {}).get("role"), gender, "title" if titles else "initial")
    elif j + 1 < len(tokens) and initial is None and tokens[j + 1].word not in lex.particles and (
            _name_word(tokens[j + 1], lex, blocked, j + 1) or (
            titles and lex.first_name(words[0]) and _surname_after_title(
                tokens, j + 1, lex, _place_title(titles, tokens[j + 1], lex)))):
        words.append(tokens[j + 1].word)  # "Ing. Jana Benešová": after a title and a given name, a surname
        # that reads like a place ("Benešov") or a building ("Cllr Rose Hall") is the surname
    elif (initial is None and (k := _particles_end(tokens, j + 1, lex)) > j + 1 and k < len(tokens)
          and (lex.first_name(words[0]) or titles and lex.lang != "cs") and _name_word(tokens[k], lex, blocked, k)):
        return NameSpan(i, k + 1, name_start, words[0], None, " ".join(t.word for t in tokens[j + 1:k + 1]), False,
                        tuple(titles), (role or {}).get("role"), gender, "first_name")  # "Jan van der Berg"
    elif (initial is None and j + 1 < len(tokens) and tokens[j + 1].is_initial and lex.first_name(words[0])
          and not (j + 2 < len(tokens) and _name_word(tokens[j + 2], lex, blocked, j + 2))):
        return NameSpan(i, j + 2, name_start, words[0], None, tokens[j + 1].text, False, tuple(titles),
                        (role or {}).get("role"), gender, "first_name")  # "Jirka K.", "Tom R."
    elif (initial is None and j + 2 < len(tokens) and tokens[j + 1].is_initial and lex.first_name(words[0])
          and _name_word(tokens[j + 2], lex, blocked, j + 2)):
        span = NameSpan(i, j + 3, name_start, words[0], None, tokens[j + 2].word, False, tuple(titles),
                        (role or {}).get("role"), gender, "first_name")
        return span  # "Margaret A. Delaney": a middle initial
    elif initial is None and (lex.first_name(words[0]) or titles and lex.lang != "cs") \
            and _nickname(tokens, j + 1, lex, blocked):
        return NameSpan(i, j + 5, name_start, words[0], None, tokens[j + 4].word, False, tuple(titles),
                        (role or {}).get("role"), gender, "first_name")  # "Robert (Bob) Hale"
    return _assemble(tokens, i, name_start, j, words, initial, titles, role, gender, lex, sentence_start)


def _assemble(tokens: Sequence[Token], i: int, name_start: int, j: int, words: list[str], initial: str | None,
              titles: list[str], role: dict[str, Any] | None, gender: str | None, lex: NameLexicon,
              sentence_start: bool) -> NameSpan | None:
    """Decide first name / surname order; a name needs a trigger, an initial or a known first name."""
    triggered = bool(titles or role)
    role_name = (role or {}).get("role")
    trigger = "title" if titles else "role" if role else "initial" if initial else "first_name"
    if initial and tokens[name_start].text in lex.particles and name_start + 1 == j:
        initial, j = None, name_start  # "Cllr Ó Briain": a one-letter particle with no dot is no initial
    if (titles or initial) and (particled := _particle_surname(tokens, j, lex)) is not None:
        return NameSpan(i, particled[0], name_start, None, initial, particled[1], False, tuple(titles), role_name,
                        gender, trigger)  # "Cllr Ní Bhriain", "S. Ní Bhriain", "Mr van Dalen": one surname
    if titles and all(t.lower().rstrip(".") in lex.place_titles for t in titles) and j + len(words) < len(tokens) \
            and tokens[j + len(words)].word in lex.org_heads | lex.place_after:
        return None  # "Lady Margaret Hall", "Sir John Moores Building": a title that opens a building's name
    if len(words) == 2 and lex.lang != "cs" and j + 2 < len(tokens) and (lex.first_name(words[0]) or titles) \
            and not tokens[j + 1].text.endswith(".") and _name_word(tokens[j + 2], lex, frozenset(), j + 2) \
            and not _ends_a_phrase(tokens[j + 2], lex) and tokens[j + 2].word.lower() not in lex.degrees_after:
        # "Geoffrey Tull. No interests": the dot ends the name; "John Smith Jr." ends with a suffix
        return NameSpan(i, j + 3, name_start, words[0], None, tokens[j + 2].word, False, tuple(titles), role_name,
                        gender, trigger)  # "Mei Lin Zhou"; "Hon. Akinyi Chebet Rotich": after an honorific the
        # given name need not be one the lexicon knows
    if len(words) == 2 and not triggered and not lex.first_name(words[0]) and _apposition(tokens, j + 2, lex) \
            and not any(lex.is_degree(tokens[k]) or lex.role(tokens[k]) for k in (j, j + 1)):
        return NameSpan(i, j + 2, name_start, words[0], None, words[1], False, (), None, gender, "apposition")
    if len(words) == 2:
        if lex.first_name(words[0]) or titles and lex.lang != "cs":  # "Ms Aroha Tipene": given name, surname
            end, surname = _double_surname(tokens, j + 1, lex)
            return NameSpan(i, end, name_start, words[0], None, surname, False, tuple(titles), role_name,
                            gender, trigger)
        if lex.first_name(words[1]) and triggered:
            return NameSpan(i, j + 2, name_start, words[1], None, words[0], True, tuple(titles), role_name,
                            gender, trigger)
        if role and not titles and lex.lang == "cs":
            return None  # "ředitelka Nemocnice Ždánov": two capitalised words after an office, neither a given
            # name, name the body the office belongs to; a person after an office is "starosta Novák"
    if len(words) == 2 and not triggered and _surname_first_in_list(tokens, i, j, words, lex):
        return NameSpan(i, j + 2, name_start, words[1], None, words[0], True, (), None, None, "list")
    if not triggered and initial is None:
        return _first_alone(tokens, j, words[0], lex, sentence_start, i, name_start)
    if role and not titles and initial is None and (_body_after_role(tokens, j, lex)
                                                     or role_case_mismatch(tokens[j - 1], words[0], lex)):
        return None
    return NameSpan(i, j + 1, name_start, None, initial, words[0], False, tuple(titles), role_name, gender, trigger)


def _double_surname(tokens: Sequence[Token], k: int, lex: NameLexicon) -> tuple[int, str]:
    """ "Bc. Tereza Malá Nováková": a Czech woman may carry two surnames, both feminine; (end, surname)."""
    w, nxt = tokens[k].word, tokens[k + 1] if k + 1 < len(tokens) else None
    if lex.double_surname and nxt is not None and nxt.is_cap and w.endswith(lex.double_surname[0]) \
            and nxt.word.endswith(lex.double_surname[1]) and nxt.word not in lex.not_names:
        return k + 2, f"{w} {nxt.word}"
    return k + 1, w


def _surname_first_in_list(tokens: Sequence[Token], i: int, j: int, words: list[str], lex: NameLexicon) -> bool:
    """ "Přítomni: Novák Jan, Svobodová Eva": Czech attendance sheets write the surname first; an entry of a
    list (after ':' ',' ';' or at a line start, before ',' ';' '(' or the end) whose second word is a given name
    in the nominative and whose first is none, agreeing in gender."""
    fn = lex.first_name(words[1]) if lex.lang == "cs" else None
    if not fn or fn[0] != words[1] or lex.first_name(words[0]) or fn[1] == "?":
        return False
    if (fn[1] == "f") != words[0].endswith(("á", "í")):
        return False
    before = tokens[i - 1].text if i > 0 else ":"
    after = tokens[j + 2].text if j + 2 < len(tokens) else ","
    return before in (":", ",", ";") and after in (",", ";", "(")


def _particles_end(tokens: Sequence[Token], k: int, lex: NameLexicon) -> int:
    """Index after up to two surname particles from k ("de", "van der", "Ó"); k when there is none."""
    n = 0
    while n < 2 and k + n < len(tokens) and tokens[k + n].word in lex.particles:
        n += 1
    return k + n


def _place_title(titles: list[str], surname: Token, lex: NameLexicon) -> bool:
    """The titles before a given name also open a place's name ("Lady Margaret Hall", "St John Street"), so a
    place word after the given name continues the place; a knight's or dame's style ("Sir David Lane", "Dame
    Ann Field"; titles.json `given_name_styles`) before a street or land word names the person, only a
    building's or a body's head ("Sir John Hall", "Sir John College") keeps the place reading."""
    styles = {t.lower() for t in langdata.load(lex.lang, "titles").get("given_name_styles", ())} \
        if lex.lang in langdata.SUPPORTED else set()
    folded = [t.lower().rstrip(".") for t in titles]
    if styles and any(t in styles for t in folded) and surname.word not in lex.org_heads:
        return False
    return any(t in lex.place_titles for t in folded)


def _surname_after_title(tokens: Sequence[Token], k: int, lex: NameLexicon, place: bool = False) -> bool:
    """After a title and a given name a capitalised word is the surname even when it also names a building or
    a street ("Cllr Rose Hall", "Mr John Street"), unless another capitalised word continues a place's name or
    the title also names places ("Lady Margaret Hall", `place_titles`)."""
    tok, nxt = tokens[k], tokens[k + 1] if k + 1 < len(tokens) else None
    return _name_word(tok, lex, frozenset(), k) or (not place and tok.is_cap and not lex.role(tok) and
                                                     tok.word.lower() not in lex.labels and not (nxt and nxt.is_cap))


def _office_area_end(tokens: Sequence[Token], j: int, lex: NameLexicon) -> int:
    """Index after the capitalised area words of an office ("Governance and Risk", "Corporate Services")."""
    while j < len(tokens) and (tokens[j].word in lex.office_areas or tokens[j].text in ("and", "&") and
                               j + 1 < len(tokens) and tokens[j + 1].word in lex.office_areas):
        j += 1
    return j


def _after_office_area(tokens: Sequence[Token], i: int, j: int, titles: list[str], role: dict[str, Any] | None,
                       gender: str | None, lex: NameLexicon, blocked: frozenset[int]) -> NameSpan | None:
    """ "Director Corporate Services", "Group Manager Community Services Leanne Carter": capitalised area
    words after an office name its field, not a person; a person follows only as a given name and surname."""
    if j + 1 < len(tokens) and lex.first_name(tokens[j].word) and tokens[j].is_cap \
            and _name_word(tokens[j + 1], lex, blocked, j + 1):
        return NameSpan(i, j + 2, j, tokens[j].word, None, tokens[j + 1].word, False, tuple(titles),
                        (role or {}).get("role"), gender, "role")
    return None


def _body_after_role(tokens: Sequence[Token], j: int, lex: NameLexicon) -> bool:
    """"tajemník MěÚ", "ředitel Technických služeb", "velitelka Městské policie": after a role word, an
    abbreviation or an adjective before a lower-case noun names the body the role belongs to, not a person."""
    w = tokens[j].word
    if sum(c.isupper() for c in w) >= 2 and (w.isupper() or len(w) <= 5):
        return True  # "MěÚ", "TS" (but "Chair McDonald" is a person)
    nxt = tokens[j + 1].word if j + 1 < len(tokens) else ""
    verb = nxt.endswith(lex.verb_endings) and not nxt.endswith(lex.noun_endings)
    noun_after = nxt.isalpha() and nxt.islower() and len(nxt) > 3 and not verb
    return noun_after and (bool(lex.adjective_endings) and w.lower().endswith(lex.adjective_endings)
                           or _governed_noun(tokens[j - 1], w, lex))


def _governed_noun(role_tok: Token, w: str, lex: NameLexicon) -> bool:
    """ "Ředitel Správy silnic": after a role word in the nominative a person's name stands in the nominative
    too; a capitalised word that cannot be a declinable nominative is the body's noun in the genitive."""
    role = lex.role(role_tok) if lex.lang == "cs" else None
    if not role or role.get("role") != role_tok.word.lower():
        return False
    return not any("nom" in c.cases and c.paradigm != "f_indecl" for c in declension.candidates(w))


def _apposition(tokens: Sequence[Token], k: int, lex: NameLexicon) -> bool:
    """"Bryce Tallmadge, general manager": two capitalised words, a comma, then a role within three words."""
    if k >= len(tokens) or tokens[k].text != ",":
        return False
    nxt = tokens[k + 1: k + 4]
    return bool(nxt) and nxt[0].word.islower() and any(t.word.islower() and lex.role(t) for t in nxt)


def _first_alone(tokens: Sequence[Token], j: int, word: str, lex: NameLexicon, sentence_start: bool, i: int,
                 name_start: int) -> NameSpan | None:
    """A known given name or nickname standing alone ("Honza obvolá", "thanked Ellen"): informal minutes."""
    fn = lex.first_name(word)
    if not fn or word in lex.ambiguous_first or (sentence_start and lex.lang == "cs" and len(word) < 4):
        return None
    if _names_a_thing(tokens, j, lex):  # "Marisol Institute", "Hurricane Beryl": a body's or a storm's name
        return None
    return NameSpan(i, j + 1, name_start, word, None, "", False, (), None, fn[1] if fn[1] != "?" else None,
                    "first_alone")


def _names_a_place(seg: Sequence[Token], span: NameSpan, lex: NameLexicon) -> bool:
    """Capitalised words followed by "Field", "Park", "Road" name a place unless a title or role names a person;
    in English a given name and a surname followed by one more capitalised word or a legal form are a title-case
    name of a body, a product or an event named after a person ("Sue Ryder Care", "John Lewis Partnership")."""
    if span.trigger in ("title", "role"):
        return False
    words = [t.word for t in seg[span.name_start + 1: span.end + 1]]
    nxt = seg[span.end] if span.end < len(seg) and not seg[span.end - 1].text.endswith(".") else None
    title_case = lex.lang != "cs" and nxt is not None and span.surname and (nxt.is_cap or nxt.word in lex.legal_forms) \
        and nxt.word.lower() not in lex.degrees_after  # "John Lewis Partnership", "Sue Ryder Care", "Scott Wilson Ltd"
    return title_case or any(w in lex.place_after for w in words)


def _lettered_heading(tokens: Sequence[Token]) -> frozenset[int]:
    """ "B. Open burning permits", "C. Transfer station sticker fee": a sub-item lettered A., B., C. opens a
    heading line (no comma, no full stop at its end, three words or more after the letter); its letter is a
    label, not an initial, and the word after it no surname."""
    words = [t for t in tokens if t.word.isalpha()]
    if len(words) < 4 or not tokens[0].is_initial or any(t.text in (",", ";") for t in tokens) \
            or tokens[-1].text.endswith((".", "!", "?", ":")):
        return frozenset()
    return frozenset({0, 1})


def find_names(tokens: Sequence[Token], lang: str, blocked: frozenset[int] = frozenset(),
               sentence_starts: frozenset[int] = frozenset(), breaks: frozenset[int] = frozenset()) -> list[NameSpan]:
    """All person-name spans in a token list; `blocked` token indexes belong to places or institutions,
    and no name runs across a `breaks` index (a line break or table cell boundary before that token)."""
    lex = lexicon(lang)
    out: list[NameSpan] = []
    blocked = blocked | _lettered_heading(tokens)
    bounds = sorted({0, len(tokens), *breaks})
    blocked_at, starts_at = sorted(blocked), sorted(sentence_starts)  # each segment takes its slice of them
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg = tokens[a:b]
        seg_blocked = frozenset(i - a for i in blocked_at[bisect_left(blocked_at, a):bisect_left(blocked_at, b)])
        starts = frozenset({0} | {i - a for i in starts_at[bisect_left(starts_at, a):bisect_left(starts_at, b)]})
        i = 0
        while i < len(seg):
            if _cannot_start(seg[i], lex):  # most tokens: no name to parse
                i += 1
                continue
            span = parse_at(seg, i, lex, seg_blocked, i in starts)
            skip = eponym_end(seg, i, span, lex) if span else None  # "ekonomka školy paní Fialová" is a person
            if span and (skip is not None or _names_a_place(seg, span, lex)):
                i = skip or span.end  # "ulice Karla Čapka", "Jana Masaryka street", "Tom Hughes Playing Field"
                continue
            if span:
                for one in [span, *_plural_list(seg, span, lex, seg_blocked)]:
                    out.append(replace(one, start=one.start + a, end=one.end + a, name_start=one.name_start + a))
                    i = one.end
            else:
                i += 1
    return out


def _plural_list(seg: Sequence[Token], span: NameSpan, lex: NameLexicon, blocked: frozenset[int]) -> list[NameSpan]:
    """ "Crs Baker and Moss", "Councillors Hart, Lee and Ng": a plural style titles every surname of the list."""
    if not span.titles or span.titles[0].lower().rstrip(".") not in lex.plural_titles:
        return []
    out, k = [], span.end
    while k + 1 < len(seg) and seg[k].text in (",", "and", "&") and _name_word(seg[k + 1], lex, blocked, k + 1):
        out.append(NameSpan(k + 1, k + 2, k + 1, None, None, seg[k + 1].word, False, span.titles, None, None, "title"))
        k += 2
    return out


def post_degrees_end(tokens: Sequence[Token], j: int, lang: str) -> int:
    """Index after degrees that follow a name (", Ph.D.", "CSc., MBA"), so they are not read as words."""
    lex = lexicon(lang)
    k = j
    while k < len(tokens):
        t = k + 1 if tokens[k].text == "," else k
        joined = ""
        for m in range(t, min(t + 4, len(tokens))):
            joined += tokens[m].text
            if joined.lower().rstrip(".") in lex.degrees_after:
                k = m + 1
                break
        else:
            return k
    return k

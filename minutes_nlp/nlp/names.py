"""Where personal names are in a block of text: titles, honorifics, role words, initials and first names.

A capitalised word is a name only with evidence: a title or honorific before it ("Dr.", "p.", "paní"), a role
word ("ředitelka", "NM", "ŘO", "chair"), an initial ("R. Ševčík") or a known first name ("Marie Zezůlková").
Bare capitalised pairs at a sentence start ("Koncepce Smart") are not names. Places and institutions found by
the gazetteers are excluded. The result keeps the raw forms and the context cues (words before and after);
choosing the nominative and clustering happen per document in extract/people.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

from minutes_nlp import lang as langdata
from minutes_nlp.nlp import declension
from minutes_nlp.nlp.tokens import Token


@dataclass(frozen=True)
class NameSpan:
    """One mention of a person in a block: token range, parts, and the cues around it."""

    start: int  # token index of the first title/role/name token
    end: int  # token index after the last name token
    name_start: int  # token index of the first name token (after titles and roles)
    first: str | None  # the first name as written
    initial: str | None  # "R" for "R. Ševčík"
    surname: str  # as written
    reversed_order: bool = False
    titles: tuple[str, ...] = ()
    role: str | None = None
    gender: str | None = None  # from honorific, role word or first name
    trigger: str = "name"  # "title", "role", "initial", "first_name", "list", "speaker"


@dataclass(frozen=True)
class NameLexicon:
    lang: str
    degrees_before: frozenset[str]
    degrees_after: frozenset[str]
    honorifics: dict[str, str | None]
    role_words: dict[str, dict[str, Any]]
    role_abbr: dict[str, dict[str, Any]]
    labels: dict[str, dict[str, Any]]
    not_names: frozenset[str]
    first_names: dict[str, str]  # for languages without declension: lower-cased name -> gender
    ambiguous_first: frozenset[str] = frozenset()  # given names that are also words ("May", "Will")
    org_heads: frozenset[str] = frozenset()  # "Komise", "Council": words that head institution names
    named_after: frozenset[str] = frozenset()  # "ulice", "náměstí", "street": a name after these is not a person
    place_after: frozenset[str] = frozenset()  # "Field", "Park": capitalised words before these name a place
    adjective_endings: tuple[str, ...] = ()  # "Technických služeb": an adjective before a noun, not a surname
    verb_endings: tuple[str, ...] = ()
    noun_endings: tuple[str, ...] = ()  # "školy": nouns that end like a verb ("byly")
    capitals_only: frozenset[str] = frozenset()  # "di": the rank "DI" counts only written in capitals
    particles: frozenset[str] = frozenset()  # "de", "van": surname particles after a given name
    surname_endings: tuple[str, ...] = ()  # "ová": after a degree a surname, never a place's form
    mixed_case_only: frozenset[str] = frozenset()  # "dr": the degree "Dr." is never written "DR." ("DR" = a board)

    def is_degree(self, tok: Token) -> bool:
        if tok.word.lower() in self.capitals_only and not tok.word.isupper():
            return False  # "Università di Brevona": the particle "di" is no Detective Inspector
        if len(tok.word) > 1 and tok.word.isupper() and tok.word.lower() in self.mixed_case_only:
            return False  # "... předložit ji DR. Zodpovídá:": "DR" is the board (dozorčí rada), not "Dr."
        return tok.text.lower() in self.degrees_before or tok.word.lower() + "." in self.degrees_before

    def honorific(self, tok: Token) -> tuple[bool, str | None]:
        if tok.is_initial:
            return False, None  # "P. Jirmana" is an initial; the honorific is lower-case "p."
        for key in (tok.text.lower(), tok.word.lower(), tok.word.lower() + "."):
            if key in self.honorifics:
                return True, self.honorifics[key]
        return False, None

    def role(self, tok: Token) -> dict[str, Any] | None:
        """A role word; "Vice-Chairman", "místo-předseda": a prefixed role is the role's kind too."""
        if tok.word in self.role_abbr:
            return self.role_abbr[tok.word]
        if not tok.word[:1].isalpha():
            return None
        low = tok.word.lower()
        base = self.role_words.get(low.rsplit("-", 1)[1]) if "-" in low and low not in self.role_words else None
        if base is None and low.endswith("s") and low not in self.role_words and self.lang != "cs":
            base = self.role_words.get(low[:-1])  # "the Associate Deans", "Trustees"
        return {**base, "role": low} if base else self.role_words.get(low)

    def first_name(self, word: str, cue: declension.Cue = declension.Cue()) -> tuple[str, str] | None:
        if self.lang == "cs":
            return declension.first_name(word, cue)
        g = self.first_names.get(word.lower())
        return (word, g) if g else None


@cache
def lexicon(lang: str) -> NameLexicon:
    code = lang if lang in langdata.SUPPORTED else "en"
    titles = langdata.load(code, "titles")
    roles = langdata.load(code, "roles")
    orgs = langdata.load(code, "org_patterns")
    names: dict[str, str] = {}
    fn = langdata.load(code, "first_names")
    if code != "cs":
        names = {n.lower(): g for g in ("f", "m") for n in fn[g]}
    return NameLexicon(
        code,
        frozenset(t.lower() for t in (*titles["degrees_before"], *titles.get("ranks", ()))),
        frozenset(t.lower().rstrip(".") for t in titles["degrees_after"]),
        {k.lower(): v for k, v in titles["honorifics"].items()},
        {**{w: {"role": w, "gender": None} for w in titles.get("more_role_words", ())},
         **{k.lower(): v for k, v in roles["words"].items()}},
        dict(roles["abbreviations"]),
        {k.lower(): v for k, v in roles["labels"].items()},
        frozenset(roles["not_names"]),
        names,
        frozenset(fn.get("ambiguous", ())),
        frozenset(w for w in (*orgs["heads_start"], *orgs["heads_end"]) if w[:1].isupper()),
        frozenset(roles.get("named_after", ())) | frozenset(titles.get("more_named_after", ())),
        frozenset(roles.get("place_after", ())) | frozenset(orgs.get("place_words", ())),
        tuple(orgs.get("adjective_endings", ())),
        tuple(orgs.get("verb_endings", ())),
        tuple(orgs.get("noun_endings_like_verbs", ())),
        _capitals_only((*titles["degrees_before"], *titles.get("ranks", ()))),
        frozenset(titles.get("surname_particles", ())),
        tuple(titles.get("surname_endings_after_degree", ())),
        _mixed_case_only((*titles["degrees_before"], *titles.get("ranks", ()))),
    )


def _mixed_case_only(titles: Sequence[str]) -> frozenset[str]:
    """Short degrees written with small letters in them ("Dr.", "Ing.", "Mgr."): the same letters all in
    capitals ("DR", "ING") abbreviate something else, unless the list has that spelling too."""
    upper = {t.lower().rstrip(".") for t in titles if t.rstrip(".").isupper()}
    return frozenset(t.lower().rstrip(".") for t in titles if not t.rstrip(".").isupper() and t[:1].isupper()
                     and len(t.rstrip(".")) <= 5
                     and any(c.islower() for c in t) and t.lower().rstrip(".") not in upper)


def _capitals_only(titles: Sequence[str]) -> frozenset[str]:
    """Titles written only as capital abbreviations ("DI", "DC", "PC"): in lower case they are ordinary words
    ("di", "pc") and open no name."""
    lowered = {t.lower() for t in titles if not t.isupper()}
    return frozenset(t.lower() for t in titles if t.isupper() and len(t) <= 4 and t.lower() not in lowered)


def _name_word(tok: Token, lex: NameLexicon, blocked: frozenset[int], i: int) -> bool:
    """A capitalised word that may be part of a name: not a place, institution, label or known non-name."""
    w = tok.word
    return tok.is_cap and i not in blocked and w not in lex.not_names and w.lower() not in lex.labels \
        and w not in lex.org_heads


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
                tok.text.endswith(".") and len(tok.word) > 3):
            role, last_role = lex.role(tok), j  # "Associate Dean", "Deputy Vice-Chancellor": one office
            gender = gender or (role or {}).get("gender")
        else:
            break
        j += 1
    return j, titles, role, gender


def _role_then_name(tokens: Sequence[Token], k: int, lex: NameLexicon, blocked: frozenset[int]) -> bool:
    """ "... v budově B. Proděkanka Pokorná odpověděla": after a letter a capitalised office word and a name
    open a new sentence; the letter is no initial of the office word."""
    return lex.role(tokens[k]) is not None and k + 1 < len(tokens) and _name_word(tokens[k + 1], lex, blocked, k + 1)


def bare_initial(tok: Token) -> bool:
    """"Cllr J Crabtree", "Mrs C Hextall": British minutes write initials without a dot."""
    return len(tok.text) == 1 and tok.text.isalpha() and tok.text.isupper()


def _free_standing(tokens: Sequence[Token], j: int) -> bool:
    """An initial is a word of its own: "°C. Plošné" and "3D. Model" are not initials."""
    return j == 0 or tokens[j - 1].end < tokens[j].start or tokens[j - 1].text in "(„\"“'"


def parse_at(tokens: Sequence[Token], i: int, lex: NameLexicon, blocked: frozenset[int],
             sentence_start: bool = False) -> NameSpan | None:
    """A name starting at token i (with its titles and role word), or None."""
    j, titles, role, gender = _prefix(tokens, i, lex)
    triggered = bool(titles or role)
    if triggered and j == i:
        return None
    if titles and j < len(tokens) and lex.surname_endings and tokens[j].word.endswith(lex.surname_endings) \
            and tokens[j].is_cap:
        blocked = blocked - {j}  # "Mgr. Benešová": a woman's surname, not "Benešova" of the town Benešov
    initial = None
    if j + 1 < len(tokens) and (tokens[j].is_initial or triggered and bare_initial(tokens[j])) \
            and _name_word(tokens[j + 1], lex, blocked, j + 1) and _free_standing(tokens, j) \
            and not _role_then_name(tokens, j + 1, lex, blocked):
        initial = tokens[j].word
        name_start, j = j, j + 1
    else:
        name_start = j
    if j >= len(tokens) or not _name_word(tokens[j], lex, blocked, j):
        return None
    words = [tokens[j].word]
    if tokens[j].text.endswith("."):
        pass  # "pan Kubíček. Péťa se zeptá": the dot closes the name
    elif j + 1 < len(tokens) and initial is None and (_name_word(tokens[j + 1], lex, blocked, j + 1) or (
            titles and lex.first_name(words[0]) and _name_word(tokens[j + 1], lex, frozenset(), j + 1))):
        words.append(tokens[j + 1].word)  # "Ing. Jana Benešová": after a title and a given name, a surname
        # that reads like a place ("Benešov") is the surname
    elif (initial is None and j + 2 < len(tokens) and tokens[j + 1].word in lex.particles
          and lex.first_name(words[0]) and _name_word(tokens[j + 2], lex, blocked, j + 2)):
        return NameSpan(i, j + 3, name_start, words[0], None, f"{tokens[j + 1].word} {tokens[j + 2].word}", False,
                        tuple(titles), (role or {}).get("role"), gender, "first_name")  # "Pieter de Ruyter"
    elif (initial is None and j + 1 < len(tokens) and tokens[j + 1].is_initial and lex.first_name(words[0])
          and not (j + 2 < len(tokens) and _name_word(tokens[j + 2], lex, blocked, j + 2))):
        return NameSpan(i, j + 2, name_start, words[0], None, tokens[j + 1].text, False, tuple(titles),
                        (role or {}).get("role"), gender, "first_name")  # "Jirka K.", "Tom R."
    elif (initial is None and j + 2 < len(tokens) and tokens[j + 1].is_initial and lex.first_name(words[0])
          and _name_word(tokens[j + 2], lex, blocked, j + 2)):
        span = NameSpan(i, j + 3, name_start, words[0], None, tokens[j + 2].word, False, tuple(titles),
                        (role or {}).get("role"), gender, "first_name")
        return span  # "Margaret A. Delaney": a middle initial
    return _assemble(tokens, i, name_start, j, words, initial, titles, role, gender, lex, sentence_start)


def _assemble(tokens: Sequence[Token], i: int, name_start: int, j: int, words: list[str], initial: str | None,
              titles: list[str], role: dict[str, Any] | None, gender: str | None, lex: NameLexicon,
              sentence_start: bool) -> NameSpan | None:
    """Decide first name / surname order; a name needs a trigger, an initial or a known first name."""
    triggered = bool(titles or role)
    role_name = (role or {}).get("role")
    trigger = "title" if titles else "role" if role else "initial" if initial else "first_name"
    if len(words) == 2 and lex.lang != "cs" and j + 2 < len(tokens) and lex.first_name(words[0]) \
            and not tokens[j + 1].text.endswith(".") and _name_word(tokens[j + 2], lex, frozenset(), j + 2) \
            and tokens[j + 2].word not in lex.not_names:  # "Geoffrey Tull. No interests": the dot ends the name
        return NameSpan(i, j + 3, name_start, words[0], None, tokens[j + 2].word, False, tuple(titles), role_name,
                        gender, trigger)  # "Mei Lin Zhou"
    if len(words) == 2 and not triggered and not lex.first_name(words[0]) and _apposition(tokens, j + 2, lex) \
            and not any(lex.is_degree(tokens[k]) or lex.role(tokens[k]) for k in (j, j + 1)):
        return NameSpan(i, j + 2, name_start, words[0], None, words[1], False, (), None, gender, "apposition")
    if len(words) == 2:
        if lex.first_name(words[0]):
            return NameSpan(i, j + 2, name_start, words[0], None, words[1], False, tuple(titles), role_name,
                            gender, trigger)
        if lex.first_name(words[1]) and triggered:
            return NameSpan(i, j + 2, name_start, words[1], None, words[0], True, tuple(titles), role_name,
                            gender, trigger)
        if role and not titles and lex.lang == "cs":
            return None  # "ředitelka Nemocnice Ždánov": two capitalised words after an office, neither a given
            # name, name the body the office belongs to; a person after an office is "starosta Novák"
    if not triggered and initial is None:
        return _first_alone(tokens, j, words[0], lex, sentence_start, i, name_start)
    if role and not titles and initial is None and _body_after_role(tokens, j, lex):
        return None
    return NameSpan(i, j + 1, name_start, None, initial, words[0], False, tuple(titles), role_name, gender, trigger)


def _body_after_role(tokens: Sequence[Token], j: int, lex: NameLexicon) -> bool:
    """"tajemník MěÚ", "ředitel Technických služeb", "velitelka Městské policie": after a role word, an
    abbreviation or an adjective before a lower-case noun names the body the role belongs to, not a person."""
    w = tokens[j].word
    if sum(c.isupper() for c in w) >= 2 and (w.isupper() or len(w) <= 5):
        return True  # "MěÚ", "TS" (but "Chair McDonald" is a person)
    nxt = tokens[j + 1].word if j + 1 < len(tokens) else ""
    verb = nxt.endswith(lex.verb_endings) and not nxt.endswith(lex.noun_endings)
    return bool(lex.adjective_endings) and w.lower().endswith(lex.adjective_endings) and nxt.isalpha() \
        and nxt.islower() and len(nxt) > 3 and not verb


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
    return NameSpan(i, j + 1, name_start, word, None, "", False, (), None, fn[1] if fn[1] != "?" else None,
                    "first_alone")


def _names_a_place(seg: Sequence[Token], span: NameSpan, lex: NameLexicon) -> bool:
    """Capitalised words followed by "Field", "Park", "Road" name a place unless a title or role names a person."""
    if span.trigger in ("title", "role"):
        return False
    words = [t.word for t in seg[span.name_start + 1: span.end + 1]]
    return any(w in lex.place_after for w in words)


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
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg = tokens[a:b]
        seg_blocked = frozenset(i - a for i in blocked if a <= i < b)
        starts = frozenset({0} | {i - a for i in sentence_starts if a <= i < b})
        i = 0
        while i < len(seg):
            span = parse_at(seg, i, lex, seg_blocked, i in starts)
            named_after = i > 0 and seg[i - 1].text.lower() in lex.named_after and span is not None and \
                span.trigger != "title"  # "ekonomka školy paní Fialová" is a person, "školy Jana Masaryka" not
            if span and (named_after or _names_a_place(seg, span, lex)):
                i = span.end  # "ulice Karla Čapka", "Jana Masaryka street", "Tom Hughes Playing Field"
                continue
            if span:
                out.append(replace(span, start=span.start + a, end=span.end + a, name_start=span.name_start + a))
                i = span.end
            else:
                i += 1
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

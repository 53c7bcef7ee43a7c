"""The name lexicon: titles, honorifics, role words, first names and the genre's name shapes, read from
`lang/<code>/titles.json`, `roles.json`, `first_names.json` and `org_patterns.json`; and the NameSpan that the
name finder (nlp/names.py) returns. Kept apart so the finder stays about parsing, this about data."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
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
class Eponyms:
    """Where a person's name names something else (nlp/eponyms.py), read from `roles.json`/`titles.json`."""

    titled_heads: frozenset[str] = frozenset()  # "ul.", "nábřeží", "HMS": even a titled name after one is no person
    epithets: frozenset[str] = frozenset()  # "mistra": between a head and its name ("Den upálení mistra Jana Husa")
    conjunctions: frozenset[str] = frozenset()  # "a": "ul. Cyrila a Metoděje" names one street after two people
    possessed: frozenset[str] = frozenset()  # "Rule", "Law": "Martha's Rule" names a rule, not Martha
    products: frozenset[str] = frozenset()  # "Alexa", "Dr Foster": products and services named like people
    offices: frozenset[str] = frozenset()  # "Speaker", "Nurse": an office after a title, no surname


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
    office_areas: frozenset[str] = frozenset()  # "Corporate", "Governance": "Director Corporate Services"
    office_suffixes: frozenset[str] = frozenset()  # "pro tem": "Mayor Pro Tem Garcia"
    plural_titles: frozenset[str] = frozenset()  # "crs", "cllrs": "Crs Baker and Moss" names two people
    place_titles: frozenset[str] = frozenset()  # "lady", "st": titles that also open names of places
    double_surname: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # endings of a woman's two surnames
    legal_forms: frozenset[str] = frozenset()  # "Ltd", "LLP": a name before one names a firm
    eponyms: Eponyms = Eponyms()  # streets, ships, products, laws and holidays named after people
    # answers of `is_degree` and `honorific` by token text: the name finder asks them of every token
    degree_memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    honorific_memo: dict[str, tuple[bool, str | None]] = field(default_factory=dict, compare=False, repr=False)
    start_memo: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)  # names._cannot_start

    def is_degree(self, tok: Token) -> bool:
        """A degree, rank or title written before a name ("Ing.", "Dr", "npor."); pure in the token's text."""
        known = self.degree_memo.get(tok.text)
        if known is None:
            _bound(self.degree_memo)
            known = self.degree_memo[tok.text] = self._is_degree(tok)
        return known

    def honorific(self, tok: Token) -> tuple[bool, str | None]:
        """(is an honorific, the gender it fixes); pure in the token's text."""
        known = self.honorific_memo.get(tok.text)
        if known is None:
            _bound(self.honorific_memo)
            known = self.honorific_memo[tok.text] = self._honorific(tok)
        return known

    def remembered(self, memo: dict[str, Any], tok: Token, answer: Callable[[Token], Any]) -> Any:
        """`answer(tok)` kept in `memo` by the token's text, for questions pure in it (bounded)."""
        known = memo.get(tok.text)
        if known is None:
            _bound(memo)
            known = memo[tok.text] = answer(tok)
        return known

    def _is_degree(self, tok: Token) -> bool:
        if tok.word.lower() in self.capitals_only and not tok.word.isupper():
            return False  # "Università di Brevona": the particle "di" is no Detective Inspector
        if len(tok.word) > 1 and tok.word.isupper() and tok.word.lower() in self.mixed_case_only:
            return False  # "... předložit ji DR. Zodpovídá:": "DR" is the board (dozorčí rada), not "Dr."
        return tok.text.lower() in self.degrees_before or tok.word.lower() + "." in self.degrees_before

    def _honorific(self, tok: Token) -> tuple[bool, str | None]:
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
        parts = word.lower().split("-")
        if not g and len(parts) == 2 and all(p in self.first_names for p in parts):
            g = self.first_names[parts[0]]  # "Jean-Paul", "Mary-Jane": two given names joined
        return (word, g) if g else None


_MEMO_MAX = 200_000  # distinct token texts remembered; a long batch starts afresh past it


def _bound(memo: dict[str, Any]) -> None:
    if len(memo) >= _MEMO_MAX:
        memo.clear()


@cache
def lexicon(lang: str) -> NameLexicon:
    code = langdata.code(lang)
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
        frozenset(roles["not_names"]) | frozenset(titles.get("more_not_names", ())),
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
        frozenset(titles.get("office_areas", ())),
        frozenset(titles.get("office_suffixes", ())),
        frozenset(w.lower() for w in titles.get("plural_titles", ())),
        frozenset(w.lower() for w in titles.get("place_titles", ())),
        _pair(titles.get("double_surname_endings")),
        frozenset(f.rstrip(".") for f in orgs.get("legal_forms", ()) if " " not in f),
        _eponyms(roles, titles),
    )


def _eponyms(roles: dict[str, Any], titles: dict[str, Any]) -> Eponyms:
    def words(key: str) -> frozenset[str]:
        return frozenset(roles.get(key, ())) | frozenset(titles.get(key, ()))
    return Eponyms(words("named_after_titled"), words("named_after_epithets"), words("named_after_conjunctions"),
                   words("eponym_possessed"), words("eponym_products"), words("offices_as_surname"))


def _pair(data: Sequence[Sequence[str]] | None) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    return (tuple(data[0]), tuple(data[1])) if data else None


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

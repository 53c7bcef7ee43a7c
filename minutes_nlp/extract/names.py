"""Person names as written in metadata fields and agenda presenters, with academic titles, honorifics and
role tails removed ("Dr. Ing. Marie Zezůlková, ředitelka odboru" -> "Marie Zezůlková").

Labelled fields (Zapsal:, Present:) hold names in the nominative, so cleaning is enough here; inflected
mentions in running text are the entities stage's job.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from minutes_nlp import lang as langdata
from minutes_nlp.nlp.name_middles import abbreviated_given
from minutes_nlp.textutil import NAME_UPPER, fold

RESIDUE = re.compile(r"\[bookmark:[^\]]*\]|\[image[^\]]*\]")
_ROLE_TAIL = re.compile(r"\s*(?:,|\(|\||\s[–—-]\s|\bdne\b|\bon\b|\d).*$", re.DOTALL)
_PARTICLES = {"van", "von", "de", "der", "da", "di", "la", "le", "du", "ten", "bin", "al", "ap", "ab", "del", "della",
              "dos", "das", "dela", "delos", "los", "las"}
_TOKEN = re.compile(r"[^\s]+")
_MAX_TOKENS = 4


@cache
def name_titles(lang: str) -> tuple[str, ...]:
    """Every word written before a name and dropped with it: the titles, honorifics and offices of
    `metadata_labels.json` and the ranks of `titles.json` ("npor.", "plukovníka", "Ch Insp" as two words)."""
    code = langdata.code(lang)
    ranks = langdata.load(code, "titles").get("ranks", [])
    return tuple(dict.fromkeys([*langdata.load(code, "metadata_labels")["name_titles"], *ranks]))


@cache
def folded_titles(lang: str) -> frozenset[str]:
    """`name_titles` folded, without their dot ("Ing." -> "ing"): the key list readers compare a word by, built
    once per language (they asked for it once per entry)."""
    return frozenset(fold(t).rstrip(".") for t in name_titles(lang))


@cache
def _vocab(lang: str) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    data = langdata.load(langdata.code(lang), "metadata_labels")
    titles = frozenset(fold(t).rstrip(".") for t in name_titles(lang))
    not_names = frozenset(fold(w) for w in data["not_names"])
    return titles, not_names, tuple(data["list_splitters"])


def _is_title(token: str, titles: frozenset[str]) -> bool:
    """A title to drop; an upper-case single letter ("P. Jirman") is an initial, not the honorific "p.";
    "et" joins two degrees ("Mgr. et Mgr.")."""
    if re.fullmatch(r"[^\W\d_]\.?", token) and token[0].isupper():
        return False
    return fold(token).rstrip(".") in titles or token == "et"


def person_like(name: str, had_title: bool, lang: str) -> bool:
    """Clearly a person: a title was written, or an initial, or a known first name opens a two-word name."""
    words = name.split()
    if had_title or re.match(r"^[^\W\d_]\.", name) or (words and re.fullmatch(r"[^\W\d_]\.", words[-1])):
        return True
    given = fold(words[0]) if words else ""  # "Marc-Antoine", "Jean-Luc": a double given name of two known ones
    return len(words) >= 2 and (given in _first_names(lang) or
                                "-" in given and all(p in _first_names(lang) for p in given.split("-")))


@cache
def _articles(lang: str) -> frozenset[str]:
    """metadata_labels.json `title_articles`: the article a formal style opens with ("The Revd", "The Rt Hon")."""
    return frozenset(fold(w) for w in langdata.load(langdata.code(lang), "metadata_labels").get("title_articles", ()))


@cache
def _firm_kinds(lang: str) -> frozenset[str]:
    """The plural heads that end a firm's or a service's name ("Ormerod Fenn Architects", "Hale & Co Solicitors",
    "Green Valley Landscapes"; org_patterns.json `heads_end`): the plural of a trade is no surname ("Hall",
    "Church" or "Kitchen" are, and stay names)."""
    data = langdata.load(langdata.code(lang), "org_patterns")
    return frozenset(w for w in data.get("heads_end", ()) if w.endswith("s") and w[:1].isupper())


@cache
def _role_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in langdata.load(langdata.code(lang), "roles").get("words", {}))


def _role_word(word: str, lang: str) -> bool:
    return fold(word).rstrip(".") in _role_words(lang)


@cache
def _suffixes(lang: str) -> frozenset[str]:
    """Words written after a surname (titles.json `degrees_after`: "Jr.", "III", "PhD"), folded, without dot."""
    return frozenset(fold(w).rstrip(".") for w in langdata.load(langdata.code(lang), "titles").get("degrees_after", ()))


@cache
def _first_names(lang: str) -> frozenset[str]:
    code = langdata.code(lang)
    if not langdata.has(code, "first_names"):
        return frozenset()
    data = langdata.load(code, "first_names")
    return frozenset(fold(n) for key in ("f", "m") for n in data.get(key, []))


def _is_name_token(tok: str, lang: str = "en") -> bool:
    if tok.lower() in _PARTICLES or tok.lower() in abbreviated_given(lang) and tok[:1].isupper():
        return True  # "de", "dela"; "Ma." (María), "Wm."
    if re.fullmatch(r"[^\W\d_]\.", tok):
        return tok[0].isupper()  # an initial: "R."
    core = tok.replace("-", "").replace("'", "").replace("’", "")
    return core.isalpha() and tok[0].isupper()


@lru_cache(maxsize=20_000)
def clean_person(text: str, lang: str) -> str | None:
    """The name in a field value, without titles and role tails; None when it does not look like a name.
    Memoised (pure in its arguments): the metadata, attendance and presenter rules clean the same entries."""
    titles, not_names, _ = _vocab(lang)
    value = _capitals_signature(RESIDUE.sub("", text).strip(" \t:;,"), lang)
    written = _TOKEN.findall(value)
    tokens = _after_office(written, lang)
    if len(tokens) > 1 and fold(tokens[0]) in _articles(lang) and _is_title(tokens[1].rstrip(","), titles):
        tokens = tokens[1:]  # "The Revd Helen Ashdown", "The Hon. Jane Roe": the article of a style
    while tokens and _is_title(tokens[0].rstrip(","), titles):
        tokens.pop(0)  # leading titles may contain commas ("Ing., Ph.D.") only after the name
    value = _ROLE_TAIL.sub("", " ".join(tokens))
    words = [t.strip(",;") for t in _TOKEN.findall(value)]
    words = [w for w in words if w and not _is_title(w, titles)]
    while len(words) > 2 and fold(words[-1]).rstrip(".") in _suffixes(lang):
        words.pop()  # "Rogelio B. Mendoza Jr.", "Ann Lee, MBA": a generational suffix or degree after the name
    if words and words[-1].endswith(".") and not re.fullmatch(r"[^\W\d_]\.", words[-1]):
        words[-1] = words[-1].rstrip(".")  # sentence end, not an initial ("Tom K." keeps its dot)
    if not words or len([w for w in words if not _INITIAL.fullmatch(w)]) > _MAX_TOKENS \
            or any(fold(w) in not_names for w in words) \
            or len(words) == 1 < len(written) and _role_word(words[0], lang) \
            or len(words) > 1 and words[-1] in _firm_kinds(lang):
        return None  # "Secretary" left of "Barangay Secretary": an office, no name
    if not all(_is_name_token(w, lang) for w in words) or all(len(w.rstrip(".")) <= 1 for w in words):
        return None
    if all(len(w) > 1 and w.isupper() for w in words):
        return None  # "MMR", "PS AMK": an institution or body, not a person
    if any(len(w) <= 4 and any(c.isupper() for c in w[1:]) and not w.endswith(".") for w in words):
        return None  # "MěÚ Ždánov", "VaK Poloučí": a short word with a capital inside abbreviates a body
    return " ".join(words)


_INITIAL = re.compile(r"[^\W\d_]\.")


def _capitals_signature(value: str, lang: str) -> str:
    """ "HON. RODOLFO M. MACARAEG", "MA. CRISTINA V. REYES": a signatory's name typed in capitals (signature
    blocks, attestation lines) is title-cased when a name title or a middle initial shows it is a person's; other
    capital runs ("MMR", "PS AMK") stay as written and are refused as bodies below."""
    name = _ROLE_TAIL.sub("", value)
    words = name.split()
    if len(words) < 2 or not all(w.isupper() for w in words if any(c.isalpha() for c in w)):
        return value
    titled = fold(words[0]).rstrip(".") in _vocab(lang)[0] and len(words[0].rstrip(".")) > 1
    initial = any(_INITIAL.fullmatch(w) for w in words[1:-1])
    if not (titled or initial) or sum(len(w) >= 3 and w.isalpha() for w in words) < 2:
        return value
    return " ".join(w if _INITIAL.fullmatch(w) else w.title() for w in words) + value[len(name):]


def _after_office(tokens: list[str], lang: str) -> list[str]:
    """ "Town Administrator Janice Albright", "Police Chief Daniel Marchetti", "Selectman Greer": an office
    written before the name in capitalised words ends with an office word (`offices_before_names`) or a
    title; the name is what follows the last of them (nothing is cut when the name comes first, "Jan
    Novák, Ph.D.", since no name word then follows)."""
    offices = _offices(lang) | _vocab(lang)[0]
    last = max((i for i, t in enumerate(tokens[:-1]) if fold(t.rstrip(",")).rstrip(".") in offices
                and not re.fullmatch(r"[^\W\d_]\.?", t)), default=-1)
    if last < 0 or any(t.endswith(",") or t in ("–", "—", "-") for t in tokens[:last + 1]) \
            or fold(tokens[last]).rstrip(".") not in _offices(lang):  # "Karen Lind – Director of ...": name first
        return tokens
    return tokens[last + 1:]


@cache
def _field_labels(lang: str) -> frozenset[str]:
    """Every one-word label of `metadata_labels.json` ("omluvena", "přítomen", "hosté"); the labels of the
    meeting's roles ("zapisovatelka", "předseda", "ověřovatel") are offices written before a name, not statuses."""
    data = langdata.load(langdata.code(lang), "metadata_labels")
    return frozenset(fold(w) for field, words in data["fields"].items() if field not in _ROLE_FIELDS
                     for w in words if " " not in w)


_ROLE_FIELDS = ("recorder", "chair", "verifiers", "approver")


@cache
def _offices_capitalised(lang: str) -> bool:
    data = langdata.load(langdata.code(lang), "metadata_labels")
    return bool(data.get("role_after_comma_in_groups"))


@cache
def _plural_titles(lang: str) -> frozenset[str]:
    data = langdata.load(langdata.code(lang), "metadata_labels")
    return frozenset(fold(w).rstrip(".") for w in data.get("plural_name_titles", []))


@cache
def _offices(lang: str) -> frozenset[str]:
    data = langdata.load(langdata.code(lang), "metadata_labels")
    return frozenset(fold(w) for w in data.get("offices_before_names", []))


def _drop_roles(group: str, lang: str) -> list[str]:
    """In a ';'-separated list a comma may start a role ("Dana Kowalczyk, Licensing Administrator; ...");
    where offices are written in lower case (Czech), a capitalised part alone after a person is a surname
    ("Bc. Pešek, Nedomová, Mgr. Jandl"), no role."""
    parts = group.split(",")
    if parts[0].split()[:1] and fold(parts[0].split()[0]).rstrip(".") in _plural_titles(lang):
        return parts  # "Councillors Brannigan, Kowalczyk and Quayle": a plural title opens a list of names
    kept = [parts[0]]
    surnames = not _offices_capitalised(lang) and _person_in(parts[0], lang)
    for part in parts[1:]:
        if any(_person_in(sub, lang) for sub in re.split(r"\s+(?:a|and|&)\s+", part)) \
                or surnames and part.strip()[:1].isupper() and clean_person(part, lang):
            kept.append(part)
    return kept


@cache
def _splitter(sep: str) -> re.Pattern[str]:
    """A list splitter of metadata_labels.json as a pattern, compiled once: a word splitter (" a ") only
    between spaces, a punctuation one as written."""
    return re.compile(re.escape(sep) if sep.strip() else rf"\s+{re.escape(sep.strip())}\s+"
                      if sep != "\n" else r"\n")


def _person_in(part: str, lang: str) -> bool:
    name = clean_person(re.sub(r"\([^)]*\)", "", part), lang)
    titled = bool(re.match(r"\s*\S+\.", part)) or any(fold(t).rstrip(".") in _vocab(lang)[0] for t in part.split()[:1])
    return bool(name) and person_like(name or "", titled, lang) or \
        not _offices_capitalised(lang) and bool(_after_role_words(part, lang))  # "primátorka Ing. Nová"


_BRACKET_END = re.compile(r"\s+[.;]\s*$")  # the list's full stop left alone once the last bracket is gone


def split_people(text: str, lang: str) -> list[str]:
    """Names in a list field ("Ing. Jan Novák, Mgr. Eva Malá a Petr Černý"), in order, without repeats."""
    _, _, splitters = _vocab(lang)
    text = RESIDUE.sub("", text)
    if ";" in text:
        text = ";".join(p for group in text.split(";") for p in _drop_roles(group, lang))
    parts = [text]
    for sep in splitters:
        pattern = _splitter(sep)
        parts = [p for part in parts for p in pattern.split(part)]
    out: list[str] = []
    for part in parts:
        part = _stand_in_cut(_BRACKET_END.sub("", re.sub(r"\([^)]*\)", "", part)), lang)  # "Eva Malá (OŽP)."
        name = _given_name_first(clean_person(part, lang) or _after_role_words(part, lang), lang)
        if name and name not in out:
            out.append(name)
    return out


@cache
def _stand_in_rx(lang: str) -> re.Pattern[str] | None:
    cuts = langdata.load(langdata.code(lang), "metadata_labels").get("stand_in_cuts") or []
    return re.compile(rf"\s+(?:{'|'.join(re.escape(c) for c in cuts)})\s+(?=\S)") if cuts else None


def _stand_in_cut(part: str, lang: str) -> str:
    """ "Ing. Petr Kos za Ing. Janu Malou", "Tom Reed for Jane Hill": the entry names the one who came (a
    substitute or a party's representative: "Jana Malá za obec Lhota"), not the one replaced or represented
    (`stand_in_cuts`). The cut needs a name of two words or more before it ("Director for Planning" stays whole)."""
    rx = _stand_in_rx(lang)
    m = rx.search(part) if rx else None
    return part[:m.start()] if m and len(part[:m.start()].split()) >= 2 else part


_LOWER_LEAD = re.compile(r"^\s*(?:[a-zà-ž][^\W\d_]*\s+){1,4}(?=\S)")  # the office's lower-case words only


def _after_role_words(part: str, lang: str) -> str | None:
    """ "děkan prof. PhDr. Miroslav Šafařík", "proděkanka pro studium doc. Renata Pokorná", "tajemník fakulty
    Ing. Libor Zavadil": a list entry may open with the person's office in lower-case words; the name after
    them counts when a title or a known given name marks it as a person's."""
    m = _LOWER_LEAD.match(part)
    if not m or not m.group(0).strip()[:1].islower():
        return None
    rest = part[m.end():]
    if any(w.lower() in _PARTICLES or fold(w) in _field_labels(lang) for w in m.group(0).split()):
        return None  # "omluvena Ing. Vondrová": a status word, not an office
    titled = _is_title(rest.split()[0], _vocab(lang)[0]) if rest.split() else False
    name = clean_person(rest, lang)
    return name if name and person_like(name, titled, lang) else None


def _given_name_first(name: str | None, lang: str) -> str | None:
    """ "Novák Jan" (a Czech attendance sheet's order) -> "Jan Novák" when only the second word is a given
    name."""
    words = (name or "").split()
    if lang != "cs" or len(words) != 2 or len(words[0].rstrip(".")) < 2:
        return name  # English lists put the given name first; "K Lee" is an initial and a surname
    if fold(words[1]) in _first_names(lang) and fold(words[0]) not in _first_names(lang):
        return f"{words[1]} {words[0]}"
    return name


def name_initials(name: str) -> str | None:
    """ "Jaroslav Nedoma" -> "JN": the first letters of a name of two words or more, each capitalised; the
    short form minutes use for a listed person."""
    words = name.split()
    return "".join(w[0] for w in words) if len(words) >= 2 and all(w[:1].isupper() for w in words) else None


@lru_cache(maxsize=4096)
def _written_in_full(word: str) -> re.Pattern[str]:
    """`word` followed by a capitalised word ("Mikko Aaltonen"): one pattern per given name, kept (bounded)
    since re's own cache of 512 patterns kept dropping them between documents."""
    return re.compile(rf"(?<![\w.]){re.escape(word)}\s+[{NAME_UPPER}][a-zà-ž'’-]+")


@lru_cache(maxsize=16)
def given_names_in_use(text: str) -> frozenset[str]:
    """Folded given names the document uses alone as a sentence subject ("Mikko presented ...") and writes
    in full elsewhere ("Mikko Aaltonen"): English minutes call listed people by given name, also names no
    gazetteer knows. A word also written in lower case ("Budget", "Data") is an ordinary word.
    Memoised: every agenda item of a document asks it of the same document text."""
    lower = set(re.findall(r"(?<![\w'’-])[a-zà-ž][\w'’-]*", text))
    opener = rf"(?:^|[.!?;:)]\s+)([{NAME_UPPER}][a-zà-ž'’-]{{2,}})\s+[a-z]{{3,}}\b"  # "Mikko presented"
    subjects = set(re.findall(opener, text, re.MULTILINE))
    out = set()
    for word in subjects:
        if word.lower() not in lower and _written_in_full(word).search(text):
            out.add(fold(word))
    return frozenset(out)

"""Whether two names are one series: abbreviations a document uses for a name, and shorter forms of a name.

"PS SC" in the text is "Pracovní skupina pro Smart Cities" if it is one of the name's initialisms; "Porada vedení
ORR" shortens "Porada vedení odboru regionálního rozvoje KÚ ..." word for word or initial for word; "Programme
Board" shortens "Digital Front Door Programme Board" where names end with their head noun. Split out of
`series`, which reads a series name from a title.
"""

from __future__ import annotations

from minutes_nlp.extract.series_vocab import vocab
from minutes_nlp.textutil import fold, whole_word


def abbreviations(series: str | None, text: str, explicit: tuple[str, ...], lang: str) -> tuple[str, ...]:
    """The explicit abbreviations plus initialisms of the series name that occur in `text`."""
    out = list(explicit)
    if series:
        function_words = frozenset(vocab(lang).series["function_words"])
        for cand in _initials(series.split(), function_words):
            if cand not in out and whole_word(cand).search(text):
                out.append(cand)
    return tuple(out)




def _initials(words: list[str], function_words: frozenset[str]) -> list[str]:
    """Initialism candidates: "Pracovní skupina pro Smart Cities" -> "PS pro SC", "PS SC", "PSSC"."""
    groups = _initial_groups(words, function_words)
    content = [g for g in groups if g.isupper()]
    out = [" ".join(groups).strip(), " ".join(content), "".join(content)]
    lead = [w for w in words[:3] if w[:1].islower() or w is words[0]]
    out.append("".join(w[0].upper() for w in lead))
    return [c for c in dict.fromkeys(out) if len(c.replace(" ", "")) >= 2]


def _initial_groups(words: list[str], function_words: frozenset[str]) -> list[str]:
    """The initials of each run of content words, and the function words between them in lower case:
    "Pracovní skupina pro Smart Cities" -> ["PS", "pro", "SC"]."""
    groups: list[str] = []
    current = ""
    for w in words:
        if w.lower() in function_words:
            if current:
                groups.append(current)
            groups.append(w.lower())
            current = ""
        elif w[:1].isalpha():
            current += w[0].upper()
    if current:
        groups.append(current)
    return groups


def shortens(short: str, full: str, prepositions: bool = False) -> bool:
    """ "Porada vedení ORR" and "Porada vedení odboru regionálního rozvoje" shorten "Porada vedení odboru
    regionálního rozvoje KÚ Podhorského kraje": the words of `short` open `full`, word for word or an
    initialism for as many words, and `full` goes on or spells out an initialism of `short` ("Valná hromada DSO
    Mikroregion X" shortens "Valná hromada Dobrovolného svazku obcí Mikroregion X")."""
    a, b = short.split(), full.split()
    j, expanded, spelled = 0, False, False
    for k, word in enumerate(a):
        skip = _skipped(word, b, j, spelled)
        j, expanded, spelled = skip, expanded or skip != j, False
        if j < len(b) and fold(word).rstrip(",;") == fold(b[j]).rstrip(",;"):
            j += 1
        elif len(word) >= 2 and word.isupper() and (end := _spelled_out(word, b, j, prepositions)) is not None:
            j, expanded, spelled = end, True, True
        elif j and k == len(a) - 1 and _closing_initialism(word, b, j):
            j, expanded = len(b), True
        else:
            return False
    return bool(a) and (j < len(b) or expanded and j == len(b))


_CONJUNCTIONS = frozenset({"a", "and", "&", "i", "und", "et"})
_PROJECT_WORDS = frozenset({"projektu", "project", "programu", "programme"})
_SEAT_WORDS = frozenset({"v", "ve", "in", "na"})


def _skipped(word: str, full: list[str], j: int, spelled: bool) -> int:
    """Where to go on matching `word` in `full` from j, over what a short name of a project's body leaves out:
    the word "projektu" before the project's name ("Řídicí výbor MAP IV" of "Řídicí výbor projektu Místní akční
    plán rozvoje vzdělávání IV"), the lower-case rest of a name an initialism spelled the start of ("rozvoje
    vzdělávání" after "Místní akční plán" = MAP), and a preposition before a place's initialism ("v ORP")."""
    def same(k: int) -> bool:
        return k < len(full) and fold(word).rstrip(",;") == fold(full[k]).rstrip(",;")

    if same(j) or j >= len(full):
        return j
    if fold(full[j]) in _PROJECT_WORDS and j + 1 < len(full):
        return j + 1
    if spelled:
        k = j
        while k < len(full) and full[k][:1].islower() and not same(k) and k - j < 3:
            k += 1
        if same(k):
            return k
    if fold(full[j]) in _SEAT_WORDS and same(j + 1) and word[:1].isupper():
        return j + 1
    return j


def _closing_initialism(word: str, words: list[str], start: int) -> bool:
    """ "Housing SPC" of "Housing, Community and Culture Strategic Policy Committee": a short name keeps the
    first field of an enumerated name and closes with the initialism of the head the full name ends with."""
    tail = len(words) - len(word)
    return len(word) >= 2 and word.isupper() and tail > start and _spelled_out(word, words, tail, False) == len(words)


def _spelled_out(initialism: str, words: list[str], start: int, prepositions: bool) -> int | None:
    """Where the words from `start` spelling out `initialism` end: one word a letter; with `prepositions`, a
    short lower-case preposition between them left out as initialisms leave it ("ORP" = "obce s rozšířenou
    působností": the same body, though a series keeps the form its own document gives)."""
    j = start
    for k, letter in enumerate(fold(initialism)):
        while k and j < len(words) and (prepositions and len(words[j]) <= 2 and words[j].islower()
                                        or words[j] in _CONJUNCTIONS) and fold(words[j][0]) != letter:
            j += 1  # "SÚS" = "Správa a údržba silnic": an initialism leaves the coordinating conjunction out
        if j >= len(words) or fold(words[j][0]) != letter:
            return None
        j += 1
    return j


def tail_shortens(short: str, full: str, lang: str) -> bool:
    """ "Programme Board" shortens "Digital Front Door Programme Board" where names end with their head noun
    (`head_last`): the short name of two or more words closes the full one, the qualifiers before it dropped."""
    a, b = [fold(w) for w in short.split()], [fold(w) for w in full.split()]
    return bool(vocab(lang).series.get("head_last")) and 2 <= len(a) < len(b) and b[-len(a):] == a

"""A cheap test that rules a regex out before it is searched: the literal words every match must contain.

The date rules and the cue classes are long case-insensitive alternations that `re` tries word by word at
every position of a sentence; most sentences contain none of a rule's words. `gate(pattern)` reads the
pattern once and keeps, for each part every match needs ("listopadu|prosince|...", a digit), the literal
forms of that part; `Gate.admits(profile(text))` is False only when some needed part has none of its forms in
the text, so the pattern cannot match and searching it would find nothing. A part the reader does not know
(a character class, an optional group, a look-around) needs nothing, so a gate only ever skips searches
that fail: results are exactly those of searching every pattern.

Case: `fold` maps every character to one representative of the characters `re.IGNORECASE` treats as equal
to it (simple lower case, plus `re`'s own extra equivalences such as "ſ" ~ "s"), one character for one, and
the literals are folded alike; a case-sensitive pattern is only tested more loosely.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

try:  # CPython's own regex parser and case table; without them no gate is built and every pattern is searched
    from re import _casefix, _constants, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - other interpreters
    _casefix = _constants = _parser = None

_DIGIT = "\x00digit"  # a needed part that is a digit ("\d", "[0-9]"); also the mark of a text with one
_DIGITS = re.compile(r"\d")
_MIN_WORD = 2  # a part whose shortest form is one letter is in nearly every sentence: not worth testing
_LONG = 5000  # characters: a longer text is searched without a gate
_GRAM = 4  # a form is tested by its first four characters: every piece of a text up to that long is kept
_SLICES = {k: [slice(i, i + k) for i in range(_LONG)] for k in range(_MIN_WORD, _GRAM + 1)}  # every piece's place
Cnf = list[frozenset[str]]  # every set needs one of its forms in the text


def _equals() -> dict[int, int]:
    """`re`'s extra case equivalences ("i" ~ "ı", "s" ~ "ſ"), each class mapped to its smallest member."""
    extra: dict[int, tuple[int, ...]] = getattr(_casefix, "_EXTRA_CASES", {})
    out: dict[int, int] = {}
    for code, others in extra.items():
        group = {code, *others}
        for c in others:
            group |= set(extra.get(c, ()))
        for c in group:
            out[c] = min(group | {out.get(c, c)})
    return out


class _FoldTable(dict[int, int]):
    """Each character's representative, worked out the first time it is met."""

    def __init__(self) -> None:
        super().__init__()
        self._extra = _equals()

    def __missing__(self, code: int) -> int:
        low = ord(chr(code).lower()[:1] or chr(code))  # "İ".lower() is "i̇": its simple lower case is "i"
        self[code] = out = self._extra.get(low, low)
        return out


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """`text` with each character replaced by its case representative (the same length)."""
    return text.translate(_FOLD)


@lru_cache(maxsize=512)
def profile(text: str) -> frozenset[str] | None:
    """What gates test a text by: every piece of 2 to 4 characters of its folded form, and a mark when it
    has a digit (one set, so a gate's test is a set intersection; sentences are tested many times).
    None for a long text (a whole document): its pieces cost more than the searches they would save."""
    if len(text) > _LONG:
        return None
    f = fold(text)
    pieces: set[str] = set()
    for k in range(_MIN_WORD, _GRAM + 1):
        pieces.update(map(f.__getitem__, _SLICES[k][:max(0, len(f) - k + 1)]))
    if _DIGITS.search(f):
        pieces.add(_DIGIT)
    return frozenset(pieces)


@dataclass(frozen=True)
class Gate:
    clauses: tuple[frozenset[str], ...] = ()  # smallest first; each a needed part's forms, cut to `_GRAM`

    def admits(self, pieces: frozenset[str] | None) -> bool:
        """False when the text of `pieces` (its `profile`) lacks every form of some needed part."""
        if pieces is not None:
            for c in self.clauses:
                if c.isdisjoint(pieces):
                    return False
        return True


OPEN = Gate()


@dataclass(frozen=True)
class Gates:
    """The gates of a list of patterns, and the forms one of which any pattern of the list needs: a sentence
    without them rules the whole list out in one test (most sentences, for most lists)."""

    each: tuple[Gate, ...]
    needs: frozenset[str] | None  # None: some pattern needs nothing
    # the list's first match in a text, as `cues.any_match` found it (a pure function of the text; the same
    # sentence is asked about by several rules): kept with the gates, so it lives and goes with this list
    found: dict[str, re.Match[str] | None] = field(default_factory=dict, compare=False, repr=False)

    def live(self, pieces: frozenset[str] | None) -> bool:
        return pieces is None or self.needs is None or not self.needs.isdisjoint(pieces)


class Sieve:
    """All the gates of a long list tested at once (the date rules: a hundred patterns, each text read once).

    Every needed part of every pattern is one bit; `bits` gives each form the bits of the parts it is a form
    of, so the forms a text has (one set intersection) add up to the parts it has, and a pattern passes when
    all its `required` bits are among them: the answer of `Gate.admits` for each pattern, without a test per
    pattern and part."""

    def __init__(self, each: tuple[Gate, ...]) -> None:
        self.size = len(each)
        self.bits: dict[str, int] = {}
        required: list[int] = []
        n = 0
        for g in each:
            need = 0
            for clause in g.clauses:
                for form in clause:
                    self.bits[form] = self.bits.get(form, 0) | 1 << n
                need |= 1 << n
                n += 1
            required.append(need)
        self.required = tuple(required)
        self.forms = frozenset(self.bits)

    def passing(self, pieces: frozenset[str] | None) -> list[int]:
        """Indices of the patterns whose gates admit the text of `pieces` (its `profile`), in list order."""
        if pieces is None:
            return list(range(self.size))
        have = 0
        bits = self.bits
        for form in self.forms & pieces:
            have |= bits[form]
        return [k for k, need in enumerate(self.required) if need & have == need]


def gates(patterns: tuple[re.Pattern[str], ...]) -> Gates:
    """The gates of a list of patterns (kept by the list's id, the list with them)."""
    hit = _LISTS.get(id(patterns))
    if hit is not None and hit[0] is patterns:
        return hit[1]
    if len(_LISTS) >= _MAX_GATES:
        _LISTS.clear()
    each = tuple(gate(p) for p in patterns)
    needs = None if any(not g.clauses for g in each) else frozenset().union(*(g.clauses[0] for g in each))
    out = _LISTS[id(patterns)] = patterns, Gates(each, needs)
    return out[1]


_GATES: dict[int, tuple[re.Pattern[str], Gate]] = {}  # by the pattern's id (hashing a Pattern hashes its code)
_MAX_GATES = 4096  # patterns compiled at run time come and go: forget them all now and then
_LISTS: dict[int, tuple[tuple[re.Pattern[str], ...], Gates]] = {}


def gate(pattern: re.Pattern[str]) -> Gate:
    """The gate of a compiled pattern (no gate when it cannot be read)."""
    hit = _GATES.get(id(pattern))
    if hit is not None and hit[0] is pattern:
        return hit[1]
    if len(_GATES) >= _MAX_GATES:
        _GATES.clear()
    out = _GATES[id(pattern)] = pattern, _built(pattern)
    return out[1]


def _built(pattern: re.Pattern[str]) -> Gate:
    if _parser is None:
        return OPEN
    try:
        cnf = _needs(_parser.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - an unreadable pattern is simply always searched
        return OPEN
    clauses = {frozenset(f[:_GRAM] if f != _DIGIT else f for f in s) for s in cnf if _useful(s)}
    return Gate(tuple(sorted(clauses, key=lambda c: (len(c), sorted(c)))))


def _useful(forms: frozenset[str]) -> bool:
    return bool(forms) and all(f == _DIGIT or len(f) >= _MIN_WORD for f in forms)


def _needs(seq: Any) -> Cnf:
    """The parts a parsed sequence needs, each as its set of forms."""
    out: Cnf = []
    run = ""
    for op, av in seq:
        if op is _constants.LITERAL:
            run += chr(_FOLD[av])
            continue
        if run:
            out.append(frozenset([run]))
            run = ""
        out += _item_needs(op, av)
    if run:
        out.append(frozenset([run]))
    return out


def _item_needs(op: Any, av: Any) -> Cnf:
    c = _constants
    if op is c.SUBPATTERN:
        return _needs(av[-1])
    if op is c.ATOMIC_GROUP:
        return _needs(av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        return _needs(av[2]) if av[0] >= 1 else []
    if op is c.BRANCH:
        return _branch_needs(av[1])
    if op is c.IN and _is_digit(av):
        return [frozenset([_DIGIT])]
    return []


def _branch_needs(alternatives: list[Any]) -> Cnf:
    """One of the alternatives matches: the union of each one's best needed part (nothing if one needs none)."""
    forms: set[str] = set()
    for alt in alternatives:
        best = max((s for s in _needs(alt) if _useful(s)), key=_strength, default=None)
        if best is None:
            return []
        forms |= best
    return [frozenset(forms)]


def _strength(forms: frozenset[str]) -> tuple[int, int]:
    """Longer shortest form first (rarer in text), then fewer forms (cheaper to test)."""
    return min(4, min(len(f) if f != _DIGIT else 2 for f in forms)), -len(forms)


def _is_digit(items: list[Any]) -> bool:
    """A character class of digits only ("\\d", "[0-9]", "[1-4]")."""
    c = _constants
    digit_cats = (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT)
    return bool(items) and all(
        op is c.CATEGORY and av in digit_cats
        or op is c.RANGE and 48 <= av[0] <= av[1] <= 57
        or op is c.LITERAL and 48 <= av <= 57
        for op, av in items)

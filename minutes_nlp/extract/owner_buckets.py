"""The people an owner's surface form may name, found through buckets instead of asking every person.

`owners._resolve` keeps a person when `name_matches(form, name)` or `name_matches(surname, form)` holds; both
need a stem of one to begin a stem of the other, so people bucketed by every beginning of their names' stems
and by their surname's first stem give all the candidates in a few look-ups (a document names dozens of
people and its sentences hundreds of capitalised forms).
"""

from __future__ import annotations

from minutes_nlp.extract.entities import Entities
from minutes_nlp.extract.result import Person
from minutes_nlp.nlp.stem import stems


class PeopleBuckets:
    """`by_prefix`: every beginning of every stem of a person's name; `by_surname`: the first stem of the
    surname; `always`: people no bucket can rule out (a name without words). Values index `entities.people`."""

    def __init__(self, entities: Entities, lang: str) -> None:
        self.people, self.lang = entities.people, lang
        self.by_prefix: dict[str, set[int]] = {}
        self.by_surname: dict[str, set[int]] = {}
        self.always: set[int] = set()
        for n, person in enumerate(entities.people):
            for h in set(stems(person.name, lang)) | set(stems(person.name, "en")):
                for k in range(len(h) + 1):
                    self.by_prefix.setdefault(h[:k], set()).add(n)
            words = person.name.split()
            surname = stems(words[-1], lang) if words else []
            if surname:
                self.by_surname.setdefault(surname[0], set()).add(n)
            elif not words:
                self.always.add(n)

    def matching(self, bare: str) -> list[Person]:
        """The people `bare` may name, in their order: those with a name stem that `bare`'s first stem begins
        (`name_matches(bare, name)`), or whose surname's first stem begins one of `bare`'s stems
        (`name_matches(surname, bare)`); the others match neither."""
        want = stems(bare, self.lang)
        found = set(self.always) | (self.by_prefix.get(want[0], set()) if want else set())
        for h in set(want) | set(stems(bare, "en")):
            for k in range(len(h) + 1):
                found |= self.by_surname.get(h[:k], set())
        return [self.people[n] for n in sorted(found)]

"""One institution, one entry: the names a document gives a body are joined after collection. A defined
abbreviation ("Wrensford Town Council (WTC)"), initials ("HDC" for "Harnley District Council"), a part of a
longer name ("Police Department"), a unit of a known body ("Obvodní oddělení Policie ČR ..."), a kind named
alone ("krajského úřadu") or a generic abbreviation ("KSÚS") beside the one body of that kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from minutes_nlp.extract.mentions import not_institution
from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.extract.orgnames import _joined, _patterns, _prov
from minutes_nlp.extract.result import Mention
from minutes_nlp.nlp.pipeline import BlockAnalysis
from minutes_nlp.textutil import fold

_DEFINED_AFTER = re.compile(r"\s*\(\s*(?P<marker>[^()]{0,20}?\s)??[„\"“']?([A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ][\w&.-]{1,12}"
                            r"(?: [A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽ]{2,4}| \d{1,4})?)[“\"”']?\s*\)")


def link_defined(analyses: Sequence[BlockAnalysis], found: dict[str, Acc], lang: str) -> None:
    """"Wrensford Town Council (WTC)", "Mikroregion Podlesí (MP)": an abbreviation right after a found name is
    that institution's alias, and its other uses are mentions of the same institution, not a new one. Words
    before it in the bracket must be a definition marker ("dále jen „PCNO“"): "Marlow Hedges Pty Ltd (external
    auditor for VAGO)" names whom the firm works for, another body."""
    markers = tuple(m.lower() for m in _patterns(lang).get("definition_markers", ()))
    texts = {a.block.index: a for a in analyses}
    for key, acc in list(found.items()):
        if key.startswith("act:") or key not in found:
            continue
        for m in list(acc.mentions):
            a = texts.get(m.source.block)
            rest = a.block.text[m.source.end - a.block.start:] if a else ""
            hit = _DEFINED_AFTER.match(rest)
            if not hit or sum(c.isupper() for c in hit.group(2)) < 2 or hit.group("marker") \
                    and not hit.group("marker").strip().lower().startswith(markers):
                continue
            abbr = hit.group(2).rstrip(".")
            if _spelled_by_other(abbr, key, found):
                continue
            known = next((k for k, o in found.items() if k.startswith("gaz:") and abbr in o.used), None)
            if key.startswith("pat:") and known:  # "Agentura ... krajiny ČR (AOPK ČR)": the gazetteer's body
                found[known].mentions += found.pop(key).mentions
                found[known].aliases |= set(acc.used)
                break
            acc.aliases.add(abbr)
            acc.abbreviation = acc.abbreviation or abbr
            other = found.pop("act:" + fold(abbr), None)
            if other:
                acc.mentions += other.mentions
            break


def _spelled(abbr: str, name: str) -> bool:
    """"SÚ" spells "Stavební úřad": the abbreviation's capitals are the first letters of the name's words."""
    letters = fold("".join(c for c in abbr if c.isupper()))
    firsts = fold("".join(w[0] for w in name.split() if w[:1].isalpha() and len(w) > 2))
    return len(letters) >= 2 and firsts.startswith(letters)


def _spelled_by_other(abbr: str, key: str, found: dict[str, Acc]) -> bool:
    """"na stavebním úřadu Městského úřadu Rosnice (dále jen „SÚ“)": the abbreviation after an owner's name
    spells the unit named before it, another body found in the document, not the owner."""
    def names(acc: Acc) -> list[str]:
        return [n for n in (*acc.used, acc.full_name or "") if n]
    if any(_spelled(abbr, n) for n in names(found[key])):
        return False
    return any(k != key and any(_spelled(abbr, n) for n in names(o)) for k, o in found.items())


def merge_parts(found: dict[str, Acc]) -> None:
    """"Police Department" and "Ashcombe Police" are parts of "Ashcombe Police Department": one institution."""
    names = {k: " {} ".format(k.split(":", 1)[1].replace(",", " ").replace("  ", " "))
             for k in found if not k.startswith(("gaz:", "body:"))}  # "X, o.p.s." holds "X"
    for k in sorted(names, key=lambda k: len(names[k])):
        host = next((h for h in sorted(names, key=lambda h: -len(names[h]))
                     if h != k and h in found and names[k] in names[h]), None)
        if host and k in found:
            part = found.pop(k)
            found[host].mentions += part.mentions


def merge_aliased(found: dict[str, Acc]) -> None:
    """"Radě města dne 27. 3." beside "Radě města Brodec nad Úhlavou": a name found by a pattern that one other
    body found in the document gives as its own short name (an alias) is that body."""
    for key, acc in list(found.items()):
        if not key.startswith("pat:") or len(acc.used) != 1:
            continue
        name = fold(next(iter(acc.used)))
        hosts = [h for h, o in found.items() if h != key and name in {fold(x) for x in o.aliases}]
        if len(hosts) == 1:
            found[hosts[0]].mentions += found.pop(key).mentions


def merge_group_names(found: dict[str, Acc]) -> None:
    """"technici ČEZ" beside "ČEZ Distribuce, a. s.": a known body's one-word short name that opens the name of
    exactly one other body of the document stands for that body (a group named for its member that acts)."""
    for key, acc in list(found.items()):
        words = {u for u in acc.used if u.isupper() and " " not in u}
        if not key.startswith("gaz:") or not words or len(words) != len(acc.used):
            continue
        hosts = [h for h, o in found.items() if h != key and any(
            fold(n).startswith(fold(w) + " ") and not _dash_unit(n, w) for n in (*o.used, o.full_name or "")
            for w in words)]
        if len(hosts) == 1:
            found[hosts[0]].mentions += found.pop(key).mentions
            found[hosts[0]].aliases |= words


def _dash_unit(name: str, word: str) -> bool:
    """"MF – AO", "MZe – ŘO": a unit written after its parent and a dash; the parent stays a body of its own."""
    return name[len(word):].lstrip()[:1] in ("–", "-", "—")


_SMALL = frozenset({"a", "and", "of", "for", "the", "pro", "při", "nad", "pod", "na", "u", "v", "ve", "z", "ze", "&"})


def merge_cued(found: dict[str, Acc]) -> None:
    """"za spolek Lomnice na kole" beside "Lomnice na kole, z. s.": a name found after a company word whose
    capitalised words open a longer name with a legal form in the same document is that body."""
    full = {k: [u for u in acc.used if "," in u or "." in u.split()[-1]] for k, acc in found.items()
            if k.startswith("pat:")}
    for key, acc in list(found.items()):
        words = key.split(":", 1)[1].split()
        if not key.startswith("pat:") or len(words) < 2 or not all(u.split()[0].islower() for u in acc.used):
            continue
        rest = " ".join(w for w in next(iter(acc.used)).split()[1:])
        hosts = [h for h, names in full.items() if h != key and h in found and any(
            n.startswith(rest + " ") for n in names)]
        if len(hosts) == 1:
            found[hosts[0]].mentions += found.pop(key).mentions
            found[hosts[0]].aliases |= set(acc.used)


def _initials(name: str) -> set[str]:
    """"Harnley District Council" -> HDC; Czech also takes the lower-case words: "Dopravní podnik města Lomnice
    nad Orlicí, a. s." -> DPMLO, "Magistrát města Lomnice nad Orlicí" -> MMLO (not the connectors, legal form)."""
    words = name.split(",")[0].split()
    seat = next((k for k in range(len(words) - 1, 0, -1) if words[k] in _SEAT), None)
    out = set()
    for part in (words, words[:seat] if seat else []):  # "Vysoké učení technické v Brně" is VUT: no seat
        caps = "".join(w[0] for w in part if w[:1].isupper())
        every = "".join(w[0] for w in part if w not in _SMALL and w[:1].isalpha()).upper()
        out |= {x for x in (caps, every) if len(x) >= 2}
    return out


_SEAT = frozenset({"v", "ve", "in"})  # the seat after a name is left out of its initials (ČVUT, VUT, UTB)


def link_initials(analyses: Sequence[BlockAnalysis], lang: str, found: dict[str, Acc]) -> None:
    """"Harnley District Council" ... "HDC disputes 3 of the 12 cuts": an all-capital word spelling the initials
    of a body found in the document is that body (an alias, with its mentions), wherever it stands."""
    by_initials: dict[str, set[str]] = {}
    for key, acc in found.items():
        for name in (*acc.used, acc.full_name or ""):
            for letters in _initials(name) if " " in name else ():
                by_initials.setdefault(letters, set()).add(key)
    for a in analyses:
        for i, t in enumerate(a.tokens):
            if a.words[i] not in by_initials:
                continue  # most words spell no body's initials: the tests below need not run
            keys = by_initials[t.word] if t.is_upper and not not_institution(t.word, lang) else set()
            if len(keys) != 1:
                continue
            key = next(iter(keys))
            if any(m.source.block == a.block.index and m.source.start <= t.start < m.source.end
                   for m in found[key].mentions):
                continue  # "MF" already found as the ministry's own abbreviation
            other = next((found.pop(k) for k in ("act:" + fold(t.word), "body:" + fold(t.word))
                          if k != key and k in found), None)  # an actor, or the owner of a unit ("rektorát UTŠ")
            office = i + 1 < len(a.tokens) and a.tokens[i + 1].is_upper and _joined(a, i + 1) and not \
                not_institution(a.words[i + 1], lang)  # "OD MMLO": the department's and its office's initials
            end = i + 2 if office else i + 1
            written = a.span_text(i, end)
            found[key].mentions += other.mentions if other else [Mention(written, _prov(a, i, end))]
            found[key].aliases |= {t.word, written}
            if len(written) >= 3 and len(written) > len(found[key].abbreviation or ""):
                found[key].abbreviation = written


def merge_units(found: dict[str, Acc]) -> None:
    """"Obvodní oddělení Policie ČR Hradové Mýto" is a unit of "Policie ČR", found in the same document: one
    institution, the unit's name kept as an alias."""
    gaz = {k: {f" {fold(f)} " for f in (*acc.used, *acc.aliases, acc.full_name or "") if " " in f}
           for k, acc in found.items() if k.startswith("gaz:")}
    for key in [k for k in found if k.startswith("body:")]:
        acc = found[key]
        names = {f" {fold(n)} " for n in (*acc.used, acc.full_name or "") if n}
        host = next((g for g, forms in gaz.items() if any(f in n for f in forms for n in names)), None)
        if host and not _spoken_of_alone(acc, gaz[host]):
            found.pop(key)
            found[host].mentions += acc.mentions
            found[host].aliases |= set(acc.used) | ({acc.full_name} if acc.full_name else set())


def _spoken_of_alone(acc: Acc, host_forms: set[str]) -> bool:
    """"vedoucí Obvodního oddělení Policie ČR X" and later "personální stav obvodního oddělení": a unit the text
    also names by its kind alone, without its parent's name, is spoken of as a body of its own; one named only
    in full (as its head's affiliation) stands for its parent."""
    return any(not any(f in f" {fold(m.text.rstrip('.,'))} " for f in host_forms) for m in acc.mentions)


def merge_bare_kinds(found: dict[str, Acc]) -> None:
    """"krajského úřadu" after "Krajský úřad Pardubického kraje": a body named by its kind alone is the one
    body of that kind the document names in full (bodies.py does this among bodies, this across the gazetteer)."""
    bare = [k for k, acc in found.items() if k.startswith("body:") and acc.full_name and acc.used
            and all(fold(u) == fold(acc.full_name) for u in acc.used)]
    for key in bare:
        kind = fold(found[key].full_name or "")
        hosts = [h for h, acc in found.items() if h != key and kind and any(
            fold(f).startswith(kind + " ") for f in (*acc.used, acc.full_name or "") if f)]
        if len(hosts) == 1:
            found[hosts[0]].mentions += found.pop(key).mentions


def merge_generic(found: dict[str, Acc]) -> None:
    """"ředitelství KSÚS" after "KSÚS Vysočiny": a bare abbreviation that opens the name of another body found
    in the document is that body (the region's road administration), not a second one; its full name must be
    part of the other's ("Správa a údržba silnic"); a known group's one-word name is left to merge_group_names."""
    forms = {k: {f for f in (*acc.used, *acc.aliases, acc.full_name or "") if f} for k, acc in found.items()}
    for key, acc in list(found.items()):
        if not acc.used or not acc.full_name or any(" " in u for u in acc.used):
            continue
        generic = fold(acc.full_name)
        hosts = [h for h in found if h != key and any(f.split()[0] in acc.used and " " in f for f in forms[h])
                 and generic in fold(found[h].full_name or "")]
        if len(hosts) == 1:
            found[hosts[0]].mentions += found.pop(key).mentions


def merge_generic_names(found: dict[str, Acc], lang: str) -> None:
    """"the LA", "Local Authority" beside "Shropshire Council", "the Diocese" beside "Diocese of Wexcombe": a name
    that stands for a body of a kind (org_patterns "generic_bodies": name -> heads of that kind) is the one body of
    that kind the document names."""
    generic = {fold(k): v for k, v in _patterns(lang).get("generic_bodies", {}).items()}
    for key, acc in list(found.items()):
        heads = {h for u in acc.used for h in generic.get(fold(u), ())}
        if not heads or not all(fold(u) in generic for u in acc.used):
            continue
        hosts = [h for h, o in found.items() if h != key and any(
            len(n.split()) >= 2 and any(fold(n).endswith(" " + fold(x)) or fold(n).startswith(fold(x) + " of ")
                                        for x in heads)
            for n in (*o.used, o.full_name or ""))]
        if len(hosts) == 1:
            found[hosts[0]].mentions += acc.mentions
            found[hosts[0]].aliases |= set(acc.used) | acc.aliases
            found.pop(key)


def merge_defined(found: dict[str, Acc], defined: dict[str, str | None]) -> None:
    """"Krajský úřad Kraje Vysočina (dále jen „KÚ“)": the body the text defines an abbreviation for takes every
    other entry named only by that abbreviation or by its bare kind ("KÚ", "krajskému úřadu")."""
    for abbr, full in defined.items():
        hosts = [k for k, acc in found.items() if full and fold(full) in {fold(f) for f in (
            *acc.used, *acc.aliases, acc.full_name or "")}]
        if len(hosts) != 1:
            continue
        for key, acc in list(found.items()):
            if key != hosts[0] and abbr in acc.used and all(
                    u == abbr or fold(u) == fold(acc.full_name or "") for u in acc.used):
                found[hosts[0]].mentions += found.pop(key).mentions
                found[hosts[0]].aliases.add(abbr)


def inflected(acc: Acc, names: set[str]) -> set[str]:
    """"Kraje Vysočina" for "Kraj Vysočina": the case forms the text wrote a name of several words in (each word
    the name's word with another ending), which an index or a reader looks the body up by."""
    def same(written: list[str], name: list[str]) -> bool:
        return len(written) == len(name) and all(
            w[:3].lower() == n[:3].lower() for w, n in zip(written, name, strict=True))
    texts = {m.text.strip().rstrip(".,;") for m in acc.mentions if " " in m.text.strip()}
    return {t for t in texts if t not in names and any(same(t.split(), n.split()) for n in names)}


def merge_head_prefix(found: dict[str, Acc], lang: str) -> None:
    """"Rada vlády" beside "Rada vlády pro udržitelný rozvoj", "the Department" beside "Department for
    Education": a name found by a pattern that is exactly the words before the "pro"/"for" of one other body's
    name in the document is that body's short form (the government has many councils, so "Rada vlády" alone
    names none; the minutes use it for the one they name in full)."""
    links = tuple(w for w in _patterns(lang)["connectors"] if w not in ("a", "and", "&"))
    for key, acc in list(found.items()):
        if not key.startswith("pat:") or len(acc.used) != 1:
            continue
        short = fold(next(iter(acc.used)))
        hosts = [h for h, o in found.items() if h != key and any(
            any(fold(n).startswith(f"{short} {w} ") for w in links) for n in (*o.used, o.full_name or ""))]
        if len(hosts) == 1:
            found[hosts[0]].mentions += found.pop(key).mentions
            found[hosts[0]].aliases |= set(acc.used)

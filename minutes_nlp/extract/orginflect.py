"""One body, however its name is declined: Czech writes a firm's or an association's name in the case the
sentence needs ("od Podhorské banky, a.s.", "Technických služeb Lipová s.r.o."), so the names found by their
shape are joined when every word has the same stem, and a body named by its kind and short name ("TJ Sokol")
joins the one body of the document whose name it opens ("TJ Sokol Lipová nad Rokytkou, z. s.").
"""

from __future__ import annotations

from functools import lru_cache

from minutes_nlp.extract.orgbase import _patterns
from minutes_nlp.extract.orgfound import Acc
from minutes_nlp.nlp.stem import stems
from minutes_nlp.textutil import fold

_VOWELS = frozenset("aeiouy")


def _skeleton(stem: str, alternations: dict[str, str]) -> str:
    """The consonants of a stem, a final alternating consonant put back ("banc" -> "bnk" as "bank"; "sluzeb" and
    "sluzb" -> "slzb": the vowel Czech inserts in a genitive plural goes)."""
    if stem and stem[-1] in alternations:
        stem = stem[:-1] + alternations[stem[-1]]
    return "".join(c for c in stem if c not in _VOWELS)


def _core(name: str, lang: str) -> str:
    """The name without its legal form ("Podhorská banka, a.s." -> "Podhorská banka"): "nabídka Podhorské banky"
    names the same firm."""
    squeezed = name.replace(" ", "")
    for form in sorted(_patterns(lang).get("legal_forms", ()), key=len, reverse=True):
        if squeezed.endswith(form.replace(" ", "")):
            cut = len(name) - 1
            while len(name[cut:].replace(" ", "")) < len(form.replace(" ", "")):
                cut -= 1
            return name[:cut].rstrip(" ,")
    return name


def bare_names(name: str, lang: str) -> set[str]:
    """The name without its legal form as a further alias ("Stavby Novák, s.r.o." -> "Stavby Novák"): minutes
    and their annotators write a firm with and without it, and either spelling names the one body. Only a form
    written as a word of its own counts ("ESA" does not end in "SA")."""
    core = _core(name, lang)
    rest = name[len(core):]
    return {core} if core != name and len(core) > 1 and rest[:1] in (" ", ",") else set()


def _unseated(name: str, lang: str) -> str:
    """The name without its seat ("Podlesická univerzita v Dubči" -> "Podlesická univerzita")."""
    words = name.split()
    seat = next((k for k in range(2, len(words)) if words[k] in _patterns(lang).get("seat_prepositions", ())), None)
    return " ".join(words[:seat]) if seat else name


@lru_cache(maxsize=4096)
def _core_stems(name: str, lang: str, unseat: bool = False) -> tuple[str, ...]:
    """Stems of the name's words without its legal form (and seat): cached, as every pair of names compares
    them."""
    core = _core(name, lang)
    return tuple(stems(_unseated(core, lang) if unseat else core, lang))


def _same_words(a: str, b: str, lang: str) -> bool:
    alternations = _patterns(lang).get("stem_alternations", {})
    sa, sb = _core_stems(a, lang), _core_stems(b, lang)
    if len(sa) != len(sb):
        sa, sb = _core_stems(a, lang, True), _core_stems(b, lang, True)
    formed = _form_of(a, lang) and _form_of(a, lang) == _form_of(b, lang)  # "Kotva, z.ú." / "Kotvy, z.ú."
    if len(sa) != len(sb) or len(sa) < (1 if formed else 2):
        return False
    return all(x == y or (len(x) >= 3 and _skeleton(x, alternations) == _skeleton(y, alternations))
               for x, y in zip(sa, sb, strict=True))


@lru_cache(maxsize=4096)
def _form_of(name: str, lang: str) -> str:
    """The legal form a name ends with, spaces and comma left out ("z.ú."); "" for none."""
    return name[len(_core(name, lang)):].replace(" ", "").replace(",", "")


def _forms(acc: Acc) -> list[str]:
    return [f for f in (*acc.used, acc.full_name or "") if f]


def merge_inflected(found: dict[str, Acc], lang: str) -> None:
    """Names found by their shape or kind that are one name in other cases are one body; its name is the form
    the text uses most (the first found on a tie), every form an alias (org_patterns "inflected_names")."""
    if not _patterns(lang).get("inflected_names"):
        return
    keys = [k for k in found if k.startswith(("pat:", "body:"))]
    for i, key in enumerate(keys):
        for host in keys[:i]:
            if host in found and key in found and any(
                    _same_words(f, g, lang) for f in _forms(found[key]) for g in _forms(found[host])):
                _join(found, host, key)
                break


def _join(found: dict[str, Acc], host: str, key: str) -> None:
    acc = found.pop(key)
    target = found[host]
    if acc.method is not target.method and host.startswith("pat:") and key.startswith("body:"):
        found[key] = target  # a body's name is put in the nominative by its kind; it leads
        found.pop(host)
        target, acc = acc, target
    target.mentions += acc.mentions
    target.aliases |= set(acc.used) | acc.aliases
    target.used.update(acc.used)


def merge_short_bodies(found: dict[str, Acc]) -> None:
    """"TJ Sokol" beside "TJ Sokol Lipová nad Rokytkou, z. s.": a body named by its kind and a name whose words
    open the name of exactly one other body is that body."""
    bodies = {k: [fold(f).replace(",", " ").split() for f in _forms(acc)] for k, acc in found.items()
              if k.startswith("body:")}
    for key, names in bodies.items():
        short = [n for n in names if len(n) >= 2]
        hosts = [h for h, other in bodies.items() if h != key and h in found and key in found and any(
            len(o) > len(n) and o[:len(n)] == n for n in short for o in other)]
        if len(hosts) == 1:
            acc = found.pop(key)
            found[hosts[0]].mentions += acc.mentions
            found[hosts[0]].aliases |= set(acc.used)


def legal_spellings(forms: set[str], lang: str) -> set[str]:
    """Every spelling of a name's legal form the minutes and their readers use for one body: with or without the
    inner spaces and the comma before it ("Lesy Horácka, s. p." = "Lesy Horácka, s.p." = "Lesy Horácka s.p.").
    A name written without a legal form gets none: the form is the registry's, not ours to add."""
    legal = [f for f in _patterns(lang).get("legal_forms", ()) if "." in f]
    groups: dict[str, set[str]] = {}
    for f in legal:
        groups.setdefault(f.replace(" ", ""), set()).add(f)
    out: set[str] = set()
    for name in forms:
        form = next((f for f in sorted(legal, key=len, reverse=True) if name.endswith(" " + f)), None)
        stem = name[:-len(form)].rstrip(" ,") if form else ""
        if form and stem:
            out |= {stem + sep + v for v in groups[form.replace(" ", "")] for sep in (", ", " ")}
    return out - forms

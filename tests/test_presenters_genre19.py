"""Presenters of agenda items (round 19), written from knowledge of the genre before reading any failure.

Who presents an item is written in one of three places. The programme line or the item heading: a name or an office
after a dash, a bar or in brackets ("Rozpočet – místostarostka", "Finance report (Clerk)"), or a label
("Předkládá:", "Předkladatel:", "Zpravodaj:", "Presented by:"). The first sentences of the section: their subject
introduces the item ("uvedl", "představila", "informoval(a)", "seznámil", "introduced the report", "reported that",
"gave an update"), also as a passive with its agent ("Materiál předložil starosta", "The report was presented by X")
or with the verb first ("O návrhu informoval pan Trnka"). An officer named by role is the attendee the attendance list
gives that role; several presenters are coordinated.

Shaped like a presenter but not one: a person the item is about (an applicant, the writer of a letter, the person
thanked); a person who only asks, comments later in the debate, or moves/seconds the motion; a body ("finanční výbor",
"the County Council"); the chair who merely chairs (opens the debate, invites questions); procedural items that only
record names (verifiers of the minutes, declarations of interest, apologies) and passives without an agent."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from genre_rows import named_gap, named_params, same_people

from minutes_nlp.extract import agenda, metadata
from minutes_nlp.extract.presenter_roster import with_listed_presenters

_CS_HEAD = (_h("Zápis ze 7. zasedání zastupitelstva městyse Dolní Bory"), _p("Datum konání: 12. 5. 2026"),
            _p("Přítomni: Ing. Radek Šimek (starosta), Mgr. Hana Vlčková (místostarostka), Petr Kubát (předseda "
               "finančního výboru), Lucie Marková, Josef Trnka (tajemník úřadu)"))
_EN_HEAD = (_h("Minutes of the Meeting of Ashcombe Parish Council"), _p("Date: 12 May 2026"),
            _p("Present: Cllr Ann Morley (Chair), Cllr Tom Heath (Vice-Chair), Cllr Priya Shah, Cllr Ben Ford"),
            _p("In attendance: Mr Ian Dale (Clerk)"))


def _presenters(lang: str, heading: str, text: str) -> tuple[str, ...]:
    """The presenters of the second item of a three-item document whose second section is `heading` + `text`."""
    first = ("1. Zahájení", "Zasedání zahájil starosta.") if lang == "cs" else ("1. Welcome", "The Chair welcomed all.")
    last = ("3. Diskuse", "Nikdo se nepřihlásil.") if lang == "cs" else ("3. Any other business", "None.")
    head = _CS_HEAD if lang == "cs" else _EN_HEAD
    doc = blocks_doc(*head, _h(first[0]), _p(first[1]), _h(heading), *[_p(t) for t in text.split(" // ")],
                     _h(last[0]), _p(last[1]))
    items = with_listed_presenters(agenda.extract_agenda(doc, lang), metadata.extract_meeting(doc, lang))
    return items[1].presenters


POSITIVE = [
    ("cs-programme-bar-name", "cs", "2. Závěrečný účet za rok 2025 | Petr Kubát",
     "Zastupitelstvo projednalo závěrečný účet.", ("Petr Kubát",)),
    ("cs-programme-dash-office", "cs", "2. Rozpočtový výhled – místostarostka",
     "Zastupitelstvo projednalo rozpočtový výhled.", ("Hana Vlčková",)),
    ("cs-label-predklada-office", "cs", "2. Obecně závazná vyhláška o poplatku",
     "Předkládá: starosta // Zastupitelstvo projednalo návrh vyhlášky.", ("Radek Šimek",)),
    ("cs-label-predkladatel", "cs", "2. Dotační program pro spolky",
     "Předkladatel: Mgr. Hana Vlčková // Program bude vyhlášen v červnu.", ("Hana Vlčková",)),
    ("cs-label-zpravodaj-name", "cs", "2. Zpráva finančního výboru",
     "Zpravodaj: Petr Kubát // Výbor zasedal třikrát.", ("Petr Kubát",)),
    ("cs-bod-uvedl-office-name", "cs", "2. Směna pozemků",
     "Bod uvedl starosta Ing. Radek Šimek. Směna je výhodná pro obec.", ("Radek Šimek",)),
    ("cs-material-predstavila-office", "cs", "2. Plán oprav chodníků",
     "Materiál představila místostarostka. Opravy proběhnou v létě.", ("Hana Vlčková",)),
    ("cs-tajemnik-informoval", "cs", "2. Organizační řád úřadu",
     "Tajemník úřadu informoval o změnách organizačního řádu.", ("Josef Trnka",)),
    ("cs-verb-first-pan", "cs", "2. Stav investičních akcí",
     "O průběhu stavby informoval pan Trnka.", ("Josef Trnka",)),
    ("cs-two-offices-plural", "cs", "2. Strategický plán",
     "Starosta a místostarostka představili návrh strategického plánu.", ("Radek Šimek", "Hana Vlčková")),
    ("cs-later-discussant-dropped", "cs", "2. Rozpočet na rok 2027",
     "Návrh rozpočtu předložil starosta. // V diskusi vystoupila Lucie Marková, která se ptala na opravy.",
     ("Radek Šimek",)),
    ("en-heading-dash-cllr", "en", "2. Planning applications – Cllr Priya Shah",
     "Two applications were considered.", ("Priya Shah",)),
    ("en-heading-bracket-office", "en", "2. Finance report (Clerk)",
     "The bank reconciliation was noted.", ("Ian Dale",)),
    ("en-presented-by-two", "en", "2. Neighbourhood plan",
     "Presented by: Cllr Tom Heath and Cllr Ben Ford // The steering group has met twice.", ("Tom Heath", "Ben Ford")),
    ("en-surname-introduced-report", "en", "2. Allotments",
     "Cllr Shah introduced the report, explaining that the waiting list had grown.", ("Priya Shah",)),
    ("en-vice-chair-update", "en", "2. Playground",
     "The Vice-Chair gave an update on the new play equipment.", ("Tom Heath",)),
    ("en-clerk-reported-that", "en", "2. Precept",
     "The Clerk reported that the first half of the precept had been received.", ("Ian Dale",)),
    ("en-passive-agent", "en", "2. Annual governance statement",
     "The statement was presented by Cllr Heath and approved.", ("Tom Heath",)),
]

NEGATIVE = [
    ("cs-applicant-in-heading", "cs", "2. Žádost pana Karla Vondry o pronájem pozemku",
     "Zastupitelstvo projednalo žádost o pronájem.", ()),
    ("cs-applicant-label-tail", "cs", "2. Prodej pozemku p. č. 45/2 – žadatel Karel Vondra",
     "Zastupitelstvo projednalo prodej pozemku.", ()),
    ("cs-asker-only", "cs", "2. Dotazy zastupitelů",
     "Lucie Marková se dotázala, kdy bude opravena autobusová zastávka.", ()),
    ("cs-body-recommends", "cs", "2. Úvěr na výstavbu chodníku",
     "Finanční výbor doporučuje zastupitelstvu přijetí úvěru schválit.", ()),
    ("cs-chair-opens-debate", "cs", "2. Kupní smlouva",
     "Předsedající otevřel diskusi k bodu. Nikdo se nepřihlásil.", ()),
    ("cs-verifiers", "cs", "2. Určení ověřovatelů zápisu",
     "Ověřovateli zápisu byli navrženi Lucie Marková a Petr Kubát.", ()),
    ("cs-object-entrusted", "cs", "2. Smlouva o zřízení věcného břemene",
     "Zastupitelstvo pověřuje starostu podpisem smlouvy.", ()),
    ("cs-passive-no-agent", "cs", "2. Informace o hospodaření",
     "Zastupitelé byli informováni o hospodaření obce za první čtvrtletí.", ()),
    ("cs-letter-writer", "cs", "2. Došlá korespondence",
     "Zastupitelstvo vzalo na vědomí dopis paní Ireny Horákové týkající se hluku.", ()),
    ("cs-vote-names-only", "cs", "2. Odměny neuvolněných členů",
     "Proti hlasoval Petr Kubát, zdržela se Lucie Marková. Usnesení bylo přijato.", ()),
    ("en-applicant-in-heading", "en", "2. Planning application 26/0142 – Mr D. Grant, 4 Mill Lane",
     "No objection was raised.", ()),
    ("en-asker-only", "en", "2. Questions from councillors",
     "Cllr Ford asked whether the bus shelter would be replaced.", ()),
    ("en-body-in-heading", "en", "2. Highways matters – County Council",
     "The potholes on Church Road were noted.", ()),
    ("en-chair-invites-questions", "en", "2. Public participation",
     "The Chair invited questions from the public. A resident raised concerns about speeding.", ()),
    ("en-declarations", "en", "2. Declarations of interest",
     "Cllr Ford declared an interest in item 5 as a neighbour of the applicant.", ()),
    ("en-minutes-signed", "en", "2. Minutes of the previous meeting",
     "The minutes were approved and signed by the Chair.", ()),
    ("en-mover-seconder", "en", "2. Grass cutting contract",
     "Cllr Heath proposed and Cllr Ford seconded that the quote be accepted. Carried.", ()),
    ("en-reported-passive", "en", "2. Vandalism",
     "It was reported that the bench on the green had been damaged.", ()),
    ("en-thanks-to-subject", "en", "2. Retirement of the village warden",
     "Members paid tribute to Mrs Joan Pike for thirty years of service.", ()),
]


@pytest.mark.parametrize(("lang", "heading", "text", "expected"), named_params(POSITIVE + NEGATIVE))
def test_presenter_of_item(lang: str, heading: str, text: str, expected: tuple[str, ...]) -> None:
    got = _presenters(lang, heading, text)
    assert same_people(got, expected), got


# Who supplements the presentation ("X doplnil(a), že ...", "Y added that ...") speaks to it without presenting it:
# only a presenting verb of their own ("informovala o", "představil", "reported on") in the paragraph right after
# the presentation makes a second speaker a co-presenter; after a question nobody but a strong verb presents.
SUPPLEMENTS = [
    ("cs-doplnila-next-paragraph", "cs", "2. Čerpání dotace",
     "Starosta seznámil zastupitele se stavem čerpání dotace. // Místostarostka doplnila, že závěrečné "
     "vyúčtování bude odesláno v červnu.", ("Radek Šimek",)),
    ("cs-doplnil-same-paragraph", "cs", "2. Rekonstrukce hřiště",
     "Mgr. Hana Vlčková představila projekt rekonstrukce hřiště. Tajemník úřadu doplnil, že stavební povolení "
     "je pravomocné.", ("Hana Vlčková",)),
    ("en-added-that-same-paragraph", "en", "2. Village hall",
     "Cllr Shah presented the condition survey of the hall. The Clerk added that the insurer had asked for a "
     "new electrical certificate.", ("Priya Shah",)),
    ("cs-doplnil-after-question", "cs", "2. Rekonstrukce hřiště",
     "Mgr. Hana Vlčková představila projekt rekonstrukce hřiště. // Lucie Marková se zeptala na termín. "
     "Petr Kubát doplnil, že termín závisí na dotaci.", ("Hana Vlčková",)),
    ("en-thanked-and-added", "en", "2. Village hall",
     "Cllr Shah presented the condition survey of the hall. Cllr Ford thanked her and added that the survey was "
     "thorough.", ("Priya Shah",)),
    ("cs-doplnena-passive", "cs", "2. Čerpání dotace",
     "Zpráva o čerpání dotace byla doplněna o přehled faktur.", ()),
    ("cs-own-report-next-paragraph", "cs", "2. Čerpání dotace",
     "Starosta seznámil zastupitele se stavem čerpání dotace. // Místostarostka informovala o přípravě "
     "závěrečného vyúčtování.", ("Radek Šimek", "Hana Vlčková")),
    ("en-own-report-next-paragraph", "en", "2. Village hall",
     "Cllr Shah presented the condition survey of the hall. // The Clerk reported on the insurer's requirements "
     "for the electrical certificate.", ("Priya Shah", "Ian Dale")),
]


@pytest.mark.parametrize(("lang", "heading", "text", "expected"), named_params(SUPPLEMENTS))
def test_supplementing_speaker(lang: str, heading: str, text: str, expected: tuple[str, ...]) -> None:
    assert same_people(_presenters(lang, heading, text), expected)


def _opening_presenters(lang: str, heading: str, text: str) -> tuple[str, ...]:
    """The presenters of the opening item `heading` + `text` of a two-item document."""
    head = _CS_HEAD if lang == "cs" else _EN_HEAD
    last = ("2. Různé", "Nikdo se nepřihlásil.") if lang == "cs" else ("2. Any other business", "None.")
    doc = blocks_doc(*head, _h(heading), *[_p(t) for t in text.split(" // ")], _h(last[0]), _p(last[1]))
    return with_listed_presenters(agenda.extract_agenda(doc, lang), metadata.extract_meeting(doc, lang))[0].presenters


# An opening item whose title joins further parts ("Zahájení, schválení programu a změna jednacího řádu",
# "Call to Order and Opening Prayer") is presented by its opener and by who performs or presents those parts; an
# opening item of one act, or further parts nobody presents (verifiers named, apologies received), only by its opener.
OPENINGS = [
    ("cs-opening-and-rules-change", "cs", "1. Zahájení, schválení programu a změna jednacího řádu",
     "Starosta zahájil zasedání v 18:00. Program byl schválen. // Tajemník úřadu představil návrh změny jednacího "
     "řádu.", ("Radek Šimek", "Josef Trnka")),
    ("cs-opening-and-membership", "cs", "1. Zahájení a změna ve složení výboru",
     "Starosta zahájil zasedání. // Místostarostka informovala o rezignaci člena finančního výboru.",
     ("Radek Šimek", "Hana Vlčková")),
    ("en-call-to-order-and-prayer", "en", "1. Call to Order and Opening Prayer",
     "The Chair called the meeting to order at 7 pm. The opening prayer was led by Cllr Shah.",
     ("Ann Morley", "Priya Shah")),
    ("en-welcome-and-clerk-report", "en", "1. Welcome and Clerk's announcements",
     "The Chair welcomed everyone. // The Clerk reported that the new noticeboard had been installed.",
     ("Ann Morley", "Ian Dale")),
    ("cs-opening-single-act", "cs", "1. Zahájení",
     "Starosta zahájil zasedání v 18:00. // Tajemník úřadu představil návrh změny jednacího řádu.", ("Radek Šimek",)),
    ("cs-opening-and-verifiers", "cs", "1. Zahájení a určení ověřovatelů",
     "Starosta zahájil zasedání. // Ověřovateli zápisu byli určeni Lucie Marková a Petr Kubát.", ("Radek Šimek",)),
    ("en-welcome-and-apologies", "en", "1. Welcome and apologies",
     "The Chair welcomed everyone. Apologies were received from Cllr Ford.", ("Ann Morley",)),
    ("en-opening-and-declarations", "en", "1. Welcome and declarations of interest",
     "The Chair welcomed everyone. Cllr Heath declared an interest in item 4.", ("Ann Morley",)),
    ("en-call-to-order-and-roll", "en", "1. Call to Order and Roll Call",
     "The Chair called the meeting to order at 7 pm. The Clerk called the roll; a quorum was present.",
     ("Ann Morley",)),
    ("cs-opening-and-task-review", "cs", "1. Zahájení a kontrola úkolů",
     "Starosta zahájil zasedání. // Úkol č. 3 – splněno. // Místostarostka informovala, že smlouva byla podepsána.",
     ("Radek Šimek",)),
    ("cs-opening-and-quorum", "cs", "1. Zahájení, usnášeníschopnost",
     "Starosta zahájil zasedání a konstatoval, že je přítomno 5 členů.", ("Radek Šimek",)),
]


@pytest.mark.parametrize(("lang", "heading", "text", "expected"), named_params(OPENINGS))
def test_opening_item_of_several_parts(lang: str, heading: str, text: str, expected: tuple[str, ...]) -> None:
    assert same_people(_opening_presenters(lang, heading, text), expected)


# A surname alone ("Cllr Dizon reported") is written out as the attendance list gives the person, with both given
# names where the person has two ("Mary Grace", "Jan Pavel") or an abbreviated first one ("Ma. Luisa", "Wm.");
# a title or a role before the given name ("Ing.", "Chair") is no given name.
_GIVEN_HEAD = (_h("Minutes of the Regular Session"), _p("Date: 2 June 2026"),
               _p("Present: Hon. Mary Grace T. Dizon, Ma. Luisa P. Ramos, Chair Alma Reyes, Wm. Thorne, Joel Ortiz"))
GIVEN = [
    ("two-given-names", "Cllr Dizon reported on the drainage works.", ("Mary Grace T. Dizon",)),
    ("abbreviated-maria", "Kgd. Ramos reported on the feeding programme.", ("Ma. Luisa P. Ramos",)),
    ("role-word-not-given", "Ms Reyes presented the youth sports report.", ("Alma Reyes",)),
    ("one-given-name", "Mr Ortiz presented the treasurer's report.", ("Joel Ortiz",)),
    ("asker-not-presenter", "Cllr Ortiz asked when the drainage works would end.", ()),
]


@pytest.mark.parametrize(("text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in GIVEN])
def test_surname_written_out_with_given_names(text: str, expected: tuple[str, ...]) -> None:
    doc = blocks_doc(*_GIVEN_HEAD, _h("1. Call to Order"), _p("The session opened at 9 am."), _h("2. Reports"),
                     _p(text), _h("3. Other Matters"), _p("None."))
    items = with_listed_presenters(agenda.extract_agenda(doc, "en"), metadata.extract_meeting(doc, "en"))
    assert items[1].presenters == expected


# "Chair of the X", "President of the X": the office of the body whose minutes these are (the title names it) is
# the meeting's own; the same office of another body ("Chair of the Village Hall Committee") is not.
OWN_BODY = [
    ("own-body-chair", "Minutes of the Ashcombe Parish Council",
     "Present: Cllr Ann Morley, Chair of the Parish Council; Cllr Tom Heath; Mr Joe Bright, Treasurer",
     ("Ann Morley",)),
    ("own-body-president", "Minutes of the Faculty Senate",
     "Present: Prof. Ruth Obi, President of the Faculty Senate; Dr Lee Kwan; Dr Mia Holt", ("Ruth Obi",)),
    named_gap("the attendance list's only officer with the office is taken as the meeting's chair (metadata)",
              "other-body-chair", "Minutes of the Ashcombe Parish Council",
              "Present: Cllr Tom Heath; Cllr Priya Shah; Mr Joe Bright, Chair of the Village Hall Committee", ()),
    named_gap("the attendance list's only officer with the office is taken as the meeting's chair (metadata)",
              "other-body-president", "Minutes of the Faculty Senate",
              "Present: Dr Lee Kwan; Dr Mia Holt; Ms Zoe Park, President of the Student Union", ()),
    ("other-body-chair-beside-own", "Minutes of the Ashcombe Parish Council",
     "Present: Cllr Ann Morley, Chair of the Parish Council; Cllr Tom Heath; Mr Joe Bright, Chair of the "
     "Village Hall Committee", ("Ann Morley",)),
]


@pytest.mark.parametrize(("title", "present", "expected"), named_params(OWN_BODY))
def test_office_of_the_own_body(title: str, present: str, expected: tuple[str, ...]) -> None:
    office = "Chair" if "Council" in title else "President"
    doc = blocks_doc(_h(title), _p("Date: 4 May 2026"), _p(present), _h("1. Welcome"), _p("All were welcomed."),
                     _h("2. Annual report"), _p(f"The {office} presented the annual report."), _h("3. Close"),
                     _p("The meeting closed."))
    items = with_listed_presenters(agenda.extract_agenda(doc, "en"), metadata.extract_meeting(doc, "en"))
    assert same_people(items[1].presenters, expected), items[1].presenters


# An officer listed with an abbreviated first given name ("Ma. Luisa P. Ramos – Secretary") holds the office
# under the whole name; a title or another word before the name is no part of it.
HOLDERS = [
    ("abbreviated-given-secretary", "Present: Hon. Jose R. Lim – Chair; Ma. Luisa P. Ramos – Secretary",
     "The Secretary presented the minutes of the last session.", "Ma. Luisa P. Ramos"),
    ("plain-secretary", "Present: Hon. Jose R. Lim – Chair; Luisa P. Ramos – Secretary",
     "The Secretary presented the minutes of the last session.", "Luisa P. Ramos"),
    ("title-not-given", "Present: Hon. Jose R. Lim – Chair; Dr. Luisa P. Ramos – Secretary",
     "The Secretary presented the minutes of the last session.", "Luisa P. Ramos"),
]


@pytest.mark.parametrize(("present", "text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in HOLDERS])
def test_officer_with_abbreviated_given_name(present: str, text: str, expected: str) -> None:
    doc = blocks_doc(_h("Minutes of the Regular Session"), _p("Date: 2 June 2026"), _p(present),
                     _h("1. Call to Order"), _p("The session opened at 9 am."), _h("2. Reports"), _p(text),
                     _h("3. Other Matters"), _p("None."))
    items = with_listed_presenters(agenda.extract_agenda(doc, "en"), metadata.extract_meeting(doc, "en"))
    assert items[1].presenters == (expected,)

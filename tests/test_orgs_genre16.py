"""Round 16 genre inventory of institutions found by rules, written from knowledge of real minutes (Czech regional
crisis and security councils, Czech school staff meetings, South African municipal committees, US homeowners'
associations) before the failing lines were read. Names and sentences are our own.

(a) Where an abbreviation ends: a Czech office acronym ("KÚ", "MŠ", "HZS") is followed in real minutes by the next
sentence, the next line, or a person's academic degree ("JUDr.", "Mgr.") — none of them part of the body's name.
(b) Where an English "Department of X" / "the City" name ends: a date, a time or a verb phrase follows it ("on 12
May", "in 2024": a number after a connector is never part of the name).
(c) Firm names that end in a trade noun ("Consulting Engineers", "Lawn & Tree", "Pools", "CPAs") and partnerships
"A & B" are one firm.
(d) One body, two names: an acronym with its full name ("Krajský úřad X kraje" / "KÚ"), a statutory city and its
office ("Statutární město X", "SM X", "Magistrát města X"), a kind found inside a longer name at the same place
("Krajské správy silnic X kraje, p. o." holds "správy silnic").
(e) Compound Czech public-sector acronyms and school-advisory bodies: "MV-GŘ HZS ČR", "ORP X", "PPP X",
"OSPOD"; the legal form "z. ú." (zapsaný ústav).
(f) South African public bodies and company forms: "(Pty) Ltd", National Treasury, SAPS, SALGA, NERSA, Eskom,
the provincial disaster management centre; US homeowners' associations' Architectural Review Committee ("the ARC").
(g) An association attached to a school ("Spolek rodičů při ZŠ X, z. s."): the legal form is the association's.
Negatives (what is shaped like a body in these minutes and is not one): the SA office title "Director: X
Services" / "Manager: X" (a post in the "Title: Portfolio" style), a "MOTION" label, meeting segments ("Open
Forum", "Public Forum", "Homeowner Forum"), a unit of the body itself named by function alone ("Water Services",
"PMU"), a degree or title after an acronym, a sentence's first word after an acronym, a town's district named as
an area ("v ORP X", a project "MAP III ORP X"), professional designations after a manager's name ("CCAM",
"CMCA"), school acronyms of courses, plans and diagnoses ("LVK", "PLPP", "PAS").
"""

from __future__ import annotations

import pytest
from genre_rows import check_institutions

ROWS = [  # (id, lang, text, present, absent)
    # (a) acronym boundaries
    ("cs-acr-next-sentence", "cs", "Podklady zaslal KÚ. Aktualizace plánu proběhne v březnu.",
     ("KÚ",), ("KÚ Aktualizace", "Aktualizace")),
    ("cs-acr-degree-after", "cs", "Za HZS JUDr. Petr Kadlec potvrdil účast jednotky.",
     ("HZS",), ("HZS JUDr", "JUDr")),
    ("cs-acr-mgr-after", "cs", "Za MŠ Mgr. Dana Pokorná přislíbila pomoc.", ("MŠ",), ("MŠ Mgr",)),
    ("cs-acr-next-line", "cs", "Stanovisko zpracuje KÚ // Schůzku svolá tajemník.", ("KÚ",), ("KÚ Schůzku", "Schůzku")),
    ("cs-acr-bc-after", "cs", "Za KHS Bc. Jana Malá informovala o hygieně.", ("KHS",), ("KHS Bc",)),
    # (b) English names running past their end
    ("en-dept-date-after", "en", "The Department of Water and Sanitation on 14 March confirmed the grant.",
     ("Department of Water and Sanitation",), ("Department of Water and Sanitation on 14",)),
    ("en-dept-unknown-date-after", "en", "The Department of Mines and Quarries on 12 May approved the licence.",
     ("Department of Mines and Quarries",), ("Department of Mines and Quarries on 12",)),
    ("en-board-year-after", "en", "The Board of Education in 2024 approved the calendar.", ("Board of Education",),
     ("Board of Education in 2024",)),
    ("en-city-verb-after", "en", "The City repaired the fence on 3/12 at its own cost.", (), ("City repaired",)),
    # (c) firm names
    ("en-consulting-engineers", "en", "Ndlovu Consulting Engineers presented the design report.",
     ("Ndlovu Consulting Engineers",), ("Ndlovu Consulting",)),
    ("en-partnership-ampersand", "en", "The audit was performed by Bramwell & Tate, CPAs.",
     ("Bramwell & Tate, CPAs",), ("Tate",)),
    ("en-lawn-tree", "en", "The board renewed the contract with Sagebrush Lawn & Tree for one year.",
     ("Sagebrush Lawn & Tree",), ("Tree",)),
    ("en-pools", "en", "Bluecrest Pools will service the pool heater in May.", ("Bluecrest Pools",), ()),
    # (d) one body, two names
    ("cs-acr-and-full", "cs", "Krajský úřad Horáckého kraje zaslal metodiku. // KÚ dále požádal o součinnost.",
     ("Krajský úřad Horáckého kraje",), ()),
    ("cs-kind-inside-name", "cs", "Ing. Petr Malý, ředitel Krajské správy silnic Horáckého kraje, p. o., informoval o"
     " zimní údržbě. // Krajská správa silnic má připraveno 40 sypačů.",
     ("Krajské správy silnic Horáckého kraje, p. o.",), ("Správa a údržba silnic Horáckého kraje",)),
    ("za-initials-everywhere", "en", "The TDM has not paid its share. // Thabong District Municipality paid R2 million"
     " in March. // The officer will invite the Director: Roads of the TDM to the next meeting.",
     ("Thabong District Municipality",), ("Roads",)),
    ("cs-bare-acronym-of-kind", "cs", "Omluven: ředitel KVV plk. Ing. Jan Sýkora // Připomínky zaslalo KVV Horka.",
     ("KVV Horka",), ("plk",)),
    ("cs-statutory-city", "cs", "Statutární město Lipnice a Magistrát města Lipnice zajistí svoz.",
     ("Statutární město Lipnice",), ()),
    ("cs-sm-short", "cs", "Dotaci poskytne SM Lipnice.", ("SM Lipnice",), ()),
    # (e) Czech compound acronyms
    ("cs-mv-ghzs", "cs", "Metodický pokyn vydalo MV-GŘ HZS ČR v lednu.", ("MV-GŘ HZS ČR",), ()),
    ("cs-orp", "cs", "Povodňový plán ORP Brodek byl aktualizován.", ("ORP Brodek",), ()),
    ("cs-ppp", "cs", "Žák byl doporučen k vyšetření v PPP Vysočina.", ("PPP Vysočina",), ()),
    ("cs-ospod", "cs", "Škola informovala OSPOD o opakovaných absencích.", ("OSPOD",), ()),
    ("cs-zu", "cs", "Dílnu v dubnu zajistí ve spolupráci s ústavem Centrum Jablíčko, z. ú.",
     ("Centrum Jablíčko, z. ú.",), ("ústavem Centrum Jablíčko, z. ú.",)),
    # (f) South African bodies
    ("za-pty-ltd", "en", "Khanyisa Civils (Pty) Ltd was appointed for the road works.",
     ("Khanyisa Civils (Pty) Ltd",), ()),
    ("za-treasury", "en", "National Treasury approved the roll-over of the grant.", ("National Treasury",), ()),
    ("za-saps", "en", "SAPS will increase patrols near the taxi rank.", ("SAPS",), ()),
    ("za-nersa", "en", "The tariff increase still needs approval from NERSA.", ("NERSA",), ()),
    ("za-eskom", "en", "Eskom will energise the new substation in October.", ("Eskom",), ()),
    ("za-pdmc", "en", "The Provincial Disaster Management Centre sent two officials.",
     ("Provincial Disaster Management Centre",), ()),
    # negatives: shaped like a body, not one
    ("za-title-director", "en", "Director: Technical Services reported on the roads backlog.", (),
     ("Technical Services",)),
    ("za-title-manager", "en", "Manager: Electrical Services (Mr T. Dube) presented item 5.", (),
     ("Electrical Services", "Manager: Electrical Services")),
    ("za-title-line", "en", "RESPONSIBLE: Manager: Water Services", (), ("Water Services",)),
    ("za-title-exec", "en", "Chief Financial Officer: Budget and Treasury tabled the report.", (),
     ("Budget and Treasury",)),
    ("en-motion-label", "en", "MOTION: To approve the minutes as presented.", (), ("MOTION",)),
    ("en-motion-caps", "en", "MOTION carried unanimously.", (), ("MOTION",)),
    ("en-open-forum", "en", "Open Forum: two residents spoke about parking.", (), ("Open Forum",)),
    ("en-homeowner-forum", "en", "Homeowner Forum. A resident asked about the gate code.", (), ("Homeowner Forum",)),
    ("en-public-forum", "en", "Public Forum was opened at 7:05 pm.", (), ("Public Forum",)),
    ("za-own-unit", "en",
     "Director: Water Services (Mr K. Zulu) // Water Services will repair the burst main this week.", (),
     ("Water Services",)),
    ("za-pmu", "en", "The PMU will submit the business plan.", (), ("PMU",)),
    ("cs-acr-sentence-start", "cs", "Zprávu předložil HZS. Schůze skončila v 15 hodin.", ("HZS",), ("HZS Schůze",)),
    ("cs-ppp-generic", "cs", "Doporučení z poradny založí třídní učitelka do spisu.", (), ("Poradna",)),
    ("cs-orp-generic", "cs", "Obce s rozšířenou působností zašlou data.", (), ()),
    ("cs-orp-territory", "cs", "Místní akční plán v ORP Brodek pokračuje druhým rokem.", (), ("ORP Brodek",)),
    ("cs-orp-project", "cs", "Řídicí výbor MAP III ORP Brodek schválil rozpočet.", (), ("ORP Brodek",)),
    ("en-city-alone", "en", "City replaced the lamps on 9/24.", (), ("City replaced",)),
    ("en-dept-time-after", "en", "Department of Roads at 10:00 met the contractor.", ("Department of Roads",),
     ("Department of Roads at 10",)),
    ("en-engineers-generic", "en", "Consulting engineers will be appointed next year.", (), ("Consulting engineers",)),
    ("en-pools-generic", "en", "Pools will close for the winter on 1 October.", (), ("Pools",)),
    ("cs-degree-only", "cs", "JUDr. Ing. Karel Sýkora přednesl zprávu.", (), ("JUDr",)),
    ("cs-sm-abbrev-other", "cs", "SM 2 byla vyměněna za novou.", (), ("SM 2",)),
    ("za-ward-committee", "en", "Ward Committee meetings are held quarterly in each ward.", (), ()),
    ("en-title-colon-person", "en", "Director: Ms P. Nkosi", (), ("Director",)),
    ("cs-attached-association", "cs", "Spolek rodičů při MŠ Lipnice, z. s. (SRPŠ) přispěje na výlet.",
     ("Spolek rodičů při MŠ Lipnice, z. s.", "MŠ Lipnice"), ("MŠ Lipnice z. s.",)),
    ("cs-srps-alone", "cs", "Dopravu na sportovní den uhradí SRPŠ, s nímž je to dohodnuto.", ("SRPŠ",), ()),
    ("cs-srps-defined", "cs", "Spolek rodičů při MŠ Lipnice, z. s. (SRPŠ) přispěje. // Výbor SRPŠ zasedal v červnu.",
     ("Spolek rodičů při MŠ Lipnice, z. s.", "MŠ Lipnice"), ("Sdružení rodičů a přátel školy",)),
    ("en-manager-designation", "en", "Ing. Pavel Kos, CCAM, presented the management report.", (), ("CCAM",)),
    ("en-designations-listed", "en", "Also present: Rita Vance, CMCA, AMS, community manager.", (), ("CMCA", "AMS")),
    ("en-reserve-consultants", "en", "The reserve study was prepared by Lindenfield Reserve Consultants.",
     ("Lindenfield Reserve Consultants",), ()),
    ("en-second-label", "en", "SECOND: Director Lee. Motion passed 4-1.", (), ("SECOND",)),
    ("en-public-comment", "en", "Public Comment: none was received.", (), ("Public Comment",)),
    ("en-homeowners-forum-apostrophe", "en", "Homeowners' Forum: no speakers.", (), ("Homeowners' Forum",)),
    ("za-portfolio-repeated", "en", "Manager: Roads and Stormwater // Roads and Stormwater will patch the potholes.",
     (), ("Roads and Stormwater",)),
    ("cs-diagnosis-acronym", "cs", "Žák s PAS bude mít od září asistenta pedagoga.", (), ("PAS",)),
    ("cs-course-acronym", "cs", "LVK proběhne v únoru na Šumavě.", (), ("LVK",)),
    ("cs-plan-acronym", "cs", "PLPP zpracuje třídní učitelka do konce měsíce.", (), ("PLPP",)),
    ("cs-orp-counted", "cs", "ORP v kraji je celkem patnáct.", (), ("ORP",)),
    ("en-open-session", "en", "Open Session resumed at 8:10 pm.", (), ("Open Session",)),
    ("en-resident-input", "en", "Resident Input: a homeowner asked about trash pick-up.", (), ("Resident Input",)),
    ("en-motion-to-adjourn", "en", "MOTION TO ADJOURN at 9:02 pm passed.", (), ("MOTION",)),
    ("za-senior-manager-post", "en", "Senior Manager: Budget Office presented the adjustments budget.", (),
     ("Budget Office",)),
    ("en-arc-with-chair", "en", "Architectural Review Committee (ARC) minutes were received. // The ARC recommended"
     " approval of the fence at lot 7.", ("Architectural Review Committee",), ()),
    ("en-arc-geometry", "en", "The arc of the new driveway was discussed.", (), ("ARC",)),
    ("en-architect-review", "en", "Architectural Review Committee approved the shed at lot 12.",
     ("Architectural Review Committee",), ()),
]


_OPEN = {  # conventions named here that the rules do not cover yet
    "en-lawn-tree": "a trade name made of trade nouns joined by '&' ('Lawn & Tree', 'Pool & Spa') has no head word",
}


def _marks(row: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=_OPEN[row])] if row in _OPEN else []


@pytest.mark.parametrize(("lang", "text", "present", "absent"),
                         [pytest.param(*r[1:], id=r[0], marks=_marks(r[0])) for r in ROWS])
def test_orgs_round16(lang: str, text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions(lang, text, present, absent)

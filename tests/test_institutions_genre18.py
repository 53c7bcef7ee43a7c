"""Round 18 genre inventory of institutions and of what is shaped like one, written from knowledge of real minutes
(Philippine barangay and municipal sessions, Church of England parochial church councils, Czech regional offices
and grant committees) before the failing lines were read. Names and sentences are our own.

(a) Philippine local government units: the legislative councils ("Sangguniang Barangay", "Sangguniang Bayan",
"Sangguniang Panlungsod", "Sangguniang Kabataan"), the municipal and city offices named "Municipal/City X Office"
(Engineering, Planning and Development, Agriculture, Social Welfare and Development, Health), national agencies by
their acronyms (DILG, DPWH, DSWD, COMELEC, BFP, PNP) and full names. Shaped like a body and not one: the posts
("Punong Barangay", "Barangay Kagawad", "SK Chairperson", "Municipal Mayor"), the barangay hall and the covered
court (buildings), programmes and funds ("Barangay Development Fund", "4Ps"), ordinances and resolutions, puroks
and sitios (places), the session itself.
(b) Church of England: the diocese, the deanery synod, the diocesan board of finance, registered charities and
trusts, the parish council next door. Not bodies: the archdeacon, the rector, churchwardens (posts), the church
building, the churchyard, the Parish Share (a payment), the quinquennial inspection report, services and festivals.
(c) Czech public administration and its applicants: "odbor X krajského úřadu", "Krajský úřad X kraje", a
"příspěvková organizace" named with its legal form, associations ("spolek", "z. s."), "o. p. s.", "s. r. o.",
sports clubs applying for a grant ("TJ Sokol X", "SK X"). Not bodies: posts ("vedoucí odboru", "ředitel"), grant
programmes and funds ("dotační program", "Fond rozvoje"), roads ("silnice II/123"), buildings, documents
("smlouva", "rozpočet"), events ("Den obce"), places.
"""

from __future__ import annotations

import pytest
from genre_rows import check_institutions

ROWS = [  # (id, lang, text, present, absent)
    # (a) Philippine LGU: positives
    ("ph-sb", "en", "The Sangguniang Bayan of San Rafael approved the supplemental budget.",
     ("Sangguniang Bayan",), ()),
    ("ph-meo", "en", "The Municipal Engineering Office will prepare the program of works for the drainage.",
     ("Municipal Engineering Office",), ()),
    ("ph-mswdo", "en", "The Municipal Social Welfare and Development Office distributed the food packs.",
     ("Municipal Social Welfare and Development Office",), ()),
    ("ph-dilg", "en", "A memorandum circular from the DILG requires the posting of the budget.", ("DILG",), ()),
    ("ph-dpwh", "en", "DPWH has not yet turned over the farm-to-market road.", ("DPWH",), ()),
    ("ph-bfp", "en", "The Bureau of Fire Protection inspected the day care centre.",
     ("Bureau of Fire Protection",), ()),
    ("ph-cpdo", "en", "The City Planning and Development Office returned the zoning request.",
     ("City Planning and Development Office",), ()),
    # (a) negatives
    ("ph-punong-post", "en", "The Punong Barangay called the session to order at 9:00 a.m.", (),
     ("Punong Barangay",)),
    ("ph-kagawad-post", "en", "Barangay Kagawad Lito Dizon moved to approve the minutes.", (),
     ("Barangay Kagawad",)),
    ("ph-sk-chair-post", "en", "The SK Chairperson reported on the youth league.", (), ("SK Chairperson",)),
    ("ph-hall-building", "en", "The session was held at the Barangay Hall, Poblacion.", (),
     ("Barangay Hall",)),
    ("ph-court-building", "en", "Repainting of the Covered Court will start next month.", (), ("Covered Court",)),
    ("ph-bdf-fund", "en", "Twenty percent of the IRA goes to the Barangay Development Fund.", (),
     ("Barangay Development Fund",)),
    ("ph-ordinance-doc", "en", "Barangay Ordinance No. 4, Series of 2024 was approved on third reading.", (),
     ("Barangay Ordinance",)),
    ("ph-purok-place", "en", "Residents of Purok Maligaya asked for a streetlight.", (), ("Purok Maligaya",)),
    ("ph-mayor-post", "en", "The Municipal Mayor endorsed the request.", (), ("Municipal Mayor",)),
    # (b) Church of England: positives
    ("ce-diocese", "en", "The Diocese of Wexcombe has reduced the parish share request.", ("Diocese of Wexcombe",), ()),
    ("ce-deanery", "en", "Two lay members were elected to the Ashby Deanery Synod.", ("Ashby Deanery Synod",), ()),
    ("ce-dbf", "en", "The Wexcombe Diocesan Board of Finance holds the glebe.",
     ("Wexcombe Diocesan Board of Finance",), ()),
    ("ce-trust", "en", "The Harrow Lane Churches Trust offered a grant towards the roof.",
     ("Harrow Lane Churches Trust",), ()),
    ("ce-parish-council", "en", "Milbury Parish Council will cut the churchyard grass.", ("Milbury Parish Council",),
     ()),
    # (b) negatives
    ("ce-archdeacon-post", "en", "The Archdeacon of Wexcombe visited in May.", (), ("Archdeacon of Wexcombe",)),
    ("ce-churchwardens", "en", "The Churchwardens will obtain three quotes for the gutters.", (),
     ("Churchwardens",)),
    ("ce-parish-share", "en", "The Parish Share was paid in full for the year.", (), ("Parish Share",)),
    ("ce-qi-report", "en", "The Quinquennial Inspection report lists the tower as urgent.", (),
     ("Quinquennial Inspection",)),
    ("ce-church-building", "en", "St Aldhelm's Church will be open for Heritage Open Days.", (),
     ("St Aldhelm's Church", "Heritage Open Days")),
    ("ce-service", "en", "The Harvest Festival service raised money for the food bank.", (),
     ("Harvest Festival",)),
    # (c) Czech: positives
    ("cs-odbor-ku", "cs", "Odbor dopravy Krajského úřadu Vysočinského kraje vydal stanovisko.",
     ("odbor dopravy", "Krajský úřad Vysočinského kraje"), ()),
    ("cs-po", "cs", "Technické služby Lipová, příspěvková organizace, zahájí opravu mostu.",
     ("Technické služby Lipová",), ()),
    ("cs-zs", "cs", "Žadatelem je spolek Přátelé Hrádku, z. s.", ("Přátelé Hrádku, z. s.",), ()),
    ("cs-ops", "cs", "Dotaci obdrží Hospic Na Vršku, o. p. s.", ("Hospic Na Vršku, o. p. s.",), ()),
    ("cs-sro", "cs", "Zakázku provede firma Stavby Luhy s. r. o.", ("Stavby Luhy s. r. o.",), ()),
    ("cs-tj", "cs", "Komise doporučuje poskytnout dotaci TJ Sokol Horní Ves.", ("TJ Sokol Horní Ves",), ()),
    # (c) negatives
    ("cs-vedouci-post", "cs", "Vedoucí odboru dopravy předložil návrh.", (), ("odbor dopravy",)),
    ("cs-program", "cs", "Dotační program Podpora sportu byl vyhlášen v lednu.", (), ("Podpora sportu",)),
    ("cs-fond", "cs", "Z Fondu rozvoje bydlení bylo vyplaceno pět půjček.", (), ("Fond rozvoje bydlení",)),
    ("cs-silnice", "cs", "Oprava silnice II/405 začne v dubnu.", (), ("II/405",)),
    ("cs-smlouva", "cs", "Rada schválila Smlouvu o dílo na opravu chodníku.", (), ("Smlouva o dílo",)),
    ("cs-den-obce", "cs", "Den obce se uskuteční v sobotu na návsi.", (), ("Den obce",)),
    # Classes found while reading the opened series, written with own names and sentences
    ("ph-sto-abbreviation", "en", "Residents complained about Sto. Niño Piggery Farm again.",
     ("Sto. Niño Piggery Farm",), ()),
    ("ph-two-of-phrases", "en", "The case was referred to the Barangay Council for the Protection of Children.",
     ("Barangay Council for the Protection of Children",), ()),
    ("ph-police-station", "en", "A representative of the Malinao Municipal Police Station attended.",
     ("Malinao Municipal Police Station",), ()),
    ("ce-generic-and-full", "en", "The Diocese of Wexcombe wrote to the PCC. // The Diocese will pay half.",
     ("Diocese of Wexcombe",), ()),
    ("cs-genitive-tail", "cs", "Vyúčtování předložil Spolek přátel divadla Lipová, z. s.",
     ("Spolek přátel divadla Lipová, z. s.",), ()),
    ("ph-dash-post", "en", "Hon. Ana Cruz – Punong Barangay", (), ("Punong Barangay",)),
    ("ph-dash-tanod", "en", "Mr. Berto Lim – Chief Tanod", (), ("Chief Tanod",)),
    ("ph-graded-post", "en", "Mr. Paolo Diaz, Engineer II, inspected the canal.", (), ("Engineer II",)),
    ("ph-calendar-year", "en", "The budget for CY 2025 was approved on second reading.", (), ("CY",)),
    ("ph-ecc-permit", "en", "The farm holds an ECC and a business permit.", (), ("ECC",)),
    ("ce-roll-officer", "en", "Jane Ward (ERO) presented the revised electoral roll.", (), ("ERO",)),
    ("ce-supper-event", "en", "The Harvest Supper raised four hundred pounds.", (), ("Harvest Supper",)),
    ("ce-easter", "en", "Easter will be celebrated with a family service.", (), ("Easter",)),
    ("cs-facility-po", "cs", "Halu provozuje Sportovní zařízení města Lipová, příspěvková organizace.",
     ("Sportovní zařízení města Lipová, příspěvková organizace",), ()),
    ("cs-council-abbreviations", "cs",
     "Program dotací města Lipová byl zveřejněn. // Komise doporučuje RM schválit smlouvu; o dotacích nad "
     "200 000 Kč rozhodne ZM.", ("RM", "ZM"), ()),
    ("cs-request-applicant", "cs", "Žádost Pěveckého sboru Javor, z. s. byla doporučena.",
     ("Pěveckého sboru Javor, z. s.",), ("Žádost Pěveckého sboru Javor, z. s.",)),
    ("cs-council-abbreviation-no-town", "cs", "Komise doporučuje RM schválit smlouvu.", (), ("RM",)),
    ("ph-owner-of", "en", "Appearance of the Owner of Sto. Tomas Duck Farm", ("Sto. Tomas Duck Farm",),
     ("Owner of Sto. Tomas Duck Farm",)),
    ("ph-lgu-office-acronym", "en", "The MSWDO will release the assistance on Friday.",
     ("Municipal Social Welfare and Development Office",), ()),
    ("ce-church-insurer", "en", "The renewal quote from Wexcombe Church Insurance was accepted.",
     ("Wexcombe Church Insurance",), ("Wexcombe Church",)),
    ("en-permit-of", "en", "The Business Permit of Kestrel Motors Ltd was renewed.", ("Kestrel Motors Ltd",),
     ("Business Permit of Kestrel Motors Ltd",)),
]

_GAPS: dict[str, str] = {
    "ph-sb": "a Spanish saint's place name ('San Rafael', 'Santa Cruz') is read as a person's given name (people)",
    "ph-hall-building": "'Hall' closes a body's name ('Village Hall' as a charity); a hall named after a unit "
                        "('Barangay Hall', 'Parish Hall') is its building",
    "ce-church-building": "'Church' closes a body's name; a church named by its dedication is the building",
    "cs-ops": "a capitalised preposition inside a Czech proper name ('Hospic Na Vršku', 'Domov U Lesa') ends the "
              "name before the legal form",
}


def _marks(name: str) -> list[pytest.MarkDecorator]:
    return [pytest.mark.xfail(strict=True, reason=_GAPS[name])] if name in _GAPS else []


@pytest.mark.parametrize(("lang", "text", "present", "absent"),
                         [pytest.param(*r[1:], id=r[0], marks=_marks(r[0])) for r in ROWS])
def test_orgs_round18(lang: str, text: str, present: tuple[str, ...], absent: tuple[str, ...]) -> None:
    check_institutions(lang, text, present, absent)

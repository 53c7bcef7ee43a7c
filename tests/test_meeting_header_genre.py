"""The header of real minutes as a class inventory: how it names the body (title line, letterhead over a
"Minutes of ..." line, "Body – Minutes"), where it states the venue, how it names the minute-taker, and how it
lays out who attended (lists narrowed by a bracketed group, "Za X přítomni:" groups, a label line over a
name-column table next to an office's list, a chair or convenor label, roles written before or after a name
with "and"/"&" inside them). Every row is a short invented header written from knowledge of Czech and English
minutes, not a sentence of our corpus. Negative rows are things shaped like the field that are not it: a
letterhead or a charity number is no title, a role or a firm is no person, "Za představenstvo:" lists guests,
"dle prezenční listiny" names nobody. Strict-xfail rows (gap) name a class not handled yet."""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import Block, blocks_doc
from docbuild import bullet as _b
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t
from genre_rows import attendance_lists, meeting_of
from genre_rows import expected_lists as _l

from minutes_nlp.evaluate.match import similar
from minutes_nlp.extract.metadata import extract_meeting

_CS_TOP = _h("Zápis z jednání Rady obce Dolní Lhotka")
_CS_BODY = (_h("1. Zahájení"), _p("Starosta zahájil jednání v 17:00 hodin."))
_EN_TOP = _h("Minutes of the Board of Trustees")
_EN_BODY = (_h("1. Welcome and apologies"), _p("The Chair welcomed everyone to the meeting."))


def _cs(*blocks: Block) -> tuple[Block, ...]:
    return (_CS_TOP, *blocks, *_CS_BODY)


def _en(*blocks: Block) -> tuple[Block, ...]:
    return (_EN_TOP, *blocks, *_EN_BODY)


ATTENDANCE_CS: list[Any] = [
    ("row-label-bracketed-group", _cs(_t(["Přítomni (členové výboru)", "Ing. Jan Novák – předseda; Eva Malá"],
                                         ["Omluven", "Petr Lom"])),
     _l("Jan Novák; Eva Malá", "Petr Lom")),
    ("row-label-bracketed-count", _cs(_t(["Přítomni (4)", "Jan Novák, Eva Malá, Petr Lom, Iva Krátká"])),
     _l("Jan Novák; Eva Malá; Petr Lom; Iva Krátká")),
    ("row-label-bracketed-absent", _cs(_t(["Přítomni", "Jan Novák, Eva Malá"],
                                          ["Omluveni (2)", "Petr Lom, Iva Krátká"])),
     _l("Jan Novák; Eva Malá", "Petr Lom; Iva Krátká")),
    ("za-vybor-pritomni", _cs(_p("Za výbor přítomni: Ing. Jan Novák (předseda výboru), Eva Malá, Petr Lom"),
                              _p("Hosté: Iva Krátká (správce domu)")),
     _l("Jan Novák; Eva Malá; Petr Lom", guests="Iva Krátká")),
    ("za-party-without-presence-word-guests", _cs(_p("Přítomni: Jan Novák, Eva Malá"),
                                                  _p("Za představenstvo: Ing. Petr Lom, předseda představenstva")),
     _l("Jan Novák; Eva Malá", guests="Petr Lom")),
    ("label-over-name-table-plus-office-list",
     _cs(_t(["Datum", "3. 3. 2025"], ["Za obecní úřad", "Mgr. Eva Malá, tajemnice; Ing. Petr Lom, stavební úřad"]),
         _p("Přítomní starostové a místostarostové:"),
         _t(["Obec", "Jméno"], ["Horní Lhota", "Jan Novák"], ["Dolní Lhota", "Ing. Iva Krátká"])),
     _l("Eva Malá; Petr Lom; Jan Novák; Iva Krátká")),
    ("name-table-alone", _cs(_p("Přítomní členové:"), _t(["Obec", "Jméno"], ["Lhota", "Jan Novák"],
                                                         ["Brod", "Eva Malá"])),
     _l("Jan Novák; Eva Malá")),
    ("dle-prezencni-listiny-names-nobody", _cs(_p("Přítomni: dle prezenční listiny (příloha č. 1)")), _l()),
    ("recorder-role-before-name-in-office-list",
     _cs(_p("Přítomni: dle prezenční listiny."),
         _p("Za obecní úřad: tajemnice Mgr. Eva Malá, Ing. Petr Lom (stavební úřad), zapisovatelka Iva Krátká.")),
     _l("Eva Malá; Petr Lom; Iva Krátká")),
    ("chair-label-poradu-ridil", _cs(_p("Poradu řídil: Ing. Jan Novák, starosta"), _p("Přítomni: Eva Malá, Petr Lom")),
     _l("Jan Novák; Eva Malá; Petr Lom")),
    ("convenor-label-svolal", _cs(_t(["Svolal", "Ing. Jan Novák, starosta města"],
                                     ["Za městský úřad", "Mgr. Eva Malá, tajemnice"])),
     _l("Jan Novák; Eva Malá")),
    ("convenor-body-is-no-person", _cs(_p("Svolavatel: Město Dolní Lhotka"), _p("Přítomni: Eva Malá, Petr Lom")),
     _l("Eva Malá; Petr Lom")),
    ("guest-org-with-a-before-lower-case", _cs(_p("Přítomni: Jan Novák, Eva Malá"),
                                               _p("Host: Mgr. Petr Lom, Digitální a informační agentura, k bodu 3")),
     _l("Jan Novák; Eva Malá", guests="Petr Lom")),
    ("office-with-a-before-titled-name", _cs(_p("Přítomni: Jan Novák, Eva Malá"),
                                             _p("Hosté: proděkanka pro vědu a zahraniční vztahy doc. PhDr. Iva Krátká, "
                                                "Ph.D., tajemník fakulty Ing. Petr Lom")),
     _l("Jan Novák; Eva Malá", guests="Iva Krátká; Petr Lom")),
    ("a-joins-two-people", _cs(_p("Přítomni: Jan Novák, Eva Malá a Petr Lom")), _l("Jan Novák; Eva Malá; Petr Lom")),
    ("a-before-title-joins-people", _cs(_p("Přítomni: Jan Novák a p. Eva Malá")), _l("Jan Novák; Eva Malá")),
    ("verejnost-count-names-nobody", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Veřejnost: 3 občané")),
     _l("Jan Novák; Eva Malá")),
    ("omluveni-p-pi", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Omluveni: p. Petr Lom, pí Iva Krátká")),
     _l("Jan Novák; Eva Malá", "Petr Lom; Iva Krátká")),
    ("status-word-before-name-is-no-office", _cs(_p("Přítomni: Jan Novák, Eva Malá"), _p("Omluvena: Iva Krátká")),
     _l("Jan Novák; Eva Malá", "Iva Krátká")),
]

ATTENDANCE_EN: list[Any] = [
    ("role-with-and-after-comma", _en(_p("Present: Jane Doe (Chair); Mark Roe"),
                                      _p("In attendance: Ms Ann Poe, Director of Finance and Resources; "
                                         "Mr Tom Hill, Head of Policy and Communications")),
     _l("Jane Doe; Mark Roe", guests="Ann Poe; Tom Hill")),
    ("role-with-and-after-dash", _en(_p("Present: Jane Doe – Chair, Mark Roe"),
                                     _p("In attendance: Ms Ann Poe – Safeguarding and Quality Manager (AP), "
                                        "Mr Tom Hill – Director of Finance and Resources (TH)")),
     _l("Jane Doe; Mark Roe", guests="Ann Poe; Tom Hill")),
    ("firm-with-ampersand-after-dash", _en(_p("Present: Jane Doe, Mark Roe"),
                                           _p("In attendance: Ms Ann Poe – Partner, Hale & Oakes LLP (item 4 only)")),
     _l("Jane Doe; Mark Roe", guests="Ann Poe")),
    ("bulleted-roles-with-and", _en(_p("Trustees present"), _b("Jane Doe (JD) – Chair"), _b("Mark Roe (MR)"),
                                    _p("In attendance"), _b("Ann Poe (AP) – Director of Finance and Resources"),
                                    _b("Tom Hill (TH) – Company Secretary, minutes")),
     _l("Jane Doe; Mark Roe", guests="Ann Poe; Tom Hill")),
    ("secretary-to-the-board-line-in-attendance", _en(_p("Present: Jane Doe (Chair), Mark Roe"),
                                                      _p("Secretary to the Board: Ann Poe")),
     _l("Jane Doe; Mark Roe", guests="Ann Poe")),
    ("clerk-to-the-board-line-in-attendance", _en(_p("Present: Jane Doe (Chair), Mark Roe"),
                                                  _p("Clerk to the Board: Ann Poe")),
     _l("Jane Doe; Mark Roe", guests="Ann Poe")),
    ("members-of-public-count", _en(_p("Present: Jane Doe (Chair), Mark Roe"),
                                    _p("In attendance: Ann Poe (Clerk); 3 members of the public")),
     _l("Jane Doe; Mark Roe", guests="Ann Poe")),
    ("councillors-plural-title", _en(_p("Present: Councillors Doe (Chair), Roe and Poe")), _l("Doe; Roe; Poe")),
    ("apologies-sentence", _en(_p("Present: Jane Doe, Mark Roe"),
                               _p("Apologies for absence were received from Ann Poe and Tom Hill.")),
     _l("Jane Doe; Mark Roe", "Ann Poe; Tom Hill")),
    ("two-people-joined-by-and", _en(_p("Present: Jane Doe and Mark Roe")), _l("Jane Doe; Mark Roe")),
]


def _got(blocks: tuple[Block, ...], lang: str) -> dict[str, tuple[str, ...]]:
    return attendance_lists(meeting_of(blocks_doc(*blocks), lang))


@pytest.mark.parametrize(("blocks", "expected"), [pytest.param(b, e, id=i) for i, b, e in ATTENDANCE_CS])
def test_czech_attendance(blocks: tuple[Block, ...], expected: dict[str, tuple[str, ...]]) -> None:
    assert _got(blocks, "cs") == expected


@pytest.mark.parametrize(("blocks", "expected"), [pytest.param(b, e, id=i) for i, b, e in ATTENDANCE_EN])
def test_english_attendance(blocks: tuple[Block, ...], expected: dict[str, tuple[str, ...]]) -> None:
    assert _got(blocks, "en") == expected


def _field(blocks: tuple[Block, ...], lang: str, key: str) -> Any:
    return getattr(extract_meeting(blocks_doc(*blocks), lang), key)


_CS_END = (_h("1. Zahájení"), _p("Předsedající zahájil jednání."))
_EN_END = (_h("1. Welcome"), _p("The Chair welcomed members."))


def _cs_doc(*blocks: Block) -> tuple[Block, ...]:
    return (*blocks, *_CS_END)


def _en_doc(*blocks: Block) -> tuple[Block, ...]:
    return (*blocks, *_EN_END)


TITLE_SERIES: list[Any] = [  # (id, lang, blocks, title, series)
    ("en-letterhead-charity-line-minutes-line", "en",
     _en_doc(_h("Riverside Arts Trust"),
             _p("Registered charity no. 1098765 · Company limited by guarantee no. 0456789"),
             _p("Minutes of the Meeting of the Board of Trustees held on Tuesday 4 March 2025 at 6.30 pm at the "
                "Old Library, Bridge Street, Kelby")),
     "Minutes of the Meeting of the Board of Trustees held on Tuesday 4 March 2025 at 6.30 pm at the Old Library, "
     "Bridge Street, Kelby", "Board of Trustees"),
    ("en-letterhead-registered-office-line", "en",
     _en_doc(_h("Northgate Housing Co-operative"), _p("Registered office: 4 Mill Wharf, Kelby"),
             _p("Minutes of the Management Committee held on 2 April 2025")),
     "Minutes of the Management Committee held on 2 April 2025", "Management Committee"),
    ("en-body-dash-minutes-heading-over-meeting-row", "en",
     _en_doc(_h("Board of Trustees – Minutes"), _t(["Meeting", "Board of Trustees, Riverside Arts Trust"],
                                                   ["Date", "11/06/2025"], ["Venue", "Old Library, Kelby"])),
     "Board of Trustees – Minutes", "Board of Trustees"),
    ("en-minutes-of-the-board-under-letterhead", "en",
     _en_doc(_h("Minutes of the Board of Trustees"), _p("Riverside Arts Trust (registered charity no. 1098765)"),
             _p("Meeting held on 10 December 2025, 6.00 pm – 8.15 pm, in the Garden Room, Old Library, Kelby")),
     "Minutes of the Board of Trustees", "Board of Trustees"),
    ("cs-letterhead-ico-line", "cs",
     _cs_doc(_h("Spolek přátel Lhotky, z. s."), _p("IČO: 12345678, se sídlem Lhotka 15, 512 34 Lhotka"),
             _p("Zápis z členské schůze spolku konané dne 3. 3. 2025")),
     "Zápis z členské schůze spolku konané dne 3. 3. 2025", "Členská schůze Spolku přátel Lhotky, z. s."),
    ("cs-title-heading-plain", "cs", _cs_doc(_h("Zápis z jednání Finančního výboru"), _p("Datum: 3. 3. 2025")),
     "Zápis z jednání Finančního výboru", "Finanční výbor"),
]


@pytest.mark.parametrize(("lang", "blocks", "title", "series"),
                         [pytest.param(la, b, t, se, id=i) for i, la, b, t, se in TITLE_SERIES])
def test_title_and_series(lang: str, blocks: tuple[Block, ...], title: str, series: str) -> None:
    meeting = extract_meeting(blocks_doc(*blocks), lang)
    assert similar(meeting.title, title), meeting.title
    assert similar(meeting.series, series), meeting.series


PLACE: list[Any] = [  # (id, lang, blocks, place or None)
    ("en-held-on-time-range-in-room", "en",
     _en_doc(_h("Minutes of the Board of Trustees"),
             _p("Meeting held on 10 December 2025, 6.00 pm – 8.15 pm, in the Garden Room, Old Library, Kelby")),
     "Garden Room, Old Library, Kelby"),
    ("en-held-at-on-date", "en",
     _en_doc(_h("Minutes of a meeting of the Finance Committee"),
             _p("Held at Brook House, Fenwick Road, Kelby, on 17 September 2025 at 6.00 pm")),
     "Brook House, Fenwick Road, Kelby"),
    ("cs-se-v-mistnosti-konala", "cs",
     _cs_doc(_h("Zápis z porady starostů"),
             _p("Dne 24. 9. 2025 od 9:00 hod. se v zasedací místnosti Městského úřadu Lhotka konala pravidelná "
                "porada starostů obcí.")),
     "zasedací místnost Městského úřadu Lhotka"),
    ("cs-se-ve-sale-uskutecnilo", "cs",
     _cs_doc(_h("Zápis z veřejného zasedání"), _p("Dne 5. 5. 2025 se ve velkém sále kulturního domu uskutečnilo "
                                                  "veřejné zasedání zastupitelstva.")),
     "velký sál kulturního domu"),
    ("en-held-in-chambers-and-electronically", "en",
     _en_doc(_h("Minutes of the Regular Meeting of the Planning Committee of the Town of Kelby, held in Council "
                "Chambers and electronically on Tuesday, March 4, 2025")),
     "Council Chambers"),
    ("en-venue-and-by-audio-visual-link", "en", _en_doc(_h("Minutes of the Finance Committee"),
                                                        _p("Venue: Committee Room 2, Town Hall, and by audio-visual "
                                                           "link")),
     "Committee Room 2, Town Hall"),
    ("cs-se-v-no-room-is-no-place", "cs",
     _cs_doc(_h("Zápis z jednání Finančního výboru"), _p("Dne 5. 5. 2025 se v tomto složení konalo jednání.")),
     None),
]


@pytest.mark.parametrize(("lang", "blocks", "place"), [pytest.param(la, b, p, id=i) for i, la, b, p in PLACE])
def test_place(lang: str, blocks: tuple[Block, ...], place: str | None) -> None:
    got = extract_meeting(blocks_doc(*blocks), lang).place
    assert (got is None) if place is None else similar(got, place), got


RECORDER: list[Any] = [  # (id, lang, blocks, recorder or None)
    ("en-dash-role-and-clerk-to-the-board", "en",
     _en_doc(_h("Minutes of the Board of Trustees"), _p("Present: Jane Doe – Chair (JD), Mark Roe (MR)"),
             _p("In attendance: Ms Ann Poe – Chief Executive (AP), Mr Tom Hill – Director of Finance and Resources "
                "(TH), Mrs Eve Long – Company Secretary and clerk to the Board")),
     "Eve Long"),
    ("en-bullet-role-comma-minutes", "en",
     _en_doc(_h("Minutes of the Board of Trustees"), _p("Trustees present"), _b("Jane Doe (JD) – Chair"),
             _b("Mark Roe (MR)"), _p("In attendance"), _b("Ms Ann Poe (AP) – Chief Executive"),
             _b("Mrs Eve Long (EL) – Company Secretary, minutes")),
     "Eve Long"),
    ("en-clerk-row", "en", _en_doc(_h("Board of Trustees – Minutes"), _t(["Present", "Jane Doe (Chair), Mark Roe"],
                                                                         ["Clerk", "Mrs E. Long (Company Secretary)"])),
     "E. Long"),
    ("en-staff-list-committee-coordinator", "en",
     _en_doc(_h("Minutes of the Planning Committee"), _p("Members Present: Councillor M. Okafor (Chair), Mayor R. Lee"),
             _p("Staff Present: A. Vasquez, Director of Planning and Development Services; O. Beaulieu, Climate "
                "Change Coordinator; S. Nakamura, Committee Coordinator")),
     "S. Nakamura"),
    ("en-chief-executive-is-no-recorder", "en",
     _en_doc(_h("Minutes of the Board of Trustees"), _p("Present: Jane Doe (Chair), Mark Roe"),
             _p("In attendance: Ms Ann Poe – Chief Executive, Mr Tom Hill – Director of Finance")),
     None),
    ("cs-zapisovatelka-in-office-list", "cs",
     _cs_doc(_h("Zápis z porady starostů"), _p("Přítomni: dle prezenční listiny."),
             _p("Za městský úřad: tajemnice Mgr. Eva Malá, zapisovatelka Iva Krátká."), _p("Zapsala: Iva Krátká")),
     "Iva Krátká"),
]


@pytest.mark.parametrize(("lang", "blocks", "recorder"), [pytest.param(la, b, r, id=i) for i, la, b, r in RECORDER])
def test_recorder(lang: str, blocks: tuple[Block, ...], recorder: str | None) -> None:
    assert extract_meeting(blocks_doc(*blocks), lang).recorder == recorder


def _numbered(*items: str) -> tuple[Block, ...]:
    return tuple(("list_item", i) for i in items)


START: list[Any] = [  # (id, lang, blocks, start)
    ("cs-title-od-then-ad-1-opened", "cs",
     (_h("Zápis ze schůze výboru SVJ Lipová 12, Lhotka"), _p("konané dne 12. 3. 2025 od 18:00 hod. ve společenské "
                                                             "místnosti domu"),
      _p("Přítomni: Jan Novák, Eva Malá, Petr Lom"), _p("Hosté: Iva Krátká (správce domu)"),
      _p("Program:"), *_numbered("1. Zahájení", "2. Kontrola úkolů", "3. Různé"),
      _h("Ad 1) Zahájení"), _p("Předseda zahájil schůzi v 18:05 hod., přítomni jsou všichni členové výboru.")),
     "18:05"),
    ("cs-title-od-then-k-bodu-1-opened", "cs",
     (_h("Zápis ze shromáždění vlastníků SVJ Lipová 12, Lhotka"), _p("konaného dne 23. dubna 2025 od 18:00 hodin "
                                                                     "v jídelně ZŠ Lhotka"),
      _p("Přítomni: Jan Novák, Eva Malá, Petr Lom"), _p("Hosté: Iva Krátká (správce domu)"),
      _p("Program:"), *_numbered("1. Zahájení", "2. Zpráva výboru", "3. Závěr"),
      _h("K bodu 1 – Zahájení"), _p("Shromáždění zahájil v 18:10 hod. předseda výboru.")),
     "18:10"),
    ("cs-header-lone-time-opening-wins", "cs",  # corpus/FORMAT.md (session 20): the recorded opening wins
     (_h("Zápis z jednání krizového štábu"), _p("Datum a čas: sobota 13. 9. 2025, 18:00 hod."),
      _p("Místo: zasedací místnost MěÚ"), _p("Přítomni: Jan Novák, Eva Malá, Petr Lom"), _p("Omluven: Iva Krátká"),
      _p("Program:"), *_numbered("1. Zahájení", "2. Situace", "3. Závěr"),
      _h("1. Zahájení"), _p("Předseda zahájil jednání v 18:05 hod.")),
     "18:05"),
]


@pytest.mark.parametrize(("lang", "blocks", "start"), [pytest.param(la, b, t, id=i) for i, la, b, t in START])
def test_start(lang: str, blocks: tuple[Block, ...], start: str) -> None:
    assert extract_meeting(blocks_doc(*blocks), lang).start == start


NEXT_MEETING: list[Any] = [  # (id, lang, blocks, (earliest, latest) or None)
    ("cs-prvni-porada-v-roce", "cs",
     _cs_doc(_h("Zápis z porady starostů"), _p("Datum: 10. 12. 2025"), _h("7. Různé"),
             _p("První porada v roce 2026 se uskuteční v březnu 2026, pozvánku rozešle tajemnice.")),
     ("2026-03-01", "2026-03-31")),
    ("cs-nejblizsi-jednani", "cs",
     _cs_doc(_h("Zápis z jednání Finančního výboru"), _p("Datum: 3. 3. 2025"), _h("5. Závěr"),
             _p("Nejbližší jednání výboru se uskuteční 7. 4. 2025 od 16:00.")),
     ("2025-04-07", "2025-04-07")),
    ("cs-prvni-porada-v-roce-without-date", "cs",
     _cs_doc(_h("Zápis z porady starostů"), _p("Datum: 10. 12. 2025"), _h("7. Různé"),
             _p("První porada v roce 2026 bude svolána podle potřeby.")),
     None),
]


@pytest.mark.parametrize(("lang", "blocks", "window"), [pytest.param(la, b, w, id=i) for i, la, b, w in NEXT_MEETING])
def test_next_meeting(lang: str, blocks: tuple[Block, ...], window: tuple[str, str] | None) -> None:
    got = extract_meeting(blocks_doc(*blocks), lang).next_meeting
    assert (got is None) if window is None else (got is not None and (got.earliest, got.latest) == window), got


FIELD_FORMS: list[Any] = [  # (id, lang, blocks, field, expected or None); the whole classes, both languages
    ("cs-title-caps-series", "cs", _cs_doc(_h("ZÁPIS Z JEDNÁNÍ KONTROLNÍHO VÝBORU"), _p("Datum: 3. 3. 2025")),
     "series", "Kontrolní výbor"),
    ("cs-zapis-c-zasedani-zastupitelstva", "cs",
     _cs_doc(_h("Zápis č. 3/2025 ze zasedání Zastupitelstva obce Horní Lhota"), _p("Datum: 3. 3. 2025")),
     "series", "Zastupitelstvo obce Horní Lhota"),
    ("cs-letterhead-office-then-zapis", "cs",
     _cs_doc(_h("Obecní úřad Horní Lhota"), _p("Zápis z jednání Stavební komise konaného dne 3. 3. 2025")),
     "title", "Zápis z jednání Stavební komise konaného dne 3. 3. 2025"),
    ("en-notes-of-working-group", "en", _en_doc(_h("Notes of the meeting of the Data Working Group")),
     "series", "Data Working Group"),
    ("en-caps-minutes-of-parish-council", "en",
     _en_doc(_h("MINUTES OF THE MEETING OF KELBY PARISH COUNCIL HELD ON 3 MARCH 2025")),
     "series", "Kelby Parish Council"),
    ("en-body-heading-then-minutes-line", "en",
     _en_doc(_h("Finance Committee"), _p("Minutes of the meeting held on 3 March 2025 at 7.00 pm")),
     "series", "Finance Committee"),
    ("en-minutes-dash-body-dash-date", "en", _en_doc(_h("Minutes – Finance Committee – 3 March 2025")),
     "series", "Finance Committee"),
    ("cs-jednani-probehlo-v", "cs",
     _cs_doc(_h("Zápis z jednání Stavební komise"), _p("Jednání proběhlo dne 3. 3. 2025 od 17:00 v zasedací "
                                                       "místnosti obecního úřadu.")),
     "place", "zasedací místnost obecního úřadu"),
    ("cs-misto-konani-label", "cs", _cs_doc(_h("Zápis z jednání Stavební komise"),
                                            _p("Místo konání: malý sál kulturního domu, Horní Lhota")),
     "place", "malý sál kulturního domu, Horní Lhota"),
    ("en-meeting-took-place-at", "en",
     _en_doc(_h("Minutes of the Finance Committee"), _p("The meeting took place at the Old Library, Kelby, on 3 "
                                                        "March 2025 at 7.00 pm.")),
     "place", "Old Library, Kelby"),
    ("en-no-place-stated", "en", _en_doc(_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025")),
     "place", None),
    ("cs-zapis-poridila", "cs", _cs_doc(_h("Zápis z jednání Stavební komise"), _p("Zápis pořídila: Jana Malá")),
     "recorder", "Jana Malá"),
    ("cs-zapsal-a-signoff-with-date", "cs",
     (*_cs_doc(_h("Zápis z jednání Stavební komise")), _p("Zapsala dne 5. 3. 2025: Bc. Jana Malá")),
     "recorder", "Jana Malá"),
    ("cs-overovatel-is-no-recorder", "cs",
     (*_cs_doc(_h("Zápis z jednání Stavební komise")), _p("Ověřovatelé zápisu: Jan Novák, Petr Lom")),
     "recorder", None),
    ("cs-schvalil-is-no-recorder", "cs",
     (*_cs_doc(_h("Zápis z jednání Stavební komise")), _p("Schválil: Ing. Jan Novák, předseda")),
     "recorder", None),
    ("en-secretary-to-the-board-label", "en",
     _en_doc(_h("Minutes of the Board of Trustees"), _p("Present: Jane Doe (Chair), Mark Roe"),
             _p("Secretary to the Board: Ann Poe")),
     "recorder", "Ann Poe"),
    ("en-minutes-label", "en", _en_doc(_h("Minutes of the Finance Committee"), _p("Present: Jane Doe, Mark Roe"),
                                       _p("Minutes: Ann Poe")),
     "recorder", "Ann Poe"),
    ("cs-zapis-ze-schuze-rady-mesta", "cs", _cs_doc(_h("Zápis z 12. schůze Rady města Brodce"),
                                                    _p("Datum: 3. 3. 2025")),
     "series", "Rada města Brodce"),
    ("cs-letterhead-obec-zapis-split", "cs",
     _cs_doc(_h("Obec Horní Lhota"), _h("ZÁPIS"), _p("ze zasedání Zastupitelstva obce Horní Lhota konaného dne "
                                                     "3. 3. 2025")),
     "series", "Zastupitelstvo obce Horní Lhota"),
    ("en-board-dash-regular-meeting", "en", _en_doc(_h("Board of Directors – Regular Meeting"),
                                                    _p("Date: 3 March 2025")),
     "series", "Board of Directors"),
    ("en-letterhead-council-then-committee", "en",
     _en_doc(_h("KELBY TOWN COUNCIL"), _h("Minutes of the Planning Committee held on 3 March 2025")),
     "series", "Planning Committee"),
    ("en-venue-zoom", "en", _en_doc(_h("Minutes of the Finance Committee"), _p("Venue: Zoom")), "place", "Zoom"),
    ("cs-misto-online", "cs", _cs_doc(_h("Zápis z jednání Stavební komise"), _p("Místo: online (MS Teams)")),
     "place", "online (MS Teams)"),
    ("cs-zapsala-with-role", "cs", _cs_doc(_h("Zápis z jednání Stavební komise"),
                                           _p("Zapsala: Jana Malá, referentka odboru výstavby")),
     "recorder", "Jana Malá"),
    ("cs-zapsala-dotted-line-then-name", "cs",
     (*_cs_doc(_h("Zápis z jednání Stavební komise")), _p("Zapsala:"), _p("……………………"), _p("Jana Malá")),
     "recorder", "Jana Malá"),
    ("en-notes-initials-resolved", "en",
     _en_doc(_h("Minutes of the Finance Committee"), _p("Present: Jane Doe (JD), Mark Roe (MR), Ann Poe (AP)"),
             _p("Notes: AP")),
     "recorder", "Ann Poe"),
    ("en-minutes-recorded-by-sentence", "en",
     (*_en_doc(_h("Minutes of the Finance Committee")), _p("Minutes recorded by Ann Poe, Clerk.")),
     "recorder", "Ann Poe"),
    ("cs-body-in-first-sentence", "cs",
     _cs_doc(_h("Zápis"), _p("Dne 3. 3. 2025 se v zasedací místnosti obecního úřadu sešla Rada obce Horní Lhota.")),
     "series", "Rada obce Horní Lhota"),
    ("en-body-in-first-sentence", "en",
     _en_doc(_h("Minutes"), _p("The Finance Committee met on 3 March 2025 at 7.00 pm in the Old Library, Kelby.")),
     "series", "Finance Committee"),
    ("cs-body-in-running-header", "cs", (_h("Zápis č. 3/2025"), _p("Datum: 3. 3. 2025"), *_CS_END), "series",
     "Kontrolní výbor"),
    ("cs-organ-row", "cs", _cs_doc(_h("Zápis"), _t(["Orgán", "Finanční výbor Zastupitelstva obce Horní Lhota"],
                                                   ["Datum", "3. 3. 2025"])),
     "series", "Finanční výbor Zastupitelstva obce Horní Lhota"),
    ("en-committee-label", "en", _en_doc(_h("Minutes"), _p("Committee: Audit and Risk Committee"),
                                         _p("Date: 3 March 2025")),
     "series", "Audit and Risk Committee"),
    ("en-meeting-held-at-then-time", "en",
     _en_doc(_h("Minutes of the Finance Committee"), _p("Meeting held at the Village Hall, Kelby at 7.30 pm on "
                                                        "3 March 2025")),
     "place", "Village Hall, Kelby"),
    ("en-signature-block-name-then-office", "en",
     (*_en_doc(_h("Minutes of Kelby Parish Council"), _p("Present: Cllr Jane Doe (Chair), Cllr Mark Roe")),
      _p("Ann Poe"), _p("Clerk to the Council")),
     "recorder", "Ann Poe"),
    ("en-signature-block-chair-is-no-recorder", "en",
     (*_en_doc(_h("Minutes of Kelby Parish Council")), _p("Jane Doe"), _p("Chair")),
     "recorder", None),
    ("cs-signature-block-zapisovatelka", "cs",
     (*_cs_doc(_h("Zápis z jednání Stavební komise")), _p("Jana Malá"), _p("zapisovatelka")),
     "recorder", "Jana Malá"),
    ("en-bracket-secretary-to-the-faculty-board", "en",
     _en_doc(_h("Minutes of the Faculty Board"), _p("Present: Professor Jane Doe (Dean, Chair), Dr Mark Roe"),
             _p("In attendance: Ms Ann Poe (Secretary to the Faculty Board)")),
     "recorder", "Ann Poe"),
    ("en-dash-secretary-to-the-board", "en",
     _en_doc(_h("Minutes of the Faculty Board"), _p("Present: Professor Jane Doe (Dean, Chair), Dr Mark Roe"),
             _p("In attendance: Ms Ann Poe – Faculty Registrar and Secretary to the Board")),
     "recorder", "Ann Poe"),
    ("en-bracket-registrar-is-no-recorder", "en",
     _en_doc(_h("Minutes of the Faculty Board"), _p("Present: Professor Jane Doe (Dean, Chair), Dr Mark Roe"),
             _p("In attendance: Ms Ann Poe (Faculty Registrar), Mr Tom Hill (Head of Finance)")),
     "recorder", None),
    ("en-bracket-office-on-second-entry", "en",
     _en_doc(_h("Minutes of the Faculty Board"), _p("Present: Professor Jane Doe (Dean, Chair), Dr Mark Roe"),
             _p("In attendance: Mr Tom Hill (Faculty Registrar), Ms Ann Poe (Clerk to the Board)")),
     "recorder", "Ann Poe"),
    ("cs-bracket-tajemnice-vyboru", "cs",
     _cs_doc(_h("Zápis z jednání Kontrolního výboru"), _p("Přítomni: Jan Novák (předseda), Eva Malá, Petr Lom"),
             _p("Dále přítomna: Bc. Iva Krátká (tajemnice výboru)")),
     "recorder", "Iva Krátká"),
    ("en-signed-chair-is-no-recorder", "en",
     (*_en_doc(_h("Minutes of the Finance Committee")), _p("Signed: Jane Doe, Chair")),
     "recorder", None),
]


_HEADERS = {"cs-body-in-running-header": "Obec Horní Lhota – Kontrolní výbor"}
_GAPS = {  # row id -> the class not handled yet (strict xfail: a fixer removes the id once the row passes)
    "cs-body-in-first-sentence": "BODY-IN-OPENING-SENTENCE: a bare 'Zápis' title leaves the body to the first "
                                 "sentence ('... se sešla Rada obce X'), which is not read for the series",
}


@pytest.mark.parametrize(("case", "lang", "blocks", "key", "expected"),
                         [pytest.param(i, la, b, k, e, id=i, marks=[pytest.mark.xfail(strict=True, reason=_GAPS[i])]
                                       if i in _GAPS else []) for i, la, b, k, e in FIELD_FORMS])
def test_field_forms(case: str, lang: str, blocks: tuple[Block, ...], key: str, expected: str | None) -> None:
    got = getattr(extract_meeting(blocks_doc(*blocks, header=_HEADERS.get(case, "")), lang), key)
    if key == "recorder" or expected is None:
        assert got == expected
    else:
        assert similar(got, expected), got

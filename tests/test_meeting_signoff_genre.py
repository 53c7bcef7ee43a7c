"""The sign-off, venue, date and next meeting of real minutes as a class inventory, Czech and English.

Approver: the person the minutes say approved them ("Schválil(a):", "Za správnost:", "Approved by:", a signature
line "Signed … (Chair)", "Confirmed as a true record: …"), also with the name on the line under the label or in
a two-column signature table ("| Zapsala: | Schválil: |" over the names). Not the approver: a verifier
("Ověřil(a):", "Ověřovatelé zápisu:"), the recorder ("Respectfully submitted", "Submitted by"), a body ("Schválil:
Rada obce"), a date ("Approved: 12 March 2025"), a later meeting ("Minutes approved at the meeting of …").
Place: labels, "konaného … v …" in the title, the first sentence, online and hybrid meetings; not the seat of a
letterhead, nor the next meeting's venue. Date: labels, the title, weekday forms, US month-first; not the date the
minutes were signed, nor a previous meeting's. Next meeting: labels and sentences, windows, "TBC".

Every row is a short invented document written from knowledge of the genre, not a sentence of our corpus."""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import Block, blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t

from minutes_nlp.evaluate.match import similar
from minutes_nlp.extract.metadata import extract_meeting

_CS_HEAD = (_h("Zápis z jednání Finančního výboru obce Horní Lhota"), _p("Datum: 3. 3. 2025"),
            _p("Přítomni: Ing. Jan Novák, Eva Malá, Petr Lom, Iva Krátká"))
_CS_BODY = (_h("1. Zahájení"), _p("Předseda zahájil jednání v 17:00 hodin."),
            _h("2. Rozpočet"), _p("Výbor projednal návrh rozpočtu na rok 2026."))
_EN_HEAD = (_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025"),
            _p("Present: Jane Doe (Chair), Mark Roe, Ann Poe, Tom Hill"))
_EN_BODY = (_h("1. Welcome and apologies"), _p("The Chair welcomed members."),
            _h("2. Budget"), _p("The committee discussed the draft budget."))


def _cs_end(*blocks: Block) -> tuple[Block, ...]:
    return (*_CS_HEAD, *_CS_BODY, *blocks)


def _en_end(*blocks: Block) -> tuple[Block, ...]:
    return (*_EN_HEAD, *_EN_BODY, *blocks)


APPROVER: list[Any] = [  # (id, lang, blocks, approver or None)
    ("cs-schvalil-line", "cs", _cs_end(_p("Zapsala: Eva Malá"), _p("Schválil: Ing. Jan Novák")), "Jan Novák"),
    ("cs-schvalila-a-line", "cs", _cs_end(_p("Zapsal: Petr Lom"), _p("Schválil(a): Iva Krátká, předsedkyně")),
     "Iva Krátká"),
    ("cs-schvalil-office-before-name", "cs", _cs_end(_p("Schválil: předseda výboru Ing. Jan Novák")), "Jan Novák"),
    ("cs-schvalil-dots-and-podpis", "cs",
     _cs_end(_p("Schválil: Ing. Jan Novák, předseda výboru ……………………… (podpis)")), "Jan Novák"),
    ("cs-schvalil-with-date", "cs", _cs_end(_p("Schválil: Ing. Jan Novák dne 5. 3. 2025")), "Jan Novák"),
    ("cs-za-spravnost", "cs", _cs_end(_p("Za správnost: Ing. Jan Novák")), "Jan Novák"),
    ("cs-schvalil-name-next-line", "cs", _cs_end(_p("Zapsala:"), _p("Eva Malá"), _p("Schválil:"),
                                                 _p("Ing. Jan Novák, předseda výboru")), "Jan Novák"),
    ("cs-signature-table-two-columns", "cs",
     _cs_end(_t(["Zapsala:", "Schválil:"], ["Eva Malá", "Ing. Jan Novák"])), "Jan Novák"),
    ("cs-signature-table-label-name-rows", "cs",
     _cs_end(_t(["Zapsala:", "Eva Malá", "dne 4. 3. 2025"], ["Schválil:", "Ing. Jan Novák", "dne 5. 3. 2025"])),
     "Jan Novák"),
    ("cs-zapsala-schvalil-one-line-tab", "cs", _cs_end(_p("Zapsala: Eva Malá\tSchválil: Ing. Jan Novák")),
     "Jan Novák"),
    ("cs-zapis-schvalil-a-overil", "cs", _cs_end(_p("Zápis ověřil a schválil: Ing. Jan Novák")), "Jan Novák"),
    ("cs-overil-is-no-approver", "cs", _cs_end(_p("Zapsala: Eva Malá"), _p("Ověřil: Ing. Jan Novák")), None),
    ("cs-overovatele-are-no-approver", "cs",
     _cs_end(_p("Zapsala: Eva Malá"), _p("Ověřovatelé zápisu: Petr Lom, Iva Krátká")), None),
    ("cs-zapis-overili-is-no-approver", "cs", _cs_end(_p("Zápis ověřili: Petr Lom, Iva Krátká")), None),
    ("cs-body-is-no-approver", "cs", _cs_end(_p("Zapsala: Eva Malá"), _p("Schválil: Finanční výbor")), None),
    ("cs-approved-later-meeting-no-person", "cs",
     _cs_end(_p("Zapsala: Eva Malá"), _p("Zápis byl schválen na jednání výboru dne 7. 4. 2025.")), None),
    ("en-approved-by", "en", _en_end(_p("Minutes taken by: Ann Poe"), _p("Approved by: Jane Doe")), "Jane Doe"),
    ("en-approved-colon", "en", _en_end(_p("Approved: Jane Doe, Chair")), "Jane Doe"),
    ("en-signed-chair-date", "en", _en_end(_p("Signed: Jane Doe (Chair)   Date: 10 April 2025")), "Jane Doe"),
    ("en-signed-underscores-chair", "en", _en_end(_p("Signed: ______________________ Jane Doe (Chair)")),
     "Jane Doe"),
    ("en-confirmed-true-record", "en", _en_end(_p("Confirmed as a true record: Jane Doe (Chair)")), "Jane Doe"),
    ("en-approved-by-the-chair", "en", _en_end(_p("Approved by the Chair: Jane Doe, 10/04/2025")), "Jane Doe"),
    ("en-approved-by-name-next-line", "en", _en_end(_p("Approved by:"), _p("Jane Doe, Chair")), "Jane Doe"),
    ("en-signature-table", "en", _en_end(_t(["Minutes taken by:", "Approved by:"], ["Ann Poe", "Jane Doe"])),
     "Jane Doe"),
    ("en-respectfully-submitted-is-no-approver", "en",
     _en_end(_p("Respectfully submitted,"), _p("Ann Poe, Clerk")), None),
    ("en-submitted-by-is-no-approver", "en", _en_end(_p("Submitted by: Ann Poe")), None),
    ("en-approved-date-only", "en", _en_end(_p("Minutes taken by: Ann Poe"), _p("Approved: 10 April 2025")), None),
    ("en-approved-at-later-meeting", "en",
     _en_end(_p("Minutes taken by: Ann Poe"), _p("Minutes approved at the meeting of 10 April 2025.")), None),
    ("en-approved-by-the-board-body", "en", _en_end(_p("Approved by: the Board of Trustees")), None),
    ("en-verified-by-is-no-approver", "en", _en_end(_p("Verified by: Mark Roe")), None),
    ("cs-sentence-zapis-schvalil-office-name", "cs",
     _cs_end(_p("Zapsala: Eva Malá"), _p("Zápis schválil předseda výboru Ing. Jan Novák.")), "Jan Novák"),
    ("cs-recorder-and-approver-one-line-dated", "cs",
     _cs_end(_p("Zapsala: Eva Malá dne 4. 3. 2025, schválil: Ing. Jan Novák dne 5. 3. 2025")), "Jan Novák"),
    ("cs-surname-in-capitals", "cs", _cs_end(_p("Schválil: Ing. JAN NOVÁK, předseda")), "Jan Novák"),
    ("cs-three-column-signature-table", "cs",
     _cs_end(_t(["Zapsal", "Ověřil", "Schválil"], ["Eva Malá", "Petr Lom", "Ing. Jan Novák"])), "Jan Novák"),
    ("cs-signature-line-then-name", "cs",
     _cs_end(_p("Schválil:"), _p("……………………………"), _p("Ing. Jan Novák"), _p("předseda výboru")), "Jan Novák"),
    ("cs-office-only-names-the-chair", "cs",
     (_h("Zápis z jednání Finančního výboru"), _p("Datum: 3. 3. 2025"), _p("Předsedající: Ing. Jan Novák"),
      _p("Přítomni: Ing. Jan Novák, Eva Malá"), *_CS_BODY, _p("Zapsala: Eva Malá"), _p("Schválil: předseda výboru")),
     "Jan Novák"),
    ("cs-predsedajici-signature-is-no-approval", "cs",
     _cs_end(_p("Zapsala: Eva Malá"), _p("Předsedající: Ing. Jan Novák ………… podpis")), None),
    ("cs-approved-in-instrumental-sentence-unnamed-body", "cs",
     _cs_end(_p("Zápis byl schválen výborem dne 7. 4. 2025.")), None),
    ("en-us-approved-then-attest", "en",
     _en_end(_p("APPROVED:"), _p("______________________"), _p("Jane Doe, Mayor"), _p("ATTEST:"),
             _p("______________________"), _p("Ann Poe, City Clerk")), "Jane Doe"),
    ("en-signed-dots-bracket-office-name", "en", _en_end(_p("Signed ………………………………… (Chair) Jane Doe")), "Jane Doe"),
    ("en-chair-signature-line-name", "en", _en_end(_p("Chair: ______________ Jane Doe")), "Jane Doe"),
    ("en-signed-bracket-office-label", "en", _en_end(_p("Signed (Chairperson): Jane Doe")), "Jane Doe"),
    ("en-signed-as-correct-record-by-the-chair", "en",
     _en_end(_p("Signed as a correct record by the Chair: Jane Doe")), "Jane Doe"),
    ("en-unnamed-chairman-signature-names-the-chair", "en",
     (*_EN_HEAD, *_EN_BODY, _p("Signed ....................... Chairman    Date ..............")), "Jane Doe"),
    ("en-approved-office-only-names-the-chair", "en",
     (*_EN_HEAD, *_EN_BODY, _p("Approved: ____________ (Chair)")), "Jane Doe"),
    ("en-blank-chairs-signature-names-the-chair", "en",
     (*_EN_HEAD, *_EN_BODY, _p("Chair's signature: ______________ Date: __________")), "Jane Doe"),
    ("en-secretary-signature-is-no-approver", "en", _en_end(_p("Signed: ____________ Secretary")), None),
    ("en-office-word-alone-is-no-approver", "en",
     (_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025"), _p("Present: Mark Roe, Ann Poe"),
      *_EN_BODY, _p("Approved by: Chair")), None),
    ("en-signed-correct-record-blank-office", "en",
     (*_EN_HEAD, *_EN_BODY, _p("Signed as a correct record: ______________ (Chair) Date: __________")), "Jane Doe"),
    ("en-approved-by-the-chair-name-below", "en",
     (*_EN_HEAD, *_EN_BODY, _p("Approved by the Chair"), _p("Jane Doe"), _p("Date: 8 April 2025")), "Jane Doe"),
    ("en-approved-by-the-board-sentence", "en",
     _en_end(_p("These minutes were approved by the Board on April 8, 2025.")), None),
    ("en-blank-signature-no-chair-known", "en",
     (_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025"), _p("Present: Mark Roe, Ann Poe"),
      *_EN_BODY, _p("Chair's signature: ______________ Date: __________")), None),
    ("cs-schvaleno-passive-label", "cs", _cs_end(_p("Schváleno: Ing. Jan Novák")), "Jan Novák"),
    ("cs-schvaleni-zapisu-label", "cs", _cs_end(_p("Schválení zápisu: Ing. Jan Novák, předseda")), "Jan Novák"),
    ("cs-deputy-approves-for-chair", "cs",
     _cs_end(_p("Schválil: Mgr. Petr Lom, místopředseda výboru (v zastoupení předsedy)")), "Petr Lom"),
    ("cs-surname-only-completed-from-list", "cs", _cs_end(_p("Schválil(a): Ing. Novák")), "Jan Novák"),
    ("cs-office-initialism-titled-surname", "cs", _cs_end(_p("Schválil: předseda FV Ing. Novák")), "Jan Novák"),
    ("cs-signature-columns-rows-labelled", "cs",
     _cs_end(_t(["", "Zapsal", "Schválil"], ["Jméno", "Eva Malá", "Ing. Jan Novák"],
                ["Datum", "4. 3. 2025", "5. 3. 2025"], ["Podpis", "", ""])), "Jan Novák"),
    ("en-signature-columns-rows-labelled", "en",
     _en_end(_t(["", "Prepared by", "Approved by"], ["Name", "Ann Poe", "Jane Doe"], ["Date", "", ""])), "Jane Doe"),
    ("cs-signature-columns-without-name-row", "cs",
     _cs_end(_t(["", "Zapsal", "Schválil"], ["Podpis", "", ""], ["Datum", "", ""])), None),
    ("en-office-dash-name", "en", _en_end(_p("Approved by: Chair – Jane Doe")), "Jane Doe"),
    ("en-office-before-name", "en", _en_end(_p("Approved by: Dean Jane Doe")), "Jane Doe"),
    ("en-approval-label-bracket-date", "en", _en_end(_p("Approval: Jane Doe (Chair), 8 April 2025")), "Jane Doe"),
    ("en-sign-off-label", "en", _en_end(_p("Sign-off: Jane Doe")), "Jane Doe"),
    ("en-certified-correct", "en", _en_end(_p("Certified correct: Jane Doe, Chair")), "Jane Doe"),
    ("en-confirmed-label-bracket", "en", _en_end(_p("Confirmed: Jane Doe (Chair)")), "Jane Doe"),
    ("en-minutes-approved-by-chair-label", "en", _en_end(_p("Minutes approved by Chair: Jane Doe")), "Jane Doe"),
    ("en-approved-by-chair-sentence", "en",
     _en_end(_p("Approved by the Chair, Professor Jane Doe, on 8 April 2025.")), "Jane Doe"),
    ("en-approval-of-minutes-heading-is-no-approver", "en", _en_end(_p("Approval of minutes")), None),
    ("en-confirmed-date-is-no-approver", "en", _en_end(_p("Confirmed: 8 April 2025")), None),
    ("en-approval-of-minutes-item-is-no-approver", "en",
     _en_end(_p("Minutes approved: 8 April 2025")), None),
]


@pytest.mark.parametrize(("lang", "blocks", "approver"), [pytest.param(la, b, a, id=i) for i, la, b, a in APPROVER])
def test_approver(lang: str, blocks: tuple[Block, ...], approver: str | None) -> None:
    got = extract_meeting(blocks_doc(*blocks), lang).approver
    assert (got is None) if approver is None else (got is not None and similar(got, approver)), got


_CS_TAIL = (_p("Přítomni: Jan Novák, Eva Malá"), _h("1. Zahájení"), _p("Předseda zahájil jednání."))
_EN_TAIL = (_p("Present: Jane Doe, Mark Roe"), _h("1. Welcome"), _p("The Chair welcomed members."))

PLACE: list[Any] = [  # (id, lang, blocks, place or None)
    ("cs-misto-konani", "cs", (_h("Zápis z jednání Stavební komise"), _p("Datum: 3. 3. 2025"),
                               _p("Místo konání: zasedací místnost OÚ Horní Lhota"), *_CS_TAIL),
     "zasedací místnost OÚ Horní Lhota"),
    ("cs-misto-table-row", "cs", (_h("Zápis z jednání Stavební komise"),
                                  _t(["Datum", "3. 3. 2025"], ["Místo", "Náměstí Míru 15, Horní Lhota"]), *_CS_TAIL),
     "Náměstí Míru 15, Horní Lhota"),
    ("cs-title-konaneho-v", "cs",
     (_h("Zápis z jednání Stavební komise konaného dne 3. 3. 2025 v zasedací místnosti Obecního úřadu Horní Lhota"),
      *_CS_TAIL), "zasedací místnost Obecního úřadu Horní Lhota"),
    ("cs-konaneho-line-under-title", "cs",
     (_h("Zápis z jednání Stavební komise"), _p("konaného dne 3. 3. 2025 od 17:00 v budově MěÚ Horní Lhota"),
      *_CS_TAIL), "budova MěÚ Horní Lhota"),
    ("cs-first-sentence-konalo-v", "cs",
     (_h("Zápis z jednání Stavební komise"), _p("Jednání se konalo dne 3. 3. 2025 v zasedací místnosti "
                                                 "radnice."), *_CS_TAIL), "zasedací místnost radnice"),
    ("cs-online-ms-teams", "cs", (_h("Zápis z jednání pracovní skupiny"), _p("Datum: 3. 3. 2025"),
                                  _p("Místo: online (MS Teams)"), *_CS_TAIL), "online (MS Teams)"),
    ("cs-videokonference-label", "cs", (_h("Zápis z jednání pracovní skupiny"), _p("Datum: 3. 3. 2025"),
                                        _p("Forma jednání: videokonference"), *_CS_TAIL), "videokonference"),
    ("cs-letterhead-seat-is-no-place", "cs",
     (_h("Spolek přátel Lhotky, z. s."), _p("se sídlem Náměstí Míru 15, Horní Lhota"),
      _p("Zápis z členské schůze"), _p("Datum: 3. 3. 2025"), *_CS_TAIL), None),
    ("cs-next-meeting-venue-is-no-place", "cs",
     (_h("Zápis z jednání Stavební komise"), _p("Datum: 3. 3. 2025"), *_CS_TAIL, _h("5. Závěr"),
      _p("Příští jednání se uskuteční 7. 4. 2025 v zasedací místnosti OÚ.")), None),
    ("en-venue-label", "en", (_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025"),
                              _p("Venue: Committee Room 1, Town Hall, High Street"), *_EN_TAIL),
     "Committee Room 1, Town Hall, High Street"),
    ("en-location-row", "en", (_h("Minutes of the Finance Committee"),
                               _t(["Date", "3 March 2025"], ["Location", "4 Mill Wharf, Kelby"]), *_EN_TAIL),
     "4 Mill Wharf, Kelby"),
    ("en-held-at-in-title", "en",
     (_h("Minutes of the meeting of the Finance Committee held at the Old Library, Kelby on 3 March 2025"),
      *_EN_TAIL), "Old Library, Kelby"),
    ("en-held-via-zoom", "en", (_h("Minutes of the Finance Committee"),
                                _p("Meeting held on 3 March 2025 at 7.00 pm via Zoom"), *_EN_TAIL), "Zoom"),
    ("en-location-virtual", "en", (_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025"),
                                   _p("Location: Virtual (Microsoft Teams)"), *_EN_TAIL),
     "Virtual (Microsoft Teams)"),
    ("en-first-sentence-took-place-at", "en",
     (_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025"),
      _p("The meeting took place at the Garden Room, Old Library, Kelby."), *_EN_TAIL),
     "Garden Room, Old Library, Kelby"),
    ("cs-formou-videokonference", "cs",
     (_h("Zápis z jednání Stavební komise"), _p("Jednání se uskutečnilo dne 3. 3. 2025 formou videokonference "
                                                 "(MS Teams)."), *_CS_TAIL), "videokonference (MS Teams)"),
    ("cs-hybridne-dash-rooms-and-platform", "cs",
     (_h("Zápis z jednání Stavební komise"), _p("Datum: 3. 3. 2025"),
      _p("Místo konání: hybridně – zasedací místnost č. 210, budova B, a MS Teams"), *_CS_TAIL),
     "hybridně – zasedací místnost č. 210, budova B, a MS Teams"),
    ("cs-address-with-postcode-and-room", "cs",
     (_h("Zápis z jednání Stavební komise"), _p("Datum: 3. 3. 2025"),
      _p("Místo konání: Krajský úřad, Tř. Míru 22, 530 02 Lhotka, zasedací místnost 2.14"), *_CS_TAIL),
     "Krajský úřad, Tř. Míru 22, 530 02 Lhotka, zasedací místnost 2.14"),
    ("en-room-word-opens-address-line", "en",
     (_h("FACULTY SENATE MEETING MINUTES"), _p("March 4, 2025, 3:00 p.m."), _p("Room 201, Smith Hall"), *_EN_TAIL),
     "Room 201, Smith Hall"),
    ("en-piped-date-time-place-caption", "en",
     (_h("Minutes of the Faculty Council"), _p("Wednesday, 4 March 2025 | 2:00–4:00 pm | Senate Room / Zoom"),
      *_EN_TAIL), "Senate Room / Zoom"),
    ("en-held-virtually-via-teams", "en",
     (_h("Minutes of the Faculty Council"), _p("Date: 4 March 2025"),
      _p("The meeting was held virtually via Microsoft Teams."), *_EN_TAIL), "Microsoft Teams"),
    ("en-hybrid-dash-room-and-platform", "en",
     (_h("Minutes of the Finance Committee"), _p("Date: 4 March 2025"),
      _p("Location: Hybrid – Room 2.14, Main Building and Microsoft Teams"), *_EN_TAIL),
     "Hybrid – Room 2.14, Main Building and Microsoft Teams"),
    ("cs-konalo-v-weekday-is-no-place", "cs",
     (_h("Zápis"), _p("z 12. jednání Stavební komise, které se konalo v úterý 4. března 2025"), *_CS_TAIL), None),
    ("cs-misto-a-datum", "cs", (_h("Zápis z jednání Stavební komise"),
                                _p("Místo a datum: Horní Lhota, 4. 3. 2025"), *_CS_TAIL), "Horní Lhota"),
    ("en-held-in-room-at-hour", "en", (_h("Minutes of the Faculty Board"), _p("Date: 4 March 2025"),
                                       _p("The meeting was held in the Senate Room at 2 pm."), *_EN_TAIL),
     "Senate Room"),
    ("en-took-place-on-platform", "en", (_h("Minutes of the Faculty Board"), _p("Date: 4 March 2025"),
                                         _p("The meeting took place on Zoom."), *_EN_TAIL), "Zoom"),
    ("en-in-person-and-online-hybrid-in-room", "en",
     (_h("Minutes of the Faculty Board"), _p("Date: 4 March 2025"),
      _p("Meeting held in person and online (hybrid) in Room 2.14, Main Building."), *_EN_TAIL),
     "Room 2.14, Main Building"),
    ("cs-prostrednictvim-aplikace", "cs",
     (_h("Zápis z jednání Komise"), _p("Datum: 4. 3. 2025"),
      _p("Jednání proběhlo distančně prostřednictvím aplikace MS Teams."), *_CS_TAIL), "aplikace MS Teams"),
    ("en-held-on-weekday-is-no-place", "en",
     (_h("Minutes of the Faculty Board"), _p("The meeting was held on Tuesday 4 March 2025 at 2 pm."), *_EN_TAIL),
     None),
    ("cs-konalo-se-online", "cs", (_h("Zápis z jednání Komise"), _p("Datum: 4. 3. 2025"),
                                   _p("Jednání se konalo online."), *_CS_TAIL), "online"),
    ("en-held-online", "en", (_h("Minutes of the Faculty Board"), _p("Date: 4 March 2025"),
                              _p("The meeting was held online."), *_EN_TAIL), "online"),
    ("en-no-place-stated", "en", (_h("Minutes of the Faculty Board"), _p("Date: 4 March 2025"), *_EN_TAIL), None),
    ("en-next-meeting-venue-is-no-place", "en",
     (_h("Minutes of the Finance Committee"), _p("Date: 3 March 2025"), *_EN_TAIL, _h("5. Next meeting"),
      _p("The next meeting will be held at the Old Library on 7 April 2025.")), None),
]


@pytest.mark.parametrize(("lang", "blocks", "place"), [pytest.param(la, b, p, id=i) for i, la, b, p in PLACE])
def test_place(lang: str, blocks: tuple[Block, ...], place: str | None) -> None:
    got = extract_meeting(blocks_doc(*blocks), lang).place
    assert (got is None) if place is None else (got is not None and similar(got, place)), got


DATE: list[Any] = [  # (id, lang, blocks, ISO date or None[, running header])
    ("cs-title-konaneho-dne", "cs", (_h("Zápis z jednání Stavební komise konaného dne 3. 3. 2025"), *_CS_TAIL),
     "2025-03-03"),
    ("cs-konaneho-paragraph", "cs", (_h("Zápis z jednání Stavební komise"), _p("konaného dne 12. března 2025"),
                                     *_CS_TAIL), "2025-03-12"),
    ("cs-ze-dne-weekday", "cs", (_h("Zápis ze zasedání zastupitelstva obce ze dne 4. 3. 2025"), *_CS_TAIL),
     "2025-03-04"),
    ("cs-datum-weekday", "cs", (_h("Zápis z porady vedení"), _p("Datum: úterý 4. 3. 2025"), *_CS_TAIL),
     "2025-03-04"),
    ("cs-compact-date", "cs", (_h("Zápis z porady vedení"), _p("Datum konání: 4.3.2025"), *_CS_TAIL), "2025-03-04"),
    ("cs-signing-date-is-not-meeting-date", "cs",
     (_h("Zápis z porady vedení"), _p("Datum: 4. 3. 2025"), *_CS_TAIL, _p("V Horní Lhotě dne 10. 3. 2025"),
      _p("Zapsala: Eva Malá")), "2025-03-04"),
    ("cs-previous-minutes-date-in-body", "cs",
     (_h("Zápis z porady vedení konané dne 4. 3. 2025"), *_CS_TAIL,
      _p("Zápis z porady ze dne 4. 2. 2025 byl schválen bez připomínek.")), "2025-03-04"),
    ("en-us-month-first-title", "en",
     (_h("Minutes of the Regular Meeting of the Town Council held on Tuesday, March 11, 2025"), *_EN_TAIL),
     "2025-03-11"),
    ("en-uk-title", "en", (_h("Minutes of the Finance Committee held on Tuesday 11 March 2025"), *_EN_TAIL),
     "2025-03-11"),
    ("en-date-label-ordinal", "en", (_h("Minutes of the Finance Committee"), _p("Date: 11th March 2025"),
                                     *_EN_TAIL), "2025-03-11"),
    ("en-iso-date-label", "en", (_h("Minutes of the Finance Committee"), _p("Date: 2025-03-11"), *_EN_TAIL),
     "2025-03-11"),
    ("en-signed-date-is-not-meeting-date", "en",
     (_h("Minutes of the Finance Committee held on 11 March 2025"), *_EN_TAIL,
      _p("Signed: Jane Doe (Chair)   Date: 8 April 2025")), "2025-03-11"),
    ("cs-running-header-date", "cs", (_h("Zápis z jednání Stavební komise"), *_CS_TAIL,
                                      _p("Zápis z předchozího jednání ze dne 4. 2. 2025 byl schválen.")),
     "2025-03-04", "Stavební komise – jednání 4. 3. 2025"),
    ("cs-written-date-before-meeting-sentence", "cs",
     (_h("Zápis z jednání Stavební komise"), _p("Zápis vyhotoven dne 6. 3. 2025"),
      _p("Jednání se konalo 4. 3. 2025."), *_CS_TAIL), "2025-03-04"),
    ("cs-misto-a-datum-label", "cs", (_h("Zápis z jednání Stavební komise"),
                                      _p("Místo a datum: Horní Lhota, 4. 3. 2025"), *_CS_TAIL), "2025-03-04"),
    ("en-us-weekday-ordinal-line", "en", (_h("Minutes of the Faculty Council"), _p("Tuesday, March 4th, 2025"),
                                          *_EN_TAIL), "2025-03-04"),
    ("en-meeting-of-us-date-title", "en", (_h("Minutes of the Faculty Council Meeting of March 4, 2025"),
                                           *_EN_TAIL), "2025-03-04"),
    ("en-prepared-date-before-meeting-date", "en",
     (_h("Minutes of the Faculty Council"), _p("Minutes prepared 10 March 2025"), _p("Meeting date: 4 March 2025"),
      *_EN_TAIL), "2025-03-04"),
    ("en-header-table-date-column", "en",
     (_h("Minutes of the Faculty Council"),
      _t(["Date", "Time", "Location"], ["4 March 2025", "2:00 pm", "Senate Room"]), *_EN_TAIL), "2025-03-04"),
    ("en-running-header-date", "en",
     (_h("Minutes of the Faculty Council"), *_EN_TAIL,
      _p("The minutes of the meeting held on 4 February 2025 were approved.")), "2025-03-04",
     "Faculty Council – 4 March 2025"),
    ("en-us-numeric-month-first", "en",
     (_h("Faculty Senate Minutes"), _p("Date: 03/04/2025"), *_EN_TAIL,
      _p("The Provost reported on fall semester enrollment.")), "2025-03-04"),
    ("en-uk-numeric-day-first", "en",
     (_h("Minutes of the Faculty Board"), _p("Date: 03/04/2025"), *_EN_TAIL,
      _p("The Dean reported on autumn term admissions.")), "2025-04-03"),
    ("en-previous-minutes-held-on", "en",
     (_h("Minutes of the Finance Committee"), _p("Date: 11 March 2025"), *_EN_TAIL,
      _p("The minutes of the meeting held on 11 February 2025 were approved.")), "2025-03-11"),
]


@pytest.mark.parametrize(("lang", "blocks", "date", "header"),
                         [pytest.param(r[1], r[2], r[3], r[4] if len(r) > 4 else "", id=r[0]) for r in DATE])
def test_date(lang: str, blocks: tuple[Block, ...], date: str | None, header: str) -> None:
    assert extract_meeting(blocks_doc(*blocks, header=header), lang).date == date


NEXT: list[Any] = [  # (id, lang, blocks, (earliest, latest) or None)
    ("cs-pristi-jednani-se-uskutecni", "cs",
     (*_CS_HEAD, *_CS_BODY, _p("Příští jednání se uskuteční 7. 4. 2025 v 17:00.")), ("2025-04-07", "2025-04-07")),
    ("cs-termin-dalsiho-jednani-label", "cs",
     (*_CS_HEAD, *_CS_BODY, _p("Termín dalšího jednání: 7. 4. 2025")), ("2025-04-07", "2025-04-07")),
    ("cs-v-prubehu-mesice", "cs",
     (*_CS_HEAD, *_CS_BODY, _p("Další jednání výboru proběhne v průběhu dubna 2025.")),
     ("2025-04-01", "2025-04-30")),
    ("cs-bude-upresnen", "cs", (*_CS_HEAD, *_CS_BODY, _p("Termín příštího jednání bude upřesněn.")), None),
    ("cs-podle-potreby", "cs", (*_CS_HEAD, *_CS_BODY, _p("Příští jednání bude svoláno podle potřeby.")), None),
    ("en-next-meeting-label", "en", (*_EN_HEAD, *_EN_BODY, _p("Next meeting: Monday 7 April 2025 at 6 pm")),
     ("2025-04-07", "2025-04-07")),
    ("en-date-of-next-meeting", "en", (*_EN_HEAD, *_EN_BODY, _p("Date of next meeting: 7 April 2025")),
     ("2025-04-07", "2025-04-07")),
    ("en-next-regular-meeting-us", "en",
     (*_EN_HEAD, *_EN_BODY, _p("The next regular meeting is scheduled for April 7, 2025.")),
     ("2025-04-07", "2025-04-07")),
    ("en-tbc", "en", (*_EN_HEAD, *_EN_BODY, _p("Next meeting: TBC")), None),
    ("en-to-be-confirmed", "en", (*_EN_HEAD, *_EN_BODY, _p("Next meeting: to be confirmed")), None),
    ("cs-yearless-month-ahead", "cs", (*_CS_HEAD, *_CS_BODY, _p("Příští jednání bude v září.")),
     ("2025-09-01", "2025-09-30")),
    ("cs-yearless-month-with-tbd-date", "cs",
     (*_CS_HEAD, *_CS_BODY, _p("Příští jednání bude v září, termín upřesní předseda.")), ("2025-09-01", "2025-09-30")),
    ("cs-se-priste-sejde", "cs", (*_CS_HEAD, *_CS_BODY, _p("Výbor se příště sejde 8. 4. 2025.")),
     ("2025-04-08", "2025-04-08")),
    ("cs-po-obdrzeni-podkladu", "cs", (*_CS_HEAD, *_CS_BODY, _p("Příští jednání se uskuteční po obdržení podkladů.")),
     None),
    ("en-will-next-meet", "en", (*_EN_HEAD, *_EN_BODY, _p("The Council will next meet on 8 April 2025.")),
     ("2025-04-08", "2025-04-08")),
    ("en-will-meet-next-on", "en", (*_EN_HEAD, *_EN_BODY, _p("The committee will meet next on 8 April 2025.")),
     ("2025-04-08", "2025-04-08")),
    ("en-future-meeting-dates-first", "en",
     (*_EN_HEAD, *_EN_BODY, _p("Future meeting dates: 8 April 2025, 13 May 2025")), ("2025-04-08", "2025-04-08")),
    ("en-caps-label-us-date", "en", (*_EN_HEAD, *_EN_BODY, _p("NEXT MEETING: APRIL 8, 2025")),
     ("2025-04-08", "2025-04-08")),
    ("en-week-of", "en",
     (*_EN_HEAD, *_EN_BODY, _p("The next meeting is provisionally scheduled for the week of 7 April 2025.")),
     ("2025-04-07", "2025-04-11")),
    ("en-sub-body-meets-again-is-not-the-next-meeting", "en",
     (*_EN_HEAD, *_EN_BODY, _p("The working party will meet again in September."), _h("5. Date of next meeting"),
      _p("Tuesday 7th October 2025, 6.00pm, in the school library.")), ("2025-10-07", "2025-10-07")),
    ("en-us-numeric-next-meeting", "en",
     (_h("Faculty Senate Minutes"), _p("Date: March 4, 2025"), *_EN_TAIL,
      _p("The Chair reported on spring semester enrollment."), _p("Next meeting: 04/08/2025")),
     ("2025-04-08", "2025-04-08")),
    ("en-yearless-date-ahead", "en", (*_EN_HEAD, *_EN_BODY, _p("Next meeting: Tuesday 10 February")),
     ("2026-02-10", "2026-02-10")),
]


@pytest.mark.parametrize(("lang", "blocks", "window"), [pytest.param(la, b, w, id=i) for i, la, b, w in NEXT])
def test_next_meeting(lang: str, blocks: tuple[Block, ...], window: tuple[str, str] | None) -> None:
    got = extract_meeting(blocks_doc(*blocks), lang).next_meeting
    assert (got is None) if window is None else (got is not None and (got.earliest, got.latest) == window), got


TITLE: list[Any] = [  # (id, lang, blocks, title, series)
    ("cs-kraj-letterhead-unit-then-zapis", "cs",
     (_h("Krajský úřad Podhorského kraje"), _p("Odbor sociálních věcí"), _h("ZÁPIS"),
      _p("z jednání Komise pro sociální věci konaného dne 4. 3. 2025"), *_CS_TAIL),
     "ZÁPIS z jednání Komise pro sociální věci konaného dne 4. 3. 2025", "Komise pro sociální věci"),
    ("cs-kraj-letterhead-two-units", "cs",
     (_h("Krajský úřad Podhorského kraje"), _p("Odbor regionálního rozvoje"), _p("Oddělení strategií"),
      _h("Zápis z jednání Pracovní skupiny pro dotace"), _p("Datum: 4. 3. 2025"), *_CS_TAIL),
     "Zápis z jednání Pracovní skupiny pro dotace", "Pracovní skupina pro dotace"),
    ("en-university-faculty-unit-then-minutes", "en",
     (_h("University of Kelby"), _p("Faculty of Arts"), _h("Minutes of the Faculty Board"),
      _p("Date: 4 March 2025"), *_EN_TAIL),
     "University of Kelby – Minutes of the Faculty Board", "University of Kelby Faculty Board"),  # as letterheads do
    ("cs-generic-zapis-over-jednani-row", "cs",
     (_h("Zápis"), _t(["Jednání:", "Komise pro sociální věci"], ["Datum:", "4. 3. 2025"]), *_CS_TAIL),
     "Komise pro sociální věci", "Komise pro sociální věci"),
    ("cs-jednani-sentence-is-no-body-label", "cs",
     (_h("Zápis z jednání Komise pro dotace"), _p("Datum: 4. 3. 2025"), _p("Jednání zahájil předseda v 17:00."),
      *_CS_TAIL), "Zápis z jednání Komise pro dotace", "Komise pro dotace"),
    ("cs-odbor-line-is-title-when-nothing-follows", "cs",
     (_h("Zápis z porady odboru"), _p("Odbor sociálních věcí"), _p("Datum: 4. 3. 2025"), *_CS_TAIL),
     "Zápis z porady odboru", "Porada odboru"),
]


@pytest.mark.parametrize(("lang", "blocks", "title", "series"),
                         [pytest.param(la, b, t, se, id=i) for i, la, b, t, se in TITLE])
def test_title_and_series(lang: str, blocks: tuple[Block, ...], title: str, series: str) -> None:
    meeting = extract_meeting(blocks_doc(*blocks), lang)
    assert similar(meeting.title, title), meeting.title
    assert similar(meeting.series, series), meeting.series

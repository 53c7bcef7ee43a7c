"""Meeting metadata conventions of round 20, written from knowledge of the genre before reading any failure.
Names, towns and bodies are invented.

(a) A body that governs or runs an organisation (a board of trustees, a pedagogical council, a management
meeting) is named in the title by its kind only; the organisation comes from the letterhead above the title,
from a line set right under it (US minutes: "Board of Trustees – Regular Meeting Minutes" over "Harwick Public
Library District, Harwick, IL – 3/10/2026") or from a header field ("Organizace:", "Škola:", "Organisation:").
The series is the body of that organisation. Shaped like it but not it: a protective marking or status stamp
above the title ("PUBLIC", "DRAFT – CONFIDENTIAL", "Part A (Public)"), a date or prose line under the title, a
municipality (the authority, not an organisation its boards are named after), a committee (it stands on its
own), a meeting of peers from many organisations ("porada starostů"), a place field naming a building.

(b) A Czech title set in capitals whose body is a standing meeting named by one word after the meeting noun
("ZÁPIS Z PORADY VEDENÍ") is the same series as in ordinary case; an initialism ("KV", "RR") stays as written.

(c) Standards bodies, councils and projects number their bodies and parts ("WG 3", "Ward 4", "PS 2",
"Phase 2"): that number is no meeting number; the meeting's own number follows the meeting noun ("meeting 12",
also a remote meeting's noun: "Teleconference 12", "Call 7") or is an ordinal ("12th meeting", "5. jednání").
Not a meeting's number: a call for proposals, a date or a year after the noun.

(d) Groups meeting by teleconference call the next meeting "the next call" ("Next call", "Date of next
teleconference", "Příští videokonference"); councils that sit in sessions and Czech management boards name it by
their own noun ("The next regular session will be held on ...", "Příští kolegium se bude konat ..."). Shaped
like it but not it: "roll call", "call to order", a task due
"before the next call", a call for evidence.

(e) Standards working groups call the minute-taker the scribe; an attendance entry marked so names the recorder
("Jo Bell (JB), scribe" in a table's name cell, "Tom Hill (DIN, scribe)"). Not a mark: a bare role ("(Clerk)",
"co-chair"), an organisation in the bracket.
"""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from docbuild import table as _t
from genre_rows import meeting_of, named_params

from minutes_nlp.extract import agenda, attendance_entries, metadata
from minutes_nlp.extract.result import MeetingInfo

_EN_END = (_h("1. Call to Order"), _p("The President called the meeting to order at 7:00 p.m."),
           _h("2. Adjournment"), _p("The meeting adjourned at 8:40 p.m."))
_CS_END = (_h("1. Zahájení"), _p("Jednání zahájil ředitel v 9:00 hod."), _h("2. Závěr"),
           _p("Jednání skončilo v 10:30 hod."))


def _meeting(lang: str, *blocks: Any) -> MeetingInfo:
    return meeting_of(blocks_doc(*blocks, *(_EN_END if lang == "en" else _CS_END)), lang)


def _folded(text: str | None) -> str:
    return " ".join((text or "").lower().replace("the ", "").split())


# (a) (id, lang, top blocks, words the series must contain, words it must not contain)
ORGANISATION = [
    ("letterhead-public-in-name", "en",
     [_h("Harwick Public Library District"), _h("Minutes of the Regular Meeting of the Board of Trustees"),
      _p("Date: March 10, 2026")], ["board of trustees", "harwick public library district"], []),
    ("letterhead-open-in-name", "en",
     [_h("Open Door Housing Association"), _h("Minutes of the Board of Directors meeting held on 4 May 2026")],
     ["board of directors", "open door housing association"], []),
    ("subtitle-organisation", "en",
     [_h("Board of Trustees – Regular Meeting Minutes"), _p("Harwick Public Library District"),
      _p("Date: March 10, 2026")], ["board of trustees", "harwick public library district"], []),
    ("subtitle-organisation-town-date", "en",
     [_h("MINUTES – REGULAR MEETING OF THE BOARD OF DIRECTORS"),
      _p("Elmstead Tenants Association, Elmstead, OH – 03/11/2026")],
     ["board of directors", "elmstead tenants association"], ["03/11"]),
    ("field-organisation-en", "en",
     [_h("Minutes of the Board of Trustees"), _p("Organisation: Harwick Community Foundation"),
      _p("Date: 10 March 2026")], ["board of trustees", "harwick community foundation"], []),
    ("field-organizace-porada", "cs",
     [_h("Zápis z porady vedení č. 4/2026"), _t(["Organizace", "Městská nemocnice Dolany, a.s."],
                                                 ["Datum", "3. 3. 2026"])],
     ["porada vedení", "městské nemocnice dolany"], []),
    ("field-skola-pedagogicka-rada", "cs",
     [_h("Zápis z jednání pedagogické rady"), _p("Škola: Gymnázium Horní Lhota, Školní 12"),
      _p("Datum: 3. 3. 2026")], ["pedagogická rada", "gymnázia horní lhota"], ["školní 12"]),
]

ORGANISATION_NOT = [
    ("stamp-public", "en",
     [_p("PUBLIC"), _h("Minutes of the Regular Meeting of the Board of Trustees"), _p("Date: March 10, 2026")],
     ["board of trustees"], ["public"]),
    ("stamp-draft-confidential", "en",
     [_p("DRAFT – CONFIDENTIAL"), _h("Minutes of the Board of Directors"), _p("Date: 4 May 2026")],
     ["board of directors"], ["draft", "confidential"]),
    ("stamp-part-a-public", "en",
     [_p("Part A (Public)"), _h("Minutes of the Board of Governors"), _p("Date: 4 May 2026")],
     ["board of governors"], ["part a", "public"]),
    ("subtitle-date-line", "en",
     [_h("Board of Trustees – Regular Meeting Minutes"), _p("Tuesday, March 10, 2026 – 7:00 p.m.")],
     ["board of trustees"], ["tuesday", "2026"]),
    ("subtitle-prose", "en",
     [_h("Board of Trustees – Regular Meeting Minutes"), _p("The meeting was held in the Harwick Library.")],
     ["board of trustees"], ["harwick"]),
    ("subtitle-municipality", "en",
     [_h("Board of Selectmen – Minutes"), _p("Town of Harwick, Maine"), _p("Date: March 10, 2026")],
     ["board of selectmen"], ["harwick"]),
    ("field-organisation-committee", "en",
     [_h("Minutes of the Planning Committee"), _p("Organisation: Harwick Community Foundation"),
      _p("Date: 10 March 2026")], ["planning committee"], ["foundation"]),
    ("field-organizace-vybor", "cs",
     [_h("Zápis z jednání finančního výboru"), _p("Organizace: Obec Horní Lhota"), _p("Datum: 3. 3. 2026")],
     ["finanční výbor"], ["obce"]),
    ("porada-starostu-peers", "cs",
     [_h("Zápis z porady starostů"), _p("Organizace: Mikroregion Horní Pootaví"), _p("Datum: 3. 3. 2026")],
     ["porada starostů"], ["mikroregionu"]),
    ("place-field-no-organisation", "cs",
     [_h("Zápis z porady vedení"), _p("Místo: Městská nemocnice Dolany, zasedací místnost"),
      _p("Datum: 3. 3. 2026")], ["porada vedení"], ["nemocnice"]),
]


@pytest.mark.parametrize(("lang", "blocks", "has", "lacks"), named_params(ORGANISATION + ORGANISATION_NOT))
def test_body_of_an_organisation(lang: str, blocks: list[Any], has: list[str], lacks: list[str]) -> None:
    series = _folded(_meeting(lang, *blocks).series)
    assert all(w in series for w in has), series
    assert not any(w in series for w in lacks), series


# (b) (id, lang, title, series)
CAPITALS = [
    ("porada-vedeni", "cs", "ZÁPIS Z PORADY VEDENÍ", "Porada vedení"),
    ("porada-vedeni-cislo", "cs", "ZÁPIS Z PORADY VEDENÍ č. 7/2026", "Porada vedení"),
    ("porada-reditelu", "cs", "ZÁPIS Z PORADY ŘEDITELŮ", "Porada ředitelů"),
    ("initialism-kv", "cs", "ZÁPIS Z JEDNÁNÍ KV", "KV"),
    ("initialism-rr", "cs", "ZÁPIS ZE SCHŮZE RR", "RR"),
    ("mixed-case-control", "cs", "Zápis z porady vedení", "Porada vedení"),
]


@pytest.mark.parametrize(("lang", "title", "series"), named_params(CAPITALS))
def test_title_in_capitals(lang: str, title: str, series: str) -> None:
    assert _meeting(lang, _h(title), _p("Datum: 3. 3. 2026")).series == series


# (c) (id, lang, title, number)
NUMBERS = [
    ("wg-meeting-number", "en", "Minutes of WG 3 meeting 12", 12),
    ("ward-committee-meeting", "en", "Ward 4 Committee – Meeting 9 – Minutes", 9),
    ("ordinal-of-working-group", "en", "Minutes of the 12th meeting of Working Group 4", 12),
    ("ps-ordinal", "cs", "Zápis z 5. jednání PS 2", 5),
    ("wg-no-meeting-number", "en", "Minutes of WG 3 meeting", None),
    ("subcommittee-number", "en", "Subcommittee 2 – Minutes", None),
    ("phase-steering-group", "en", "Phase 2 Steering Group meeting – Minutes", None),
    ("ps-no-number", "cs", "Zápis z jednání PS 3", None),
    ("teleconference-number", "en", "WG 3 Data Formats – Teleconference 12 – Minutes", 12),
    ("call-number-bracket", "en", "Steering Group – Call 7 (Zoom) – Notes", 7),
    ("call-for-proposals", "en", "Funding Call 2 for proposals – Panel Minutes", None),
    ("teleconference-dated", "en", "Teleconference on 12 March 2026 – Minutes", None),
    ("conference-call-year", "en", "Conference Call 2026 – Minutes", None),
]


@pytest.mark.parametrize(("lang", "title", "number"), named_params(NUMBERS))
def test_number_of_a_numbered_body(lang: str, title: str, number: int | None) -> None:
    date = "Date: 3 March 2026" if lang == "en" else "Datum: 3. 3. 2026"
    assert _meeting(lang, _h(title), _p(date)).number == number


_EN_CALL = (_h("WG 3 Data Formats – Minutes"), _p("Date: 3 March 2026"), _h("1. Opening"),
            _p("The convenor opened the call."))
_CS_CALL = (_h("Zápis z jednání pracovní skupiny pro data"), _p("Datum: 3. 3. 2026"), _h("1. Zahájení"),
            _p("Jednání zahájil vedoucí skupiny."))

# (d) (id, lang, closing blocks, earliest date of the next meeting)
NEXT_CALL = [
    ("heading-next-call", "en", [_h("5. Next call"), _p("Tuesday 14 April 2026, 14:00–15:30 UTC.")], "2026-04-14"),
    ("label-next-teleconference", "en", [_p("Next teleconference: 28 April 2026, 13:00 UTC")], "2026-04-28"),
    ("label-date-of-next-call", "en", [_p("Date of next call: 12 May 2026")], "2026-05-12"),
    ("cs-pristi-videokonference", "cs", [_p("Příští videokonference: 14. 4. 2026 od 10:00 hod.")], "2026-04-14"),
    ("roll-call", "en", [_h("5. Roll call"), _p("All members answered the roll on 3 March 2026.")], None),
    ("call-to-order", "en", [_h("5. Call to order"), _p("The chair called the meeting to order on 3 March 2026.")],
     None),
    ("task-before-next-call", "en", [_p("ACTION: Ann Poe to circulate the draft before the next call.")], None),
    ("call-for-evidence", "en", [_p("The call for evidence closes on 30 April 2026.")], None),
    ("cs-videokonference-ukol", "cs", [_p("Úkol: připravit podklady do příští videokonference.")], None),
    ("next-regular-session", "en", [_p("The next regular session will be held on Monday, 6 April 2026 at 2:00 P.M.")],
     "2026-04-06"),
    ("cs-pristi-kolegium", "cs", [_p("Příští kolegium ředitele se bude konat ve čtvrtek 9. 4. 2026 od 8:30 hod.")],
     "2026-04-09"),
    ("report-at-next-session", "en", [_p("The chair said he would report at the next session.")], None),
    ("cs-kolegium-plan", "cs", [_p("Kolegium projednalo plán oprav, který začne 9. 4. 2026.")], None),
]


@pytest.mark.parametrize(("lang", "blocks", "earliest"), named_params(NEXT_CALL))
def test_next_call(lang: str, blocks: list[Any], earliest: str | None) -> None:
    top = _EN_CALL if lang == "en" else _CS_CALL
    nxt = meeting_of(blocks_doc(*top, *blocks), lang).next_meeting
    assert (nxt.earliest if nxt else None) == earliest


_ROSTER = ["Name", "Organisation", "Participation"]

# (e) (id, blocks after the title, recorder)
SCRIBE = [
    ("table-name-cell-scribe", [_h("Attendance"), _t(_ROSTER, ["Ann Poe (AP), convenor", "BSI", "in person"],
                                                      ["Jo Bell (JB), scribe", "DIN", "remote"])], "Jo Bell"),
    ("bracket-scribe", [_p("Present: Ann Poe (BSI, convenor); Tom Hill (DIN, scribe); Eva Lund (SIS)")], "Tom Hill"),
    ("table-co-chair", [_h("Attendance"), _t(_ROSTER, ["Ann Poe (AP), co-chair", "BSI", "in person"],
                                              ["Jo Bell (JB)", "DIN", "remote"])], None),
    ("bracket-organisation-only", [_p("Present: Ann Poe (BSI); Tom Hill (DIN); Eva Lund (SIS)")], None),
    ("bracket-bare-clerk", [_p("Present: Ann Poe (BSI); Tom Hill (Clerk); Eva Lund (SIS)")], None),
]


@pytest.mark.parametrize(("blocks", "recorder"), named_params(SCRIBE))
def test_scribe_mark(blocks: list[Any], recorder: str | None) -> None:
    got = _meeting("en", _h("Minutes of WG 3 meeting 12"), _p("Date: 3 March 2026"), *blocks).recorder
    assert got == recorder


# (f) English minutes are also called notes or a record ("Steering Group Meeting Notes", "Project Board Meeting
# Record"): after the meeting noun such words name the record, the body stands before it. A title that names only
# the record names no body. (id, title, series)
RECORD_WORDS = [
    ("meeting-notes", "Steering Group Meeting Notes", "Steering Group"),
    ("meeting-record", "Project Board Meeting Record", "Project Board"),
    ("meeting-summary-notes", "Finance Committee Meeting Summary Notes", "Finance Committee"),
    ("notes-alone", "Meeting Notes", None),
    ("notes-of-the-meeting", "Notes of the Meeting", None),
    ("action-notes", "Action Notes", None),
]


@pytest.mark.parametrize(("title", "series"), named_params(RECORD_WORDS))
def test_record_words_after_the_meeting_noun(title: str, series: str | None) -> None:
    assert _meeting("en", _h(title), _p("Date: 3 March 2026")).series == series


# (g) A participants' section may group the members by their standing ("Co-chairs:", "National body delegates:",
# "Member organisations:"); a presenter named on such a line sat in the meeting, so presenting makes them no guest.
# Lines for outsiders ("Also present:", "Observers:") and a presenter the header never names keep the guest rule.
# (id, group line, presenter, is a guest)
GROUP_LINES = [
    ("member-organisations", "Member organisations: Wei Lin (Harbour Instruments); Omar Haddad (Westvale)",
     "Wei Lin", False),
    ("national-delegates", "National body delegates: Jana Kos (DIN); Omar Haddad (BSI)", "Jana Kos", False),
    ("participants-line", "Participants: Jana Kos, Omar Haddad, Wei Lin", "Wei Lin", False),
    ("also-present", "Also present: Eva Lund (external auditor)", "Eva Lund", True),
    ("observers", "Observers: Eva Lund (OpenGrid Consortium)", "Eva Lund", True),
    ("not-in-header", "Member organisations: Wei Lin (Harbour Instruments)", "Eva Lund", True),
]


@pytest.mark.parametrize(("line", "presenter", "guest"), named_params(GROUP_LINES))
def test_group_lines_of_members(line: str, presenter: str, guest: bool) -> None:
    doc = blocks_doc(_h("Working Group 3 – Minutes of teleconference 12"), _p("Date: 3 March 2026"),
                     _h("Participants"), _p("Co-chairs: Ann Poe (BSI); Tom Hill (DIN)"), _p(line),
                     _h("1. Data model"), _p(f"{presenter} presented the revised data model."),
                     _h("2. Any other business"), _p("None."))
    meeting = metadata.with_presenting_guests(metadata.extract_meeting(doc, "en"), agenda.extract_agenda(doc, "en"),
                                              "en", doc)
    assert (presenter in meeting.guests) is guest


# (h) Times: a presiding officer named with an initial between "called to order" and the time; an adjournment
# sentence opened by its time that goes on after the motion ("At 8:52 p.m., X moved, seconded by Y, to adjourn.
# Motion carried."); a span the title states ("held ... from 14:00 to 15:45") over the opening's minute. Not so:
# a lone time in the title against the opening's cue (the cue wins), a time that opens another sentence before
# the adjournment, a recess. (id, title, body paragraphs, start, end)
TIMES = [
    ("called-to-order-by-initial", "Minutes of the Regular Meeting of the Board of Trustees",
     ["The meeting was called to order by President K. Vale at 7:02 p.m. in the Community Room."], "19:02", None),
    ("adjourn-sentence-goes-on", "Minutes of the Regular Meeting of the Board of Trustees",
     ["The meeting was called to order at 7:00 p.m.",
      "At 8:52 p.m., Trustee Lund moved, seconded by Trustee Okoro, to adjourn. Motion carried unanimously."],
     "19:00", "20:52"),
    ("title-span", "Minutes of teleconference no. 4, held on 9 March 2026 from 14:00 to 15:45 CET",
     ["The convenor opened the call at 14:02 CET and recalled the patent policy."], "14:00", "15:45"),
    ("title-lone-time-cue-wins", "Minutes of the Regular Meeting held on March 9, 2026 at 7:00 p.m.",
     ["The meeting was called to order by Chair Ann Poe at 7:04 p.m."], "19:04", None),
    ("time-opens-other-sentence", "Minutes of the Regular Meeting of the Board of Trustees",
     ["The meeting was called to order at 7:00 p.m.",
      "At 7:30 p.m., the Board welcomed the new librarian. The Board later adjourned."], "19:00", None),
    ("recess-no-end", "Minutes of the Regular Meeting of the Board of Trustees",
     ["The meeting was called to order at 7:00 p.m.",
      "At 8:00 p.m., the Board recessed for ten minutes; the chair said it would adjourn after item 9."],
     "19:00", None),
]


@pytest.mark.parametrize(("title", "paras", "start", "end"), named_params(TIMES))
def test_times(title: str, paras: list[str], start: str | None, end: str | None) -> None:
    doc = blocks_doc(_h(title), _p("Date: March 9, 2026"), _h("1. Call to Order"), *[_p(x) for x in paras],
                     _h("2. New Business"), _p("The Board discussed the summer programme."))
    meeting = metadata.extract_meeting(doc, "en")
    assert (meeting.start, meeting.end) == (start, end)


# (i) A title may say which term of the body met ("první schůze nového výboru", "the first meeting of the new
# Parish Council", "the incoming Board"): the term word is no part of the body's name. Capitalised it opens a
# proper name ("New Town Committee", "Nová rada seniorů" as a club's name), and a town's name keeps it.
# (id, lang, title, series)
TERMS = [
    ("cs-novy-vybor", "cs", "Zápis z první schůze nového výboru spolku", "Výbor spolku"),
    ("cs-capitals-noveho", "cs", "ZÁPIS Z PRVNÍ SCHŮZE NOVÉHO VÝBORU SPOLKU", "Výbor spolku"),
    ("en-new-parish-council", "en", "Minutes of the first meeting of the new Parish Council", "Parish Council"),
    ("en-incoming-board", "en", "Minutes of the incoming Board of Directors", "Board of Directors"),
    ("en-new-town-name", "en", "Minutes of the New Town Committee", "New Town Committee"),
    ("cs-nova-rada-name", "cs", "Zápis z jednání Nové rady seniorů", "Nová rada seniorů"),
    ("cs-nova-ves-town", "cs", "Zápis ze schůze výboru spolku Nová Ves", "Výbor spolku Nová Ves"),
    ("en-new-forest-org", "en", "Minutes of the New Forest Association Committee", "New Forest Association Committee"),
]


@pytest.mark.parametrize(("lang", "title", "series"), named_params(TERMS))
def test_term_of_the_body(lang: str, title: str, series: str) -> None:
    date = "Date: 3 March 2026" if lang == "en" else "Datum: 3. 3. 2026"
    assert _meeting(lang, _h(title), _p(date)).series == series


# (j) A hybrid meeting's place is the room (corpus/FORMAT.md): the remote part a place field or the title goes on
# with ("and by video conference", "a online (Teams)", "; hybridně přes Zoom", "(s možností připojení přes
# Webex)") is left out, `online` says it. Not so: a meeting held only remotely, whose platform is its place (a
# bracket naming the room it was run from included); a name with "a"/"and" in it ("Dům kultury a sportu");
# a bracket naming a room. (id, lang, place field value, place)
PLACES = [
    ("en-and-by-video", "en", "Place: Riverside Hall, 2 Quay Street, Ambleford, and by video conference",
     "Riverside Hall, 2 Quay Street, Ambleford"),
    ("en-and-on-zoom", "en", "Venue: Committee Room 2, Town Hall and on Zoom", "Committee Room 2, Town Hall"),
    ("en-bracket-hybrid", "en", "Venue: Library Annexe (hybrid – Webex)", "Library Annexe"),
    ("cs-a-online", "cs", "Místo: zasedací místnost OÚ Lhotka, Návesní 3, a online (MS Teams)",
     "zasedací místnost OÚ Lhotka, Návesní 3"),
    ("cs-semicolon-hybridne", "cs", "Místo: sál kulturního domu; hybridně přes Zoom", "sál kulturního domu"),
    ("cs-bracket-pripojeni", "cs", "Místo: učebna 12, Gymnázium Bělov (s možností připojení přes Webex)",
     "učebna 12, Gymnázium Bělov"),
    ("en-online-only", "en", "Venue: online (Microsoft Teams)", "online (Microsoft Teams)"),
    ("cs-online-run-from-room", "cs", "Místo: online, MS Teams (řízeno ze zasedací místnosti radnice)",
     "online, MS Teams (řízeno ze zasedací místnosti radnice)"),
    ("cs-name-with-a", "cs", "Místo: Dům kultury a sportu, Lipová 4", "Dům kultury a sportu, Lipová 4"),
    ("en-name-with-and", "en", "Venue: Arts and Crafts Room, Mill House", "Arts and Crafts Room, Mill House"),
    ("en-bracket-room", "en", "Venue: Town Hall (Room 4)", "Town Hall (Room 4)"),
    ("cs-platform-only", "cs", "Místo: videokonference Webex", "videokonference Webex"),
]


@pytest.mark.parametrize(("lang", "line", "place"), named_params(PLACES))
def test_place_of_a_hybrid_meeting(lang: str, line: str, place: str) -> None:
    title = "Minutes of the Parish Council" if lang == "en" else "Zápis z jednání výboru"
    assert _meeting(lang, _h(title), _p(line)).place == place


# (k) The opening sentence records when the meeting began; it beats a lone (scheduled) time in a header field,
# also when it stands under the first item's heading below an attendance list (corpus/FORMAT.md). Not so: a
# header span (the record written afterwards), a first item that states no time, a time in another item.
# (id, header time field, opening paragraph under "1. Zahájení", start)
OPENING_OVER_FIELD = [
    ("cs-lone-field-opening", "Datum a čas: 4. 3. 2026, 17:00 hod.", "Předsedkyně zahájila jednání v 17:10 hod.",
     "17:10"),
    ("cs-lone-field-zahajeno", "Datum a čas: 4. 3. 2026, 9:00", "Jednání bylo zahájeno v 9:05 hod.", "09:05"),
    ("cs-span-field-stands", "Datum a čas: 4. 3. 2026, 17:00–19:00", "Předseda zahájil jednání v 17:10 hod.",
     "17:00"),
    ("cs-no-time-opening", "Datum a čas: 4. 3. 2026, 17:00", "Předseda přivítal přítomné a zahájil jednání.", "17:00"),
]


@pytest.mark.parametrize(("field", "opening", "start"), named_params(OPENING_OVER_FIELD))
def test_opening_over_header_field(field: str, opening: str, start: str) -> None:
    doc = blocks_doc(_h("Zápis z jednání kontrolního výboru"), _p(field), _p("Přítomni: Jan Novák, Eva Malá"),
                     _p("Program:"), _p("1. Zahájení"),
                     _p("2. Kontrola usnesení"), _p("3. Rozpočet"), _p("4. Různé"), _h("1. Zahájení"), _p(opening),
                     _h("2. Různé"),
                     _p("V 18:30 hod. se dostavil host."))
    assert metadata.extract_meeting(doc, "cs").start == start


# (l) An adverb of the body's term ("newly", "duly") makes the next tail word ("elected", "constituted") a
# participle of the name, not the start of the title's particulars. Not so: "elected on <date>" after the body,
# "held at" after it, a capitalised proper name. (id, title, series)
TERM_PARTICIPLES = [
    ("newly-elected", "Minutes of the first meeting of the newly elected Parish Council", "Parish Council"),
    ("duly-constituted", "Minutes of the duly constituted Board of Governors", "Board of Governors"),
    ("recently-elected", "Minutes of the recently elected Residents' Committee", "Residents' Committee"),
    ("elected-on-date", "Minutes of the Parish Council elected on 4 May 2026", "Parish Council"),
    ("held-at", "Minutes of the Parish Council held at the Village Hall", "Parish Council"),
    ("convened-by", "Minutes of the Parish Council convened by the Clerk", "Parish Council"),
]


@pytest.mark.parametrize(("title", "series"), named_params(TERM_PARTICIPLES))
def test_participle_after_a_term_adverb(title: str, series: str) -> None:
    assert _meeting("en", _h(title), _p("Date: 3 March 2026")).series == series


# (m) French and other given names are often double and hyphenated ("Marc-Antoine", "Jean-Luc"): each part a
# known given name, the whole opens a person's entry. Not so: a hyphenated company or place name whose parts are
# no given names ("Rolls-Royce", "Mid-Kent", "Saint-Gobain"). (id, entry list, persons)
HYPHENATED = [
    ("marc-antoine", "Marc-Antoine Leroux (Vellion SAS)", ["Marc-Antoine Leroux"]),
    ("jean-luc-and-other", "Jean-Luc Barre, Ann Poe", ["Jean-Luc Barre", "Ann Poe"]),
    ("rolls-royce", "Rolls-Royce Holdings", []),
    ("mid-kent", "Mid-Kent Services", []),
    ("saint-gobain", "Saint-Gobain Glass", []),
]


@pytest.mark.parametrize(("value", "persons"), named_params(HYPHENATED))
def test_hyphenated_given_names(value: str, persons: list[str]) -> None:
    assert [p for p, _roles in attendance_entries.person_entries(value, "en")] == persons

"""Meeting header fields as a genre inventory (round 19b), written from knowledge of real minutes before reading
any failure. Names, towns and bodies are invented.

(a) Start time. Minutes of bodies that hold a site visit, an excursion or a closed session before the meeting
give that event's time range first ("Exkurze: 8:30–10:00", "Site visit 4:30 – 5:15 p.m."); the meeting's own
start is the opening ("Zahájení", "Called to order at"). A scheduled time in the invitation line and the actual
opening differ: the start is when the meeting was opened. Negatives: a header whose only time range is the
meeting's own ("Time: 6:00 – 8:15 p.m.", "Čas konání: 9:00–11:30") keeps its first time as the start.

(b) Next meeting. An item "continued to" / "tabled until" / "odloženo na" a date is a continuance of that item,
not the date of the next meeting; the next meeting is stated by its own label or sentence. Negatives: a "Next
meeting" label or a sentence that schedules the next meeting keeps its date.

(c) A letterhead over a title heading of its own, and (d) one time field timing several events: see the comments
above their tables.
"""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from docbuild import heading as _h
from docbuild import para as _p
from genre_rows import meeting_of, named_gap, named_params

from minutes_nlp.document import BlockKind, Document, DocumentBuilder, Source

# (id, language, blocks of the document, start expected)
START = [
    ("cs-excursion-range-before-opening", "cs",
     [_h("Zápis z 12. zasedání Rady správy lesů Bělá"), _p("Datum: 14. 5. 2026"),
      _p("Exkurze do revíru Hradiště: 8:30–10:15"), _p("Zasedání rady: 10:30–13:00"),
      _h("1. Zahájení"), _p("Předseda zahájil zasedání v 10:35 hodin.")], "10:35"),
    ("en-site-visit-range-before-call", "en",
     [_h("Minutes of the Regular Meeting of the Dunmore Zoning Board"), _p("Date: March 3, 2026"),
      _p("Site visit: 4:30 – 5:15 p.m., 12 Orchard Lane"),
      _h("1. Call to Order"), _p("The Chair called the meeting to order at 6:02 p.m.")], "18:02"),
    named_gap("a closed session's range on a line of its own before the call to order",
              "en-closed-session-before-regular", "en",
     [_h("Minutes of the Kestrel Valley Water Board"), _p("Date: June 9, 2026"),
      _p("Closed Session 5:00 p.m. - 5:50 p.m."),
      _h("Call to Order"), _p("President Lowe called the regular meeting to order at 6:00 p.m.")], "18:00"),
]

# One time field timing several events: the part a meeting noun names gives the meeting's start and end.
# (id, language, time field, start, end)
SEGMENTS = [
    ("cs-excursion-then-meeting", "cs", "Čas: 8:00–9:45 exkurze na lokalitu, 10:00–12:30 jednání rady",
     "10:00", "12:30"),
    ("cs-meeting-then-lunch", "cs", "Čas: 13:00–15:00 zasedání výboru; 15:15–17:00 prohlídka areálu", "13:00", "15:00"),
    ("en-site-visit-then-meeting", "en", "Time: site visit 4:30 – 5:15 p.m.; meeting 6:00 – 8:20 p.m.",
     "18:00", "20:20"),
]

# (id, language, time field, start, end): one event only, or no part named by a meeting noun alone
SEGMENTS_WHOLE = [
    ("cs-one-range", "cs", "Čas: 10:00–12:30", "10:00", "12:30"),
    ("cs-date-and-time", "cs", "Datum a čas: 14. 5. 2026, 16:00–18:00", "16:00", "18:00"),
    ("en-one-range-named", "en", "Time: meeting 6:00 – 8:20 p.m.", "18:00", "20:20"),
    ("en-two-sessions", "en", "Time: closed session 5:00 – 5:45 p.m.; open session 6:00 – 8:00 p.m.", "17:00", "17:45"),
]


def _timed_doc(lang: str, field: str) -> Document:
    title = "Zápis z jednání Rady správy lesů Bělá" if lang == "cs" else "Minutes of the Dunmore Zoning Board"
    date = "Datum: 14. 5. 2026" if lang == "cs" else "Date: May 14, 2026"
    return blocks_doc(_h(title), _p(date), _p(field), _h("1. Kontrola zápisu" if lang == "cs" else "1. Minutes"),
                      _p("Zápis byl schválen." if lang == "cs" else "The minutes were approved."))


@pytest.mark.parametrize(("lang", "field", "start", "end"), named_params(SEGMENTS + SEGMENTS_WHOLE))
def test_time_field_part_named_by_the_meeting(lang: str, field: str, start: str, end: str) -> None:
    got = meeting_of(_timed_doc(lang, field), lang)
    assert (got.start, got.end) == (start, end)

# (id, language, blocks of the document, start expected): shaped like the rows above but the only range is the
# meeting's own, or no opening sentence contradicts it
START_KEPT = [
    ("en-own-range-only", "en",
     [_h("Minutes of the Dunmore Zoning Board"), _p("Date: March 3, 2026"), _p("Time: 6:00 – 8:15 p.m."),
      _h("1. Approval of Minutes"), _p("The minutes were approved.")], "18:00"),
    ("cs-own-range-only", "cs",
     [_h("Zápis z jednání Rady správy lesů Bělá"), _p("Datum: 14. 5. 2026"), _p("Čas konání: 9:00–11:30"),
      _h("1. Kontrola zápisu"), _p("Zápis byl schválen.")], "09:00"),
    ("cs-opening-matches-range", "cs",
     [_h("Zápis z jednání Rady správy lesů Bělá"), _p("Datum: 14. 5. 2026"), _p("Čas: 9:00–11:30"),
      _h("1. Zahájení"), _p("Předseda zahájil jednání v 9:00 hodin.")], "09:00"),
    ("en-called-to-order-only", "en",
     [_h("Minutes of the Kestrel Valley Water Board"), _p("Date: June 9, 2026"),
      _h("Call to Order"), _p("President Lowe called the meeting to order at 7:00 p.m.")], "19:00"),
]


@pytest.mark.parametrize(("lang", "blocks", "start"), named_params(START))
def test_start_is_the_opening_not_an_earlier_event(lang: str, blocks: list, start: str) -> None:
    assert meeting_of(blocks_doc(*blocks), lang).start == start


@pytest.mark.parametrize(("lang", "blocks", "start"), [pytest.param(*r[1:], id=r[0]) for r in START_KEPT])
def test_start_of_the_meeting_own_range_is_kept(lang: str, blocks: list, start: str) -> None:
    assert meeting_of(blocks_doc(*blocks), lang).start == start


_EN_HEAD = [_h("Minutes of the Regular Meeting of the Ashby Plan Commission"), _p("Date: April 14, 2026")]
_CS_HEAD = [_h("Zápis z 4. jednání komise stavební"), _p("Datum: 14. 4. 2026")]

# (id, language, body blocks): an item continued or deferred to a date, and no next meeting stated
CONTINUED = [
    ("en-continued-to", "en",
     [_h("3. Public Hearing: 40 Mill Road"),
      _p("The hearing was continued to May 12, 2026 at the applicant's request.")]),
    ("en-deferred-to-date-no-meeting-noun", "en",
     [_h("4. Sign Ordinance"), _p("Action on the ordinance was deferred to May 26, 2026.")]),
    ("cs-odlozeno-na", "cs",
     [_h("3. Žádost o stavební povolení"), _p("Projednání bodu bylo odloženo na 12. 5. 2026.")]),
]

# (id, language, body blocks, earliest date of the next meeting expected)
NEXT = [
    ("en-next-meeting-label", "en", [_h("5. Next Meeting"), _p("Next meeting: May 12, 2026 at 7:00 p.m.")],
     "2026-05-12"),
    ("en-next-regular-sentence", "en",
     [_p("The next regular meeting will be held on May 12, 2026.")], "2026-05-12"),
    ("cs-pristi-jednani", "cs", [_p("Příští jednání komise se uskuteční 12. 5. 2026.")], "2026-05-12"),
]


@pytest.mark.parametrize(("lang", "body"), [pytest.param(*r[1:], id=r[0]) for r in CONTINUED])
def test_continuance_is_not_the_next_meeting(lang: str, body: list) -> None:
    head = _EN_HEAD if lang == "en" else _CS_HEAD
    assert meeting_of(blocks_doc(*head, *body), lang).next_meeting is None


@pytest.mark.parametrize(("lang", "body", "earliest"), [pytest.param(*r[1:], id=r[0]) for r in NEXT])
def test_next_meeting_stated_is_kept(lang: str, body: list, earliest: str) -> None:
    head = _EN_HEAD if lang == "en" else _CS_HEAD
    nxt = meeting_of(blocks_doc(*head, *body), lang).next_meeting
    assert nxt is not None and nxt.earliest == earliest


# (c) A letterhead over a title of its own. On headed paper the organisation's name stands above the document's
# title; when the title is set as a heading and names the body and the meeting ("Minutes of the Annual Meeting of
# the Board of Trustees", "Board of Governors – Special Meeting"), the organisation's line is the letterhead and the
# title is that heading. Negatives: a bold caption under the organisation's name (the organisation is the title's
# first line), a heading with the meeting's date (it reads as the letterhead's caption), a unit line between the
# organisation and the title, a heading naming only the body with the minutes line under it, no letterhead.

_TAIL = (("paragraph", "Present: Ada Lorne, Basil Crewe"), ("heading", "1. Apologies"), ("paragraph", "None."))


def _bold(text: str) -> tuple[str, str]:
    return ("bold", text)


def _headed(*blocks: tuple[str, str]) -> Document:
    """A DOCX-like document where "bold" is a paragraph set in bold (a caption, not a styled heading)."""
    builder = DocumentBuilder(Source("x.docx", "0", "docx"))
    for kind, text in blocks:
        bold = kind == "bold"
        builder.add(BlockKind.PARAGRAPH if bold else BlockKind(kind), text, bold=bold, heading_hint=bold)
    return builder.build()


# (id, top blocks, title expected)
OWN_TITLE = [
    ("minutes-of-meeting-of-board",
     [_h("Fernhill Tenants Cooperative"), _h("Minutes of the Annual Meeting of the Board of Trustees")],
     "Minutes of the Annual Meeting of the Board of Trustees"),
    ("board-dash-special-meeting", [_h("Linnet Bay Yacht Club Inc."), _h("Board of Governors – Special Meeting")],
     "Board of Governors – Special Meeting"),
    ("committee-meeting-minutes", [_h("Orchard Rise Residents Association"), _h("Social Committee Meeting Minutes")],
     "Social Committee Meeting Minutes"),
]

# (id, top blocks, title expected): the organisation's line belongs to the title, or there is no letterhead
LETTERHEAD_KEPT = [
    ("caption-under-letterhead", [_h("Fernhill Tenants Cooperative"),
                                  _bold("Minutes of the meeting held on 3 March 2026 at 7.00pm")],
     "Fernhill Tenants Cooperative – Minutes of the meeting held on 3 March 2026 at 7.00pm"),
    ("body-alone-heading", [_h("Linnet Bay Planning Commission"), _bold("Minutes – Regular Meeting – March 3, 2026")],
     "Linnet Bay Planning Commission – Minutes – Regular Meeting – March 3, 2026"),
    ("dated-heading-reads-as-caption", [_h("Fernhill Tenants Cooperative"),
                                        _h("Minutes of the Board of Trustees meeting held on 3 March 2026")],
     "Fernhill Tenants Cooperative – Minutes of the Board of Trustees meeting held on 3 March 2026"),
    ("unit-line-between", [_h("Linnet Bay College"), _p("School of Nursing"), _h("Minutes of the School Board")],
     "Linnet Bay College – Minutes of the School Board"),
    ("single-title-heading", [_h("Minutes of the Annual Meeting of the Board of Trustees")],
     "Minutes of the Annual Meeting of the Board of Trustees"),
    ("heading-without-meeting-word", [_h("Fernhill Tenants Cooperative"), _h("Board of Trustees"),
                                      _bold("Minutes of the meeting held on 3 March 2026")],
     "Fernhill Tenants Cooperative – Board of Trustees – Minutes of the meeting held on 3 March 2026"),
]

@pytest.mark.parametrize(("top", "title"), named_params(OWN_TITLE))
def test_letterhead_over_own_title_heading_stays_out(top: list, title: str) -> None:
    assert meeting_of(_headed(*top, *_TAIL), "en").title == title


@pytest.mark.parametrize(("top", "title"), [pytest.param(*r[1:], id=r[0]) for r in LETTERHEAD_KEPT])
def test_letterhead_kept_where_the_title_needs_it(top: list, title: str) -> None:
    assert meeting_of(_headed(*top, *_TAIL), "en").title == title

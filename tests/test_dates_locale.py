"""Dates whose reading depends on the document's country: financial years (April, July or October first) and
numeric dates (day-first in the UK and Australia, month-first in the US), and the country told from the text.

Forms written from the genre (UK, Australian, New Zealand and US council, audit-committee and board minutes),
read against one meeting date (Wednesday 13 March 2024).
"""

from __future__ import annotations

import datetime as dt

import pytest

from minutes_nlp.extract.datelocale import locale
from minutes_nlp.extract.dates import parse_due

REF = dt.date(2024, 3, 13)

# (text, lang with locale, latest): the financial year of the country decides the window's end
FISCAL_FORMS = [
    ("by the end of FY2025", "en", "2025-03-31"),       # UK: April 2024 - March 2025
    ("by the end of FY2025", "en-AU", "2025-06-30"),    # Australia: July 2024 - June 2025
    ("by the end of FY2025", "en-NZ", "2025-06-30"),
    ("by the end of FY2025", "en-US", "2025-06-30"),    # US states and towns: July - June
    ("in Q2 FY2025", "en", "2024-09-30"),
    ("in Q2 FY2025", "en-AU", "2024-12-31"),
    ("in Q2 FY2025", "en-US", "2024-12-31"),
    ("in Q3 FY2024-25", "en-AU", "2025-03-31"),          # a split year starts in its first year
    ("in Q1 FY 2024/25", "en", "2024-06-30"),
    ("by Q4 FY25", "en-AU", "2025-06-30"),
    ("in the second half of FY2025", "en-AU", "2025-06-30"),
    ("in H1 FY25", "en", "2024-09-30"),
    ("during FY2025", "en-AU", "2025-06-30"),
    ("in Q1 of FY2025", "en-AU", "2024-09-30"),
    ("by the end of the financial year", "en", "2024-03-31"),
    ("by the end of the financial year", "en-AU", "2024-06-30"),
    ("by the end of the fiscal year", "en-US", "2024-06-30"),
    ("in the first quarter of 2024/25", "en", "2024-06-30"),
    ("in the first quarter of 2024/25", "en-AU", "2024-09-30"),
    ("by the end of the 2024-25 financial year", "en-AU", "2025-06-30"),
    ("by Q4 24/25", "en", "2025-03-31"),                 # NHS and council action logs: two short years
    ("Q4 24/25", "en-AU", "2025-06-30"),
    ("H2 24/25", "en", "2025-03-31"),
    ("Q3 24-25", "en", "2024-12-31"),
]


@pytest.mark.parametrize(("text", "lang", "latest"), FISCAL_FORMS)
def test_financial_years_follow_the_country(text: str, lang: str, latest: str) -> None:
    due = parse_due(text, lang, REF)
    assert due is not None and due.latest == latest


@pytest.mark.parametrize(
    ("text", "lang", "latest"),
    [
        ("by 03/11/2024", "en", "2024-11-03"),
        ("by 03/11/2024", "en-AU", "2024-11-03"),
        ("by 03/11/2024", "en-US", "2024-03-11"),
        ("Due: 4/5/24", "en-US", "2024-04-05"),
        ("by 04.05.2024", "en-US", "2024-04-05"),
        ("by 03/15/2024", "en", "2024-03-15"),  # only one reading
        ("by 15/03/2024", "en-US", "2024-03-15"),
    ],
)
def test_numeric_dates_follow_the_country(text: str, lang: str, latest: str) -> None:
    due = parse_due(text, lang, REF)
    assert due is not None and due.latest == latest


@pytest.mark.parametrize("text", ["prepare a revised FY26 budget", "the FY2025 audit plan was noted"])
def test_a_financial_year_naming_a_thing_is_no_deadline(text: str) -> None:
    assert parse_due(text, "en-US", REF) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("MINUTES of the Select Board meeting held March 11, 2024 at Town Hall. The Town Administrator reported.",
         "en-US"),
        ("Board of Selectmen. Present: Selectman Reed. The Pledge of Allegiance was recited.", "en-US"),
        ("Meeting of the Board of Supervisors, County of Marin, California, on April 2, 2024.", "en-US"),
        ("Audit and Risk Committee, Corranvale Shire Council. Present: Cr Jones. VAGO attended.", "en-AU"),
        ("Minutes of the Council of the City of Parramatta, New South Wales. Cr Lee (Mayor) presided. "
         "The ICAC report was noted.", "en-AU"),
        ("Meeting of the Finance Committee. Iwi representatives and the Office of the Auditor-General "
         "(New Zealand) attended.", "en-NZ"),
        ("Minutes of the Parish Council meeting held on 11 March 2024. The Annual Town Meeting will be held in "
         "April. The Clerk reported on the programme.", "en"),
        ("Minutes of the Board of Governors held on Tuesday 5 March 2024 in the Boardroom.", "en"),
    ],
)
def test_the_country_is_told_from_the_text(text: str, expected: str) -> None:
    assert locale(text, "en") == expected


def test_czech_has_no_locale_of_its_own() -> None:
    assert locale("Zápis z jednání zastupitelstva obce konaného dne 11. 3. 2024.", "cs") == "cs"


@pytest.mark.parametrize(
    ("text", "kind", "latest"),
    [
        ("June 2024 meeting", "next_meeting", "2024-06-30"),
        ("the June 2024 meeting", "next_meeting", "2024-06-30"),
        ("September 2024 Board meeting", "next_meeting", "2024-09-30"),
        ("June 2024", "window", "2024-06-30"),
    ],
)
def test_a_meeting_named_by_month_and_year(text: str, kind: str, latest: str) -> None:
    due = parse_due(text, "en", REF)
    assert due is not None and (due.kind, due.latest) == (kind, latest)

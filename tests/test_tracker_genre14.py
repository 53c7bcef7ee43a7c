"""Round 14 inventory, from knowledge of real minutes, of how a later meeting reports a task that is under way
rather than done: a draft out for comment or in an approval procedure ("návrh je v připomínkovém řízení",
"the policy is out for consultation", "under review"), a document being prepared ("v přípravě", "in
preparation", "in hand"), and an assurance that the deadline will be kept ("termín bude dodržen", "remains on
track", "will be met"). Each is carried over, however many past participles the sentence holds. Negative rows
are completions worded close to them (the consultation was completed, the document was prepared and sent, the
deadline was met). Names and sentences are invented.
"""

from __future__ import annotations

import pytest

from minutes_nlp.tracker.cues import classify

UNDER_WAY = [
    ("cs-pripominkove-rizeni", "cs", "Tajemnice sdělila, že návrh směrnice je v připomínkovém řízení u odborů úřadu."),
    ("cs-v-priprave", "cs", "Podklady pro dotační výzvu jsou v přípravě, předloženy budou v květnu."),
    ("cs-se-pripravuje", "cs", "Aktualizace pasportu komunikací se připravuje ve spolupráci s odborem dopravy."),
    ("cs-termin-bude-dodrzen", "cs", "Starosta uvedl, že termín 30. 6. 2026 bude dodržen."),
    ("cs-schvalovaci-proces", "cs", "Smlouva o výpůjčce je ve schvalovacím procesu na krajském úřadu."),
    ("en-out-for-consultation", "en", "The revised lettings policy is out for consultation with tenants."),
    ("en-under-review", "en", "The Clerk reported that the grant agreement was under review by the solicitor."),
    ("en-on-track", "en", "The Treasurer confirmed that the audit preparation remained on track for June."),
    ("en-in-hand", "en", "Repairs to the bus shelter are in hand with the contractor."),
    ("en-will-be-met", "en", "The Head of Estates said the 30 June deadline would be met."),
    ("en-in-preparation", "en", "The tender documents are in preparation and were discussed with procurement."),
]


@pytest.mark.parametrize(("lang", "text"), [pytest.param(la, t, id=i) for i, la, t in UNDER_WAY])
def test_a_task_under_way_is_carried_over(lang: str, text: str) -> None:
    assert classify(text, lang) == "carried_over"


DONE = [
    ("cs-pripominky-vyporadany", "cs", "Připomínkové řízení bylo ukončeno a směrnice byla schválena radou."),
    ("cs-podklady-pripraveny-a-odeslany", "cs", "Podklady byly připraveny a odeslány všem členům výboru."),
    ("cs-termin-dodrzen", "cs", "Úkol byl splněn, termín byl dodržen."),
    ("en-consultation-closed-and-adopted", "en", "The consultation closed in May and the policy was adopted."),
    ("en-review-completed", "en", "The solicitor has completed the review and the agreement was signed."),
    ("en-deadline-met", "en", "The report was submitted on 28 June, so the deadline was met."),
]


@pytest.mark.parametrize(("lang", "text"), [pytest.param(la, t, id=i) for i, la, t in DONE])
def test_a_completed_task_worded_close_to_them_is_done(lang: str, text: str) -> None:
    assert classify(text, lang) == "done"

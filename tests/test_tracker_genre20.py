"""Round 20 inventory, from knowledge of real minutes, of how later meetings report on earlier actions in bodies
whose minutes follow other habits than a council's task control: standards working groups (numbered action items
reviewed at every call), US library and district boards, Czech hunting communities and town commissions.

- an action register's status cell in a working group's own words: an item "overtaken by events" (often just
  "OBE") or a "duplicate of" another item, "merged into" or "subsumed into" another, is closed without being done;
  "continuing" and "not started" keep it running; Czech control tables write "nezahájeno";
- a report that names work still left ("zbývá dodat tabulku", "chybí ještě podpis kraje") or a share of the work
  done ("80% complete", "hotovo z 80 %") keeps the task going;
- an indirect question about a task ("asked whether the quotes had been received") reports nothing, in English as
  in Czech ("zda byla smlouva podepsána");
- working groups number action items with a register prefix ("AI-2025-14", "AP-07") and review them by it alone;
  standards bodies are named by designation ("ORG/TC 58/WG 7 ...", "WG 7 ...", "Working Group 7"), one group;
- a body numbers its tasks and its resolutions apart ("Úkol č. 1/2024" is not "Usnesení č. VH 1/2024"), and the
  minutes' own number ("ZÁPIS č. 3/2024") is no task's;
- a decision's label ("RESOLVED:", "Agreed:"), a verb of saying ("reminded", "clarified"), the chair's opening line
  ("called to order"), a motion ("moved, seconded by ..., to approve") and a request ("asked the Director to ...")
  report nothing and answer no question; a reply passing a question on ("předat dotaz odboru", "a matter for the
  county", "would present the figures at the March meeting") leaves it open.

Negative rows: the same words naming things (the municipality "Obec", "continuous" improvement, remaining money),
the whole done (100 %), a percentage of money, a direct report after a question was asked; cells of other columns.
Names and sentences are invented.
"""

from __future__ import annotations

import pytest
from genre_rows import named_gap, named_params

from minutes_nlp.tracker.cues import classify
from minutes_nlp.tracker.model import normalise_status

CELLS = [
    ("en-obe", "OBE", "cancelled"),
    named_gap("a status word in the comment after a cell's opening status outranks it (categories are tried in a "
              "fixed order, not by position)", "en-obe-dash", "OBE – the ballot settled it", "cancelled"),
    ("en-overtaken", "Overtaken by events", "cancelled"),
    ("en-duplicate-of", "Duplicate of AI-2024-07", "cancelled"),
    ("en-merged-into", "Merged into action 12", "cancelled"),
    ("en-subsumed", "Subsumed into the Part 3 work item", "cancelled"),
    ("en-continuing", "Continuing", "carried_over"),
    ("en-not-started", "Not started", "carried_over"),
    ("cs-nezahajeno", "Nezahájeno", "carried_over"),
    # negative rows: cells of other columns, words that only begin like a status word
    ("cs-obec", "Obec Dolní Lhota", None),
    ("cs-obecni-urad", "obecní úřad", None),
    ("en-obey", "Obey the speed limit signs", None),
    ("en-continuous", "Continuous improvement plan", None),
    ("en-duplicate-keys", "Duplicate keys for the hall", None),
    ("en-item-id", "AI-2025-14", None),
    ("en-doc-number", "N418", None),
    ("en-owner", "Project editor", None),
    ("en-trustee", "Trustee Okonkwo", None),
    ("en-due", "Due: 2025-10-15", None),
    ("cs-termin", "T: 30. 6. 2025", None),
    ("cs-zodpovida", "zodpovídá: jednatel", None),
    ("cs-zahajeni", "Zahájení sezóny", None),
]


@pytest.mark.parametrize(("cell", "expected"), named_params(CELLS))
def test_a_register_cell_in_a_working_groups_words(cell: str, expected: str | None) -> None:
    assert normalise_status(cell) == expected


SENTENCES = [
    ("cs-zbyva", "cs", "Lavička byla osazena, zbývá dodat tabulku.", "carried_over"),
    ("cs-zbyva-doresit", "cs", "Oprava byla provedena, zbývá ještě dořešit nátěr.", "carried_over"),
    ("cs-chybi-jeste", "cs", "Smlouva byla podepsána, chybí ještě podpis kraje.", "carried_over"),
    ("cs-procent", "cs", "Stavba je hotova z 80 %.", "carried_over"),
    ("cs-procent-dokonceny", "cs", "Práce jsou dokončeny z 90 %.", "carried_over"),
    ("en-percent", "en", "The roof repair is 80% complete.", "carried_over"),
    ("en-per-cent", "en", "The migration is about 60 per cent complete.", "carried_over"),
    ("en-asked-whether", "en", "Ms Ortiz asked whether the roof quotes had been received.", None),
    ("en-queried-whether", "en", "A member queried whether the survey had been completed.", None),
    # negative rows: remaining things done, the whole done, money in per cent, a plain report
    ("cs-zbyvajici", "cs", "Zbývající práce byly dokončeny v červnu.", "done"),
    ("cs-zbyvajici-prostredky", "cs", "Ze zbývajících prostředků byla uhrazena oprava plotu.", "done"),
    ("cs-zbyva-castka", "cs", "K dosažení limitu zbývá vyčerpat 2 mil. Kč.", None),
    named_gap("a whole share ('ze 100 %') after the completion word hides the report", "cs-sto-procent", "cs",
              "Stavba je hotova ze 100 %.", "done"),
    ("cs-dotace-procent", "cs", "Žádost o dotaci na 80 % nákladů byla podána.", "done"),
    ("en-hundred-percent", "en", "The roof repair is 100% complete.", "done"),
    ("en-grant-percent", "en", "The grant application covering 80% of the cost was submitted.", "done"),
    ("en-remaining-done", "en", "The remaining items were completed in June.", "done"),
    ("en-confirmed", "en", "The auditor confirmed that the audit had been completed.", "done"),
    ("en-sent", "en", "The liaison statement was sent to the other committee on 12 October.", "done"),
    ("cs-zeptal-zda", "cs", "Pan Novák se zeptal, zda již byla smlouva podepsána.", None),
    ("cs-podana", "cs", "Žádost o povolení byla podána na městský úřad.", "done"),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(SENTENCES))
def test_work_left_a_share_done_or_a_question_about_it(lang: str, text: str, expected: str | None) -> None:
    assert classify(text, lang, default=None) == expected


ACTION_IDS = [
    ("ai-year", "ACTION AI-2025-14: Oskar Lind to draft the liaison reply.", "AI-25-14"),
    ("ai-padded", "AI-2024-007\tOskar\tLiaison reply\tDone – N512", "AI-24-7"),
    ("ap-no-year", "AP-07: the Treasurer to chase the auditors.", "AP-7"),
    ("w3c-style", "ACTION-123 on Mei: update the test suite", "ACTION-123"),
    # negative rows: a national body's comment, a checksum, a road, a standard's part, a document number
    ("comment-code", "The comment GB-04 on negative exponents was accepted.", None),
    ("checksum", "An optional CRC-16 trailer was proposed.", None),
    ("road", "Resurfacing of the A-38 junction starts in May.", None),
    ("standard-part", "Clause 7 of EN 1090-2 applies to the bracket.", None),
    ("document", "The editor circulated N425 on 22 September.", None),
]


@pytest.mark.parametrize(("text", "expected"), named_params(ACTION_IDS))
def test_an_action_registers_identifier_is_its_number(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker.numbers import task_key

    assert task_key(text, "en") == expected


DESIGNATIONS = [
    ("path-and-tail", "en", "ISO/TC 211/WG 4 Geographic services", "WG 4 Geographic services", True),
    ("spelt-out", "en", "Working Group 4", "ISO/TC 211/WG 4 Geographic services", True),
    ("bare-kind", "en", "WG Meeting", "CEN/TC 250/WG 2 Bridges", True),
    ("cs-spelt", "cs", "Pracovní skupina č. 3", "ÚNMZ/TNK 20/PS 3", True),
    # negative rows: another number, the parent committee, peers without designations, another kind
    ("other-number", "en", "Working Group 5", "ISO/TC 211/WG 4 Geographic services", False),
    ("parent", "en", "TC 211 plenary", "ISO/TC 211/WG 4 Geographic services", False),
    ("peers", "en", "Finance Committee", "Audit Committee", False),
    ("other-kind", "en", "SC 7 meeting", "WG 7 Formats", False),
    ("named-group", "en", "Working Group on Housing", "Working Group 4", False),
    ("cs-jina-skupina", "cs", "Pracovní skupina č. 4", "ÚNMZ/TNK 20/PS 3", False),
]


@pytest.mark.parametrize(("lang", "name", "alias", "expected"), named_params(DESIGNATIONS))
def test_a_technical_bodys_designation_ties_its_names(lang: str, name: str, alias: str, expected: bool) -> None:
    from minutes_nlp.store.folder_ties import ties

    assert ties(name, alias, lang) == expected


REGISTERS = [
    ("assembly-vs-task", "Usnesení č. VH 1/2024: Valná hromada schvaluje program.", "Úkol č. 1/2024: rozeslat pozvánky",
     True),
    ("resolution-vs-action", "Resolution No. 5/2024: the Board approves the budget.", "Action 5/2024: Clerk to file",
     True),
    ("assembly-vs-board", "Usnesení č. 5/2024: výbor schvaluje", "Usnesení č. VH 5/2024: valná hromada schvaluje",
     True),
    # negative rows: one register in two spellings, an unlabelled control line
    ("same-abbreviated", "Usnesení č. VH 5/2024 (výplata podílů) – trvá", "výplata podílů (usn. VH 5/2024)\tsplněno",
     False),
    ("unlabelled", "5/2024 – splněno", "Úkol č. 5/2024: zajistit opravu", False),
    ("same-task", "K úkolu č. 3/2024: oprava byla provedena", "Úkol č. 3/2024: zajistit opravu", False),
    ("same-resolution", "Resolution 12/2024 – complete", "Resolution No. 12/2024: the Clerk to publish", False),
]


@pytest.mark.parametrize(("a", "b", "expected"), named_params(REGISTERS))
def test_tasks_and_resolutions_are_numbered_apart(a: str, b: str, expected: bool) -> None:
    from minutes_nlp.tracker.numbers import other_registers

    assert other_registers(a, b, "cs") == expected


MINUTES_NUMBERS = [
    ("cs-zapis", "ZÁPIS č. 3/2024 ze schůze výboru", None),
    ("cs-zapisu", "Ověřovatelé zápisu č. 12/2024 byli zvoleni.", None),
    # negative rows: task and resolution numbers
    ("cs-ukol", "Úkol č. 3/2024 – splněno", "3/24"),
    ("cs-usneseni", "Usnesení č. 12/2024 – trvá", "12/24"),
]


@pytest.mark.parametrize(("text", "expected"), named_params(MINUTES_NUMBERS))
def test_the_minutes_own_number_is_no_task(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker.numbers import task_key

    assert task_key(text, "cs") == expected


LABELS_AND_SAYING = [
    ("resolved-label", "RESOLVED: the group asks the secretariat to register the draft.", None),
    ("agreed-label", "Agreed: the Clerk to write to the county about the verge.", None),
    ("reminded", "The Chair reminded members that the plenary is in January.", None),
    ("clarified", "The editor clarified that the annex is informative.", None),
    ("announced", "The Chair announced that the next call is on 4 May.", None),
    # negative rows: the report itself, in the past or the passive
    ("registered", "The secretariat registered the draft on 3 May.", "done"),
    ("passive", "The draft had been registered by the secretariat.", "done"),
    ("wrote", "The Clerk wrote to the county about the verge.", "done"),
]


@pytest.mark.parametrize(("text", "expected"), named_params(LABELS_AND_SAYING))
def test_a_decisions_label_or_a_verb_of_saying_reports_nothing(text: str, expected: str | None) -> None:
    assert classify(text, "en", default=None) == expected


NOT_ANSWERS = [
    ("en-motion", "en", "Trustee Bell moved, seconded by Trustee Ames, to approve the revised hours.", False),
    ("en-motion-to", "en", "A motion to defer the item was carried.", False),
    ("en-asked-to", "en", "The Chair asked the Director to include weekend hours in the budget.", False),
    ("en-asked-whom-whether", "en", "Ms Hale asked the Clerk whether the grant could be used for roofs.", False),
    ("cs-pozadal-aby", "cs", "Starosta požádal tajemníka, aby zjistil cenu opravy.", False),
    ("cs-uklada", "cs", "Rada ukládá starostovi zajistit opravu mostku.", False),
    # negative rows: replies and statements of fact
    ("en-replied", "en", "The Director replied that weekend hours would cost about 9,000 dollars a year.", True),
    ("en-confirmed", "en", "The Clerk confirmed that the grant can be used for roofs.", True),
    ("en-fact", "en", "The county has no plans to resurface the lane this year.", True),
    ("cs-odpovedel", "cs", "Starosta odpověděl, že oprava mostku proběhne v září.", True),
    ("cs-sdelil", "cs", "Tajemník sdělil, že cena opravy je 40 tisíc Kč.", True),
    ("cs-fakt", "cs", "Kraj opravu silnice letos neplánuje.", True),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(NOT_ANSWERS))
def test_a_motion_or_a_request_answers_no_question(lang: str, text: str, expected: bool) -> None:
    from minutes_nlp.tracker.cues import answers

    assert answers(text, lang) == expected


DEFLECTIONS = [
    ("cs-predat-dotaz", "cs", "Předsedkyně přislíbila předat dotaz odboru dopravy.", True),
    ("cs-postoupen", "cs", "Dotaz bude postoupen krajskému úřadu.", True),
    ("cs-otazka-pro", "cs", "Jde o otázku pro vedení města, komise ji řešit nebude.", True),
    ("cs-kompetence", "cs", "Věc není v kompetenci výboru.", True),
    ("en-pass-query", "en", "The Chair undertook to pass the query to the highways team.", True),
    ("en-matter-for", "en", "This is a matter for the county council.", True),
    ("en-remit", "en", "The request falls outside the committee's remit.", True),
    ("en-later-meeting", "en", "The Treasurer said he would present the figures at the March meeting.", True),
    ("en-in-writing", "en", "The Clerk will respond to Mrs Dale in writing.", True),
    ("cs-na-pristim", "cs", "Tajemník předloží přehled nákladů na příštím jednání.", True),
    ("cs-pisemne", "cs", "Starosta odpoví tazateli písemně.", True),
    # negative rows: answers, including ones naming another body as the one that acts
    ("cs-spravuje", "cs", "Podchod spravují technické služby města.", False),
    ("cs-probehne", "cs", "Oprava lávky proběhne v září.", False),
    ("cs-kraj-opravi", "cs", "Krajská správa silnic opraví most do konce roku.", False),
    ("cs-predal-klice", "cs", "Klíče od klubovny předal správce v pondělí.", False),
    ("en-county-will", "en", "The county will resurface the lane in May.", False),
    ("en-passed-budget", "en", "The council passed the budget in February.", False),
    ("en-answered", "en", "The Clerk replied that the grant covers roofs.", False),
    ("en-future-fact", "en", "The Treasurer said the reserve would stand at 40,000 pounds at year end.", False),
    ("en-held-at-meeting", "en", "The vote was held at the March meeting.", False),
    ("cs-budouci-fakt", "cs", "Starosta uvedl, že oprava bude hotova do konce září.", False),
    ("cs-projednano", "cs", "Žádost byla projednána na minulém jednání.", False),
]


@pytest.mark.parametrize(("lang", "answer", "expected"), named_params(DEFLECTIONS))
def test_a_reply_passing_the_question_on_answers_nothing(lang: str, answer: str, expected: bool) -> None:
    from minutes_nlp.tracker.deflects import deflects

    assert deflects(answer, lang) == expected


OPENINGS = [
    ("us-called-to-order", "The regular meeting of the Board was called to order by President Ames at 7:02 p.m.", True),
    ("called-meeting-to-order", "Chair Ruiz called the special meeting to order at 6:30 p.m.", True),
    ("opened-at", "The meeting was opened at 18:00 by the Chair.", True),
    # negative rows: news about the work, a meeting arranged as a task's result
    ("meeting-held-with", "A meeting with the contractor was held on 3 May to agree the programme.", False),
    ("order-placed", "The order for the new shelving was placed on 12 October.", False),
    ("called-contractor", "The Director called the roofing contractor to order the materials.", False),
]


@pytest.mark.parametrize(("text", "expected"), named_params(OPENINGS))
def test_the_chairs_opening_line_is_no_news(text: str, expected: bool) -> None:
    from minutes_nlp.tracker.cues import meeting_header

    assert meeting_header(text, "en") == expected


DECISION_LINES = [
    ("resolved", "RESOLVED: the group asks the secretariat to register the draft after the plenary.", False),
    ("agreed", "Agreed: the joint review will feed into the first amendment.", False),
    # negative rows: a finding, a confirmation
    ("confirmed", "The secretariat confirmed that the draft can be registered before the plenary.", True),
    ("reported", "The Chair reported that the secretariat had registered the draft.", True),
]


@pytest.mark.parametrize(("text", "expected"), named_params(DECISION_LINES))
def test_a_decisions_line_is_no_finding_of_an_inquiry(text: str, expected: bool) -> None:
    from minutes_nlp.tracker.cues import answers

    assert answers(text, "en") == expected


STATUS_LINES = [
    ("resolved-label", "RESOLVED: the group asks the secretariat to register the draft.", None),
    ("decision-label", "Decision: the hall hire charges stay as they are.", None),
    # negative rows: a status column's word with its reason
    ("resolved-dash", "Resolved – paid in May.", "done"),
    ("complete-dash", "Complete – circulated on 3 May.", "done"),
]


@pytest.mark.parametrize(("text", "expected"), named_params(STATUS_LINES))
def test_a_decisions_label_is_no_status_line(text: str, expected: str | None) -> None:
    from minutes_nlp.tracker.lines import status_line

    assert status_line(text, "en") == expected


ASKED_ONLY = [
    ("en-whether-withdrawn", "en", "Sarah to confirm to the editor whether comment 11 is withdrawn, by 15 October.",
     True),
    ("cs-zda-stazena", "cs", "Tajemník ověří, zda byla žádost o dotaci stažena.", True),
    # negative rows: the status told outside the question, or with no question at all
    ("en-withdrawn-then-ask", "en", "The survey was withdrawn, so the Clerk will ask whether a refund is due.", False),
    ("cs-stazena-pak-zda", "cs", "Žádost byla stažena, tajemník ověří, zda je nutné podat novou.", False),
    ("en-cell", "en", "Withdrawn – duplicate of action 7.", False),
    ("cs-zruseno", "cs", "Úkol se ruší, záměr byl opuštěn.", False),
]


@pytest.mark.parametrize(("lang", "text", "expected"), named_params(ASKED_ONLY))
def test_a_status_word_inside_an_indirect_question_is_no_news(lang: str, text: str, expected: bool) -> None:
    from minutes_nlp.tracker.item_links import only_asked

    assert only_asked(text, lang) == expected


SITTING_KINDS = [
    ("cs-klasifikacni", "cs", "Klasifikační pedagogická rada", "pedagogická rada"),
    ("cs-mimoradna", "cs", "Mimořádná valná hromada", "valná hromada"),
    ("cs-vyrocni", "cs", "Výroční členská schůze", "členská schůze"),
    ("cs-ustavujici", "cs", "Ustavující zasedání zastupitelstva", "zasedání zastupitelstva"),
    ("en-special", "en", "Special Board of Selectmen", "Board of Selectmen"),
    ("en-annual", "en", "Annual Parish Meeting", "Parish Meeting"),
    # negative rows: adjectives that name a body of its own, and names without a kind
    ("cs-pracovni", "cs", "Pracovní skupina pro dopravu", "Pracovní skupina pro dopravu"),
    ("cs-spolecna", "cs", "Společná komise obcí", "Společná komise obcí"),
    ("cs-hodnotici", "cs", "Hodnoticí komise", "Hodnoticí komise"),
    ("cs-financni", "cs", "Finanční výbor", "Finanční výbor"),
    ("cs-kontrolni", "cs", "Kontrolní výbor zastupitelstva", "Kontrolní výbor zastupitelstva"),
    ("en-emergency", "en", "Emergency Planning Committee", "Emergency Planning Committee"),
    ("en-public-works", "en", "Public Works Committee", "Public Works Committee"),
    ("en-joint", "en", "Joint Audit Committee", "Joint Audit Committee"),
]


@pytest.mark.parametrize(("lang", "name", "expected"), named_params(SITTING_KINDS))
def test_the_kind_of_sitting_is_no_part_of_the_body(lang: str, name: str, expected: str) -> None:
    from minutes_nlp.store.grouping import without_kind

    assert without_kind(name, lang) == expected


OF_ORDER = [
    ("trustees", "Board of Trustees of Millbrook Public Library", "Millbrook Public Library Board of Trustees", True),
    ("directors", "Board of Directors of Harlow Water Company", "Harlow Water Company Board of Directors", True),
    ("the-org", "Board of Governors of the Linden Academy Trust", "Linden Academy Trust Board of Governors", True),
    ("possessive", "Board of Governors of Ashby Primary School", "Ashby Primary School's Board of Governors", True),
    # negative rows: another organisation, a body of the whole, a friends' group, the same order twice
    ("other-org", "Board of Trustees of Millbrook Library", "Oakham Library Board of Trustees", False),
    ("whole", "Committee of the Whole", "Whole Committee", False),
    ("friends", "Friends of the Library", "Library Friends", False),
    ("same-order", "Millbrook Library Board", "Millbrook Library Board", False),
    ("one-word-org", "Board of Selectmen", "Selectmen Board", False),
]


@pytest.mark.parametrize(("of_form", "front_form", "expected"), named_params(OF_ORDER))
def test_a_body_named_after_its_organisation_or_with_of(of_form: str, front_form: str, expected: bool) -> None:
    from minutes_nlp.store.grouping import _of_inverted

    assert _of_inverted(of_form, front_form) == expected


DEFERRING_REPLIES = [
    ("cs-vrati-se", "cs", "Ředitelka uvedla, že se k otázce vrátí po jednání s ministerstvem.", True),
    ("cs-vrati-k-dotazu", "cs", "Starosta se k dotazu vrátí na příštím zasedání.", True),
    ("cs-bude-zabyvat", "cs", "Předseda uvedl, že se výbor touto otázkou bude zabývat.", True),
    named_gap("a later meeting named without a verb of dealing with the question is no deferral by itself (a reply "
              "may answer and promise more news 'na některém z příštích jednání')", "cs-nektere-z-pristich", "cs",
              "Věc bude projednána na některé z příštích schůzí.", True),
    ("cs-odpovedela-a-informuje", "cs", "Odpověděla, že kraj zvažuje zřízení fondu, o jehož podobě bude komise "
     "informovat na některém z příštích jednání.", False),
    ("cs-vzat-na-vedomi", "cs", "Dotaz byl vzat na vědomí.", True),
    ("cs-odpoved-zaslana", "cs", "Odpověď mu bude zaslána písemně.", True),
    ("cs-prislibil-proverit", "cs", "Místostarosta přislíbil věc prověřit.", True),
    ("en-noted", "en", "The question was noted.", True),
    ("en-noted-query", "en", "The Chair noted the query.", True),
    ("en-on-notice", "en", "The Mayor took the question on notice.", True),
    ("en-look-into", "en", "The Clerk said she would look into it.", True),
    ("en-get-back", "en", "The engineer undertook to get back to Mr Amos.", True),
    ("en-future-meeting", "en", "The matter would be considered at a future meeting.", True),
    # negative rows: replies that answer, with the same words in another use
    ("cs-odpovedel", "cs", "Starosta odpověděl, že oprava bude hotova do konce června.", False),
    ("cs-zabyval", "cs", "Výbor se otázkou zabýval již v březnu a rozhodl o výměně oken.", False),
    ("cs-vraceni", "cs", "Ředitel uvedl, že vrácení přeplatků proběhne v dubnu.", False),
    ("cs-vedomi-zprava", "cs", "Zpráva byla vzata na vědomí a výbor nemá připomínky.", False),
    ("cs-proverila", "cs", "Tajemnice věc prověřila a poplatek byl uhrazen.", False),
    ("cs-pristi-rok", "cs", "Oprava chodníku je zařazena do rozpočtu na příští rok.", False),
    ("en-answered", "en", "The Clerk replied that the fence is the county's and will be repaired in May.", False),
    ("en-noted-that", "en", "The Chair noted that the grant had already been paid.", False),
    ("en-notice-board", "en", "The notice was put on the board on 3 March.", False),
    ("en-looked-into", "en", "The Clerk had looked into it and the lease runs to 2027.", False),
    ("en-future-plan", "en", "The Director said the plan covers future years as well.", False),
    ("en-back-in-service", "en", "The engineer said the grader is back in service.", False),
    ("en-considered-at", "en", "The matter was considered at the last meeting and the fee was waived.", False),
]


@pytest.mark.parametrize(("lang", "reply", "expected"), named_params(DEFERRING_REPLIES))
def test_a_reply_deferring_the_question_leaves_it_open(lang: str, reply: str, expected: bool) -> None:
    from minutes_nlp.tracker.deflects import deflects

    assert deflects(reply, lang) == expected

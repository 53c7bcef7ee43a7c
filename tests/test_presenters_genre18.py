"""Presenters of agenda items, written from knowledge of the genre before reading any failure.

Where real minutes say who brings an item: a tail of the programme entry ("3. Rozpočet – předkládá starosta",
"4. Budget update – Treasurer"), a parenthesis or a label in the item heading ("(Ing. Kos)", "Zpravodaj:",
"Předkládá:", "Rapporteur:", "Presented by:"), or the first sentence of the section, whose subject introduces the
item ("X uvedl bod", "X informovala", "X presented the report"). An office title ("starosta", "the Treasurer") is
the attendee who holds it. Shaped like a presenter but not one: a parenthesis that is a paper reference, a time, a
status or an annex ("(příloha č. 2)", "(Paper C)", "(verbal)", "(19:30)"); a person who only asks, is thanked, is
the author of a letter noted, or is the object of the verb ("požádal Ing. Kose"); a section that only records a
vote or apologies; the recorder's signature line."""

from __future__ import annotations

import pytest
from docbuild import blocks_doc
from docbuild import bullet as _b
from docbuild import heading as _h
from docbuild import para as _p
from genre_rows import named_gap, named_params

from minutes_nlp.evaluate.match import same_person
from minutes_nlp.extract import agenda, metadata
from minutes_nlp.extract.heading_tails import split_title
from minutes_nlp.extract.presenter_roster import with_listed_presenters

_CS_HEAD = (_h("Zápis z 5. jednání rady obce Horní Lhota"), _p("Datum: 3. 3. 2026"),
            _p("Přítomni: Jan Dvořák (starosta), Marta Kosová (místostarostka), Ing. Pavel Bureš, Eva Linková"))
_EN_HEAD = (_h("Minutes of the Finance Committee"), _p("Date: 3 March 2026"),
            _p("Present: Carol Whitby (Chair), Dev Patel (Treasurer), Ruth Allen, Owen Price"))


def _presenters(lang: str, head: tuple, heading: str, text: str) -> tuple[str, ...]:
    """The presenters of the second item of a two-item document whose second section is `heading` + `text`."""
    first = ("1. Zahájení", "Jednání zahájil starosta.") if lang == "cs" else ("1. Welcome", "The Chair welcomed all.")
    last = ("4. Různé", "Nebyly vzneseny žádné podněty.") if lang == "cs" else ("4. Any other business", "None.")
    doc = blocks_doc(*head, _h(first[0]), _p(first[1]), _h(heading), *[_p(t) for t in text.split(" // ")],
                     _h(last[0]), _p(last[1]))
    items = agenda.extract_agenda(doc, lang)
    items = with_listed_presenters(items, metadata.extract_meeting(doc, lang))
    return items[1].presenters


def _same(got: tuple[str, ...], want: tuple[str, ...]) -> bool:
    return len(got) == len(want) and all(any(same_person(g, w) for g in got) for w in want)


POSITIVE = [
    ("cs-heading-parenthesis", "cs", "2. Rozpočtové opatření č. 3 (Ing. Pavel Bureš)",
     "Rada projednala návrh rozpočtového opatření.", ("Pavel Bureš",)),
    ("cs-heading-predklada", "cs", "2. Prodej pozemku p. č. 112/4 – předkládá Eva Linková",
     "Rada projednala žádost o koupi pozemku.", ("Eva Linková",)),
    ("cs-label-zpravodaj", "cs", "2. Zpráva o činnosti komise",
     "Zpravodaj: Ing. Pavel Bureš // Komise se sešla dvakrát.", ("Pavel Bureš",)),
    ("cs-first-sentence-uvedl", "cs", "2. Oprava místní komunikace",
     "Ing. Pavel Bureš uvedl, že oprava bude dokončena v květnu.", ("Pavel Bureš",)),
    ("cs-first-sentence-informovala", "cs", "2. Stav čerpání dotace",
     "Místostarostka Marta Kosová informovala o stavu čerpání dotace.", ("Marta Kosová",)),
    ("cs-office-title", "cs", "2. Pronájem sálu",
     "Starosta seznámil přítomné s žádostí spolku o pronájem sálu.", ("Jan Dvořák",)),
    ("cs-two-presenters", "cs", "2. Investiční plán (Eva Linková, Ing. Pavel Bureš)",
     "Rada projednala investiční plán.", ("Eva Linková", "Pavel Bureš")),
    ("cs-feminine-plural-subjects", "cs", "2. Investiční plán",
     "Marta Kosová a Eva Linková představily návrh investičního plánu.", ("Marta Kosová", "Eva Linková")),
    named_gap("a role with a surname coordinated with a titled surname reads only the second subject",
              "cs-feminine-plural-role-and-title", "cs", "2. Investiční plán",
              "Místostarostka Kosová a pí Linková informovaly o návrhu investičního plánu.",
              ("Marta Kosová", "Eva Linková")),
    ("en-heading-parenthesis", "en", "2. Quarterly accounts (Dev Patel)",
     "The committee reviewed the quarterly accounts.", ("Dev Patel",)),
    ("en-heading-dash", "en", "2. Grant applications – Ruth Allen",
     "Three applications were considered.", ("Ruth Allen",)),
    ("en-label-presented-by", "en", "2. Risk register",
     "Presented by: Owen Price // The register was reviewed line by line.", ("Owen Price",)),
    ("en-first-sentence-presented", "en", "2. Internal audit",
     "Ruth Allen presented the internal audit report.", ("Ruth Allen",)),
    ("en-first-sentence-introduced", "en", "2. Fees and charges",
     "Owen Price introduced the proposed schedule of fees.", ("Owen Price",)),
    ("en-office-title", "en", "2. Budget monitoring",
     "The Treasurer presented the budget monitoring report.", ("Dev Patel",)),
]

NEGATIVE = [
    ("cs-annex-parenthesis", "cs", "2. Rozpočtové opatření (příloha č. 2)",
     "Rada projednala návrh rozpočtového opatření.", ()),
    ("cs-time-parenthesis", "cs", "2. Pronájem sálu (18:30)", "Rada projednala žádost o pronájem.", ()),
    ("cs-vote-only", "cs", "2. Smlouva o dílo",
     "Usnesení: Rada schvaluje smlouvu o dílo. // Hlasování: pro 4, proti 0, zdržel se 0.", ()),
    ("cs-asker-not-presenter", "cs", "2. Dotazy občanů",
     "Paní Linková se zeptala, kdy bude opravena lavička.", ()),
    ("cs-object-not-presenter", "cs", "2. Oprava chodníku",
     "Rada požádala Ing. Pavla Bureše o zpracování cenové nabídky.", ()),
    ("cs-letter-author", "cs", "2. Došlá pošta",
     "Rada vzala na vědomí dopis Tomáše Hrušky ve věci hluku.", ()),
    ("cs-no-discussion", "cs", "2. Kontrola usnesení", "Úkoly z minulého jednání jsou splněny.", ()),
    ("cs-feminine-plural-object", "cs", "2. Investiční plán",
     "Rada vzala na vědomí, že Marta Kosová a Eva Linková obdržely pozvánky.", ()),
    ("cs-feminine-plural-passive", "cs", "2. Investiční plán", "Byly předloženy tři varianty plánu.", ()),
    ("en-paper-parenthesis", "en", "2. Budget monitoring (Paper C)",
     "The committee noted the budget monitoring figures.", ()),
    ("en-verbal-parenthesis", "en", "2. Estates update (verbal)", "The committee noted the update.", ()),
    ("en-confidential-parenthesis", "en", "2. Staffing (Confidential)", "The committee noted the position.", ()),
    ("en-asker-not-presenter", "en", "2. Public questions",
     "Mr Hugh Barnes asked when the car park would reopen.", ()),
    ("en-thanked-not-presenter", "en", "2. Volunteer awards",
     "The committee thanked Mrs Lena Ward for twenty years of service.", ()),
    ("en-letter-author", "en", "2. Correspondence",
     "A letter from Mr Alan Reeve about parking was noted.", ()),
    ("en-vote-only", "en", "2. Insurance renewal",
     "RESOLVED: that the insurance renewal be approved. Carried unanimously.", ()),
    ("en-apologies-only", "en", "2. Apologies", "Apologies were received from Owen Price.", ()),
]


@pytest.mark.parametrize(("lang", "heading", "text", "expected"), named_params(POSITIVE + NEGATIVE))
def test_presenter_of_item(lang: str, heading: str, text: str, expected: tuple[str, ...]) -> None:
    got = _presenters(lang, _CS_HEAD if lang == "cs" else _EN_HEAD, heading, text)
    assert _same(got, expected), got



# A heading's bracket or dash tail that refers to a paper keeps its title whole and names nobody; a person or an
# office there is the presenter.
TAILS = [
    ("en-paper-letter", "Budget monitoring (Paper C)", ("Budget monitoring (Paper C)", "")),
    ("en-appendix-number", "Treasury policy – Appendix 2", ("Treasury policy – Appendix 2", "")),
    ("en-annex-letters", "Risk appetite (Annex B and C)", ("Risk appetite (Annex B and C)", "")),
    ("en-report-no", "Capital programme (Report No. 14/26)", ("Capital programme (Report No. 14/26)", "")),
    ("en-enclosure", "Gifts register (Enclosure 4)", ("Gifts register (Enclosure 4)", "")),
    ("cs-priloha-c", "Rozpočtové opatření (příloha č. 3)", ("Rozpočtové opatření (příloha č. 3)", "")),
    ("cs-material", "Prodej pozemku – materiál č. 12", ("Prodej pozemku – materiál č. 12", "")),
    ("cs-tisk", "Novela zákona o obcích (tisk 118/2026)", ("Novela zákona o obcích (tisk 118/2026)", "")),
    ("en-person-kept", "Treasury policy (Cllr Nia Rowe)", ("Treasury policy", "Cllr Nia Rowe")),
    ("en-office-kept", "Annual accounts (RFO)", ("Annual accounts", "RFO")),
    ("cs-person-kept", "Rozpočet – předkládá Ing. Vít Sedlář", ("Rozpočet", "Ing. Vít Sedlář")),
]


@pytest.mark.parametrize(("heading", "expected"), [pytest.param(h, e, id=i) for i, h, e in TAILS])
def test_reference_tail_is_no_presenter(heading: str, expected: tuple[str, str]) -> None:
    assert split_title(heading) == expected


# Once the item has its presenter, a further speaker whose plain statement is reported in the running paragraph
# ("X uvedla, že ...", "Y said that ...") or in a later paragraph of the debate speaks in it and presents nothing;
# a further speaker whose own report opens the paragraph right after the presentation co-presents.
TURNS = [
    ("cs-statement-same-paragraph", "cs", "2. Smlouva o dílo",
     "Ing. Pavel Bureš předložil návrh smlouvy o dílo. Eva Linková uvedla, že cena je podle ní přiměřená.",
     ("Pavel Bureš",)),
    ("cs-konstatovala-same-paragraph", "cs", "2. Oprava hasičské zbrojnice",
     "Místostarostka Marta Kosová informovala o stavu opravy. Eva Linková konstatovala, že práce jsou opožděné.",
     ("Marta Kosová",)),
    ("cs-sdelil-later-paragraph", "cs", "2. Plán kulturních akcí",
     "Eva Linková představila plán kulturních akcí. // Akce začnou v červnu pouťovou zábavou. // "
     "Ing. Pavel Bureš sdělil, že dozor zajistí místní hasiči.", ("Eva Linková",)),
    ("en-said-that-same-paragraph", "en", "2. Quarterly accounts",
     "Dev Patel presented the quarterly accounts. Owen Price said that the reserves looked low.", ("Dev Patel",)),
    ("en-noted-that-later-paragraph", "en", "2. Volunteering policy",
     "Ruth Allen introduced the draft volunteering policy. // It follows the national template. // "
     "Owen Price noted that two sections were missing.", ("Ruth Allen",)),
    ("cs-own-paragraph-co-reports", "cs", "2. Veřejná zakázka na opravu chodníku",
     "Ing. Pavel Bureš předložil zadávací dokumentaci. // Eva Linková uvedla, že nabídky podaly tři firmy.",
     ("Pavel Bureš", "Eva Linková")),
]


@pytest.mark.parametrize(("lang", "heading", "text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in TURNS])
def test_further_speaker_statement(lang: str, heading: str, text: str, expected: tuple[str, ...]) -> None:
    got = _presenters(lang, _CS_HEAD if lang == "cs" else _EN_HEAD, heading, text)
    assert _same(got, expected), got


# An office title as the subject ("The Director presented", "Zástupkyně ředitelky představila") is the one person
# the attendance list names in that office, the office written with its portfolio ("Director: Housing") or as
# its usual abbreviation ("DoS"); two holders of it, or another body's office, leave it unresolved.
OFFICES = [
    ("en-director-with-portfolio", "en", "Present: Carol Whitby (Chair), Mr K. Ndlovu (Director: Community Services), "
     "Ms P. Ames (Manager: Libraries)", "The Director presented the library opening hours review.", ("K. Ndlovu",)),
    ("en-director-of-services-abbrev", "en", "Officials: Ms R. Tierney, DoS; Mr J. Boland, SEO",
     "The Director outlined the draft housing allocations scheme.", ("R. Tierney",)),
    ("en-committee-officer", "en", "Officers: Gail Newton (Committee Officer), Sam Reid (Legal Adviser)",
     "The Committee Officer took members through the forward plan.", ("Gail Newton",)),
    ("cs-zastupkyne-reditelky", "cs", "Přítomni: Mgr. Ivana Hrubá (ředitelka školy), Mgr. Jiří Pekař (zástupce "
     "ředitelky), Eva Linková", "Zástupce ředitelky představil návrh rozvrhu.", ("Jiří Pekař",)),
    ("cs-vedouci-odboru", "cs", "Přítomni: Ing. Pavel Bureš (vedoucí odboru dopravy), Eva Linková, Marta Kosová",
     "Vedoucí odboru informoval o uzavírce silnice.", ("Pavel Bureš",)),
    ("en-two-directors-unresolved", "en", "Present: Carol Whitby (Chair), Mr K. Ndlovu (Director: Community "
     "Services), Ms L. Botha (Director: Finance)", "The Director presented the library opening hours review.", ()),
    ("en-other-body-director-unresolved", "en", "Present: Carol Whitby (Chair), Mr K. Ndlovu (Director of the "
     "Regional Water Board), Ruth Allen", "The Director presented the drought plan.", ()),
    ("cs-two-heads-unresolved", "cs", "Přítomni: Ing. Pavel Bureš (vedoucí odboru dopravy), Mgr. Ivana Hrubá "
     "(vedoucí odboru školství), Eva Linková", "Vedoucí odboru informoval o uzavírce silnice.", ()),
    ("cs-unlisted-office-unresolved", "cs", "Přítomni: Eva Linková, Marta Kosová, Ing. Pavel Bureš",
     "Administrátorka zakázky zpřístupnila nabídky.", ()),
]


@pytest.mark.parametrize(("lang", "present", "text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in OFFICES])
def test_office_subject_is_its_listed_holder(lang: str, present: str, text: str, expected: tuple[str, ...]) -> None:
    head = (_h("Zápis z jednání komise" if lang == "cs" else "Minutes of the Services Committee"),
            _p("Datum: 3. 3. 2026" if lang == "cs" else "Date: 3 March 2026"), _p(present))
    heading = "2. Informace odboru" if lang == "cs" else "2. Service report"
    assert _same(_presenters(lang, head, heading, text), expected)


# Who opens a session: "called the session to order", "led the opening prayers", or the agent of a passive
# ("The invocation was led by X"); an officer listed with an honorific ("Hon. X – Presiding Officer") holds the
# office even when no list knows the given name; a body's acronym before the office ("SK Chairperson", "PTA
# Chair") makes it another body's office, so the meeting's own chair stays who presides.
_SESSION_HEAD = (_h("Minutes of the Regular Session of the Village Council"), _p("Date: 5 May 2026"), _p("PRESENT:"),
                 _b("Hon. Teodoro Q. Bagatsing – Presiding Officer"), _b("Hon. Marivic L. Dumlao – Councillor"),
                 _b("Hon. Ysabel R. Tolentino – PTA Chair"), _b("Mr. Gerald Ocampo – Council Secretary"))
OPENINGS = [
    ("session-called-to-order", "1. Call to Order",
     "The Presiding Officer called the session to order at 9:05 in the morning.", ("Teodoro Q. Bagatsing",)),
    ("invocation-passive-agent", "1. Invocation",
     "The invocation was led by Hon. Marivic L. Dumlao.", ("Marivic L. Dumlao",)),
    ("prayers-active", "1. Prayers", "Hon. Marivic L. Dumlao led the opening prayers.", ("Marivic L. Dumlao",)),
    ("secretary-with-body-word", "1. Roll Call",
     "The Secretary called the roll and declared a quorum.", ("Gerald Ocampo",)),
    ("prayer-passive-without-agent", "1. Invocation", "An opening prayer was said in silence.", ()),
    ("acronym-chair-is-not-the-chair", "1. Call to Order",
     "The meeting was called to order by the Chairperson at 9:05.", ("Teodoro Q. Bagatsing",)),
    ("opening-without-opener", "1. Call to Order", "The session began at 9:05 in the morning.", ()),
    ("apologies-not-opened", "1. Apologies", "Apologies were received from Hon. Marivic L. Dumlao.", ()),
]


@pytest.mark.parametrize(("heading", "text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in OPENINGS])
def test_session_opening_presenter(heading: str, text: str, expected: tuple[str, ...]) -> None:
    doc = blocks_doc(*_SESSION_HEAD, _h(heading), _p(text), _h("2. Other Matters"), _p("None."))
    items = with_listed_presenters(agenda.extract_agenda(doc, "en"), metadata.extract_meeting(doc, "en"))
    assert _same(items[0].presenters, expected), items[0].presenters


# Paragraphs opening with a speaker's initial ("M. Kosová shrnula ...", "D. Patel presented ...") are no lettered
# sub-items: only letters running A, B, C are; an item of lettered sub-items, each with its own presenter, has none.
INITIALS = [
    ("cs-initial-opens-paragraphs", "cs", "2. Výsledek kontroly",
     "M. Kosová shrnula výsledek kontroly. // E. Linková se zeptala, kdy budou nedostatky odstraněny.",
     ("Marta Kosová",)),
    ("en-initial-opens-paragraphs", "en", "2. Quarterly accounts",
     "D. Patel presented the quarterly accounts. // R. Allen asked about the level of reserves.", ("Dev Patel",)),
    ("en-lettered-subitems-own-presenters", "en", "2. Old business",
     "A. Footpaths // Ruth Allen reported on the footpath repairs. // B. Lighting // "
     "Owen Price reported on the new street lights.", ()),
    ("cs-lettered-subitems-own-presenters", "cs", "2. Informace",
     "A. Chodníky // Eva Linková informovala o opravě chodníků. // B. Osvětlení // "
     "Ing. Pavel Bureš informoval o novém osvětlení.", ()),
]


@pytest.mark.parametrize(("lang", "heading", "text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in INITIALS])
def test_initial_opened_paragraphs(lang: str, heading: str, text: str, expected: tuple[str, ...]) -> None:
    got = _presenters(lang, _CS_HEAD if lang == "cs" else _EN_HEAD, heading, text)
    assert _same(got, expected), got


# More presenting verbs: "described", "gave a summary", "prošel (úkoly)"; a presenter after a fronted topic phrase
# ("On the question of X raised last month, the Treasurer reported"); the same words without a person as subject
# present nothing.
VERBS = [
    ("en-described", "en", "2. Grant scheme", "Ruth Allen described the proposed small grants scheme.",
     ("Ruth Allen",)),
    ("en-gave-a-summary", "en", "2. Consultation", "Owen Price gave a summary of the consultation responses.",
     ("Owen Price",)),
    ("en-fronted-question", "en", "2. Reserves",
     "On the question of reserves raised last month, the Treasurer reported that the policy had been reviewed.",
     ("Dev Patel",)),
    ("cs-prosel-ukoly", "cs", "2. Kontrola úkolů", "Starosta prošel s radou úkoly z minulého jednání.",
     ("Jan Dvořák",)),
    ("en-described-passive", "en", "2. Grant scheme", "The scheme was described in the annex to the report.", ()),
    ("en-as-described", "en", "2. Grant scheme",
     "The proposal, as described in the annex, was approved unanimously.", ()),
    ("cs-navrh-prosel", "cs", "2. Rozpočet", "Návrh rozpočtu prošel hlasováním bez připomínek.", ()),
    ("en-summary-noted", "en", "2. Consultation", "A summary of the consultation responses was noted.", ()),
]


@pytest.mark.parametrize(("lang", "heading", "text", "expected"), [pytest.param(*r[1:], id=r[0]) for r in VERBS])
def test_more_presenting_verbs(lang: str, heading: str, text: str, expected: tuple[str, ...]) -> None:
    got = _presenters(lang, _CS_HEAD if lang == "cs" else _EN_HEAD, heading, text)
    assert _same(got, expected), got

"""Genre inventory: the forms real Czech and English minutes use for decisions and actions, and the
sentences that look like them but are not (reports of past events, noted information, questions,
conditions, forecasts). Written from the genre (councils, committees, boards, charities, universities,
project consortia), not from the development corpus, so it measures how the rules generalise."""

from __future__ import annotations

import pytest
from items_support import doc_from_lines, entities_for

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo

_ANY = "*"  # an owner the test does not check (a role as written, a body the entities stage may not know)


def _items(lang: str, lines: list[str], people: dict[str, list[str]] | None = None,
           insts: dict[str, list[str]] | None = None):
    doc = doc_from_lines(*lines)
    return extract_items(doc, lang, MeetingInfo(date="2025-03-10"), [], entities_for(doc, people or {}, insts))


DECISIONS = [
    # Czech resolutions: every resolution verb of the municipal act and of statutory bodies
    ("cs", ["Usnesení č. 12/3/2025: ZM schvaluje rozpočtové opatření č. 4/2025."], True),
    ("cs", ["Usnesení č. 13/3/2025: ZM neschvaluje záměr prodeje pozemku p. č. 456/2 v k. ú. Lhota."], None),
    ("cs", ["Zastupitelstvo města bere na vědomí zprávu o činnosti městské policie za rok 2024."], True),
    ("cs", ["Rada obce pověřuje starostu podpisem smlouvy o dílo se zhotovitelem."], True),
    ("cs", ["Zastupitelstvo souhlasí s uzavřením dohody o spolupráci s mikroregionem."], True),
    ("cs", ["Zastupitelstvo nesouhlasí s umístěním stavby na pozemku obce."], None),
    ("cs", ["Finanční výbor doporučuje zastupitelstvu schválit úvěrový rámec."], True),
    ("cs", ["ZM revokuje usnesení č. 8/2/2025 ze dne 3. 3. 2025."], True),
    ("cs", ["Zastupitelstvo volí předsedou kontrolního výboru Mgr. Jiřího Bláhu."], True),
    ("cs", ["Zastupitelstvo zřizuje osadní výbor pro místní část Horní Ves."], True),
    ("cs", ["Zastupitelstvo vydává obecně závaznou vyhlášku č. 2/2025 o místním poplatku ze psů."], True),
    ("cs", ["Výbor po projednání doporučuje předložit návrh radě města."], True),
    ("cs", ["Komise se shodla na doporučení varianty B."], True),
    ("cs", ["ZO schvaluje program zasedání.", "Hlasování: pro 5, proti 0, zdržel se 1 – usnesení bylo přijato."], True),
    ("cs", ["Návrh usnesení: ZO schvaluje nákup traktoru.",
            "Hlasování: pro 3, proti 4, zdrželi se 0 – usnesení nebylo přijato."], False),
    ("cs", ["Členové výboru jednomyslně odsouhlasili termíny jednání na 2. pololetí."], True),
    ("cs", ["Akademický senát schvaluje návrh rozpočtu fakulty na rok 2026."], True),
    ("cs", ["Zápis z minulého jednání byl schválen bez připomínek."], True),
    ("cs", ["Zastupitelstvo určuje ověřovateli zápisu pana Nováka a paní Malou."], True),
    ("cs", ["Usnesení: Správní rada nadace schvaluje výroční zprávu za rok 2024."], True),
    ("cs", ["Usnesení přijaté per rollam: Představenstvo schvaluje uzavření nájemní smlouvy."], True),
    ("cs", ["Rada města rozhodla o přidělení bytu žadateli podle pořadníku."], True),
    ("cs", ["Rada schvaluje přijetí daru.", "Pro: 5 Proti: 0 Zdržel se: 0", "Usnesení bylo přijato."], True),
    ("cs", ["Výbor vzal zprávu o kontrole na vědomí."], True),
    # English: resolutions, motions, agreements (UK, IE, US, CA, AU, NZ)
    ("en", ["RESOLVED: That the annual accounts for 2024/25 be approved."], True),
    ("en", ["It was RESOLVED that the Clerk's report be received."], True),
    ("en", ["The Committee AGREED to recommend the revised fees to Council."], True),
    ("en", ["Moved by Cllr Byrne, seconded by Cllr Walsh, that the minutes be adopted.", "CARRIED"], True),
    ("en", ["Proposed Cllr Evans, seconded Cllr Hughes, that the grant application be supported.", "LOST"], False),
    ("en", ["That the Council adopts the Climate Action Plan.", "The motion was put and declared carried."], True),
    ("en", ["Members endorsed the draft communications strategy."], True),
    ("en", ["The Board ratified the decision taken by e-mail on 3 March to appoint the auditors."], True),
    ("en", ["The Trustees approved the reserves policy."], True),
    ("en", ["DECISION: The Steering Committee approved the amended work plan for WP3."], True),
    ("en", ["Recommendation to Council: That the Council adopt the revised Standing Orders."], None),
    ("en", ["The minutes of the meeting held on 12 February 2025 were approved as a correct record."], True),
    ("en", ["The Board approved the minutes of the meeting of 4 February."], True),
    ("en", ["The consent agenda was adopted as presented."], True),
    ("en", ["The Committee unanimously adopted the Terms of Reference."], True),
    ("en", ["MOVED by Councillor Chen, SECONDED by Councillor Roy, THAT Council approve the tender award. CARRIED."],
     True),
    ("en", ["Motion by Smith, second by Jones, to approve the consent agenda. Motion passed 5-0."], True),
    ("en", ["Resolution: That Council receives and notes the report."], True),
    ("en", ["Motion: That the budget be adopted.", "Motion carried unanimously."], True),
    ("en", ["The motion was carried on the casting vote of the Chair."], True),
    ("en", ["Agreed: the newsletter will move to a quarterly cycle."], True),
    ("en", ["Resolved by written resolution that the Company open a deposit account."], True),
    ("en", ["The Council declined the request for a rates rebate."], None),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), DECISIONS)
def test_decision_forms(lang: str, lines: list[str], adopted: bool | None) -> None:
    ds = _items(lang, lines).decisions
    assert len(ds) == 1, [d.text for d in ds]
    assert adopted is None or ds[0].adopted is adopted


NOT_DECISIONS = [
    ("cs", "Starosta informoval o jednání s krajským úřadem."),
    ("cs", "Návrh bude předložen zastupitelstvu na zářijovém zasedání."),
    ("cs", "Pan Novák se dotázal, zda zastupitelstvo schválí navýšení rozpočtu."),
    ("cs", "Pokud zastupitelstvo schválí úvěr, začnou práce v dubnu."),
    ("cs", "Místostarosta uvedl, že krajský úřad schválil dotaci již v loňském roce."),
    ("cs", "Ředitelka seznámila členy rady s výsledky hospodaření."),
    ("cs", "Proběhla diskuse k návrhu územního plánu."),
    ("en", "The Chair reported that the Cabinet had approved the scheme in January."),
    ("en", "Members asked whether the Board would approve the new policy."),
    ("en", "If the grant is approved, works will start in spring."),
    ("en", "The Treasurer presented the management accounts."),
    ("en", "Discussion followed on the parking strategy."),
    ("en", "Cllr Patel queried whether the budget had been approved by the Executive."),
    ("en", "The report will be brought back to the Committee in June for decision."),
]


@pytest.mark.parametrize(("lang", "line"), NOT_DECISIONS)
def test_not_decision_forms(lang: str, line: str) -> None:
    assert [d.text for d in _items(lang, [line]).decisions] == []


ACTIONS = [
    ("cs", ["Úkol: připravit návrh smlouvy. Z: Ing. Petra Říhová, T: 30. 6. 2025."],
     {"Petra Říhová": ["Ing. Petra Říhová"]}, "Petra Říhová"),
    ("cs", ["RM ukládá tajemníkovi Mgr. Karlu Benešovi zveřejnit záměr na úřední desce."],
     {"Karel Beneš": ["Mgr. Karlu Benešovi"]}, "Karel Beneš"),
    ("cs", ["Zajistit opravu veřejného osvětlení v ulici Polní.", "Zodpovídá: Josef Krátký"],
     {"Josef Krátký": ["Josef Krátký"]}, "Josef Krátký"),
    ("cs", ["Připravit podklady pro výběrové řízení.", "Odpovědnost: Ing. Hana Zemanová, termín: 15. 4. 2025"],
     {"Hana Zemanová": ["Ing. Hana Zemanová"]}, "Hana Zemanová"),
    ("cs", ["P. Vávra zajistí objednání velkoobjemového kontejneru."], {"Jiří Vávra": ["P. Vávra"]}, "Jiří Vávra"),
    ("cs", ["Paní Šimková připraví podklady pro jednání výboru."], {"Lenka Šimková": ["Paní Šimková"]},
     "Lenka Šimková"),
    ("cs", ["Ing. Bartoš prověří možnost získání dotace z IROP."], {"Milan Bartoš": ["Ing. Bartoš"]}, "Milan Bartoš"),
    ("cs", ["Tajemnice rozešle zápis všem členům do 7 dnů."], {}, _ANY),
    ("cs", ["Místostarosta zpracuje harmonogram prací do konce května."], {}, _ANY),
    ("cs", ["Návrh rozpočtu bude zaslán členům výboru do 15. 11. 2025."], {}, None),
    ("cs", ["Úkol č. 5/2025: Dana Jelínková – aktualizovat webové stránky obce, termín do 31. 5. 2025."],
     {"Dana Jelínková": ["Dana Jelínková"]}, "Dana Jelínková"),
    ("cs", ["Ing. Soukup se zavázal předložit cenovou nabídku do příštího jednání."],
     {"Tomáš Soukup": ["Ing. Soukup"]}, "Tomáš Soukup"),
    ("cs", ["Paní Kadlecová přislíbila zaslat seznam žadatelů."], {"Eva Kadlecová": ["Paní Kadlecová"]},
     "Eva Kadlecová"),
    ("cs", ["Předseda výboru Jan Hrubý zajistí svolání mimořádného jednání."], {"Jan Hrubý": ["Jan Hrubý"]},
     "Jan Hrubý"),
    ("cs", ["Zastupitelstvo ukládá starostovi Petru Dvořákovi podepsat smlouvu do 30 dnů."],
     {"Petr Dvořák": ["Petru Dvořákovi"]}, "Petr Dvořák"),
    ("cs", ["Vedoucí odboru Marta Pokorná předloží radě vyhodnocení ankety."], {"Marta Pokorná": ["Marta Pokorná"]},
     "Marta Pokorná"),
    ("cs", ["Sekretariát zajistí rezervaci sálu."], {}, _ANY),
    ("en", ["Revised terms of reference to be circulated before the next meeting.", "ACTION: Sarah Quinn"],
     {"Sarah Quinn": ["Sarah Quinn"]}, "Sarah Quinn"),
    ("en", ["Mark Davies to circulate the draft policy to trustees."], {"Mark Davies": ["Mark Davies"]},
     "Mark Davies"),
    ("en", ["Fiona undertook to contact the insurers."], {"Fiona Hale": ["Fiona"]}, "Fiona Hale"),
    ("en", ["Liam agreed to update the risk register."], {"Liam Boyle": ["Liam"]}, "Liam Boyle"),
    ("en", ["Olivia offered to draft a press release."], {"Olivia Grant": ["Olivia"]}, "Olivia Grant"),
    ("en", ["Dr Ahmed was asked to report back on staffing levels."], {"Samir Ahmed": ["Dr Ahmed"]}, "Samir Ahmed"),
    ("en", ["Officers to report back to the next meeting with options."], {}, _ANY),
    ("en", ["The CEO will present a revised business plan in September."], {}, _ANY),
    ("en", ["It was agreed that the Clerk would write to the Highways Authority."], {}, _ANY),
    ("en", ["It was agreed that Peter Lowe would liaise with the school."], {"Peter Lowe": ["Peter Lowe"]},
     "Peter Lowe"),
    ("en", ["The Chair will write to the Minister about the funding gap."], {}, _ANY),
    ("en", ["Hannah to organise the volunteers' evening."], {"Hannah Reid": ["Hannah"]}, "Hannah Reid"),
    ("en", ["Secretary to book the hall for the AGM."], {}, _ANY),
    ("en", ["The Executive Director is to bring a revised budget to the next meeting."], {}, _ANY),
    ("en", ["Council directed staff to report back on the feasibility of a dog park."], {}, _ANY),
    ("en", ["Action: Grace Kim to review the procurement policy by 30 June."], {"Grace Kim": ["Grace Kim"]},
     "Grace Kim"),
    ("en", ["Update the asset register. Action – Treasurer"], {}, _ANY),
    ("en", ["Ms O'Neill will follow up with the council's planning department."], {"Aoife O'Neill": ["Ms O'Neill"]},
     "Aoife O'Neill"),
    ("en", ["Partners will submit their cost statements by 15 April."], {}, _ANY),
]


@pytest.mark.parametrize(("lang", "lines", "people", "owner"), ACTIONS)
def test_action_forms(lang: str, lines: list[str], people: dict[str, list[str]], owner: str | None) -> None:
    acts = [a for a in _items(lang, lines, people).actions if a.status is None]
    assert len(acts) == 1, [a.text for a in acts]
    assert owner == _ANY or acts[0].owner == owner


NOT_ACTIONS = [
    ("cs", "Materiál byl předložen členům rady v předstihu."),
    ("cs", "Pan Malý se dotázal, zda bude oprava hotova do zimy."),
    ("cs", "Podle prognózy se počet obyvatel do roku 2030 zvýší."),
    ("cs", "Ředitelka zdůvodnila, proč nebyl projekt dokončen."),
    ("cs", "Tajemník uvedl, že smlouva byla podepsána 3. 3. 2025."),
    ("cs", "Starosta informoval o průběhu rekonstrukce školy."),
    ("cs", "Výbor vzal na vědomí informaci o stavu pohledávek."),
    ("en", "Jane had circulated the budget papers before the meeting."),
    ("en", "The Chair reported that the works had been completed."),
    ("en", "Members noted that the library had reopened."),
    ("en", "Cllr Byrne asked whether the Council would resurface the car park."),
    ("en", "Visitor numbers are forecast to rise by 10% next year."),
    ("en", "The Treasurer presented the quarterly accounts."),
    ("en", "Tom reported that he had contacted the insurers."),
    ("en", "The consultant's report was considered."),
    ("en", "It was noted that the new software had been installed."),
]


@pytest.mark.parametrize(("lang", "line"), NOT_ACTIONS)
def test_not_action_forms(lang: str, line: str) -> None:
    people = {"Jane Hill": ["Jane"], "Tom Reed": ["Tom"]}
    assert [a.text for a in _items(lang, [line], people).actions if a.status is None] == []


# --- second batch: vote forms, minute-book conventions, owners written as roles and initials ---

MORE_DECISIONS = [
    ("cs", ["ZO schvaluje uzavření smlouvy o zřízení věcného břemene.", "Výsledek hlasování: 7 – 0 – 1"], True),
    ("cs", ["Rada doporučuje zastupitelstvu vyhlásit výběrové řízení.", "Hlasováno jednomyslně."], True),
    ("cs", ["Zastupitelstvo obce projednalo a schvaluje střednědobý výhled rozpočtu na roky 2026–2028."], True),
    ("cs", ["Usnesení č. R/45/2025", "Rada města po projednání souhlasí s pronájmem nebytových prostor."], True),
    ("cs", ["Návrh na snížení poplatku za odpad nebyl přijat.", "Pro 2, proti 5, zdrželi se 2."], False),
    ("cs", ["Kontrolní výbor odsouhlasil plán kontrol na rok 2026."], True),
    ("cs", ["Přítomní se dohodli, že společná akce proběhne v červnu."], True),
    ("cs", ["Valná hromada zvolila novým předsedou spolku Martina Kubíka."], True),
    ("cs", ["Senát fakulty vyjádřil souhlas s návrhem na jmenování proděkana."], True),
    ("cs", ["Program jednání byl schválen všemi hlasy přítomných členů."], True),
    ("cs", ["Usnesení nebylo přijato.", "Pro: 3, proti: 4, zdržel se: 2"], None),
    ("en", ["The Board noted the risk register and agreed to close risk 14."], True),
    ("en", ["On the proposal of the Chair, the Committee agreed to defer the item to the next meeting."], True),
    ("en", ["The application was refused for the reasons set out in the officer's report."], True),
    ("en", ["It was proposed by Cllr Moore and seconded by Cllr Price that the quotation from Green Ltd be accepted.",
            "All in favour."], True),
    ("en", ["Council voted 6-1 to adopt the revised fee schedule."], True),
    ("en", ["The Governing Body approved the admissions policy for 2026/27 without amendment."], True),
    ("en", ["The Steering Group agreed that deliverable D2.3 would be submitted one month late."], True),
    ("en", ["Trustees agreed unanimously to increase the grant budget to £40,000."], True),
    ("en", ["The recommendation was approved by 5 votes to 2."], True),
    ("en", ["Item deferred to the next meeting pending legal advice."], None),
    ("en", ["The Chair's action taken on 3 March to approve the emergency repairs was ratified."], True),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), MORE_DECISIONS)
def test_more_decision_forms(lang: str, lines: list[str], adopted: bool | None) -> None:
    test_decision_forms(lang, lines, adopted)


MORE_NOT_DECISIONS = [
    ("cs", "Krajský úřad schválil změnu územního plánu v prosinci 2024."),
    ("cs", "Starostka připomněla, že zastupitelstvo schválilo rozpočet na minulém zasedání."),
    ("cs", "O návrhu se bude hlasovat na příštím zasedání."),
    ("cs", "Dotace byla obci přiznána rozhodnutím ministerstva ze dne 4. 2. 2025."),
    ("en", "The Committee noted the action tracker."),
    ("en", "The Clerk confirmed that the grant had been approved by the Lottery Fund."),
    ("en", "As agreed at the last meeting, the Treasurer has opened a savings account."),
    ("en", "A decision on the lease will be taken in April."),
    ("en", "Members were reminded that the budget had been set in January."),
    ("en", "The Board previously approved the strategy in 2023."),
]


@pytest.mark.parametrize(("lang", "line"), MORE_NOT_DECISIONS)
def test_more_not_decision_forms(lang: str, line: str) -> None:
    test_not_decision_forms(lang, line)


MORE_ACTIONS = [
    ("cs", ["Úkol pro p. Hájka: objednat revizi hasicích přístrojů."], {"Ondřej Hájek": ["p. Hájka"]}, "Ondřej Hájek"),
    ("cs", ["Opravit oplocení hřiště. Zodp.: Lukáš Marek, T: do 30. 9. 2025"], {"Lukáš Marek": ["Lukáš Marek"]},
     "Lukáš Marek"),
    ("cs", ["Pan Kříž se ujal úkolu oslovit dodavatele."], {"Pavel Kříž": ["Pan Kříž"]}, "Pavel Kříž"),
    ("cs", ["Na příštím jednání bude projednána zpráva o hospodaření."], {}, _ANY),
    ("cs", ["Bude svolána pracovní schůzka se zástupci spolků."], {}, None),
    ("cs", ["Výbor žádá pana Veselého o předložení vyúčtování akce."], {"Karel Veselý": ["pana Veselého"]},
     "Karel Veselý"),
    ("cs", ["Ing. Novotná zašle členům komise aktualizovaný rozpis."], {"Jana Novotná": ["Ing. Novotná"]},
     "Jana Novotná"),
    ("cs", ["Rada pověřuje místostarostu Jakuba Kolára jednáním s vlastníky pozemků."],
     {"Jakub Kolář": ["Jakuba Kolára"]}, "Jakub Kolář"),
    ("cs", ["Tajemník prověří právní stránku věci a výsledek sdělí na příštím jednání."], {}, _ANY),
    ("en", ["Staff was directed to bring back a draft ordinance in May."], {}, _ANY),
    ("en", ["The Town Manager will obtain three quotes for the roof repairs."], {}, _ANY),
    ("en", ["ACTION: All members to return their declarations of interest by 31 March."], {}, _ANY),
    ("en", ["JB to contact the auditors regarding the deadline."], {"Joe Brennan": ["JB"]}, "Joe Brennan"),
    ("en", ["The Secretary was instructed to write to the landlord."], {}, _ANY),
    ("en", ["Ruth will circulate a summary to the group after the meeting."], {"Ruth Moss": ["Ruth"]}, "Ruth Moss"),
    ("en", ["Quotes to be obtained for the new signage (Clerk)."], {}, _ANY),
    ("en", ["Cllr Doyle agreed to meet the residents' association."], {"Sean Doyle": ["Cllr Doyle"]}, "Sean Doyle"),
    ("en", ["The Committee asked the Finance Manager to prepare a reserves forecast."], {}, _ANY),
    ("en", ["WP2 leader to upload the deliverable to the portal by the end of May."], {}, _ANY),
    ("en", ["Officers will report back to the Committee in the autumn."], {}, _ANY),
]


@pytest.mark.parametrize(("lang", "lines", "people", "owner"), MORE_ACTIONS)
def test_more_action_forms(lang: str, lines: list[str], people: dict[str, list[str]], owner: str | None) -> None:
    test_action_forms(lang, lines, people, owner)


MORE_NOT_ACTIONS = [
    ("cs", "Pan Kříž oslovil tři dodavatele, nabídky předložil radě."),
    ("cs", "Pokud bude počasí příznivé, stavba začne v březnu."),
    ("cs", "Zastupitel Hora se zeptal, kdo zajistí úklid po akci."),
    ("cs", "Byla předložena zpráva o činnosti jednotky SDH."),
    ("cs", "Firma podle informace starosty dokončila práce v termínu."),
    ("en", "The Clerk had written to the landlord as requested."),
    ("en", "If the weather allows, the works will begin in March."),
    ("en", "Mrs Lee asked who would be responsible for the hall keys."),
    ("en", "The Chair thanked the volunteers who had organised the fair."),
    ("en", "It is expected that inflation will fall next year."),
]


@pytest.mark.parametrize(("lang", "line"), MORE_NOT_ACTIONS)
def test_more_not_action_forms(lang: str, line: str) -> None:
    test_not_action_forms(lang, line)


# --- third batch: roll calls, consent forms, impersonal Czech, role owners, conditionals ---

THIRD_DECISIONS = [
    ("cs", ["Usnesení č. 3: Členská schůze schvaluje výši členského příspěvku.", "Schváleno jednomyslně."], True),
    ("cs", ["Zastupitelé se shodli, že zimní údržbu bude nadále zajišťovat obec."], True),
    ("cs", ["Komise nedoporučuje vyhovět žádosti o prodloužení nájmu."], None),
    ("cs", ["Představenstvo společnosti rozhodlo o výplatě podílu na zisku."], True),
    ("cs", ["Hlasování per rollam: Správní rada schvaluje pořízení služebního vozidla.", "Pro 6, proti 0."], True),
    ("cs", ["Rada obce projednala a vzala na vědomí rozbor hospodaření za 1. pololetí."], True),
    ("cs", ["Návrh na odložení bodu byl přijat.", "Pro: 8 Proti: 1 Zdržel se: 0"], True),
    ("en", ["Councillors voted to reject the proposal."], True),
    ("en", ["Upon a motion duly made and seconded, the Board approved the 2026 budget."], True),
    ("en", ["On a motion by Director Kim, seconded by Director Park, the minutes were approved."], True),
    ("en", ["Motion to approve the warrant.", "Motion failed 2-3."], False),
    ("en", ["Approval was given for the purchase of two new laptops."], True),
    ("en", ["The Partnership Board signed off the annual report."], True),
    ("en", ["Members supported the proposal to hold a public consultation."], True),
    ("en", ["That the report be received.", "Moved: Cr Smith / Seconded: Cr Jones", "CARRIED"], True),
    ("en", ["Council resolved to defer consideration of the matter to the June meeting."], True),
    ("en", ["By consensus, the group chose Option B for the venue."], True),
    ("en", ["Motion to adopt the consent calendar.", "Roll call vote: 5 ayes, 0 nays."], True),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), THIRD_DECISIONS)
def test_third_decision_forms(lang: str, lines: list[str], adopted: bool | None) -> None:
    test_decision_forms(lang, lines, adopted)


THIRD_NOT_DECISIONS = [
    ("cs", "Návrh usnesení bude připraven do příštího zasedání."),
    ("cs", "Radní diskutovali o možnostech financování opravy."),
    ("en", "The Chair said she hoped the Council would approve the plan."),
    ("en", "The Committee will be asked to approve the budget in March."),
    ("en", "The Treasurer explained that the auditors had accepted the revised figures."),
]


@pytest.mark.parametrize(("lang", "line"), THIRD_NOT_DECISIONS)
def test_third_not_decision_forms(lang: str, line: str) -> None:
    test_not_decision_forms(lang, line)


THIRD_ACTIONS = [
    ("cs", ["Zveřejnit výzvu na webu obce.", "Termín: ihned, zodpovídá: tajemník"], {}, _ANY),
    ("cs", ["Ukládá se starostovi zajistit výměnu oken v mateřské škole."], {}, _ANY),
    ("cs", ["Starosta byl pověřen jednáním s krajským úřadem."], {}, _ANY),
    ("cs", ["Pan Horák zjistí, zda je možné prodloužit lhůtu."], {"Jan Horák": ["Pan Horák"]}, "Jan Horák"),
    ("cs", ["Předsedkyně komise Alena Malá osloví zástupce škol."], {"Alena Malá": ["Alena Malá"]}, "Alena Malá"),
    ("cs", ["Bude zajištěno ozvučení sálu a občerstvení."], {}, None),
    ("cs", ["Zastupitelstvo ukládá radě obce předložit návrh rozpočtu do 15. 12. 2025."], {}, _ANY),
    ("cs", ["Připravit smlouvu o výpůjčce.", "Z: starosta, T: 30. 6. 2025"], {}, _ANY),
    ("en", ["Write to the Highways Authority about the potholes.", "Action: Clerk"], {}, _ANY),
    ("en", ["The Clerk was requested to seek quotations for the bus shelter."], {}, _ANY),
    ("en", ["Cllr Ahmed will find out whether the grant can be extended."], {"Zara Ahmed": ["Cllr Ahmed"]},
     "Zara Ahmed"),
    ("en", ["Director Lopez volunteered to coordinate the clean-up day."], {"Ana Lopez": ["Director Lopez"]},
     "Ana Lopez"),
    ("en", ["It was agreed that Peter would check whether the insurance covers volunteers."],
     {"Peter Lowe": ["Peter"]}, "Peter Lowe"),
    ("en", ["Staff will bring the item back to the Board in June."], {}, _ANY),
    ("en", ["The Chair to sign the contract on behalf of the Council."], {}, _ANY),
    ("en", ["RESOLVED that the Clerk be instructed to obtain three quotes."], {}, _ANY),
]


@pytest.mark.parametrize(("lang", "lines", "people", "owner"), THIRD_ACTIONS)
def test_third_action_forms(lang: str, lines: list[str], people: dict[str, list[str]], owner: str | None) -> None:
    test_action_forms(lang, lines, people, owner)


THIRD_NOT_ACTIONS = [
    ("cs", "Kdyby se podařilo získat dotaci, obec by opravila hasičskou zbrojnici."),
    ("cs", "Pan Horák předložil cenovou nabídku na opravu střechy."),
    ("cs", "V příštím roce se očekává pokles daňových příjmů."),
    ("en", "The Clerk confirmed that she had sent the letter."),
    ("en", "Cllr Ahmed asked whether the grant would be extended."),
    ("en", "Should the bid succeed, the team would recruit two officers."),
    ("en", "The auditors were thanked for their work."),
]


@pytest.mark.parametrize(("lang", "line"), THIRD_NOT_ACTIONS)
def test_third_not_action_forms(lang: str, line: str) -> None:
    test_not_action_forms(lang, line)


# --- compound body names and reports of another body's decision ---

BODY_FORMS = [
    ("en", ["The Finance Committee approved the budget."], 1),
    ("en", ["The Audit and Risk Committee endorsed the internal audit plan."], 1),
    ("en", ["The Parish Council agreed to buy a new bench for the green."], 1),
    ("en", ["The Steering Committee has approved the amended work plan."], 1),
    ("en", ["Cllr Hart reported that the County Council had confirmed funding for the crossing."], 0),
    ("en", ["The District Council had refused the application in 2023."], 0),
    ("cs", ["Finanční výbor doporučuje zastupitelstvu schválit rozpočtové opatření."], 1),
    ("cs", ["Místostarosta informoval, že rada kraje schválila dotaci na chodník."], 0),
]


@pytest.mark.parametrize(("lang", "lines", "count"), BODY_FORMS)
def test_compound_body_names(lang: str, lines: list[str], count: int) -> None:
    assert len(_items(lang, lines).decisions) == count


# --- fourth batch: minute-book approvals, consensus statements, body verbs, labels of task lists ---

FOURTH_DECISIONS = [
    ("en", ["There was unanimous support for the proposal to twin with Saint-Aubin."], True),
    ("en", ["The Board gave delegated authority to the Chief Executive to agree the final terms."], True),
    ("en", ["Council authorised expenditure of up to £2,500 on the war memorial."], True),
    ("en", ["The minutes of the meeting held on 4 March were confirmed and signed by the Chair."], True),
    ("en", ["The minutes of the last meeting were signed as a true record."], True),
    ("en", ["Cllr Bell was co-opted onto the Council."], True),
    ("en", ["Selectman Ruiz moved, seconded by Selectman Ng, to approve the one-day liquor license.",
            "Motion carried 3-0."], True),
    ("en", ["The Committee appointed Ms Carter as its representative on the Transport Forum."], True),
    ("cs", ["Členové komise souhlasí s navrženým harmonogramem."], True),
    ("cs", ["Výbor přijal usnesení, kterým doporučuje radě schválit dotaci."], True),
    ("cs", ["Předseda navrhl uspořádat besedu s občany.",
            "Pro návrh hlasovalo 7 členů, nikdo nebyl proti, 1 se zdržel."], True),
    ("cs", ["Schvaluje se program jednání."], True),
    ("cs", ["Změnový list č. 3 byl odsouhlasen."], True),
    ("cs", ["Objednatel souhlasí s posunem termínu dokončení."], True),
    ("cs", ["Radní se shodli na vypsání nového výběrového řízení."], True),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), FOURTH_DECISIONS)
def test_fourth_decision_forms(lang: str, lines: list[str], adopted: bool | None) -> None:
    test_decision_forms(lang, lines, adopted)


FOURTH_NOT_DECISIONS = [
    ("en", "There was general discussion about the parking problems."),
    ("en", "The Council appointed the contractor in 2022 after a tender."),
    ("cs", "Objednatel se dotázal, zda zhotovitel souhlasí s posunem termínu."),
]


@pytest.mark.parametrize(("lang", "line"), FOURTH_NOT_DECISIONS)
def test_fourth_not_decision_forms(lang: str, line: str) -> None:
    test_not_decision_forms(lang, line)


FOURTH_ACTIONS = [
    ("cs", ["Ing. Pokorná – zaslat podklady do 10. 4. 2025."], {"Jana Pokorná": ["Ing. Pokorná"]}, "Jana Pokorná"),
    ("cs", ["Aktualizovat seznam kontaktů.", "Zajistí: Marek Hudec"], {"Marek Hudec": ["Marek Hudec"]}, "Marek Hudec"),
    ("cs", ["Objednat opravu střechy.", "Odpovědná osoba: Petra Vlková", "Termín splnění: 31. 5. 2025"],
     {"Petra Vlková": ["Petra Vlková"]}, "Petra Vlková"),
    ("en", ["Review the lettings policy.", "Owner: Finance Director; Due: end of June 2025"], {}, _ANY),
    ("en", ["Prepare the grant claim.", "By whom: Tom Reed", "By when: 30 April"], {"Tom Reed": ["Tom Reed"]},
     "Tom Reed"),
    ("en", ["All to send comments on the draft to the Secretary by Friday."], {}, _ANY),
    ("en", ["Chair and Clerk to meet the auditor before the year end."], {}, _ANY),
    ("en", ["Jo is to liaise with the school about the crossing."], {"Jo Platt": ["Jo"]}, "Jo Platt"),
    ("en", ["A letter will be sent to the residents of Mill Lane."], {}, None),
    ("en", ["NS/KL to review the risk register before the next meeting."], {"Nina Shaw": ["NS"], "Kate Lyons": ["KL"]},
     _ANY),
]


@pytest.mark.parametrize(("lang", "lines", "people", "owner"), FOURTH_ACTIONS)
def test_fourth_action_forms(lang: str, lines: list[str], people: dict[str, list[str]], owner: str | None) -> None:
    test_action_forms(lang, lines, people, owner)


# --- fifth batch: offices as owners, selection committees, audit committee verbs ---

FIFTH_DECISIONS = [
    ("cs", ["PV schvaluje pořadí projektů dle přílohy č. 1."], True),
    ("cs", ["Výběrová komise vybrala k podpoře projekty č. 1, 3 a 5."], True),
    ("cs", ["Návrh byl přijat 6 hlasy."], True),
    ("en", ["The Committee RECOMMENDED the annual report and accounts to the Board for approval."], True),
    ("en", ["The Committee APPROVED the internal audit plan for 2025/26."], True),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), FIFTH_DECISIONS)
def test_fifth_decision_forms(lang: str, lines: list[str], adopted: bool | None) -> None:
    test_decision_forms(lang, lines, adopted)


FIFTH_ACTIONS = [
    ("cs", ["Projektový manažer zpracuje žádost o platbu."], {}, _ANY),
    ("cs", ["Koordinátorka rozešle pozvánky členům."], {}, _ANY),
    ("cs", ["Děkan předloží senátu návrh rozpočtu."], {}, _ANY),
    ("cs", ["Účetní zpracuje mezitímní uzávěrku do konce dubna."], {}, _ANY),
    ("en", ["The Registrar will circulate the revised regulations."], {}, _ANY),
    ("en", ["The Bursar will obtain quotes for the boiler."], {}, _ANY),
    ("en", ["Management will present an updated risk register at the next meeting."], {}, _ANY),
    ("en", ["The Head of Finance will report back in July."], {}, _ANY),
]


@pytest.mark.parametrize(("lang", "lines", "people", "owner"), FIFTH_ACTIONS)
def test_fifth_action_forms(lang: str, lines: list[str], people: dict[str, list[str]], owner: str | None) -> None:
    test_action_forms(lang, lines, people, owner)


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "The Committee NOTED the internal audit progress report."),  # noting is no decision (corpus/FORMAT.md)
    ("cs", "Kontrolní výbor neshledal v hospodaření nedostatky."),
])
def test_fifth_not_decision_forms(lang: str, line: str) -> None:
    test_not_decision_forms(lang, line)


# --- sixth batch: opinions of a committee, impersonal decisions, motion texts with mover lines, requests ---

SIXTH_DECISIONS = [
    ("cs", ["Stanovisko komise: doporučuje žádosti vyhovět."], True),
    ("cs", ["Rozhodnutí: Žádost se zamítá."], None),
    ("cs", ["Žádosti se vyhovuje."], True),
    ("en", ["Proposal to purchase a defibrillator.", "Outcome: Approved."], True),
    ("en", ["Councilmember Diaz made a motion to approve the agreement, seconded by Councilmember Lee.",
            "Motion passed unanimously."], True),
    ("en", ["A motion was made by Director Hall and seconded by Director Cho to approve the minutes.",
            "All in favor. Motion carried."], True),
    ("en", ["Moved by: Councillor Ames", "Seconded by: Councillor Brook",
            "THAT Council receive the report for information.", "CARRIED"], True),
    ("en", ["It was proposed by Cllr Nolan, seconded by Cllr Daly, and resolved that the estimates be adopted."],
     True),
    ("en", ["The Chair declared the motion carried."], True),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), SIXTH_DECISIONS)
def test_sixth_decision_forms(lang: str, lines: list[str], adopted: bool | None) -> None:
    test_decision_forms(lang, lines, adopted)


def test_motion_text_is_the_decision_not_its_mover_line() -> None:
    ds = _items("en", ["That the Board: a) receives the report; b) approves the revised delegations policy.",
                       "Moved: Kim Tane Seconded: Ana Roa", "Carried"]).decisions
    assert [d.text[:14] for d in ds] == ["That the Board"] and ds[0].adopted is True


SIXTH_ACTIONS = [
    ("cs", ["Předsedkyně požádala tajemnici o zajištění sálu."], {}, _ANY),
    ("cs", ["Starosta požádal pana Nováka, aby připravil návrh smlouvy."], {"Jan Novák": ["pana Nováka"]}, "Jan Novák"),
    ("en", ["To do: update the website (AB)."], {"Anna Brown": ["AB"]}, "Anna Brown"),
    ("en", ["ACTION 25/03: Clerk to obtain quotes for the tree works."], {}, None),
    ("en", ["ACTIONS: Clerk to obtain quotes."], {}, None),
]


@pytest.mark.parametrize(("lang", "lines", "people", "owner"), SIXTH_ACTIONS)
def test_sixth_action_forms(lang: str, lines: list[str], people: dict[str, list[str]], owner: str | None) -> None:
    test_action_forms(lang, lines, people, owner)


@pytest.mark.parametrize(("lang", "line"), [
    ("cs", "Zastupitel Kos požádal starostu o vysvětlení postupu."),
    ("cs", "Jak se schvaluje rozpočet, vysvětlila paní účetní."),
])
def test_sixth_not_action_forms(lang: str, line: str) -> None:
    test_not_action_forms(lang, line)


# --- seventh batch: procedural decisions, motions without a seconder, reports of another body's decision ---

SEVENTH_DECISIONS = [
    ("cs", ["Bod se odkládá na příští jednání."], True),
    ("cs", ["Bod byl stažen z programu."], True),
    ("en", ["Consideration of the item was deferred."], True),
    ("en", ["Cllr Ross proposed that the item be deferred, but there was no seconder."], False),
    ("en", ["The Board agreed not to proceed with the merger."], True),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), SEVENTH_DECISIONS)
def test_seventh_decision_forms(lang: str, lines: list[str], adopted: bool | None) -> None:
    test_decision_forms(lang, lines, adopted)


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Members were advised that the Council approved the budget in February."),
    ("en", "The Committee was informed that the Board had approved the strategy."),
    ("cs", "Komise nepřijala žádné usnesení."),
    ("en", "No decision was taken."),
    ("en", "The Committee was unable to reach a decision."),
    ("cs", "Nebylo přijato žádné rozhodnutí."),
])
def test_seventh_not_decision_forms(lang: str, line: str) -> None:
    test_not_decision_forms(lang, line)


SEVENTH_ACTIONS = [
    ("en", ["Item to be carried forward to the next agenda."], {}, None),
    ("cs", ["Zajistí tajemník."], {}, _ANY),
    ("cs", ["Dořeší starosta s projektantem do konce měsíce."], {}, _ANY),
]


@pytest.mark.parametrize(("lang", "lines", "people", "owner"), SEVENTH_ACTIONS)
def test_seventh_action_forms(lang: str, lines: list[str], people: dict[str, list[str]], owner: str | None) -> None:
    test_action_forms(lang, lines, people, owner)


def test_task_verb_as_a_label_gives_the_task_before_it_its_deadline() -> None:
    acts = _items("cs", ["Aktualizovat seznam kontaktů.", "Zajistí: starosta, termín: 30. 4. 2025"]).actions
    assert [(a.text, a.due.iso if a.due else None) for a in acts] == [("Aktualizovat seznam kontaktů.", "2025-04-30")]


# --- eighth batch: long legal preambles and parenthetical clauses between the body and its verb ---

EIGHTH_DECISIONS = [
    ("cs", ["Zastupitelstvo obce Dolní Lhota v souladu s ustanovením § 85 písm. a) zákona č. 128/2000 Sb., o obcích "
            "(obecní zřízení), ve znění pozdějších předpisů, schvaluje bezúplatný převod pozemku p. č. 45/2."], True),
    ("cs", ["Rada města, po projednání, schvaluje uzavření dodatku č. 2 ke smlouvě o dílo."], True),
    ("en", ["After discussion the Committee, by 6 votes to 2, approved the application subject to conditions."], True),
    ("en", ["The Board, having considered the report, approved the recommendations."], True),
    ("en", ["Members, having noted the concerns of residents, agreed to refuse the application."], True),
    ("en", ["The Trustees, after a full discussion of the risks, resolved to sell the property."], True),
    ("en", ["Following a detailed discussion, during which members raised concerns about the cost, it was RESOLVED "
            "to approve the revised scheme."], True),
]


@pytest.mark.parametrize(("lang", "lines", "adopted"), EIGHTH_DECISIONS)
def test_eighth_decision_forms(lang: str, lines: list[str], adopted: bool | None) -> None:
    test_decision_forms(lang, lines, adopted)


EIGHTH_ACTIONS = [
    ("en", ["Following the discussion, Sarah will draft a response to the consultation by 20 June."],
     {"Sarah Cole": ["Sarah"]}, "Sarah Cole"),
    ("cs", ["V návaznosti na diskusi připraví p. Malá do příštího jednání návrh vyhlášky."], {"Eva Malá": ["p. Malá"]},
     "Eva Malá"),
    ("en", ["It was agreed that the Clerk, in consultation with the Chair, would respond to the consultation."], {},
     _ANY),
    ("cs", ["Starosta, ve spolupráci s místostarostou, zajistí jednání s dodavatelem."], {}, _ANY),
]


@pytest.mark.parametrize(("lang", "lines", "people", "owner"), EIGHTH_ACTIONS)
def test_eighth_action_forms(lang: str, lines: list[str], people: dict[str, list[str]], owner: str | None) -> None:
    test_action_forms(lang, lines, people, owner)


NINTH_ACTIONS = [
    ("en", ["Residents will be consulted on the options."], {}, None),
    ("cs", ["Oprava bude dokončena do konce června."], {}, None),
]


@pytest.mark.parametrize(("lang", "lines", "people", "owner"), NINTH_ACTIONS)
def test_agentless_schedules_are_actions(lang: str, lines: list[str], people: dict[str, list[str]],
                                         owner: str | None) -> None:
    test_action_forms(lang, lines, people, owner)  # corpus/FORMAT.md: agentless schedules are actions


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "The Clerk said she would be on leave in August."),
    ("en", "The Chair will be away for the next meeting."),
    ("en", "The new policy will take effect from 1 April."),
    ("en", "The consultation closes on 30 May."),
    ("cs", "Nová vyhláška nabude účinnosti 1. 1. 2026."),
    ("cs", "Starosta bude na dovolené v srpnu."),
    ("en", "The Treasurer is expected to retire next year."),
    ("cs", "Starostka uvedla, že se jednání zúčastní osobně."),
])
def test_statements_about_the_future_that_are_no_task(lang: str, line: str) -> None:
    test_not_action_forms(lang, line)


@pytest.mark.parametrize(("lang", "lines", "people", "count"), [
    ("en", ["Actions agreed", "- Clerk: order the new bench", "- Tom Reed: chase the insurer"],
     {"Tom Reed": ["Tom Reed"]}, 2),
    ("cs", ["Přehled úkolů", "- starosta: objednat lavičky", "- Jan Malý: urgovat pojišťovnu"],
     {"Jan Malý": ["Jan Malý"]}, 2),
    ("cs", ["Úkoly", "- objednat lavičky", "Zapsal: Jan Malý"], {"Jan Malý": ["Jan Malý"]}, 1),
])
def test_task_lists_whose_lines_open_with_the_owner(lang: str, lines: list[str], people: dict[str, list[str]],
                                                     count: int) -> None:
    assert len([a for a in _items(lang, lines, people).actions if a.status is None]) == count

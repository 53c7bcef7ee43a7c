"""Questions: what real minutes record as a question and what is only shaped like one, written from
knowledge of the genre (Czech council, committee and school-board minutes; English parish/district councils,
school governors, NHS and charity boards), not from our corpus.

Rows: language, blocks (built by hand with docbuild: "# " a heading, "- " a list item, else a paragraph) and
the questions expected as (asker, answerer, answered). By corpus/FORMAT.md an answer only promised (in writing,
at the next meeting, "will be looked into", "k dotazu se vyjádří") leaves the question open with no answerer;
a request for something to be done, a vote, an invitation to ask, a topic called "the question of X", a survey
question, an FAQ annex and a rhetorical question inside a speech are no questions from the floor.
"""

from __future__ import annotations

from typing import Any

import pytest
from docbuild import blocks_doc, bullet, heading, para, table
from items_support import entities_with_roles

from minutes_nlp.extract.items import extract_items
from minutes_nlp.extract.result import MeetingInfo

PEOPLE: dict[str, tuple[list[str], str | None]] = {
    "Radek Sýkora": (["Radek Sýkora", "R. Sýkora", "p. Sýkora", "p. Sýkory", "p. Sýkorovi", "Ing. Sýkora",
                      "Ing. Sýkory", "Ing. Sýkoru"], None),
    "Ivana Hrubá": (["Ivana Hrubá", "I. Hrubá", "Mgr. Hrubá", "Mgr. Hrubé", "Mgr. Hrubou"], "starostka"),
    "Ondřej Malý": (["Ondřej Malý", "O. Malý", "Bc. Malý", "Bc. Malého", "Bc. Malému"], "tajemník"),
    "Zdeňka Černá": (["Zdeňka Černá", "Z. Černá", "pí Černá", "pí Černé", "paní Černá", "paní Černé"], None),
    "Alan Brooks": (["Alan Brooks", "Cllr Brooks", "Councillor Brooks", "Mr Brooks"], None),
    "Fiona Walsh": (["Fiona Walsh", "Mrs Walsh", "Cllr Walsh"], "Clerk"),
    "Nadia Karim": (["Nadia Karim", "Dr Karim"], "Headteacher"),
    "Peter Doyle": (["Peter Doyle", "Mr Doyle"], None),
    "Grace Lin": (["Grace Lin", "Dr. Lin", "Dr Lin"], "Chair"),
    "Omar Haddad": (["Omar Haddad", "Mr. Haddad", "Dr. Haddad"], None),
    "Julia Reyes": (["Julia Reyes", "Ms. Reyes"], "Designated Federal Officer"),
    "Karel Vondra": (["Karel Vondra", "Ing. Vondra", "Ing. Vondry", "Ing. Vondrovi"], "vedoucí odboru dopravy"),
}

SYK, HRU, MAL, CER = "Radek Sýkora", "Ivana Hrubá", "Ondřej Malý", "Zdeňka Černá"
BRO, WAL, KAR, DOY = "Alan Brooks", "Fiona Walsh", "Nadia Karim", "Peter Doyle"
LIN, HAD, REY, VON = "Grace Lin", "Omar Haddad", "Julia Reyes", "Karel Vondra"

Row = Any

# (a) Czech: how a question is recorded, and whether it was answered
CS_ASKED: list[Row] = [
    ("cs", ["p. Sýkora se ptal, proč nebyla opravena lávka u školy.",
            "Starostka odpověděla, že oprava je zahrnuta v rozpočtu na příští rok."], [(SYK, HRU, True)]),
    ("cs", ["Ing. Sýkora se tázal, kdo hradí zimní údržbu chodníků.",
            "Bc. Malý vysvětlil, že chodníky udržuje obec."], [(SYK, MAL, True)]),
    ("cs", ["Na dotaz pí Černé, zda bude zachován autobusový spoj, odpověděla Mgr. Hrubá, že ano."],
     [(CER, HRU, True)]),
    ("cs", ["Dotaz p. Sýkory, zda obec podá žádost o dotaci na chodník. Starostka sdělila, že žádost je podána."],
     [(SYK, HRU, True)]),
    ("cs", ["pí Černá vznesla dotaz na termín dokončení kanalizace.",
            "Bc. Malý uvedl, že stavba bude dokončena v září."], [(CER, MAL, True)]),
    ("cs", ["Ing. Sýkora vznesl interpelaci na starostku ve věci opravy mostu.",
            "Starostka odpověděla, že oprava začne v červnu."], [(SYK, HRU, True)]),
    ("cs", ["Ing. Sýkoru zajímalo, kdy začne oprava mostu.", "Ing. Vondra sdělil, že v červnu."], [(SYK, VON, True)]),
    ("cs", ["Ing. Sýkora chtěl vědět, kolik stála rekonstrukce hasičské zbrojnice.",
            "Starostka uvedla, že rekonstrukce stála 2,4 mil. Kč."], [(SYK, HRU, True)]),
    # answered in writing / later / to be looked into: open, no answerer
    ("cs", ["p. Sýkora se dotázal na stav pozemků pod místní komunikací.",
            "Odpověď bude zaslána písemně."], [(SYK, None, False)]),
    ("cs", ["pí Černá se dotázala, kdy bude vyměněno veřejné osvětlení.",
            "Starostka uvedla, že na dotaz odpoví na příštím zasedání."], [(CER, None, False)]),
    ("cs", ["p. Sýkora se zeptal, zda je stavba v souladu s územním plánem.",
            "K dotazu se vyjádří stavební úřad."], [(SYK, None, False)]),
    ("cs", ["pí Černá se dotázala na výši poplatku za odpad pro chataře.",
            "Bc. Malý uvedl, že věc prověří a odpověď zašle písemně."], [(CER, None, False)]),
]

# (a) English: how a question is recorded, and whether it was answered
EN_ASKED: list[Row] = [
    ("en", ["Cllr Brooks queried the cost of the new play equipment.",
            "The Clerk explained that the cost was met by a grant."], [(BRO, WAL, True)]),
    ("en", ["Mr Doyle sought clarification on the hedge cutting schedule.",
            "Mrs Walsh confirmed that cutting would take place in February."], [(DOY, WAL, True)]),
    ("en", ["Cllr Brooks wanted to know whether the footpath had been reported to the County.",
            "The Clerk confirmed that it had been reported in March."], [(BRO, WAL, True)]),
    ("en", ["Cllr Brooks raised the question of who owns the verge on Mill Lane.",
            "The Clerk advised that the verge belongs to the highway authority."], [(BRO, WAL, True)]),
    ("en", ["In response to a question from Mr Doyle, the Headteacher said that the trip was fully funded."],
     [(DOY, KAR, True)]),
    ("en", ["Q: Mr Doyle asked how the school was tracking pupils with low attendance.",
            "A: Dr Karim explained that attendance is reviewed weekly by the pastoral team."], [(DOY, KAR, True)]),
    ("en", ["Cllr Brooks asked when the bus shelter would be repaired.",
            "The Clerk said that a written response would be provided."], [(BRO, None, False)]),
    ("en", ["Mr Doyle asked whether the car park charges would rise.",
            "Mrs Walsh said the matter would be looked into and reported to the next meeting."], [(DOY, None, False)]),
    ("en", ["Cllr Brooks asked the Clerk whether the invoice had been paid. She confirmed it had."],
     [(BRO, WAL, True)]),
    # noting a question, or the chair moving on, answers nothing
    ("en", ["Cllr Brooks asked about the date of the repair. The Clerk noted the question."], [(BRO, None, False)]),
    ("en", ["Cllr Brooks asked about the date of the repair. The Chair moved on to the next item."],
     [(BRO, None, False)]),
    ("cs", ["Ing. Sýkora se dotázal na termín opravy. Starostka vzala dotaz na vědomí."], [(SYK, None, False)]),
    # school governors' challenge lines "Q. ... A. ..."
    ("en", ["Q. How are governors assured that the pupil premium is well spent?",
            "A. The Headteacher reports termly on outcomes."], [(None, KAR, True)]),
    ("en", ["Q. Will the roof be repaired before winter?", "A. The Clerk will confirm at the next meeting."],
     [(None, None, False)]),
    ("en", ["Cllr Brooks asked how many complaints had been received about the streetlights.",
            "The Clerk did not have the figures to hand."], [(BRO, WAL, False)]),
]

# (a) the verbs real minutes use for the reply (a comment, an addition, a clarification answers too)
REPLY_VERBS: list[Row] = [
    *[("en", ["Mr. Haddad asked whether the grant covered tribal health programs.", f"Ms. Reyes {verb} that tribal "
              "programs were eligible."], [(HAD, REY, True)])
      for verb in ("responded", "clarified", "added", "commented", "acknowledged", "pointed out", "explained",
                   "emphasized", "elaborated", "remarked")],
    *[("cs", ["Ing. Sýkora se dotázal, kdy začne oprava mostu.", f"Ing. Vondra {verb}, že oprava začne v červnu."],
       [(SYK, VON, True)])
      for verb in ("odpověděl", "dodal", "poznamenal", "připomněl", "zdůraznil", "upozornil", "vysvětlil")],
    ("cs", ["Ing. Sýkora se dotázal na harmonogram opravy mostu.",
            "Odpověď poskytl Ing. Vondra: oprava začne v červnu."], [(SYK, VON, True)]),
    ("cs", ["Ing. Sýkora se dotázal na harmonogram opravy mostu.",
            "Ing. Vondra poskytl informaci, že oprava začne v červnu."], [(SYK, VON, True)]),
    ("cs", ["Ing. Sýkora se dotázal na harmonogram opravy mostu.",
            "Ing. Vondra se k dotazu vyjádřil tak, že oprava začne v červnu."], [(SYK, VON, True)]),
]

# (a) a federal advisory committee (US usage: "Dr." with a period, "A member asked", "In response to")
FAC: list[Row] = [
    ("en", ["Dr. Lin asked whether the agency had considered rural hospitals.",
            "Ms. Reyes responded that the analysis included rural facilities."], [(LIN, REY, True)]),
    ("en", ["A committee member asked about the timeline for the final rule.",
            "Ms. Reyes indicated that the rule is expected in the spring."], [(None, REY, True)]),
    ("en", ["Mr. Haddad inquired about the sample size. Dr. Lin noted that the sample included 2,000 adults."],
     [(HAD, LIN, True)]),
    ("en", ["In response to a question from Mr. Haddad, Ms. Reyes stated that the charter runs to 2027."],
     [(HAD, REY, True)]),
    ("en", ["Members raised questions about the funding formula.",
            "Ms. Reyes said staff would provide additional information at the next meeting."], [(None, None, False)]),
    ("en", ["Mr. Haddad asked how the data would be shared. Ms. Reyes said she would follow up with the committee."],
     [(HAD, None, False)]),
    ("en", ["Mr. Haddad asked that staff provide the data by region."], []),
    ("en", ["Dr. Lin asked when work would start. Ms. Reyes responded that work would start in June and that staff "
            "would keep the committee informed."], [(LIN, REY, True)]),
    ("en", ["Dr. Lin asked when work would start. Ms. Reyes said she would check and keep the committee informed."],
     [(LIN, None, False)]),
    ("en", ["Dr. Lin asked if there were any further comments. Hearing none, she closed the session."], []),
    ("en", ["No members of the public requested to speak during the public comment period."], []),
    ("en", ["Mr. Haddad commented that the data were incomplete."], []),
    ("en", ["The audit raised several questions about contract oversight."], []),
    ("en", ["Mr. Haddad questioned whether the survey reached enough veterans.",
            "Dr. Lin explained that the sample was weighted."], [(HAD, LIN, True)]),
    ("en", ["Question: How will the findings be published? Response: Ms. Reyes said they will be posted online."],
     [(None, REY, True)]),
]

# (a) a regional assembly committee and a settlement committee (osadní výbor)
CS_COMMITTEE: list[Row] = [
    ("cs", ["Člen výboru Ing. Sýkora se dotázal, zda kraj počítá s obchvatem obce.",
            "Ing. Vondra odpověděl, že obchvat je v zásobníku projektů."], [(SYK, VON, True)]),
    ("cs", ["Na dotaz Ing. Sýkory odpověděl vedoucí odboru dopravy, že oprava začne v červnu."], [(SYK, VON, True)]),
    ("cs", ["Na dotaz Ing. Sýkory odpověděl Ing. Vondra, že situaci prověří."], [(SYK, None, False)]),
    ("cs", ["Ing. Sýkora se dotázal na stav přípravy stavby. Odpověď bude členům výboru zaslána e-mailem."],
     [(SYK, None, False)]),
    ("cs", ["Ing. Sýkora se dotázal na stav přípravy stavby. Dotaz byl zodpovězen."], [(SYK, None, True)]),
    ("cs", ["Občané se ptali, kdy bude opraveno veřejné osvětlení v osadě.",
            "Bc. Malý odpověděl, že oprava je objednána."], [(None, MAL, True)]),
    ("cs", ["Osadní výbor se dotáže na městském úřadě, kdy bude opraveno osvětlení."], []),
    ("cs", ["Ing. Sýkora upozornil na špatný stav chodníku u zastávky."], []),
    ("cs", ["Ing. Sýkora požádal o zaslání projektové dokumentace."], []),
    # an answer with content and a promise to keep members informed is answered; a promise alone is not
    ("cs", ["Ing. Sýkora se dotázal, kdy začne oprava mostu. Ing. Vondra odpověděl, že oprava začne v červnu a o "
            "dalším postupu bude výbor informovat."], [(SYK, VON, True)]),
    ("cs", ["Ing. Sýkora se dotázal, kdy začne oprava mostu. Ing. Vondra odpověděl, že termín prověří a o výsledku "
            "bude výbor informovat."], [(SYK, None, False)]),
    ("cs", ["Na podnět p. Sýkory reagovala starostka, že lavička bude opravena."], [(SYK, HRU, True)]),
    # the one asked answers with a dropped or pronoun subject
    ("cs", ["Ing. Sýkora se zeptal starostky, zda byla podána žádost. Odpověděla, že ano."], [(SYK, HRU, True)]),
    ("cs", ["Ing. Sýkora se dotázal Ing. Vondry, kdy začne oprava. Ten odpověděl, že v červnu."],
     [(SYK, VON, True)]),
    ("cs", ["Předseda výboru se dotázal, zda mají členové k materiálu připomínky. Připomínky nebyly."], []),
]

# (b) shaped like a question (or like an answer) but not a question from the floor
CS_NOT: list[Row] = [
    ("cs", ["Předsedající se zeptala: Kdo je pro? Pro hlasovalo 7 členů."], []),
    ("cs", ["Kdo je pro návrh usnesení?", "Pro: 7, proti: 0, zdržel se: 0."], []),
    ("cs", ["Starostka se dotázala, zda má někdo z přítomných dotaz.", "Nikdo se nepřihlásil."], []),
    ("cs", ["Dotazy občanů: bez dotazů."], []),
    ("cs", ["Otázka financování provozu koupaliště byla projednána."], []),
    ("cs", ["Otázka č. 3 dotazníku zněla: Jste spokojeni s úklidem obce?"], []),
    ("cs", ["Ke stavu chodníku nebyly vzneseny žádné dotazy ani připomínky."], []),
    ("cs", ["Starostka vyzvala přítomné k dotazům. Dotazy nebyly vzneseny."], []),
    ("cs", ["Starostka: Má někdo ještě nějaký dotaz?", "Nikdo se nepřihlásil."], []),
    # a request phrased as a question is a task, not a question
    ("cs", ["p. Sýkora požádal, zda by mohl obecní úřad zajistit posekání trávy u hřbitova."], []),
    ("cs", ["Ing. Sýkora požádal starostku o zaslání smlouvy s dodavatelem."], []),
    # a rhetorical question inside a member's speech asks nobody
    ("cs", ["Ing. Sýkora v rozpravě uvedl, že obec nemá na opravu dost peněz. Kdo jiný by to měl zaplatit? "
            "Navrhl proto zvýšit poplatek."], []),
    # the vote question of the chair
    ("cs", ["Předsedající se zeptal, kdo je pro přijetí usnesení. Pro 9, proti 0, zdržel se 0."], []),
    ("cs", ["Kdo je proti? Nikdo. Kdo se zdržel? Nikdo."], []),
    # "na podnět X" = at X's initiative; a remark accepted is no question; the issue as the subject
    ("cs", ["Na podnět osadního výboru byla opravena lavička u kapličky."], []),
    ("cs", ["Na připomínku Ing. Sýkory byl text usnesení upraven."], []),
    ("cs", ["Otázka parkování u školy zůstává otevřená."], []),
    ("cs", ["Otázka financování: starostka informovala o stavu rozpočtu."], []),
    ("cs", ["Otázka p. Sýkory: kdy bude opravena cesta. Starostka odpověděla, že v květnu."], [(SYK, HRU, True)]),
]

EN_NOT: list[Row] = [
    ("en", ["The question of funding for the village hall was discussed at length."], []),
    ("en", ["The Chair asked if there were any questions. There were none."], []),
    ("en", ["No questions were raised by members of the public."], []),
    ("en", ["Question 4 of the survey asked residents whether they used the library."], []),
    ("en", ["The Chair asked who was in favour; the motion was carried unanimously."], []),
    ("en", ["Cllr Brooks asked the Clerk to write to the County about the potholes."], []),
    ("en", ["There were no questions from the public."], []),
    ("en", ["Any questions? None were raised."], []),
    ("en", ["Cllr Brooks asked if the Clerk could circulate the revised plans before the next meeting."], []),
    ("en", ["Cllr Brooks said that residents had waited long enough. Why should they pay twice for the same road? "
            "He urged members to support the motion."], []),
    ("en", ["All those in favour? The motion was carried."], []),
    ("en", ["The consultation asked respondents whether they supported a new car park."], []),
]

# (b) built from blocks: headings and sections that carry the convention
BLOCKS: list[Row] = [
    # an item title ending in "?" is the topic, not somebody's question
    ("cs", [heading("3. Co dál s obecním koupalištěm?"), para("Starostka informovala o stavu koupaliště.")], []),
    ("en", [heading("5. What next for the library?"), para("The Clerk reported on the library lease.")], []),
    ("en", [heading("Item 7: Who pays for the bus shelter?"), para("The Clerk reported on the quotes.")], []),
    # an unnumbered bold line (a PDF heading) ending in "?" may be the question itself
    ("en", [heading("Why has attendance fallen this term?"),
            para("The Headteacher explained that two families had moved away.")], [(None, KAR, True)]),
    # an FAQ annex lists questions nobody asked at the meeting
    ("en", [heading("Annex B: Frequently asked questions"), bullet("How do I apply for an allotment?"),
            bullet("Contact the Clerk.")], []),
    # the public section records a resident's question and the answer
    ("cs", [heading("8. Dotazy občanů"), para("p. Sýkora se dotázal, kdy bude opravena cesta k lesu."),
            para("Starostka odpověděla, že oprava je naplánována na květen.")], [(SYK, HRU, True)]),
    ("en", [heading("4. Public participation"), para("Mr Doyle asked whether the speed limit could be reduced."),
            para("The Clerk explained that this was a matter for the County.")], [(DOY, WAL, True)]),
    # a question table: each data row is a question, the answer cell answers it (empty or promised: open)
    ("cs", [table(["Tazatel", "Dotaz", "Odpověď"], ["p. Sýkora", "Kdy bude opravena cesta?", "Starostka: v květnu."],
                  ["pí Černá", "Bude se sekat tráva u hřbitova?", "Odpověď bude zaslána písemně."])],
     [(SYK, HRU, True), (CER, None, False)]),
    ("en", [table(["Question", "Response"], ["Mr Doyle asked when the path would be resurfaced.",
                                             "The Clerk said it was scheduled for May."],
                  ["Cllr Brooks asked who maintains the pond.", ""])], [(DOY, WAL, True), (BRO, None, False)]),
    # a table that is not a question table asks nothing
    ("cs", [table(["Úkol", "Odpovídá", "Termín"], ["Zjistit, kdy bude opravena cesta?", "Bc. Malý", "30. 6."])], []),
]


def _rows(tables: dict[str, list[Row]]) -> list[Any]:
    out = []
    for name, rows in tables.items():
        for i, row in enumerate(rows):
            values, marks = (row.values, row.marks) if hasattr(row, "values") else (row, ())
            out.append(pytest.param(*values, marks=marks, id=f"{name}-{i:02d}"))
    return out


def _doc(lines: list[Any]):  # type: ignore[no-untyped-def]
    return blocks_doc(*[b if isinstance(b, tuple) else para(b) for b in lines])


@pytest.mark.parametrize(("lang", "lines", "expected"), _rows({"cs_asked": CS_ASKED, "en_asked": EN_ASKED,
                                                               "reply_verbs": REPLY_VERBS, "fac": FAC,
                                                               "cs_committee": CS_COMMITTEE,
                                                               "cs_not": CS_NOT, "en_not": EN_NOT,
                                                               "blocks": BLOCKS}))
def test_question_shapes(lang: str, lines: list[Any], expected: list[tuple[str | None, str | None, bool]]) -> None:
    doc = _doc(lines)
    qs = extract_items(doc, lang, MeetingInfo(), [], entities_with_roles(doc, PEOPLE, {})).questions
    assert [(q.asker, q.answerer, q.answered) for q in qs] == expected

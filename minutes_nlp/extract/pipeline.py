"""The whole extraction of one document: language, metadata, agenda, entities, then actions/questions/decisions.

Each stage is a function of the document and what earlier stages found; heavy resources (spaCy pipelines,
lexicons, the trained model) are loaded once per process by the stage modules themselves.
"""

from __future__ import annotations

from minutes_nlp import __version__
from minutes_nlp.document import Document
from minutes_nlp.extract import agenda, entities, items, language, metadata, presenter_roster
from minutes_nlp.extract.result import MeetingRecord, SourceInfo


def extract(doc: Document) -> MeetingRecord:
    detected = language.detect_language(doc)
    lang = language.rules_language(detected)  # an unsupported language is read with the nearest rule set
    meeting = metadata.extract_meeting(doc, lang)
    agenda_items = agenda.extract_agenda(doc, lang)
    agenda_items = presenter_roster.with_listed_presenters(agenda_items, meeting)  # "Koutný" -> "Radim Koutný"
    meeting = metadata.with_presenting_guests(meeting, agenda_items, lang, doc)
    found = entities.extract_entities(doc, lang, meeting, agenda_items)
    found_items = items.extract_items(doc, lang, meeting, agenda_items, found)
    src = doc.source
    return MeetingRecord(
        source=SourceInfo(src.path, src.sha256, src.format, src.pages),
        language=detected,
        meeting=meeting,
        agenda_items=tuple(agenda_items),
        people=found.people,
        institutions=found.institutions,
        places=found.places,
        actions=found_items.actions,
        questions=found_items.questions,
        decisions=found_items.decisions,
        reports=found_items.reports,
        extractor={"version": __version__, "items": found_items.method},
        warnings=doc.warnings + language.language_warnings(doc),
    )

"""Extraction: from a Document to a MeetingRecord (metadata, agenda, people, actions, questions, decisions)."""

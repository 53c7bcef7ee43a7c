"""Follow-up across the meetings of a series: which action was reported done, carried over, dropped."""

from minutes_nlp.tracker.follow import Evidence, MeetingSlot, Tracked, TrackedItem, follow_series

__all__ = ["Evidence", "MeetingSlot", "Tracked", "TrackedItem", "follow_series"]

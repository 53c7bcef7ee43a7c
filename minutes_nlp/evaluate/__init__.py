"""Evaluation of extraction against hand annotations (`minutes evaluate`): gold loading, matching, scoring,
report. Independent of the store: it loads and extracts each annotated document itself.
"""

from minutes_nlp.evaluate.run import CATEGORIES, DocResult, EvalReport, evaluate

__all__ = ["CATEGORIES", "DocResult", "EvalReport", "evaluate"]

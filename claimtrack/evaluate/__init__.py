"""Evaluation: the gold format, the quoting helper for annotators, the scorer and its reports.

``claimtrack evaluate GOLD.jsonl`` runs :func:`claimtrack.extract` on every gold
document and reports precision/recall/F1 per field; see ``eval/README.md`` for
the gold format and the matching rules, and :mod:`claimtrack.evaluate.score`.
"""

from claimtrack.evaluate.gold import GoldDocument, GoldError, load
from claimtrack.evaluate.score import HEADLINE, Scores, evaluate

__all__ = ["GoldDocument", "GoldError", "HEADLINE", "Scores", "evaluate", "load"]

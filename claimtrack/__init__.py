"""claimtrack: who claims what, with which figures, when, and where sources disagree.

The library's entry point is :func:`extract`; it returns the frozen dataclasses
of :mod:`claimtrack.model`, which serialise to output contract v1.
"""

from claimtrack.model import (
    Article,
    Dateline,
    DocumentSource,
    Entity,
    Extraction,
    Figure,
    Source,
    Span,
    Statement,
    TimeRef,
)
from claimtrack.pipeline import extract

__version__ = "0.12.0"

__all__ = [
    "Article",
    "Dateline",
    "DocumentSource",
    "Entity",
    "Extraction",
    "Figure",
    "Source",
    "Span",
    "Statement",
    "TimeRef",
    "extract",
    "__version__",
]

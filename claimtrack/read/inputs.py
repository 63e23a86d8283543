"""Many inputs to many documents: files, folders, feeds, WARC, JSONL, URLs. STUB: interface fixed."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from claimtrack.document import Document


@dataclass(frozen=True, slots=True)
class Reject:
    """An input item that could not be read: where it came from and why, in words."""

    source: str
    reason: str


def iter_documents(
    target: str,
    *,
    fetched_at: datetime | None = None,
    follow: bool = False,
) -> Iterator[Document | Reject]:
    """Every document in ``target`` (a file, a folder walked recursively, or an http(s) URL).

    Never raises for a bad item: it yields a :class:`Reject` and goes on.
    """
    raise NotImplementedError

"""Read inputs into :class:`~claimtrack.document.Document`: bytes to text, HTML to page text.

STUB being completed: plain text works; HTML extraction is being written in ``read/html.py``.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from claimtrack.document import Document, normalise
from claimtrack.errors import BinaryInput, EmptyInput, InputError, InputTooLarge

MAX_BYTES = 20_000_000


def decode(data: bytes) -> str:
    """Bytes to text: BOM, then UTF-8, then charset detection.

    Raises:
        BinaryInput: if the bytes are not text (NUL bytes, a known binary signature).
        InputError: if no encoding decodes them.
    """
    if b"\x00" in data[:8192]:
        raise BinaryInput("the input is binary data (it holds NUL bytes), not a text or HTML page")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is None:
            raise InputError("could not detect the text encoding; convert the file to UTF-8") from None
        return str(best)


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head or "<head" in head


def read(
    source: str | os.PathLike[str] | bytes,
    *,
    fetched_at: datetime | None = None,
    url: str | None = None,
    max_bytes: int = MAX_BYTES,
) -> Document:
    """Read a path (``Path`` or path string), raw bytes, or a text into a Document."""
    path: str | None = None
    if isinstance(source, bytes):
        data = source
    elif isinstance(source, os.PathLike):
        path = os.fspath(source)
        data = Path(path).read_bytes()
    else:
        data = None
        text = source
    if data is not None:
        if len(data) > max_bytes:
            raise InputTooLarge(f"input is {len(data):,} bytes; the limit is {max_bytes:,}")
        text = decode(data)
    if not text.strip():
        raise EmptyInput("the input is empty")
    return Document(text=normalise(text), path=path, url=url, fetched_at=fetched_at)

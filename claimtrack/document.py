"""The document every later stage reads: one normalised text and where it came from."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

# runs of spaces become one space: a lone plain space (most word gaps) is left alone
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]{2,}|[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_BLANK_LINES = re.compile(r"\n{3,}")
# what _SPACES can match at all besides two plain spaces: one character class, which the
# engine scans for far faster than it tries the alternation at every position
_ODD_SPACE = re.compile("[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")


@dataclass(frozen=True, slots=True)
class Document:
    """A page as text, ready to be segmented.

    Attributes:
        text: the normalised text (see :func:`normalise`); every offset points into it.
        path: the file it was read from, if any.
        url: the page's address, if known.
        fetched_at: when the page was fetched (timezone-aware), if known. Only
            relative times in teaser lists are resolved against it.
        published: the publication time the page's metadata gives (HTML meta
            tags), if any; it anchors the main article's relative times.
        title: the page title from metadata, if any (a hint for the headline).
        language: a language hint ("nl", "en") from the page, if any.
        warnings: what the reader could not do, in words.
    """

    text: str
    path: str | None = None
    url: str | None = None
    fetched_at: datetime | None = None
    published: datetime | None = None
    title: str | None = None
    language: str | None = None
    warnings: tuple[str, ...] = field(default=())

    @property
    def sha256(self) -> str:
        """Hex SHA-256 of the normalised text in UTF-8: the document's identity in a store."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def normalise(text: str) -> str:
    """Normalise page text so that equal pages give equal texts (and hashes).

    NFC composition; ``\\r\\n`` and ``\\r`` become ``\\n``; zero-width characters go;
    runs of spaces, tabs and no-break spaces become one space; spaces at line ends
    go; three or more newlines become two; the text is stripped.
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    if "  " in text or _ODD_SPACE.search(text):
        text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()

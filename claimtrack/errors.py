"""The errors claimtrack raises. Each message says what was wrong and what to do."""

from __future__ import annotations


class ClaimtrackError(Exception):
    """Base class of every error claimtrack raises on purpose."""


class InputError(ClaimtrackError):
    """The input can not be read as a news page (empty, binary, undecodable, too large, ...)."""


class EmptyInput(InputError):
    """The input holds no text."""


class BinaryInput(InputError):
    """The input is binary data (an image, a PDF, an archive), not text or HTML."""


class InputTooLarge(InputError):
    """The input is larger than the configured limit."""


class UnsupportedLanguage(ClaimtrackError):
    """No language data exists for the requested language code."""


class StoreReadOnly(ClaimtrackError):
    """The store may only be read (a read-only folder or file) and the command needs more than that."""

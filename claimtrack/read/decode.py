"""Bytes to text: binary sniffing, encoding declarations, decoding, and input kinds.

The order of evidence follows the WHATWG encoding sniffing algorithm
(https://html.spec.whatwg.org/#determining-the-character-encoding): a byte order
mark wins; then a transport charset (HTTP ``Content-Type``); then a declaration in
the bytes (``<meta charset>``, ``<meta http-equiv="Content-Type">``, or the XML
declaration's ``encoding``); then strict UTF-8; then statistical detection with
charset-normalizer. As in WHATWG, the labels ``iso-8859-1``, ``latin1`` and
``ascii`` mean windows-1252.
"""

from __future__ import annotations

import codecs
import re
import zlib
from typing import Literal

from claimtrack.errors import BinaryInput, InputError
from claimtrack.wording import plural

#: Leading bytes of binary formats that are never a news page (file(1) magic numbers).
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ\x00", "xz-compressed data"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd-compressed data"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 audio file"),
    (b"\x00\x00\x01\x00", "an icon image"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_RIFF_KINDS = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_WHATWG_ALIASES = {"latin-1": "cp1252", "iso8859-1": "cp1252", "ascii": "cp1252"}

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["']""")
_FIRST_TAG = re.compile(r"<([A-Za-z][A-Za-z0-9:._-]*)")
# a doctype may hold an internal subset in brackets, with ">" inside (entity declarations)
_SKIP_PROLOGUE = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<![^>\[]*(?:\[.*?\]\s*)?>)*", re.S)
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_CONTROL_BYTES = re.compile(b"[\x00-\x08\x0b\x0e-\x1f\x7f]")

#: The share of control characters (and U+FFFD) above which decoded text counts as binary.
MAX_CONTROL_SHARE = 0.05
#: The share of NUL bytes in the first 8 KiB above which bytes count as binary; below it a
#: few NULs in a text (a bad copy, a stray byte) are dropped with a warning.
MAX_NUL_SHARE = 0.01
_SNIFF_BYTES = 4096
_SAMPLE_CHARS = 65536

Kind = Literal["html", "feed", "xml", "warc", "jsonl", "text"]


def binary_kind(data: bytes) -> str | None:
    """What binary format ``data`` starts with, in words ("a PNG image"), or None.

    NUL bytes in the first 8 KiB also count as binary ("binary data") when they are more
    than :data:`MAX_NUL_SHARE` of it or stand among other control bytes, unless the bytes
    are UTF-16/32 (a byte order mark, or UTF-16's rhythm of NULs).
    """
    for magic, what in BINARY_SIGNATURES:
        if data.startswith(magic):
            return what
    if data[:4] == b"RIFF" and data[8:12] in _RIFF_KINDS:
        return _RIFF_KINDS[data[8:12]]
    head = data[:8192]
    if b"\x00" in head and not any(data.startswith(bom) for bom, _ in _BOMS[1:]) and bomless_utf16(data) is None:
        # a few NULs in text are dropped (:func:`drop_nuls`); many, or among other control bytes, are binary
        controls = len(_CONTROL_BYTES.findall(head))
        if head.count(0) > MAX_NUL_SHARE * len(head) or controls > MAX_CONTROL_SHARE * len(head):
            return "binary data (it holds NUL bytes)"
    return None


def drop_nuls(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` without NUL characters (no page means one: a stray byte of a bad copy), and a warning."""
    first = text.find("\x00")
    if first < 0:
        return text, ()
    count = text.count("\x00")
    return text.replace("\x00", ""), (
        f"the text held {plural(count, 'NUL character')} (the first at character {first}); they were dropped",
    )


def bomless_utf16(data: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` for UTF-16 text without a byte order mark, else None.

    Text in a Latin script written as UTF-16 has a NUL in (nearly) every other byte and
    in no byte between them; binary data does not keep that rhythm.
    """
    head = data[:8192]
    if len(head) < 8:
        return None
    even, odd = head[0::2], head[1::2]
    for zeros, others, name in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) <= 0.01 * len(others):
            return name
    return None


def declared_encoding(data: bytes) -> str | None:
    """The encoding the bytes declare in their first 4 KiB, as a Python codec name, or None.

    Reads an XML declaration (``<?xml version="1.0" encoding="..."?>``) or an HTML
    ``<meta charset="...">`` / ``<meta http-equiv="Content-Type" content="...; charset=...">``.
    Unknown labels give None. A UTF-16/32 declaration inside ASCII-compatible bytes
    is ignored (WHATWG: such a page is UTF-8).
    """
    head = data[:_SNIFF_BYTES]
    found = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if found is None:
        return None
    name = codec_name(found.group(1).decode("ascii", "replace"))
    if name is not None and name.startswith(("utf-16", "utf-32")):
        return "utf-8"
    return name


def codec_name(label: str | None) -> str | None:
    """A charset label ("ISO-8859-1", "utf8", "windows-1252") as a Python codec name, or None.

    ``iso-8859-1``, ``latin1`` and ``us-ascii`` map to ``cp1252`` as WHATWG prescribes.
    """
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _WHATWG_ALIASES.get(name, name)


def decode_bytes(data: bytes, encoding: str | None = None) -> tuple[str, tuple[str, ...]]:
    """Bytes to text, and warnings about how it was done.

    Args:
        data: the raw bytes.
        encoding: a transport charset label (HTTP ``Content-Type``), if any; it
            ranks below a byte order mark and above an in-document declaration.

    Returns:
        ``(text, warnings)``; the text keeps a leading BOM stripped, nothing else changed.

    Raises:
        BinaryInput: a binary signature, more than :data:`MAX_NUL_SHARE` NUL bytes (or NULs
            among control bytes), or more than :data:`MAX_CONTROL_SHARE` control characters
            in the decoded text. Fewer NULs are dropped, with a warning.
        InputError: no encoding decodes the bytes.
    """
    what = binary_kind(data)
    if what is not None:
        raise BinaryInput(f"the input is {what}, not a text or HTML page")
    warnings: list[str] = []
    text: str | None = None
    for bom, name in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(name, errors="replace")
            break
    if text is None and (utf16 := bomless_utf16(data)) is not None:
        text = data.decode(utf16, errors="replace")
        warnings.append(f"the text is {utf16.upper()} without a byte order mark; read as such")
    if text is None:
        for codec, origin in ((codec_name(encoding), "the transport"), (declared_encoding(data), "the page")):
            if codec is None:
                continue
            try:
                text = data.decode(codec)
                break
            except UnicodeDecodeError:
                warnings.append(
                    f"{origin} declares the encoding {codec}, but the bytes do not decode with it"
                )
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            mixed = _mostly_utf8(data)
            if mixed is None:
                text, guessed = _detect(data)
                warnings.append(
                    f"the bytes are not UTF-8 and no declared encoding fits them; read as {_label(guessed)} (a guess: "
                    "declare the charset or convert the file to UTF-8 if letters look wrong)"
                )
            else:
                text, warning = mixed
                warnings.append(warning)
    text, dropped = drop_nuls(text)
    _check_control_share(text)
    return text, (*warnings, *dropped)


_SURROGATE = re.compile("[\ud800-\udfff]")


def first_surrogate(text: str) -> int | None:
    """Where ``text``'s first lone surrogate code point is, or None."""
    found = _SURROGATE.search(text)
    return None if found is None else found.start()


def replace_surrogates(text: str) -> tuple[str, tuple[str, ...]]:
    """``text`` with lone surrogates (code points no encoding can write) as U+FFFD, and a warning.

    A Python ``str`` may hold them (from ``"\\ud800"`` in JSON, or ``surrogateescape``);
    they can not be hashed as UTF-8 nor stored, so they are replaced, never passed on.
    """
    found = _SURROGATE.search(text)
    if found is None:
        return text, ()
    count = len(_SURROGATE.findall(text))
    return _SURROGATE.sub("\ufffd", text), (
        f"the text held {count} lone surrogate code point(s) (first at {found.start()}); they became U+FFFD",
    )


def decode(data: bytes, encoding: str | None = None) -> str:
    """Bytes to text: BOM, transport charset, declared charset, UTF-8, then detection.

    See :func:`decode_bytes` (this drops its warnings).

    Raises:
        BinaryInput: the bytes are not text (see :func:`binary_kind`).
        InputError: no encoding decodes them.
    """
    return decode_bytes(data, encoding)[0]


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with some bytes that are not (text pasted from a windows-1252 file into a UTF-8
    one), and a warning; None when no valid multi-byte UTF-8 sequence shows it is UTF-8.

    Each stray byte is read as windows-1252 (U+FFFD where that defines no character), so
    "geëvacueerd" keeps its letter. Text in a single-byte encoding almost never holds valid
    multi-byte UTF-8 sequences, so it fails this test and goes to detection.
    """
    text = data.decode("utf-8", errors="surrogateescape")
    stray = _STRAY.findall(text)
    valid = sum(1 for ch in text if ord(ch) > 127) - len(stray)
    if not stray or valid < 1:
        return None
    first = _STRAY.search(text)
    mended = _STRAY.sub(lambda m: _cp1252(ord(m.group()) - 0xDC00), text)
    lost = mended.count("\ufffd") - text.count("\ufffd")
    warning = (
        f"the text is UTF-8 but for {plural(len(stray), 'byte')} (the first at character {first.start() if first else 0}), "
        "read as windows-1252" + (f"; {lost} of them define no windows-1252 character and became U+FFFD" if lost else "")
    )
    return mended, warning


#: A byte that is not UTF-8, as ``surrogateescape`` decodes it (U+DC80..U+DCFF).
_STRAY = re.compile("[\udc80-\udcff]")


def _cp1252(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # 0x81, 0x8D, 0x8F, 0x90, 0x9D: undefined
        return "\ufffd"


def _label(codec: str) -> str:
    """A codec's name as pages and editors write it: ``cp1252`` -> ``windows-1252``."""
    return "windows-" + codec[2:] if re.fullmatch(r"cp12[5-9]\d", codec) else codec


#: The legacy encoding WHATWG falls back to for Dutch and English pages: it wins a tie.
_LEGACY_DEFAULT = "cp1252"


def _detect(data: bytes) -> tuple[str, str]:
    """The bytes decoded with the encoding charset-normalizer finds, and that encoding's name.

    Where windows-1252 reads the bytes with as little mess as the best match does,
    windows-1252 is taken: the coherence score that ranks such ties is a guess at the
    language from a few letters (a Dutch text often ranks windows-1250 or a DOS code
    page first), and Dutch and English pages without a declaration are windows-1252.
    """
    from charset_normalizer import from_bytes

    matches = from_bytes(data[: _SAMPLE_CHARS * 2])
    best = matches.best()
    if best is None or best.encoding is None:
        raise InputError("could not detect the text encoding; convert the file to UTF-8")
    name = codec_name(best.encoding) or best.encoding
    if name != _LEGACY_DEFAULT:
        tied = (m for m in matches if m.chaos <= best.chaos)
        if any(_LEGACY_DEFAULT in (codec_name(e) for e in m.could_be_from_charset) for m in tied):
            name = _LEGACY_DEFAULT
    return data.decode(name, errors="replace"), name


def _check_control_share(text: str) -> None:
    sample = text[:_SAMPLE_CHARS]
    if sample and len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise BinaryInput(
            "the input is binary data (more than 5% control characters), not a text or HTML page"
        )


def sniff(data: bytes) -> Kind:
    """The kind of input the bytes hold, from their content alone.

    ``"warc"`` (``WARC/`` at the start, plain or gzip-compressed); ``"feed"`` (the
    first element is ``rss``, ``feed`` or ``rdf:RDF``); ``"html"`` (a doctype or first
    element ``html``, or a ``<head>``/``<body>`` early on); ``"xml"`` (any other
    markup starting with an XML declaration or element); ``"jsonl"`` (the first
    character is ``{``); else ``"text"``.
    """
    if data.startswith(b"WARC/"):
        return "warc"
    if data.startswith(b"\x1f\x8b"):
        try:
            if (
                zlib.decompressobj(16 + zlib.MAX_WBITS)
                .decompress(data[:_SNIFF_BYTES], 16)
                .startswith(b"WARC/")
            ):
                return "warc"
        except zlib.error:
            pass
        return "text"
    head = data[:_SNIFF_BYTES]
    for bom, name in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :].decode(name, errors="replace").encode("utf-8", "replace")
            break
    else:
        utf16 = bomless_utf16(head)
        if utf16 is not None:
            head = head.decode(utf16, errors="replace").encode("utf-8", "replace")
    text = head.decode("latin-1")
    stripped = text.lstrip()
    if stripped.startswith("{"):
        return "jsonl"
    lower = text.lower()
    if "<!doctype html" in lower[:512]:
        return "html"
    prologue = _SKIP_PROLOGUE.match(text)
    rest = text[prologue.end() if prologue else 0 :]
    tag = _FIRST_TAG.match(rest)
    if tag is None and stripped.startswith("<!"):
        return "html"  # only comments or a doctype: markup without elements
    if tag is not None:
        name = tag.group(1).lower()
        if name in ("rss", "feed", "rdf:rdf"):
            return "feed"
        if name == "html" or "<body" in lower or "<head" in lower:
            return "html"
        if stripped.startswith("<?xml"):
            return "xml"
        return "html"
    if "<body" in lower or "<head" in lower or "<html" in lower:
        return "html"
    return "text"

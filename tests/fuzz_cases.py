"""Fuzz inputs and the one check every input must pass (shared by tests/test_fuzz.py and
bench/fuzz_long.py).

Every input goes through the public entry points (``extract`` on text and bytes,
``iter_documents`` on feed, WARC and JSONL files); the only exceptions allowed
out are the documented ``InputError`` and ``UnsupportedLanguage``. The seed
texts are invented here; mutations insert the characters that broke readers
before (U+2028, NUL and other controls, lone surrogates, bidi marks, huge
digit runs, brackets) and repeat, cut and splice pieces.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import tempfile
import time
import zlib
from dataclasses import dataclass

import claimtrack
from claimtrack.errors import InputError, UnsupportedLanguage
from claimtrack.read.inputs import Reject, iter_documents

ALLOWED = (InputError, UnsupportedLanguage)

SEED_TEXTS = (
    "ZEESTAD (ANP) - Burgemeester Piet Klaver zegt dat 240 mensen dinsdag zijn geëvacueerd.",
    "\"We doen wat we kunnen\", aldus woordvoerder Anna de Wit. Volgens de brandweer gaat het om 3 tot 5 woningen.",
    "NOORDHAVEN - Het aantal doden is gestegen tot 12, meldt het ministerie.\nMeer uit Buitenland\n"
    "Storm in Oostdam\nOOSTDAM (ANP) - Tientallen bomen vielen om.\n34 minuten geleden",
    "LAKETON (AP) - Mayor Jane Rowe said 1,200 homes lost power on Tuesday, up from 800 earlier.",
    "Police said at least 14 people were hurt. \"It was chaos,\" a witness told reporters.",
    "Kosten: €2,5 miljoen; 40% meer dan vorig jaar (ruim 1.000 aanvragen), 3-4 weken vertraging.",
)
SEED_HTML = (
    "<!doctype html><html lang='nl'><head><title>Brug open</title></head><body><article><h1>Brug open</h1>"
    "<p>ZEESTAD (ANP) - De wethouder zegt dat 25 gezinnen terug mogen.</p></article>"
    "<h2>Meer uit Binnenland</h2><ul><li><a href='/a'>Dijk hersteld</a><time>3 uur geleden</time></li>"
    "<li><a href='/b'>Veer vaart weer</a><time>5 uur geleden</time></li></ul></body></html>",
    "<html><body><div><p>Volgens de politie zijn <b>drie</b> mensen aangehouden.</p><script>var x='<p>';</script>"
    "<table><tr><td>12</td></tr></table></div></body></html>",
)
SEED_FEED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Nieuws</title><language>nl</language>'
    "<item><title>Brug open</title><link>https://nieuws.example/brug</link><description>De wethouder zegt dat "
    "25 gezinnen terug mogen.</description><pubDate>Tue, 12 May 2026 10:00:00 GMT</pubDate></item>"
    "<item><title>Veer</title><description>&lt;p&gt;Het veer vaart weer.&lt;/p&gt;</description></item>"
    "</channel></rss>",
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><entry><title>Bridge</title>'
    '<link href="https://news.example/b"/><content type="html">&lt;p&gt;The mayor said 40 homes flooded.&lt;/p&gt;'
    "</content><updated>2026-05-12T10:00:00Z</updated></entry></feed>",
)
INTERESTING = (
    "\u2028", "\u2029", "\x00", "\x01", "\x0b", "\x1f", "\x7f", "\ud800", "\udfff", "\u200b", "\u202e",
    "\ufeff", "\ufffd", "\u0301", "\U0001f600", "<", ">", "&", "&amp;", "&#0;", "\"", "'", "“", "”", "«",
    "\n", "\r", "\t", " ", ".", ",", ":", "-", "(", ")", "[", "{", "%", "€", "0", "9", "1.000", "2,5",
    "dinsdag", "miljoen", "zegt", "said", "ANP", "<p>", "</p>", "<div>", "<h2>", "<li>", "<time>", "]]>",
    "<![CDATA[", "<!--", "-->", "9" * 50, "İ", "ß", "ﬁ",
)


def mutate(text: str, rng: random.Random, steps: int | None = None) -> str:
    """``text`` changed by 1-8 random edits: insert, delete, repeat, splice, truncate, swap case."""
    for _ in range(steps or rng.randint(1, 8)):
        if not text:
            text = rng.choice(INTERESTING)
            continue
        i = rng.randrange(len(text) + 1)
        j = min(len(text), i + rng.randint(0, 40))
        op = rng.randrange(7)
        if op == 0:
            text = text[:i] + rng.choice(INTERESTING) + text[i:]
        elif op == 1:
            text = text[:i] + text[j:]
        elif op == 2:
            text = text[:i] + text[i:j] * rng.randint(2, 30) + text[j:]
        elif op == 3:
            text = text[:i] + rng.choice(SEED_TEXTS) + text[i:]
        elif op == 4:
            text = text[: rng.randrange(len(text) + 1)]
        elif op == 5:
            text = text[:i] + text[i:j].swapcase() + text[j:]
        else:
            text = text[:i] + "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randint(1, 12))) + text[i:]
    return text


def _raw(text: str, rng: random.Random) -> bytes:
    encoding = rng.choice(("utf-8", "utf-8", "cp1252", "utf-16", "latin-1"))
    return text.encode(encoding, "surrogatepass" if encoding.startswith("utf") else "replace")


def make_input(kind: str, rng: random.Random) -> tuple[str, object]:
    """A fuzz input of ``kind`` (text, html, feed, warc, jsonl, bytes) built from the seeds."""
    if kind == "text":
        return kind, mutate(rng.choice(SEED_TEXTS), rng)
    if kind == "bytes":
        return kind, _raw(mutate(rng.choice(SEED_TEXTS + SEED_HTML), rng), rng)
    if kind == "html":
        return kind, mutate(rng.choice(SEED_HTML), rng)
    if kind == "feed":
        return kind, _raw(mutate(rng.choice(SEED_FEED), rng), rng)
    if kind == "jsonl":
        lines = []
        for _ in range(rng.randint(1, 4)):
            obj: dict[str, object] = {"text": mutate(rng.choice(SEED_TEXTS), rng)}
            if rng.random() < 0.3:
                obj = {"html": rng.choice(SEED_HTML), "url": "https://nieuws.example/x", "fetched_at": "2026-05-12T10:00:00+02:00"}
            line = json.dumps(obj, ensure_ascii=rng.random() < 0.5)
            lines.append(mutate(line, rng, rng.randint(0, 3)) if rng.random() < 0.5 else line)
        return kind, "\n".join(lines).encode("utf-8", "surrogatepass")
    if kind == "warc":
        body = mutate(rng.choice(SEED_HTML), rng).encode("utf-8", "surrogatepass")
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
        record = (
            b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://nieuws.example/a\r\n"
            b"WARC-Date: 2026-05-12T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
            b"Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n" % len(http)
        ) + http + b"\r\n\r\n"
        raw = record * rng.randint(1, 2)
        if rng.random() < 0.5:
            raw = mutate(raw.decode("latin-1"), rng, rng.randint(1, 3)).encode("latin-1", "replace")
        return kind, gzip.compress(raw) if rng.random() < 0.3 else raw
    raise ValueError(kind)


KINDS = ("text", "text", "bytes", "html", "feed", "jsonl", "warc")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What one input did: its size, wall and CPU time, and the unexpected exception (None when all went well).

    CPU time is what the input cost; wall time also holds waiting for a busy machine.
    """

    kind: str
    size: int
    seconds: float
    cpu: float
    crash: str | None


def _extract(source: object, language: str) -> None:
    try:
        claimtrack.extract(source, language=language)  # type: ignore[arg-type]
    except ALLOWED:
        pass


_SUFFIX = {"feed": ".rss", "jsonl": ".jsonl", "warc": ".warc"}


def _unpacked_size(data: bytes) -> int:
    """The size the readers work on: a gzip file's unpacked size (as far as it unpacks)."""
    if data[:2] != b"\x1f\x8b":
        return len(data)
    unpacked = 0
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as fh:
            while chunk := fh.read(65536):
                unpacked += len(chunk)
    except (OSError, EOFError, zlib.error):
        pass  # a cut or broken stream: what came out before it
    return max(len(data), unpacked)


def check(kind: str, data: object, rng: random.Random, folder: str) -> Outcome:
    """Run one input through its entry point; any exception but ALLOWED is a crash."""
    size = len(data.encode("utf-8", "surrogatepass")) if isinstance(data, str) else _unpacked_size(data)  # type: ignore[arg-type]
    start, cpu = time.perf_counter(), time.process_time()
    crash = None
    try:
        if kind in _SUFFIX:
            path = os.path.join(folder, "input" + _SUFFIX[kind] + (".gz" if kind == "warc" and data[:2] == b"\x1f\x8b" else ""))  # type: ignore[index]
            with open(path, "wb") as fh:
                fh.write(data)  # type: ignore[arg-type]
            for item in list(iter_documents(path))[:2]:
                if not isinstance(item, Reject):
                    _extract(item, rng.choice(("nl", "en")))
        else:
            _extract(data, rng.choice(("nl", "en")))
    except BaseException as exc:  # noqa: BLE001 - that is what is counted
        if isinstance(exc, KeyboardInterrupt):
            raise
        crash = f"{type(exc).__name__}: {str(exc)[:200]}"
    return Outcome(kind, size, time.perf_counter() - start, time.process_time() - cpu, crash)


def scratch() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="claimtrack-fuzz-")


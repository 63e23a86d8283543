"""Cut backfill inputs into parts: WARC archives at record boundaries, other files in groups."""

from __future__ import annotations

import glob
import hashlib
from dataclasses import dataclass, field, replace
from pathlib import Path

from claimtrack.read.fetch import is_url
from claimtrack.read.inputs import JSONL_SUFFIXES, WARC_SUFFIXES, _kind_by_name, _walk, count_items
from claimtrack.read.warc import warc_index

#: Records (WARC) or items (other files) per part: big enough to amortise a task, small
#: enough that a lost worker costs little and the progress bar moves.
PART_SIZE = 500


@dataclass(frozen=True, slots=True)
class Part:
    """One task: ``limit`` records of WARC ``path`` from byte ``offset`` (record number
    ``first``), or the whole of ``files`` (targets as ``claimtrack ingest`` reads them).
    ``records`` is what it counts for on the progress bar."""

    key: str
    records: int
    path: str | None = None
    offset: int = 0
    first: int = 1
    limit: int | None = None
    files: tuple[str, ...] = field(default=())
    kind: str = "warc"  # of ``path``: "warc" (records) or "jsonl" (lines: ``first`` is a line number)
    order: int = 0  # its place in the run's input order (the Parquet loader loads parts in it)


def _key(*fields: object) -> str:
    return hashlib.sha256("\x00".join(map(str, fields)).encode("utf-8", "surrogateescape")).hexdigest()[:20]


def expand(targets: list[str]) -> list[str]:
    """Each target as files (folders walked as ``ingest`` walks them, globs expanded);
    URLs and missing paths are kept as given (they become rejects as in ``ingest``)."""
    files: list[str] = []
    for target in targets:
        if is_url(target):
            files.append(target)
            continue
        matches = [target] if Path(target).exists() or not glob.has_magic(target) else sorted(glob.glob(target))
        for match in matches or [target]:
            path = Path(match)
            if path.is_dir():
                files.extend(str(f) for f in _walk(path) if _kind_by_name(f) not in (None, "table"))
            else:
                files.append(str(path))
    return files


def plan(targets: list[str], part_size: int = PART_SIZE) -> list[Part]:
    """The parts of ``targets``, in input order; WARC files are indexed (a headers-only pass)."""
    parts: list[Part] = []
    group: list[str] = []
    counted = 0

    def flush() -> None:
        nonlocal group, counted
        if group:
            parts.append(Part(_key("files", *group), counted, files=tuple(group)))
        group, counted = [], 0

    for name in expand(targets):
        offsets = _warc_offsets(name)
        if offsets:
            flush()
            for i in range(0, len(offsets), part_size):
                n = min(part_size, len(offsets) - i)
                last = i + n >= len(offsets)  # read on to the end: a corrupt tail becomes a reject
                parts.append(Part(_key(Path(name).resolve(), offsets[i]), n, name, offsets[i], i + 1, None if last else n))
            continue
        lines = _jsonl_parts(name, part_size)
        if lines:
            flush()
            for offset, first, count, items in lines:
                parts.append(Part(_key(Path(name).resolve(), "line", offset), items, name, offset, first, count, kind="jsonl"))
            continue
        group.append(name)
        counted += (count_items(name) or 1) if not is_url(name) else 1
        if counted >= part_size:
            flush()
    flush()
    return [replace(p, order=i) for i, p in enumerate(parts)]


def _jsonl_parts(name: str, part_size: int) -> list[tuple[int, int, int | None, int]]:
    """A JSONL file bigger than one part, cut every ``part_size`` pages at line starts:
    ``(byte offset, first line number, lines or None for the rest, pages)``; ``[]`` otherwise."""
    if is_url(name) or not name.lower().endswith(JSONL_SUFFIXES):
        return []
    try:
        fh = open(name, "rb")
    except OSError:
        return []
    cuts, offset, line, pages = [(0, 1)], 0, 0, 0
    with fh:
        for raw in fh:  # one pass over the bytes; lines are not parsed here
            line += 1
            if raw.strip():
                pages += 1
                if pages > part_size and (pages - 1) % part_size == 0:
                    cuts.append((offset, line))
            offset += len(raw)
    if len(cuts) == 1:
        return []
    out = []
    for i, (at, first) in enumerate(cuts):
        last = i + 1 == len(cuts)
        count = None if last else cuts[i + 1][1] - first
        items = pages - part_size * i if last else part_size
        out.append((at, first, count, items))
    return out


def _warc_offsets(name: str) -> list[int]:
    if is_url(name) or not name.lower().endswith(WARC_SUFFIXES):
        return []
    try:
        with open(name, "rb") as fh:
            return warc_index(fh)
    except OSError:
        return []

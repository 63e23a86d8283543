"""A part's extractions as Parquet: ``<out>/<table>/part-<key>.parquet`` per table.

Tables: ``documents``, ``articles``, ``statements``, ``figures`` (joined on
``sha256``, the document key, and the local ids ``a1``, ``s1``, ``f1``) and
``rejects``. Offsets are code points into the document text, end-exclusive;
times are UTC timestamps. Open them with ``pandas.read_parquet("<out>/figures")``
or DuckDB ``SELECT * FROM '<out>/figures/*.parquet'``. A part is written to a
temporary name and renamed, then marked done in ``<out>/_parts/``: a part is
either all there or absent.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from claimtrack.read.inputs import Reject
from claimtrack.store.write import Prepared

_TS = "timestamp"  # microseconds, UTC
SCHEMAS: dict[str, dict[str, str]] = {
    "documents": {
        "sha256": "string", "path": "string", "url": "string", "publisher": "string",
        "fetched_at": _TS, "language": "string", "chars": "int64",
        # for `claimtrack load` (and anyone who wants the full output): the text, the
        # contract object without "text" as JSON, and what the store keeps beside it
        "text": "string", "contract": "string", "store_keys": "string",
    },
    "articles": {
        "sha256": "string", "local_id": "string", "role": "string", "section": "string", "headline": "string",
        "dateline_place": "string", "dateline_agencies": "string", "published": _TS,
        "body_start": "int64", "body_end": "int64", "fingerprint": "string",
    },
    "statements": {
        "sha256": "string", "local_id": "string", "article": "string", "source_name": "string",
        "source_type": "string", "cue": "string", "cue_lemma": "string", "content": "string",
        "content_start": "int64", "content_end": "int64", "kind": "string", "time_value": _TS, "via": "string",
    },
    "figures": {
        "sha256": "string", "local_id": "string", "article": "string", "statement": "string", "span": "string",
        "span_start": "int64", "span_end": "int64", "low": "float64", "high": "float64", "approximate": "bool",
        "unit": "string", "counted": "string", "category": "string", "location": "string", "time_value": _TS,
        "claimant": "string", "subject_key": "string", "place_key": "string", "refers_to": _TS, "evidence": "string",
    },
    "rejects": {"source": "string", "reason": "string"},
}


def _text(span):  # type: ignore[no-untyped-def]
    return span.text if span is not None else None


def _value(ref):  # type: ignore[no-untyped-def]
    return ref.value if ref is not None else None


def rows(results: list[Prepared | Reject]) -> dict[str, list[dict]]:
    """The rows of every table for a part's results."""
    out: dict[str, list[dict]] = {name: [] for name in SCHEMAS}
    for r in results:
        if isinstance(r, Reject):
            out["rejects"].append({"source": r.source, "reason": r.reason})
            continue
        x, key = r.extraction, r.extraction.source.sha256
        out["documents"].append({
            "sha256": key, "path": x.source.path, "url": x.source.url, "publisher": r.publisher,
            "fetched_at": x.source.fetched_at, "language": x.language, "chars": len(x.text),
            "text": x.text, "contract": r.contract, "store_keys": store_keys(r),
        })
        for a, (fp, _) in zip(x.articles, r.articles):
            out["articles"].append({
                "sha256": key, "local_id": a.id, "role": a.role, "section": a.section, "headline": _text(a.headline),
                "dateline_place": a.dateline.place if a.dateline else None,
                "dateline_agencies": "/".join(a.dateline.agencies) if a.dateline else None,
                "published": _value(a.published), "body_start": a.body.start, "body_end": a.body.end,
                "fingerprint": fp,
            })
        for s in x.statements:
            first = s.sources[0] if s.sources else None
            out["statements"].append({
                "sha256": key, "local_id": s.id, "article": s.article,
                "source_name": first.name if first else None, "source_type": first.type if first else None,
                "cue": s.cue.text, "cue_lemma": s.cue_lemma, "content": s.content.text,
                "content_start": s.content.start, "content_end": s.content.end, "kind": s.kind,
                "time_value": _value(s.time), "via": s.via,
            })
        for f, k in zip(x.figures, r.figures):
            out["figures"].append({
                "sha256": key, "local_id": f.id, "article": f.article, "statement": f.statement,
                "span": f.span.text, "span_start": f.span.start, "span_end": f.span.end,
                "low": f.low, "high": f.high, "approximate": f.approximate, "unit": f.unit,
                "counted": _text(f.counted), "category": f.category, "location": _text(f.location),
                "time_value": _value(f.time), "claimant": k.claimant, "subject_key": k.subject_key,
                "place_key": k.place_key, "refers_to": k.refers_to, "evidence": k.evidence.text,
            })
    return out


def _arrow_type(name: str):  # type: ignore[no-untyped-def]
    import pyarrow as pa

    return pa.timestamp("us", tz="UTC") if name == _TS else pa.type_for_alias(name)


def store_keys(p: Prepared) -> str:
    """What :func:`~claimtrack.store.write.prepare` computed beside the contract, as JSON
    (:func:`prepared_from_row` reads it back)."""
    figures = [
        [k.claimant, k.claimant_key, k.subject_key, k.place_key, k.refers_to.isoformat() if k.refers_to else None,
         [k.evidence.text, k.evidence.start, k.evidence.end]]
        for k in p.figures
    ]
    groups = [list(p.groups.figures), list(p.groups.places)] if p.groups is not None else None
    return json.dumps({"articles": p.articles, "figures": figures, "groups": groups}, ensure_ascii=False)


def prepared_from_row(row: dict) -> Prepared:
    """The :class:`Prepared` extraction of one ``documents`` row, as the worker made it."""
    from claimtrack.isotime import parse_iso
    from claimtrack.model import Span
    from claimtrack.serialize import extraction_from_dict
    from claimtrack.store.groups import DocKeys
    from claimtrack.store.write import FigureKeys

    contract = json.loads(row["contract"])
    x = extraction_from_dict({**contract, "text": row["text"]})
    keys = json.loads(row["store_keys"])
    figures = tuple(
        FigureKeys(c, ck, sk, pk, parse_iso(at, need_offset=False) if at else None, Span(*ev))
        for c, ck, sk, pk, at, ev in keys["figures"]
    )
    groups = keys["groups"]
    return Prepared(
        x, row["publisher"], tuple(tuple(a) for a in keys["articles"]), figures, row["contract"],
        sources=tuple(json.dumps(s["sources"], ensure_ascii=False) for s in contract["statements"]),
        mentions=tuple(json.dumps(e["mentions"], ensure_ascii=False) for e in contract["entities"]),
        groups=DocKeys(tuple(tuple(f) for f in groups[0]), tuple(tuple(p) for p in groups[1])) if groups else None,
    )


def write_part(out: Path, key: str, tables: dict[str, list[dict]], order: int = 0) -> None:
    """Write one part's tables (:func:`rows`, each atomically), then mark the part done (the
    marker holds the part's place in the input order)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    for name, data in tables.items():
        schema = pa.schema([(c, _arrow_type(ty)) for c, ty in SCHEMAS[name].items()])
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".part-{key}.parquet.tmp"
        pq.write_table(pa.Table.from_pylist(data, schema=schema), tmp)
        os.replace(tmp, folder / f"part-{key}.parquet")
    (out / "_parts").mkdir(parents=True, exist_ok=True)
    (out / "_parts" / key).write_text(f"{order}\n")

"""Score cross-source comparison on event clusters: ``claimtrack evaluate --clusters CLUSTERS.json DIR``.

Input (the layout of the project's ``eval/clusters/``):

* ``CLUSTERS.json``: a list of events, each ``{"event", "pages": [stem, ...],
  "conflicts": [{"key": ...}, ...], "revisions": [...]}``;
* ``DIR/<stem>.json`` for each page: ``file`` (the page, relative to DIR's parent
  or absolute), ``event_time`` (ISO date or time: the fetch time the page is
  ingested with) and ``figures``: ``{"near", "low", "high", "key"}``, where ``key``
  names what the figure counts (``event/quantity/scope``; ``other/...`` for
  figures outside the comparison).

Every page is ingested into a fresh store; each gold figure is mapped to the first
stored figure of its document whose span overlaps the ``near`` phrase.

* **links**: over all pairs of gold figures from different pages, a pair is
  gold-same when both carry the same key (not ``other/...``) and predicted-same
  when both map into one kept group; precision, recall and F1 of the same-links.
* **conflicts**: a group with a disagreement is right when at least two of its
  figures map to one gold conflict key with different values; precision = right
  groups / flagged groups, recall = conflict keys found by a right group / all.
"""

from __future__ import annotations

import json
import tempfile
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import combinations
from pathlib import Path

from claimtrack.isotime import calendar_date, noon_utc, parse_iso


@dataclass(frozen=True, slots=True)
class ClusterFigure:
    """One annotated figure of a cluster page, located in the stored text (``span`` or ``None``).

    Not a second gold figure format: it is the real-page gold's figure (its ``low``,
    ``high`` as ``value``) tied to the stored document and the cluster ``key`` it
    belongs to, so that links and conflicts can be scored.
    """

    id: str
    page: str
    key: str | None
    value: tuple[float | None, float | None]
    document_id: int
    span: tuple[int, int] | None


@dataclass(slots=True)
class ClusterScores:
    """Link and conflict scores, with the errors behind them."""

    pages: int = 0
    gold_figures: int = 0
    mapped: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    flagged: int = 0
    right: int = 0
    conflict_keys: int = 0
    found_keys: set[str] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def conflict_precision(self) -> float:
        return self.right / self.flagged if self.flagged else 1.0

    @property
    def conflict_recall(self) -> float:
        return len(self.found_keys) / self.conflict_keys if self.conflict_keys else 1.0

    def summary(self) -> str:
        """The one-line summary (the same fields as the real-page scorer prints)."""
        return (
            f"pages {self.pages} | gold figures {self.gold_figures} mapped {self.mapped} | links P {self.precision:.3f} "
            f"R {self.recall:.3f} F1 {self.f1:.3f} (gold links {self.tp + self.fn}) | conflicts P "
            f"{self.conflict_precision:.3f} ({self.right}/{self.flagged}) R {self.conflict_recall:.3f} "
            f"({len(self.found_keys)}/{self.conflict_keys})"
        )

    def to_json(self) -> dict:
        """The scores as a JSON-ready dict."""
        return {
            "pages": self.pages, "gold_figures": self.gold_figures, "mapped": self.mapped,
            "links": {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                      "tp": self.tp, "fp": self.fp, "fn": self.fn},
            "conflicts": {"precision": round(self.conflict_precision, 4), "recall": round(self.conflict_recall, 4),
                          "right": self.right, "flagged": self.flagged, "found": sorted(self.found_keys),
                          "gold": self.conflict_keys},
        }


def _fold(s: str | None) -> str:
    return unicodedata.normalize("NFC", s or "").casefold()


def _time(value: str | None) -> datetime | None:
    if not value:
        return None
    day = calendar_date(value)
    if day is not None:
        return noon_utc(day)
    t = parse_iso(value, need_offset=False)
    return t if t.utcoffset() is not None else t.replace(tzinfo=timezone.utc)


def load(clusters_path: Path, gold_dir: Path) -> tuple[list[dict], dict[str, dict], dict[str, Path]]:
    """The clusters, each page's gold and each page's file.

    Raises:
        FileNotFoundError: a page named by a cluster has no gold file or no page file.
        ValueError: the clusters file is not a JSON list.
    """
    clusters = json.loads(clusters_path.read_text(encoding="utf-8"))
    if not isinstance(clusters, list):
        raise ValueError(f"{clusters_path}: expected a JSON list of clusters")
    golds, files = {}, {}
    for c in clusters:
        for stem in c["pages"]:
            path = gold_dir / f"{stem}.json"
            if not path.is_file():
                raise FileNotFoundError(f"no gold file {path} for page {stem}")
            g = json.loads(path.read_text(encoding="utf-8"))
            raw = Path(g["file"])
            raw = raw if raw.is_absolute() else gold_dir.parent / raw
            if not raw.is_file():
                raise FileNotFoundError(f"no page file {raw} for page {stem}")
            golds[stem], files[stem] = g, raw.resolve()
    return clusters, golds, files


def evaluate_clusters(clusters_path: Path, gold_dir: Path, db_url: str | None = None) -> ClusterScores:
    """Ingest every cluster page into a fresh store (or ``db_url``) and score its groups."""
    from claimtrack.ingest import ingest
    from claimtrack.store import connect

    clusters, golds, files = load(clusters_path, gold_dir)
    tmp = None
    if db_url is None:
        tmp = tempfile.TemporaryDirectory(prefix="ct-clusters-")
        db_url = f"sqlite:///{Path(tmp.name) / 'clusters.db'}"
    engine = connect(db_url)
    try:
        for stem, raw in files.items():
            g = golds[stem]
            ingest([str(raw)], engine, fetched_at=_time(g.get("event_time") or (g.get("main") or {}).get("published")))
        return score_store(engine, clusters, golds, files)
    finally:
        engine.dispose()
        if tmp is not None:
            tmp.cleanup()


def score_store(engine, clusters: list[dict], golds: dict[str, dict], files: dict[str, Path]) -> ClusterScores:  # type: ignore[no-untyped-def]
    """Score the groups of a store that holds the cluster pages."""
    from sqlalchemy import select

    from claimtrack.store import schema as t
    from claimtrack.store.export import rows

    figs = list(rows(engine, "figures"))
    fig_group: dict[int, str] = {}
    flagged: dict[str, bool] = {}
    for row in rows(engine, "groups"):
        for fid in str(row["figure_ids"]).replace(";", ",").split(","):
            if fid.strip():
                fig_group[int(fid)] = row["group_id"]
        flagged[row["group_id"]] = flagged.get(row["group_id"], False) or bool(row["disagreement"])
    by_path = {str(p): stem for stem, p in files.items()}
    d = t.documents.c
    with engine.connect() as conn:
        docs = [(i, str(Path(p).resolve()) if p else None, text) for i, p, text in conn.execute(select(d.id, d.path, d.text))]
    gold = _locate(docs, by_path, golds)
    s = ClusterScores(pages=len(files), gold_figures=len(gold))
    mapping = _map(gold, figs)
    s.mapped = len(mapping)

    def group(g: ClusterFigure) -> str:
        fid = mapping.get(g.id)
        return fig_group.get(fid, f"single:{g.id}") if fid is not None else f"unmapped:{g.id}"

    for a, b in combinations(gold, 2):
        if a.page == b.page:
            continue
        same = bool(a.key and a.key == b.key and not a.key.startswith("other/"))
        pred = group(a) == group(b)
        s.tp += same and pred
        s.fp += pred and not same
        s.fn += same and not pred
        if same != pred:
            s.errors.append(f"{'MISSED LINK' if same else 'WRONG LINK '} {a.id} {a.key} {a.value[0]} | {b.id} {b.key} {b.value[0]}")
    _score_conflicts(s, clusters, gold, mapping, fig_group, flagged)
    return s


def _locate(docs, by_path: dict[str, str], golds: dict[str, dict]) -> list[ClusterFigure]:  # type: ignore[no-untyped-def]
    out = []
    for doc_id, path, text in docs:
        stem = by_path.get(path or "")
        if stem is None:
            continue
        for k, f in enumerate(golds[stem].get("figures") or []):
            i = text.find(f["near"])
            if i < 0:
                i = _fold(text).find(_fold(f["near"]))
            span = (i, i + len(f["near"])) if i >= 0 else None
            out.append(ClusterFigure(f"{stem}#{k}", stem, f.get("key"), (f.get("low"), f.get("high")), doc_id, span))
    return out


def _map(gold: list[ClusterFigure], figs: list[dict]) -> dict[str, int]:
    """Gold figure id -> the first unused stored figure of its document whose span overlaps its phrase."""
    by_doc: dict[int, list[dict]] = {}
    for f in figs:
        by_doc.setdefault(f["document_id"], []).append(f)
    used: set[int] = set()
    out = {}
    for g in gold:
        if g.span is None:
            continue
        for f in by_doc.get(g.document_id, ()):
            if f["id"] not in used and min(g.span[1], f["span_end"]) > max(g.span[0], f["span_start"]):
                used.add(f["id"])
                out[g.id] = f["id"]
                break
    return out


def _score_conflicts(s: ClusterScores, clusters, gold, mapping, fig_group, flagged) -> None:  # type: ignore[no-untyped-def]
    keys = {x["key"] for c in clusters for x in c.get("conflicts", [])}
    s.conflict_keys = len(keys)
    by_fig = {mapping[g.id]: g for g in gold if g.id in mapping}
    members: dict[str, list[ClusterFigure]] = {}
    for fid, gid in fig_group.items():
        if fid in by_fig:
            members.setdefault(gid, []).append(by_fig[fid])
    for gid, is_flagged in flagged.items():
        if not is_flagged:
            continue
        s.flagged += 1
        ms = members.get(gid, [])
        hit = {k for k in keys if len({m.value for m in ms if m.key == k}) >= 2}
        s.found_keys |= hit
        s.right += bool(hit)
        if not hit:
            s.errors.append(f"WRONG CONFLICT group {gid} {[(m.id, m.key, m.value[0]) for m in ms][:6]}")
    for k in sorted(keys - s.found_keys):
        s.errors.append(f"MISSED CONFLICT {k}")

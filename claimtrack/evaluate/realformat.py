"""Score ``extract`` on a folder of annotated pages in the real-page format.

A folder holds ``raw/*.txt`` (pages as a page store returned them) and
``gold/<stem>.json`` (one gold file per page: ``file``, ``fetched_at``,
``language``, ``main``, ``teasers``, ``statements``, ``figures``,
``not_figures``; the format of ``../shared/realpages/GUIDE.md``). Gold here
does not carry offsets: it quotes phrases, and matching is lenient:

* a **statement** is found when one of the gold source names (``"A|B"``:
  alternatives, case-insensitive) occurs inside a predicted source's name or
  span text, and the predicted content covers at least 80% of the characters of
  the gold content phrase;
* a **figure** is found when the predicted span overlaps the gold ``near``
  phrase, ``low`` and ``high`` are equal, and, where gold names a claimant,
  one of its alternatives occurs in the figure's ``source_name``;
* each gold item takes the first unused prediction (in output order) that fits,
  gold items in gold order; a predicted figure whose span contains a
  ``not_figures`` string is counted as forbidden.

Extraction runs as a user runs it: on the page file, with only ``fetched_at``
from the gold file, so the tool finds the language itself.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from claimtrack.isotime import parse_iso, parse_iso_or_none

#: Share of the gold content phrase a predicted content must cover.
COVER = 0.8


class FormatError(ValueError):
    """A folder or gold file that is not in the real-page format."""


def fold(value: str | None) -> str:
    """Text compared without case (NFC, casefolded); ``None`` is the empty string."""
    return unicodedata.normalize("NFC", value or "").casefold()


def find_phrase(text: str, phrase: str) -> tuple[int, int] | None:
    """Where a gold phrase sits in the output text: exact first, then without case."""
    at = text.find(phrase)
    if at < 0:
        at = fold(text).find(fold(phrase))
    return None if at < 0 else (at, at + len(phrase))


def _shared(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _where(span: dict | None) -> tuple[int, int] | None:
    return (span["start"], span["end"]) if span else None


def _alternatives(spec: str | None) -> list[str]:
    return [fold(x) for x in (spec or "").split("|")]


def _names(statement: dict) -> list[str]:
    """The strings a gold source name may occur in: each source's name and span text."""
    out = []
    for src in statement.get("sources") or []:
        out.append(fold(src.get("name")))
        if src.get("span"):
            out.append(fold(src["span"].get("text")))
    return out


def same_minute(a: str | None, b: str | None) -> bool:
    """Two ISO times (or two unknowns) name the same instant, within a minute."""
    if a is None or b is None:
        return a is None and b is None
    x, y = parse_iso_or_none(a), parse_iso_or_none(b)
    if x is None or y is None:
        return a[:16] == b[:16]
    if (x.tzinfo is None) != (y.tzinfo is None):
        x, y = x.replace(tzinfo=None), y.replace(tzinfo=None)
    return abs((x - y).total_seconds()) < 60


def _dateline(article: dict | None) -> dict:
    return (article or {}).get("dateline") or {}


def _agencies(values: Iterable[str] | None) -> list[str]:
    return [fold(v) for v in values or []]


@dataclass
class PageScore:
    """Counts for one page: (found, gold, predicted) per part, and what was missed or extra."""

    page: str
    language: str | None
    statements: tuple[int, int, int] = (0, 0, 0)
    figures: tuple[int, int, int] = (0, 0, 0)
    teasers: tuple[int, int, int] = (0, 0, 0)
    main: tuple[int, int] = (0, 0)
    main_failed: list[str] = field(default_factory=list)
    forbidden: int = 0
    error: str | None = None
    statements_missed: list[str] = field(default_factory=list)
    statements_extra: list[str] = field(default_factory=list)
    figures_missed: list[str] = field(default_factory=list)
    figures_extra: list[str] = field(default_factory=list)
    teasers_failed: list[str] = field(default_factory=list)


def score_main(page: PageScore, gold: dict, pred: dict) -> None:
    """The main article's headline, dateline, section and (absent) publication time."""
    want = gold.get("main") or {}
    if not want:
        return
    articles = pred.get("articles") or []
    main = next((a for a in articles if a.get("role") == "main"), {})
    sections = [fold(a.get("section")) for a in articles if a.get("role") == "teaser"]
    checks = {
        "headline": fold((main.get("headline") or {}).get("text")).strip() == fold(want.get("headline")),
        "place": fold(_dateline(main).get("place")) == fold(want.get("place")),
        "agencies": _agencies(_dateline(main).get("agencies")) == _agencies(want.get("agencies")),
        "section": fold(want.get("section")) in [fold(main.get("section"))] + sections,
        # a page that does not state the main article's time must not get one
        "published_unknown": want.get("published") is not None or (main.get("published") or {}).get("value") is None,
    }
    page.main = (sum(checks.values()), len(checks))
    page.main_failed = [k for k, ok in checks.items() if not ok]


def _teaser_ok(text: str, want: dict, got: dict | None) -> bool:
    if not got:
        return False
    body = got.get("body") or {"start": 0, "end": 0}
    return (
        fold(_dateline(got).get("place")) == fold(want.get("place"))
        and _agencies(_dateline(got).get("agencies")) == _agencies(want.get("agencies"))
        and same_minute((got.get("published") or {}).get("value"), want.get("published"))
        and fold(text[body["start"] : body["end"]]).lstrip().startswith(fold(want.get("starts")))
    )


def score_teasers(page: PageScore, gold: dict, pred: dict) -> None:
    """Gold teasers against predicted teasers in page order."""
    wanted = gold.get("teasers") or []
    got = [a for a in pred.get("articles") or [] if a.get("role") == "teaser"]
    ok = 0
    for i, want in enumerate(wanted):
        if _teaser_ok(pred.get("text", ""), want, got[i] if i < len(got) else None):
            ok += 1
        else:
            page.teasers_failed.append(f"{i} {want.get('place')}")
    page.teasers = (ok, len(wanted), len(got))


def _statement_fits(text: str, want: dict, got: dict) -> bool:
    names = _names(got)
    if not any(alt in name for alt in _alternatives(want.get("source")) for name in names):
        return False
    where, content = find_phrase(text, want.get("content") or ""), _where(got.get("content"))
    return bool(where and content) and _shared(where, content) >= COVER * (where[1] - where[0])


def _figure_fits(text: str, want: dict, got: dict) -> bool:
    where, span = find_phrase(text, want.get("near") or ""), _where(got.get("span"))
    if not (where and span and _shared(where, span) > 0):
        return False
    if got.get("low") != want.get("low") or got.get("high") != want.get("high"):
        return False
    claimant = fold(got.get("source_name"))
    return not want.get("source") or any(alt in claimant for alt in _alternatives(want["source"]))


def _pair(wanted: list[dict], got: list[dict], fits: Callable[[dict, dict], bool]) -> tuple[list[int | None], set[int]]:
    """For each gold item, the first unused prediction that fits it (or None)."""
    used: set[int] = set()
    pairs: list[int | None] = []
    for want in wanted:
        hit = next((j for j, g in enumerate(got) if j not in used and fits(want, g)), None)
        if hit is not None:
            used.add(hit)
        pairs.append(hit)
    return pairs, used


def score_statements(page: PageScore, gold: dict, pred: dict) -> None:
    text, wanted, got = pred.get("text", ""), gold.get("statements") or [], pred.get("statements") or []
    pairs, used = _pair(wanted, got, lambda w, g: _statement_fits(text, w, g))
    page.statements = (len(used), len(wanted), len(got))
    page.statements_missed = [
        f"{w.get('source')} {w.get('cue')}: {(w.get('content') or '')[:40]}" for w, hit in zip(wanted, pairs) if hit is None
    ]
    page.statements_extra = [
        f"{(g.get('cue') or {}).get('text', '?')}: {(g.get('content') or {}).get('text', '')[:50]}"
        for j, g in enumerate(got) if j not in used
    ]


def score_figures(page: PageScore, gold: dict, pred: dict) -> None:
    text, wanted, got = pred.get("text", ""), gold.get("figures") or [], pred.get("figures") or []
    pairs, used = _pair(wanted, got, lambda w, g: _figure_fits(text, w, g))
    page.figures = (len(used), len(wanted), len(got))
    page.figures_missed = [
        f"{w.get('near')} ({w.get('low')}-{w.get('high')}, {w.get('source')})" for w, hit in zip(wanted, pairs) if hit is None
    ]
    page.figures_extra = [(g.get("span") or {}).get("text", "?") for j, g in enumerate(got) if j not in used]
    banned = [fold(s) for s in gold.get("not_figures") or []]
    page.forbidden = sum(any(b in fold((g.get("span") or {}).get("text")) for b in banned) for g in got)


def score_page(name: str, gold: dict, pred: dict) -> PageScore:
    """Score one contract-v1 output (as JSON values) against one gold file."""
    page = PageScore(name, gold.get("language"))
    score_main(page, gold, pred)
    score_teasers(page, gold, pred)
    score_statements(page, gold, pred)
    score_figures(page, gold, pred)
    return page


def prf(found: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    """Precision, recall, F1; nothing to find counts as full recall, nothing predicted of nothing as full precision."""
    recall = found / n_gold if n_gold else 1.0
    precision = found / n_pred if n_pred else (0.0 if n_gold else 1.0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass(frozen=True)
class GoldPage:
    """One gold file and the page it describes."""

    name: str
    gold: dict[str, Any]
    raw: Path


def gold_pages(folder: Path, language: str | None = None, only: str | None = None) -> list[GoldPage]:
    """The gold files of a folder (``gold/*.json``, sorted), filtered by language and name part.

    Raises:
        FormatError: no ``gold/`` folder, a gold file that is not JSON, or one whose page is missing.
    """
    gold_dir = folder / "gold"
    if not gold_dir.is_dir():
        raise FormatError(f"{folder}: no gold/ folder (expected raw/*.txt and gold/*.json)")
    pages = []
    for path in sorted(gold_dir.glob("*.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise FormatError(f"{path}: not JSON ({exc})") from None
        if not isinstance(gold, dict):
            raise FormatError(f"{path}: not a gold object")
        if (language and gold.get("language") != language) or (only and only not in path.stem):
            continue
        raw = folder / gold.get("file", f"raw/{path.stem}.txt")
        if not raw.is_file():
            raise FormatError(f"{path}: page {raw} does not exist")
        pages.append(GoldPage(path.stem, gold, raw))
    return pages


def run_page(page: GoldPage, language: str | None = None) -> dict[str, Any]:
    """``claimtrack extract PAGE --format json`` in process: the contract as JSON values."""
    from claimtrack.pipeline import extract

    when = page.gold.get("fetched_at")
    result = extract(page.raw, fetched_at=parse_iso(when, need_offset=False) if when else None, language=language)
    return json.loads(result.to_json(indent=None))


@dataclass
class FolderScore:
    """Per-page scores and their sums."""

    pages: list[PageScore]

    def total(self, part: str) -> tuple[int, ...]:
        rows = [getattr(p, part) for p in self.pages if p.error is None]
        return tuple(map(sum, zip(*rows))) if rows else (0, 0, 0)

    @property
    def failed(self) -> list[PageScore]:
        return [p for p in self.pages if p.error is not None]

    @property
    def forbidden(self) -> int:
        return sum(p.forbidden for p in self.pages)


def evaluate_folder(
    folder: Path, *, language: str | None = None, only: str | None = None, extract_language: str | None = None,
    run: Callable[[GoldPage], dict] | None = None,
) -> FolderScore:
    """Extract and score every page of a real-format folder (see the module docstring).

    ``language`` keeps the pages whose gold says that language; ``extract_language``
    forces the extractor's language (default: the tool decides). A page on which
    extraction fails is reported with its error and left out of the sums.
    """
    from claimtrack.errors import ClaimtrackError

    run = run or (lambda page: run_page(page, extract_language))
    scores = []
    for page in gold_pages(folder, language, only):
        try:
            pred = run(page)
        except (ClaimtrackError, OSError, ValueError) as exc:
            scores.append(PageScore(page.name, page.gold.get("language"), error=f"{type(exc).__name__}: {exc}"))
            continue
        scores.append(score_page(page.name, page.gold, pred))
    return FolderScore(scores)


def page_line(p: PageScore) -> str:
    if p.error:
        return f"{p.page}: FAILED {p.error}"
    return (
        f"{p.page}: statements {p.statements[0]}/{p.statements[1]} (predicted {p.statements[2]}), "
        f"figures {p.figures[0]}/{p.figures[1]} (predicted {p.figures[2]}), "
        f"teasers {p.teasers[0]}/{p.teasers[1]}, main fields wrong {p.main_failed}"
    )


def error_lines(p: PageScore) -> list[str]:
    rows = [("statement missed:", p.statements_missed), ("statement extra: ", p.statements_extra),
            ("figure missed:   ", p.figures_missed), ("figure extra:    ", p.figures_extra),
            ("teaser wrong:    ", p.teasers_failed)]
    out = [f"    {label} {item}" for label, items in rows for item in items]
    if p.forbidden:
        out.append(f"    forbidden figures: {p.forbidden}")
    return out


def summary_line(s: FolderScore, label: str) -> str:
    (sf, sg, sp), (ff, fg, fp) = s.total("statements"), s.total("figures")
    sprf, fprf = prf(sf, sg, sp), prf(ff, fg, fp)
    t, m = s.total("teasers"), s.total("main")
    return (
        f"{label}: pages failed {len(s.failed)} | statements P {sprf[0]:.3f} R {sprf[1]:.3f} F1 {sprf[2]:.3f} "
        f"(gold {sg}) | figures P {fprf[0]:.3f} R {fprf[1]:.3f} F1 {fprf[2]:.3f} (gold {fg}) | "
        f"teasers {t[0]}/{t[1]} | main fields {m[0]}/{m[1]} | forbidden figures {s.forbidden}"
    )


def report_lines(s: FolderScore, label: str, errors: bool = False) -> list[str]:
    """One line per page (with its misses and extras when ``errors``), then the totals."""
    out = []
    for p in s.pages:
        out.append(page_line(p))
        if errors and not p.error:
            out.extend(error_lines(p))
    out.append(summary_line(s, label))
    return out


def to_json_obj(s: FolderScore, errors: bool = False) -> dict[str, Any]:
    """Totals with precision/recall/F1, and the pages (with their misses and extras when ``errors``)."""
    def part(name: str) -> dict[str, Any]:
        found, gold, pred = s.total(name)[:3]
        p, r, f = prf(found, gold, pred)
        return {"found": found, "gold": gold, "predicted": pred, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

    keep = {"page", "language", "statements", "figures", "teasers", "main", "main_failed", "forbidden", "error"}
    pages = [{k: v for k, v in vars(p).items() if errors or k in keep} for p in s.pages]
    t, m = s.total("teasers"), s.total("main")
    return {
        "pages": len(s.pages), "failed": len(s.failed), "statements": part("statements"), "figures": part("figures"),
        "teasers": {"found": t[0], "gold": t[1]}, "main_fields": {"right": m[0], "checked": m[1]},
        "forbidden_figures": s.forbidden, "per_page": pages,
    }

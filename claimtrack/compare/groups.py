"""Figure groups: figures that count the same thing, their claims, revisions and disagreements.

Two figures are in one group when they have the same category and unit, their
counted subjects are compatible (:func:`~claimtrack.compare.keys.words_compatible`:
equal after normalisation, or one's words among the other's; figures without a
counted subject are never grouped), their places may be the same
(:func:`~claimtrack.compare.keys.places_compatible`: equal, contained, or one
unknown, but an unknown place joins a group only where one group fits), and the times they refer to lie within ``window`` of each other (an
unknown time is close to every time). Groups are linked transitively.

Within a group, figures are merged into **claims** (one value said by one
claimant, with every publisher that printed it): the same claimant and the same
interval, or the same interval in copies of one story (syndication,
:mod:`claimtrack.compare.syndication`). Following UCDP, a claim keeps both the
claimant (who said it: the statement's source, else the wire agency, else the
outlet) and its publishers (the outlets that printed it).

A claimant that later gives another value has a **revision**; its newest claim
stands. A group has a **disagreement** when the standing claims of two different
claimants have intervals that do not overlap: ``[low, high]`` with an unknown
``high`` open upwards ("meer dan 12.000" is ``[12000, inf)``) and an unknown
``low`` open downwards.
"""

from __future__ import annotations

import hashlib
import itertools
from bisect import bisect_left, bisect_right, insort
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timedelta, timezone

from claimtrack.compare.corrections import EARLIER, SAID_BEFORE
from claimtrack.compare.keys import places_compatible, text_key, words_compatible
from claimtrack.compare.entities import not_a_source
from claimtrack.compare.quantities import AMONG, DIFFERENCE, GROWING, PART, refine
from claimtrack.compare.syndication import same_story
from claimtrack.compare.times import PERIOD, THEN
from claimtrack.compare.voices import VOICE, voice
from claimtrack import lang
from claimtrack.numbers import reached_words
from claimtrack.wordlists import phrase_key

DEFAULT_WINDOW = timedelta(days=7)
_EPOCH = datetime(1, 1, 1, tzinfo=timezone.utc)


@dataclass(frozen=True, slots=True)
class FigureRecord:
    """One stored figure with what grouping needs (built by the store or by hand in tests).

    ``figure_id`` is the store's id; ``doc_sha``/``local_id`` name it stably across
    stores. ``fingerprint``/``sketch`` are its article body's (syndication). The
    figure's own fields (``low``, ``high``, ``approximate``, ``unit``, ``category``,
    ``span``, ``counted``) carry the names and types of the stored row
    (:func:`claimtrack.store.records.figure_fields`), and the store reads every field
    by its name (:func:`claimtrack.store.records.record_columns`).
    """

    figure_id: int
    document_id: int
    doc_sha: str
    local_id: str
    category: str
    unit: str | None
    subject_key: str
    place_key: str
    claimant: str | None
    claimant_key: str
    publisher: str | None
    low: float | None
    high: float | None
    refers_to: datetime | None
    fingerprint: str = ""
    sketch: str = ""
    span: str = ""
    counted: str | None = None
    place: str | None = None
    evidence: str = ""
    url: str | None = None
    approximate: bool = False
    # set by the store's kept grouping (claimtrack.store.groups): the event, what is
    # counted, the part of the event it counts, and a person's split (corrections)
    event: int | None = None
    quantity: str = ""
    scope: str = ""
    split: str = ""
    time_basis: str = ""  # "figure", "article" or "fetched": where refers_to comes from
    page_time: datetime | None = None  # set by the store's kept grouping: its page's time (publication, else fetch)


@dataclass(frozen=True, slots=True)
class Claim:
    """One value said by one claimant, and every outlet that printed it."""

    claimant: str | None
    low: float | None
    high: float | None
    publishers: tuple[str, ...]
    figure_ids: tuple[int, ...]
    first_seen: datetime | None
    last_seen: datetime | None
    evidence: str
    span: str
    urls: tuple[str, ...]
    approximate: bool = False
    time_basis: str = ""
    earlier: bool = False  # the page gives it as an earlier count a later one replaced (compare.corrections)


@dataclass(frozen=True, slots=True)
class Revision:
    """A claimant's later value for the same count: ``before`` then ``after`` (low, high)."""

    claimant: str | None
    before: tuple[float | None, float | None]
    after: tuple[float | None, float | None]
    at: datetime | None


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Two claimants whose standing values do not overlap."""

    claimant_a: str | None
    value_a: tuple[float | None, float | None]
    claimant_b: str | None
    value_b: tuple[float | None, float | None]
    at_a: datetime | None = None
    at_b: datetime | None = None
    basis_a: str = ""  # what the time is: the figure's own, the article's publication, or the fetch time
    basis_b: str = ""


@dataclass(frozen=True, slots=True)
class FigureGroup:
    """Figures that count the same thing; ``claims`` newest first."""

    id: str
    category: str
    unit: str | None
    subject: str | None
    place: str | None
    start: datetime | None
    end: datetime | None
    claims: tuple[Claim, ...]
    revisions: tuple[Revision, ...]
    disagreements: tuple[Disagreement, ...]
    event: int | None = None
    quantity: str = ""

    @property
    def disagreement(self) -> bool:
        """Whether two claimants disagree in this group."""
        return bool(self.disagreements)


def interval(low: float | None, high: float | None) -> tuple[float, float] | None:
    """``(low, high)`` as a closed interval with open ends as infinities; ``None`` if both unknown."""
    if low is None and high is None:
        return None
    return (-math.inf if low is None else low, math.inf if high is None else high)


def overlap(a: tuple[float | None, float | None], b: tuple[float | None, float | None]) -> bool:
    """Whether two (low, high) values can both be true; an unknown value overlaps everything."""
    ia, ib = interval(*a), interval(*b)
    if ia is None or ib is None:
        return True
    return ia[0] <= ib[1] and ib[0] <= ia[1]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def _time_key(r: FigureRecord) -> datetime:
    return r.refers_to or _EPOCH


def group_figures(
    records: Sequence[FigureRecord], *, window: timedelta = DEFAULT_WINDOW
) -> list[FigureGroup]:
    """Group figures, merge them into claims, find revisions and disagreements.

    Args:
        records: the figures to compare (any order); those with an empty
            ``subject_key`` are left out.
        window: the largest time between two figures of one group (default 7 days).

    Returns:
        groups newest first (by their latest time; ties by id), every group with
        at least one figure. Deterministic for a given set of records.
    """
    buckets: dict[tuple[str, str | None], list[FigureRecord]] = defaultdict(list)
    for r in records:
        if r.subject_key:
            buckets[(r.category, r.unit)].append(r)
    groups: list[FigureGroup] = []
    for (category, unit), rs in buckets.items():
        rs.sort(key=lambda r: (_time_key(r), r.doc_sha, r.local_id))
        uf = _link(rs, window)
        members: dict[int, list[FigureRecord]] = defaultdict(list)
        for i, r in enumerate(rs):
            members[uf.find(i)].append(r)
        for ms in members.values():
            groups.append(make_group(category, unit, ms))
    groups.sort(key=lambda g: (g.end or _EPOCH, g.id), reverse=True)
    return groups


class _WordIndex:
    """Record indices by word, each list in time order, for windowed look-ups."""

    def __init__(self, rs: list[FigureRecord], words: list[frozenset[str]]) -> None:
        self.lists: dict[str, list[int]] = defaultdict(list)
        for i, ws in enumerate(words):
            for w in ws:
                self.lists[w].append(i)  # rs is in time order, unknown times first
        self.rs = rs
        self.keys = {w: [_time_key(rs[j]).timestamp() for j in js] for w, js in self.lists.items()}
        self.unknown = {w: sum(1 for j in js if rs[j].refers_to is None) for w, js in self.lists.items()}

    def near(self, i: int, words: frozenset[str], window: timedelta) -> set[int]:
        """Records sharing a word with ``words`` whose time may lie within ``window`` of record i's."""
        t = self.rs[i].refers_to
        out: set[int] = set()
        for w in words:
            js = self.lists.get(w, ())
            if t is None:
                out.update(js)
                continue
            keys, n = self.keys[w], self.unknown[w]
            out.update(js[:n])
            lo = bisect_left(keys, (t - window).timestamp(), n)
            hi = bisect_right(keys, (t + window).timestamp(), n)
            out.update(js[lo:hi])
        out.discard(i)
        return out


def _link(rs: list[FigureRecord], window: timedelta) -> _UnionFind:
    """Union the records (sorted by time) that count the same thing.

    Records with a known place are linked first. A record whose place is unknown
    then joins a group only when exactly one group fits it: linking it to every
    group it *might* belong to would chain different places into one group
    through it (a "5 gewonden" with no place would join Kessel and Vestra).
    Records that fit no placed group are linked among themselves.

    Nested word sets share a word, so only records that share a place word (or,
    for unplaced records, a subject word) and lie within the time window are
    compared: word indices keep this far from comparing every pair on a large store.
    """
    uf = _UnionFind(len(rs))
    subjects = [frozenset(r.subject_key.split()) for r in rs]
    places = [frozenset(r.place_key.split()) for r in rs]
    by_place = _WordIndex(rs, places)
    by_subject = _WordIndex(rs, subjects)

    def nested(a: frozenset[str], b: frozenset[str]) -> bool:
        return a <= b or b <= a

    def fits(i: int, j: int) -> bool:
        return nested(subjects[i], subjects[j]) and (not places[i] or not places[j] or nested(places[i], places[j]))

    placed = [i for i, p in enumerate(places) if p]
    for i in placed:
        for j in by_place.near(i, places[i], window):
            if j > i and fits(i, j):
                uf.union(i, j)
    loose = []
    for i, p in enumerate(places):
        if p:
            continue
        near = by_subject.near(i, subjects[i], window)
        roots = {uf.find(j) for j in near if places[j] and fits(i, j)}
        if len(roots) == 1:
            uf.union(i, roots.pop())
        elif not roots:
            loose.append(i)
    loose_set = set(loose)
    for i in loose:
        for j in by_subject.near(i, subjects[i], window):
            if j > i and j in loose_set and fits(i, j):
                uf.union(i, j)
    return uf


def make_group(category: str, unit: str | None, ms: list[FigureRecord], judge=None) -> FigureGroup:  # type: ignore[no-untyped-def]
    """One group of ``ms`` (in time order): its claims, and revisions and disagreements by ``judge``
    (default: the standing values of each claimant, :func:`_judge`)."""
    first = ms[0]  # ms is in time order
    gid = hashlib.sha1(f"{category}|{unit}|{first.doc_sha}:{first.local_id}".encode()).hexdigest()[:16]
    claims = _claims(ms)
    if judge is None:
        revisions, disagreements = _judge(claims)
    else:
        # refined again here: a kept group is judged from its stored (unrefined) figures
        quantity = Counter(refine(r.quantity, r.span, r.counted, r.evidence) for r in ms).most_common(1)[0][0]
        revisions, disagreements = judge(claims, {r.figure_id: r.doc_sha for r in ms}, quantity)
    times = [r.refers_to for r in ms if r.refers_to is not None]
    subject = Counter(r.counted for r in ms if r.counted).most_common(1)
    place = Counter(r.place for r in ms if r.place).most_common(1)
    return FigureGroup(
        id=gid,
        category=category,
        unit=unit,
        subject=subject[0][0] if subject else None,
        place=place[0][0] if place else None,
        start=min(times) if times else None,
        end=max(times) if times else None,
        claims=tuple(sorted(claims, key=lambda c: (c.last_seen or _EPOCH, c.figure_ids), reverse=True)),
        revisions=tuple(revisions),
        disagreements=tuple(disagreements),
    )


MAX_STORIES = 32  # distinct stories compared per value: copies beyond these are rare and cost quadratic time


def _link_claims(ms: list[FigureRecord]) -> _UnionFind:
    """Union the figures that are one claim, comparing only figures that can be (not every pair).

    One page, one claimant: overlapping values are one claim (the headline's "2000" and the
    body's "zeker 2000"). Across pages, the same value is one claim when the claimant is the
    same, or when the pages print one story (exact copies by fingerprint, near copies by sketch).
    """
    uf = _UnionFind(len(ms))
    pages: dict[tuple, list[int]] = defaultdict(list)
    said: dict[tuple, int] = {}
    for i, a in enumerate(ms):
        old = is_earlier(a)  # an earlier count and a standing one are never one claim
        pages[(a.doc_sha, a.claimant_key, old)].append(i)
        j = said.setdefault((a.low, a.high, a.claimant_key, old), i)
        if j != i:
            uf.union(j, i)
    for idx in pages.values():
        if len(idx) > 1:
            _union_overlapping(uf, ms, idx)
    by_value: dict[tuple, dict[str, int]] = defaultdict(dict)  # value -> fingerprint -> first figure
    copies: dict[tuple[str, str, str, str], bool] = {}  # two bodies compared once, not once per value they share
    for i, a in enumerate(ms):
        if a.fingerprint:
            stories = by_value[(a.low, a.high, is_earlier(a))]
            if a.fingerprint in stories:
                uf.union(stories[a.fingerprint], i)
                continue
            for fp, j in itertools.islice(stories.items(), MAX_STORIES):
                if uf.find(j) == uf.find(i):  # one claim already: a match would change nothing
                    continue
                pair = (a.fingerprint, a.sketch, fp, ms[j].sketch)
                same = copies.get(pair)
                if same is None:
                    same = copies[pair] = same_story(*pair)
                if same:
                    uf.union(i, j)
            stories[a.fingerprint] = i
    return uf


def _union_overlapping(uf: _UnionFind, ms: list[FigureRecord], idx: list[int]) -> None:
    """Union the figures ``idx`` whose values overlap (:func:`overlap`) into runs whose values all
    have a part in common: one sweep over the intervals by their low end instead of every pair
    (a long page has hundreds)."""
    spans = [(interval(ms[i].low, ms[i].high), i) for i in idx]
    if any(iv is None for iv, _ in spans):  # an unknown value overlaps every other: all are one
        for i in idx[1:]:
            uf.union(idx[0], i)
        return
    if any(x != x for iv, _ in spans for x in iv):  # NaN overlaps nothing: compare pair by pair
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                if overlap((ms[i].low, ms[i].high), (ms[j].low, ms[j].high)):
                    uf.union(i, j)
        return
    spans.sort()
    (_, common), first = spans[0]  # a claim is what all its values allow: their common part
    for (lo, hi), i in spans[1:]:
        if lo <= common:  # closed intervals: touching ends overlap
            uf.union(first, i)
            common = min(common, hi)
        else:  # "at least 253" meets 253 and 290, but 253 and 290 are two claims, never one of 290-253
            first, common = i, hi


def _claims(ms: list[FigureRecord]) -> list[Claim]:
    uf = _link_claims(ms)
    parts: dict[int, list[FigureRecord]] = defaultdict(list)
    for i, r in enumerate(ms):
        parts[uf.find(i)].append(r)
    out, told = [], []
    for rs in parts.values():
        told.append(all(_told_before(r) for r in rs))
        # the claimant most figures name; an outlet's own name (no source found) counts last
        named = Counter(r.claimant for r in rs if r.claimant and r.claimant != r.publisher)
        claimant = named.most_common(1)[0][0] if named else rs[0].claimant
        times = [r.refers_to for r in rs if r.refers_to is not None]
        lows = [r.low for r in rs if r.low is not None]
        highs = [r.high for r in rs if r.high is not None]
        out.append(
            Claim(
                claimant=claimant,
                low=max(lows) if lows else None,  # what all the merged figures say
                high=min(highs) if highs else None,
                publishers=tuple(sorted({r.publisher for r in rs if r.publisher})),
                figure_ids=tuple(sorted(r.figure_id for r in rs)),
                first_seen=min(times) if times else None,
                last_seen=max(times) if times else None,
                evidence=rs[0].evidence,
                span=rs[0].span,
                urls=tuple(sorted({r.url for r in rs if r.url})),
                approximate=any(r.approximate for r in rs),
                time_basis=max(rs, key=_time_key).time_basis,
                earlier=is_earlier(rs[0]),
            )
        )
    return _replaced_by_own(out, told) if any(told) else out


def _judge(claims: list[Claim]) -> tuple[list[Revision], list[Disagreement]]:
    by_claimant: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_claimant[voice(text_key(c.claimant))].append(c)
    revisions: list[Revision] = []
    standing: list[Claim] = []
    for key in sorted(by_claimant):
        cs = sorted(by_claimant[key], key=lambda c: (c.first_seen or _EPOCH, c.figure_ids))
        for before, after in zip(cs, cs[1:]):
            revisions.append(Revision(after.claimant, (before.low, before.high), (after.low, after.high), after.first_seen))
        standing.append(cs[-1])
    disagreements = [
        Disagreement(a.claimant, (a.low, a.high), b.claimant, (b.low, b.high))
        for i, a in enumerate(standing)
        for b in standing[i + 1 :]
        if not overlap((a.low, a.high), (b.low, b.high))
    ]
    return revisions, disagreements


# ---------------------------------------------------------------- grouping within events

SAME_TIME = timedelta(hours=18)  # two claims this close in time are about one moment
FAR_APART = 100  # "4 medewerkers" and "6000 gewonden" are not two counts of one thing


def quantity_key(r: FigureRecord) -> tuple:
    """What a figure counts within its event: unit, quantity, scope and moment; qualifiers come after "|"
    (an earlier count counts what the count replacing it counts: its role is left out)."""
    quantity, _, quals = r.quantity.partition("|")
    since = next((q for q in quals.split() if q.startswith(PERIOD)), "")  # the day its period starts: no part
    then = next((q for q in quals.split() if q.startswith(THEN)), "")  # the year its sentence points back to: no part
    if since or then or EARLIER in quals or SAID_BEFORE in quals:
        quals = " ".join(q for q in quals.split() if q not in ROLES and q not in (since, then))
    return (r.unit, quantity, (r.scope, moment(r, then[len(THEN) :]), _period(since, r)), quals)


def _period(since: str, r: FigureRecord) -> str:
    """A period start as grouping compares it: ``MM-DD``, or ``years:...`` for one that names a year
    before its page's ("since 2004", "since October 1973"): a count over years, never the event's own."""
    start = since[len(PERIOD) :]
    if len(start) < 4 or start[2] == "-":  # none, or "06-01"
        return start
    if r.page_time is not None and int(start[:4]) < r.page_time.year:
        return "years:" + start
    return start[5:] or "01-01"  # "since 2025" in a 2025 page: from its first day


def _own_period_and_day(keys: list[tuple]) -> list[tuple]:
    """:func:`quantity_key` keys with two looser readings made one. The latest period start of a
    count is the event's own: it meets the counts named without one ("40 since August 8" and "40"),
    an earlier start counts a longer time ("400 since June"), apart, and so does a count since a year
    ("the worst since a flood in 1998 that killed 900"). A month named alone ("the march in June": its
    first day) meets the one day of that month its count names ("June 16"), never a month of several."""
    latest: dict[tuple, str] = {}
    days: dict[tuple, set[str]] = defaultdict(set)
    for k in keys:
        if k[0] != "split":
            _, when, since = k[2]
            if not since.startswith("years:"):  # "06-01"; a start years back ("since 1998") is never the event's own
                latest[k[:2], k[2][0]] = max(latest.get((k[:2], k[2][0]), since), since)
            days[k[:2], k[2][0], when[:7]].add(when)
    out = []
    for k in keys:
        if k[0] != "split":
            scope, when, since = k[2]
            others = days[k[:2], scope, when[:7]] - {when}
            if when.endswith("-01") and len(others) == 1:
                when = next(iter(others))
            k = (*k[:2], (scope, when, "" if since == latest.get((k[:2], scope), "") else since), k[3])
        out.append(k)
    return out


EARLIER_MOMENT = timedelta(days=28)  # a month named alone ("in June") lies wholly before its page only this far back


def moment(r: FigureRecord, year: str = "") -> str:
    """The day of an earlier moment the figure's own time names weeks before its page ("the
    vigil of March 2 drew 8,000" in a May article), else "": such a figure counts that
    moment, so it neither joins the page's count of today nor disagrees with it. ``year``: one
    its sentence points back to ("... in 1987. It killed 900"), a moment where it is before the page's year."""
    if year and r.page_time is not None and int(year) < r.page_time.year:
        return year
    if r.time_basis != "figure" or r.refers_to is None or r.page_time is None:
        return ""
    return r.refers_to.date().isoformat() if r.page_time - r.refers_to > EARLIER_MOMENT else ""


ROLES = frozenset({EARLIER, SAID_BEFORE})  # how a page tells a count, not a part of what it counts


def is_earlier(r: FigureRecord) -> bool:
    """Whether its page gives the figure as an earlier count that a later one replaced."""
    return EARLIER in r.quantity.partition("|")[2].split()


def _told_before(r: FigureRecord) -> bool:
    """Whether its page tells the figure as said before ("had said 52"; compare.corrections.said_before)."""
    return SAID_BEFORE in r.quantity.partition("|")[2].split()


def _replaced_by_own(claims: list[Claim], told: list[bool]) -> list[Claim]:
    """Claims told as said before become earlier where their named claimant also gives another
    value the page does not tell as said before ("police had said 52 ... police now say 40")."""
    now: dict[str, set[tuple]] = defaultdict(set)
    for c, t in zip(claims, told):
        if not t and not c.earlier and c.claimant:
            now[voice(text_key(c.claimant))].add((c.low, c.high))
    return [
        copy_with(c, earlier=True) if t and c.claimant and now[voice(text_key(c.claimant))] - {(c.low, c.high)} else c
        for c, t in zip(claims, told)
    ]


def group_event(records: Sequence[FigureRecord], merges: Sequence[tuple[int, int]] = ()) -> list[FigureGroup]:
    """Group the figures of one event (records with ``event`` and ``quantity`` set).

    Figures are one group when they have the same unit, quantity, scope and
    qualifiers. A figure a person split off (``split`` set) leaves its group and
    joins only the figures of the same split; ``merges`` (pairs of figure ids) then
    join the groups holding them. Records without a quantity stay out.
    """
    rs = sorted((_refined(r) for r in records if r.quantity), key=lambda r: (_time_key(r), r.doc_sha, r.local_id))
    uf = _UnionFind(len(rs))
    first: dict[tuple, int] = {}
    keys = _own_period_and_day([("split", r.split) if r.split else quantity_key(r) for r in rs])
    for i, key in enumerate(keys):
        uf.union(i, first.setdefault(key, i))
    # "buitenlandse slachtoffers" and "buitenlandse toeristen": one part named more or less closely
    by_base: dict[tuple, list[tuple[frozenset[str], int]]] = defaultdict(list)
    for key, i in first.items():
        if key[0] == "split":
            continue
        named = frozenset(key[3].split()) - {AMONG}  # "four of them were children" counts children
        if named and PART not in named and DIFFERENCE not in named:  # a part of a set named before, or a difference, is no one's subset
            by_base[key[:3]].append((named, i))
    for parts in by_base.values():
        for (qa, i), (qb, j) in itertools.combinations(parts, 2):
            if qa <= qb or qb <= qa:
                uf.union(i, j)
    index = {r.figure_id: i for i, r in enumerate(rs)}
    for a, b in merges:
        if a in index and b in index:
            uf.union(index[a], index[b])
    members: dict[int, list[FigureRecord]] = defaultdict(list)
    for i, r in enumerate(rs):
        members[uf.find(i)].append(r)
    groups = []
    for ms in members.values():
        category = Counter(m.category for m in ms).most_common(1)[0][0]
        g = make_group(category, ms[0].unit, ms, judge=judge_in_time)
        quantity = Counter(quantity_key(m)[1] for m in ms).most_common(1)[0][0]
        groups.append(copy_with(g, event=ms[0].event, quantity=quantity))
    groups.sort(key=lambda g: (g.end or _EPOCH, g.id), reverse=True)
    return groups


def _refined(r: FigureRecord) -> FigureRecord:
    """The record with its quantity refined (:func:`refine`); the record itself when that changes nothing."""
    q = refine(r.quantity, r.span, r.counted, r.evidence)
    return r if q == r.quantity else copy_with(r, quantity=q)


def copy_with(r, **changes):  # type: ignore[no-untyped-def]
    """``dataclasses.replace`` for the frozen, slotted records and groups here (none has a
    ``__post_init__``), without running ``__init__`` again: a regroup makes one per figure."""
    cls = type(r)
    new = object.__new__(cls)
    for name in cls.__slots__:
        object.__setattr__(new, name, changes[name] if name in changes else getattr(r, name))
    return new


def _claimant(c: Claim, doc_of: dict[int, str]) -> str:
    """Who a claim is by: its claimant, else the document that printed it (an unnamed outlet).

    A place or a time word read as the source (a dateline "Colombo", "Gisternacht") names nobody;
    one body under several names ("health officials", "the Ministry of Health") is one voice
    (:func:`claimtrack.compare.voices.voice`).
    """
    key = text_key(c.claimant)
    return voice(key) if key and not not_a_source(key) else "doc:" + doc_of.get(c.figure_ids[0], "")


# counts that only grow: a later, lower value from another claimant is not a rising toll
CUMULATIVE = GROWING


def judge_in_time(
    claims: list[Claim], doc_of: dict[int, str] | None = None, quantity: str = ""
) -> tuple[list[Revision], list[Disagreement]]:
    """Revisions (one claimant's values over time) and disagreements (two claimants at one time).

    Two claimants disagree when a claim of each, made within :data:`SAME_TIME` of
    each other, cannot both hold (their intervals do not overlap), and neither
    value is one the other claimant also gave: a page that repeats the earlier toll
    beside the new one ("359, now 253") agrees with a page that gives both. For a
    count that only grows (:data:`CUMULATIVE`), a later claimant's lower value also
    disagrees with an earlier higher one at any distance in time, unless that later
    claimant also reports the higher count (then it corrects it).

    A count its page gives as earlier and replaced (:attr:`Claim.earlier`: "down to 40 from
    52") never stands: it is the first step of a revision to the count its page prints next to
    it, and a page that prints it reports the correction of any count down from it.
    """
    doc_of = doc_of or {}
    replaced = [c for c in claims if c.earlier]
    claims = [c for c in claims if not c.earlier]
    by_claimant: dict[str, list[Claim]] = defaultdict(list)
    for c in claims:
        by_claimant[_claimant(c, doc_of)].append(c)
    _one_country_voices(by_claimant)
    revisions: list[Revision] = []
    for key in sorted(by_claimant):
        cs = sorted(by_claimant[key], key=lambda c: (c.first_seen or _EPOCH, c.figure_ids))
        for before, after in zip(cs, cs[1:]):
            if (before.low, before.high) != (after.low, after.high):
                revisions.append(Revision(after.claimant, (before.low, before.high), (after.low, after.high), after.first_seen))
    revisions += _corrections(replaced, claims, doc_of)
    disagreements: list[Disagreement] = []
    label, _, quals = quantity.partition("|")
    if ":" in label or DIFFERENCE in quals.split():
        # counted only by its words ("boeren"), a measure, or a difference ("reduced by 106"):
        # linked, but too vague to call a disagreement
        return revisions, disagreements
    printed: dict[str, set[tuple]] = defaultdict(set)  # what each document prints, whoever says it
    corrected: dict[str, float] = {}  # the highest count each document gives as replaced
    for c in itertools.chain(claims, replaced):
        for fid in c.figure_ids:
            printed[doc_of.get(fid, "")].add((c.low, c.high))
            if c.earlier and c.low is not None:
                doc = doc_of.get(fid, "")
                corrected[doc] = max(corrected.get(doc, c.low), c.low)
    keys = sorted(by_claimant)
    cumulative = label in CUMULATIVE
    risen = _risen_on_one_page(by_claimant, doc_of) if cumulative else {}
    seen: dict[int, tuple[set[str], set[tuple]]] = {}  # id(claim) -> its pages, worked out once

    def pages(c: Claim) -> tuple[set[str], set[tuple]]:
        got = seen.get(id(c))
        if got is None:
            got = seen[id(c)] = _pages(c, doc_of, printed)
        return got

    for i, j in _can_disagree(keys, by_claimant, cumulative):  # every other pair of claimants agrees
        ka, kb = keys[i], keys[j]
        ca = _beside_own_voice(ka, by_claimant[ka], risen.get((ka[4:], kb)))
        cb = _beside_own_voice(kb, by_claimant[kb], risen.get((kb[4:], ka)))
        d = _disagree(ca, cb, cumulative, pages, corrected)
        if d is not None:
            disagreements.append(d)
    return revisions, disagreements


def _corrections(replaced: list[Claim], claims: list[Claim], doc_of: dict[int, str]) -> list[Revision]:
    """Each replaced count's revision to the standing count its page gives nearest to it (one per
    page: "253, down from 359"; figure ids follow the page's order)."""
    out: list[Revision] = []
    for old in replaced:
        for doc in sorted({doc_of.get(f, "") for f in old.figure_ids}):
            mine = [f for f in old.figure_ids if doc_of.get(f, "") == doc]

            def distance(c: Claim) -> int:
                return min(abs(f - g) for f in c.figure_ids if doc_of.get(f, "") == doc for g in mine)

            on_page = [c for c in claims if any(doc_of.get(f, "") == doc for f in c.figure_ids)]
            if not on_page:
                continue
            new = min(on_page, key=lambda c: (distance(c), c.figure_ids))
            r = Revision(new.claimant, (old.low, old.high), (new.low, new.high), new.first_seen)
            if r.before != r.after and r not in out:
                out.append(r)
    return out


def _one_country_voices(by_claimant: dict[str, list[Claim]]) -> None:
    """A voice named without its country joins that voice of the one country the group names for
    it ("the interior ministry" and "ministerie van Binnenlandse Zaken in Velmoria"); where the
    group names that voice of two countries, the unnamed one stays apart (set in place)."""
    countries: dict[str, list[str]] = defaultdict(list)
    for key in by_claimant:
        if key.startswith(VOICE) and " cc:" in key:
            countries[key.split(" cc:")[0]].append(key)
    for bare, named in countries.items():
        if len(named) == 1 and bare in by_claimant:
            by_claimant[named[0]].extend(by_claimant.pop(bare))


def _can_disagree(keys: list[str], by_claimant: dict[str, list[Claim]], cumulative: bool) -> list[tuple[int, int]]:
    """The claimant pairs ``(i, j)``, ``i < j`` in ``keys``, that :func:`_disagree` may find at odds, in order.

    A disagreement needs a claim of each whose values do not overlap, made within
    :data:`SAME_TIME` of each other (an unknown time is near every time) or, for a count
    that only grows, the later one below the earlier one (:func:`_falls_back`). Claims
    are visited in time order, so the cost is the pairs of claims close in time (and
    the falls found), not every pair of claimants: a long event has thousands of them.
    """
    owned = [(c, n) for n, k in enumerate(keys) for c in by_claimant[k]]
    spans = [interval(c.low, c.high) for c, _ in owned]
    if len(keys) * (len(keys) - 1) // 2 <= len(owned) or any(
        iv is not None and (iv[0] != iv[0] or iv[1] != iv[1]) for iv in spans
    ):  # few claimants with many claims (judging every pair costs less than finding them), or a NaN
        return list(itertools.combinations(range(len(keys)), 2))
    out: set[tuple[int, int]] = set()

    def apart(x: int, y: int) -> None:
        (_, nx), (_, ny), a, b = owned[x], owned[y], spans[x], spans[y]
        if nx != ny and a is not None and b is not None and (a[0] > b[1] or b[0] > a[1]):
            out.add((nx, ny) if nx < ny else (ny, nx))

    timed = sorted((c.last_seen or c.first_seen, x) for x, (c, _) in enumerate(owned) if (c.last_seen or c.first_seen))
    for x, (c, _) in enumerate(owned):
        if not (c.last_seen or c.first_seen):
            for y in range(len(owned)):
                apart(x, y)
    for p, (t, x) in enumerate(timed):
        for q in range(p + 1, len(timed)):
            if timed[q][0] - t > SAME_TIME:
                break
            apart(x, timed[q][1])
    if cumulative:  # a later value below an earlier one, at any distance (ties in time both ways)
        lows: list[tuple[float, int]] = []  # (low, claim) of the claims seen so far, by low
        by_time = sorted(range(len(owned)), key=lambda x: owned[x][0].last_seen or _EPOCH)
        for _, same in itertools.groupby(by_time, key=lambda x: owned[x][0].last_seen or _EPOCH):
            same = list(same)
            for x in same:
                if owned[x][0].low is not None:
                    insort(lows, (owned[x][0].low, x))
            for y in same:
                high = owned[y][0].high
                if high is not None:
                    for _, x in lows[bisect_right(lows, (high, math.inf)) :]:
                        apart(x, y)
    return sorted(out)


def _risen_on_one_page(by_claimant: dict[str, list[Claim]], doc_of: dict[int, str]) -> dict[tuple[str, str], float]:
    """The highest count each claimant gives as risen ("rose to 30") on a page of its own, by (page, claimant)."""
    risen: dict[tuple[str, str], float] = {}
    for key, cs in by_claimant.items():
        for c in cs:
            docs = {doc_of.get(f, "") for f in c.figure_ids}
            if c.low is not None and len(docs) == 1 and _reached(c):
                at = (docs.pop(), key)
                risen[at] = max(risen.get(at, c.low), c.low)
    return risen


def _beside_own_voice(key: str, own: list[Claim], risen: float | None) -> list[Claim]:
    """A page's own unnamed count of a toll, less its claims below a toll it quotes as risen.

    "The toll stood at 24 overnight ... it rose to 30, police said": on one page the outlet's
    lower count beside a quoted count that rose to more is the toll's earlier stage, not a quarrel.
    """
    if risen is None or not key.startswith("doc:"):
        return own
    return [c for c in own if c.high is None or c.high >= risen]


def _reached(c: Claim) -> bool:
    """Whether a claim is a value a count arrived at ("rose to 30", "is opgelopen tot 30")."""
    at = c.evidence.find(c.span)
    before = [phrase_key(w) for w in re.findall(r"\w+", c.evidence[:at])[-3:]] if at > 0 else []
    return bool(set(before) & reached_words())


def _pages(c: Claim, doc_of: dict[int, str], printed: dict[str, set[tuple]]) -> tuple[set[str], set[tuple]]:
    """The documents that print a claim, and every value those documents print for the group."""
    docs = {doc_of.get(fid, "") for fid in c.figure_ids}
    return docs, set().union(*(printed[d] for d in docs))


def _disagree(ca: list[Claim], cb: list[Claim], cumulative: bool = False, pages=None, corrected=None) -> Disagreement | None:  # type: ignore[no-untyped-def]
    said_a, said_b = {(c.low, c.high) for c in ca}, {(c.low, c.high) for c in cb}  # what each claimant says
    top = {id(ca): _top_low(ca), id(cb): _top_low(cb)}
    if corrected and pages is not None:  # a page that gives a count as replaced reports every fall from it
        for cs in (ca, cb):
            old = [corrected[d] for c in cs for d in pages(c)[0] if d in corrected]
            if old and (top[id(cs)] is None or max(old) > top[id(cs)]):
                top[id(cs)] = max(old)

    def known(a: Claim, b: Claim) -> bool:
        """Two pages of which one also prints the other's value: a later page that knows the
        earlier count and gives another reports a revision; two claimants quarrel on one page,
        but a page's own unnamed counts are its account of the count over time ("on Sunday
        724, on Monday 1297")."""
        if pages is None:
            return False
        (da, va), (db, vb) = pages(a), pages(b)
        if da & db:
            return a.claimant is None and b.claimant is None
        return (a.low, a.high) in vb or (b.low, b.high) in va

    def newest_first(cs: list[Claim]) -> list[Claim]:
        return sorted(cs, key=lambda c: (c.last_seen or _EPOCH, c.figure_ids), reverse=True)

    for a in newest_first(ca):  # the standing values first: a claimant's later value replaces its earlier one
        for b in newest_first(cb):
            va, vb = (a.low, a.high), (b.low, b.high)
            if _rounded_overlap(va, vb) or va in said_b or vb in said_a or _far_apart(va, vb) or known(a, b):
                continue
            if cumulative and _grows(a, b):  # a toll later and higher: the count grew
                continue
            if _same_time(a, b) or (cumulative and _falls_back(a, b, ca, cb, top)):
                return Disagreement(a.claimant, va, b.claimant, vb, a.last_seen, b.last_seen, a.time_basis, b.time_basis)
    return None


ROUNDED_FROM = 1000  # counts this large are often printed rounded ("1,1 miljoen", "11.000")
ROUNDED_SHARE = 0.1  # ... but a round number stands for at most a tenth either side of it


def _rounding(v: float | None) -> float:
    """How far a count printed as ``v`` may lie from it: half its last significant digit for a large
    round number ("1,1 miljoen" is 1.05-1.15 million; "11.000" 10,500-11,500), at most a tenth of it."""
    if v is None or not v >= ROUNDED_FROM or v != int(v):
        return 0.0
    n, unit = int(v), 1
    while n % 10 == 0:
        n, unit = n // 10, unit * 10
    return min(unit / 2, v * ROUNDED_SHARE) if unit > 1 else 0.0


def _rounded_overlap(va: tuple, vb: tuple) -> bool:
    """:func:`overlap`, with an exact value read as the span its rounding allows: "1,1 miljoen" and
    "1.12 million", or "11.000" and "11,300", are one count printed twice, not two at odds."""
    if overlap(va, vb):
        return True
    widened = [(v[0] - _rounding(v[0]), v[1] + _rounding(v[1])) if v[0] == v[1] and v[0] is not None else v for v in (va, vb)]
    return overlap(*widened)


def _top_low(cs: list[Claim]) -> float | None:
    """The highest known low end of ``cs`` (NaN left out: it is at or above nothing)."""
    return max((c.low for c in cs if c.low is not None and c.low == c.low), default=None)


def _far_apart(va: tuple, vb: tuple) -> bool:
    """Values :data:`FAR_APART` times apart or more count different things (a part and the whole):
    "4 medewerkers" and "3700 gewonden"; 3000 against 40 still disagree."""
    a, b = va[0] if va[0] is not None else va[1], vb[0] if vb[0] is not None else vb[1]
    if not a or not b:
        return False
    return max(a, b) / min(a, b) >= FAR_APART


def _falls_back(a: Claim, b: Claim, ca: list[Claim], cb: list[Claim], top: dict[int, float | None] | None = None) -> bool:
    """Whether the later of two claims gives a count (of the dead, say) below the earlier one
    without its claimant reporting the higher count too (which would make it a correction).
    ``top``: :func:`_top_low` of the lists by their id, where worked out already."""
    (early, _), (late, late_all) = sorted(((a, ca), (b, cb)), key=lambda x: x[0].last_seen or _EPOCH)
    if early.low is None or late.high is None or late.high >= early.low:
        return False
    highest = top[id(late_all)] if top is not None else _top_low(late_all)
    return not (highest is not None and highest >= early.low)


def _grows(a: Claim, b: Claim) -> bool:
    """Whether of two claims of a toll that only grows the later (by the times they carry) is the
    higher: any voice's later, higher count is the toll's update ("632" in the morning, "820" by
    another outlet at night), not a quarrel. Never where the order is unknown (one moment, a day
    named without its hour) or the later sentence sets the counts against each other
    (``contrast_words`` of compare.toml: "disputed", "whereas")."""
    order = _time_order(a, b)
    if order is None:
        return False
    early, late = order
    return early.high is not None and late.low is not None and late.low > early.high and not _contrasted(late)


def _time_order(a: Claim, b: Claim) -> tuple[Claim, Claim] | None:
    """``(earlier, later)`` of two claims by their times, or None where that order is unknown: a
    time missing, the same moment, or one day where a time only names its day (basis "figure")."""
    ta, tb = a.last_seen or a.first_seen, b.last_seen or b.first_seen
    if ta is None or tb is None or ta == tb:
        return None
    if "figure" in (a.time_basis, b.time_basis) and ta.date() == tb.date():
        return None
    return (a, b) if ta < tb else (b, a)


@lru_cache(maxsize=1)
def _contrast_words() -> frozenset[tuple[str, ...]]:
    """``contrast_words`` of every language's compare.toml, each as its words."""
    return frozenset(
        tuple(text_key(w).split()) for code in lang.available() for w in lang.load(code, "compare").get("contrast_words", ()) if text_key(w)
    )


def _contrasted(c: Claim) -> bool:
    """Whether a claim's sentence sets its count against another ("a count the ministry disputed")."""
    words = text_key(c.evidence).split()
    return any(words[i : i + len(w)] == list(w) for w in _contrast_words() for i in range(len(words)))


def _same_time(a: Claim, b: Claim) -> bool:
    ta, tb = a.last_seen or a.first_seen, b.last_seen or b.first_seen
    if ta is None or tb is None:
        return True
    return abs(ta - tb) <= SAME_TIME

"""Grouping one big event: the same groups as comparing every pair, at a cost linear in its size.

``group_event`` links a page's overlapping values in one sweep and judges only the
claimant pairs that can disagree (claims close in time, or a count that fell). The
reference here is the definition: every pair of a page's figures, every pair of
claimants. Records are invented (no page behind them): claimants, outlets, values
and times drawn at random, with unknown values and times, ties and shared stories.
"""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack.compare import groups as cg
from claimtrack.compare import syndication
from claimtrack.compare.groups import FigureRecord, group_event

T0 = datetime(2026, 2, 9, 6, 0, tzinfo=timezone.utc)
WORDS = "dijk brak nacht water polder boeren kelder pomp straat school sirene helpers zandzak".split()
SPEAKERS = ["Marit Olsthoorn", "Kees Vlamings", "Politie Wendelsvoort", "Brandweer Oost-Kellum", None]


def invented(seed: int, documents: int, per_page: int = 4, quantity: str = "killed") -> list[FigureRecord]:
    """Figures of ``documents`` invented pages about one event (deterministic for ``seed``)."""
    rnd = random.Random(seed)
    out = []
    for d in range(documents):
        outlet = f"bode{rnd.randrange(9)}.example"
        story = rnd.randrange(max(1, documents // 3))
        body = " ".join(WORDS[(story * 7 + w) % len(WORDS)] + str(w % (5 + story)) for w in range(60))
        if rnd.random() < 0.5:  # a near copy: an edited sentence
            body = body.replace(body.split()[rnd.randrange(60)], "aangepast", 1)
        fp, sk = syndication.fingerprint(body), syndication.sketch(body)
        when = None if rnd.random() < 0.05 else T0 + timedelta(hours=rnd.choice([0, 6, 12, 18, 30]) + d // 3)
        for k in range(per_page):
            who = rnd.choice(SPEAKERS) if rnd.random() < 0.8 else f"Zegsman {rnd.randrange(documents)} Ploeg"
            low = None if rnd.random() < 0.08 else float(rnd.randrange(5, 60) + d // 4)
            high = low if rnd.random() < 0.7 else (None if rnd.random() < 0.5 else (low or 0) + rnd.randrange(1, 9))
            out.append(FigureRecord(
                figure_id=d * 100 + k, document_id=d, doc_sha=f"{d:064x}", local_id=f"f{k}", category="casualties",
                unit=None, subject_key="slachtoffers", place_key="", claimant=who or outlet,
                claimant_key=(who or "").lower(), publisher=outlet, low=low, high=high,
                refers_to=when, fingerprint=fp, sketch=sk, span=str(int(low or 0)), counted="slachtoffers",
                evidence=f"er vielen {int(low or 0)} slachtoffers", event=7, quantity=quantity,
            ))
    return out


def every_pair(keys, by_claimant, cumulative):  # type: ignore[no-untyped-def]
    return list(itertools.combinations(range(len(keys)), 2))


def every_story(ms):  # type: ignore[no-untyped-def]
    """Claims linked as 0.4 did: every pair on a page, each figure against the first stories of its value."""
    uf = cg._UnionFind(len(ms))
    pages: dict = {}
    for i, a in enumerate(ms):
        pages.setdefault((a.doc_sha, a.claimant_key, cg.is_earlier(a)), []).append(i)
        for j in range(i + 1, len(ms)):
            b = ms[j]
            if a.claimant_key == b.claimant_key and (a.low, a.high) == (b.low, b.high) and cg.is_earlier(a) == cg.is_earlier(b):
                uf.union(i, j)
    for idx in pages.values():
        _page_claims(uf, ms, idx)
    by_value: dict = {}
    for i, a in enumerate(ms):
        if a.fingerprint:
            stories = by_value.setdefault((a.low, a.high), {})
            if a.fingerprint in stories:
                uf.union(stories[a.fingerprint], i)
                continue
            for fp, j in list(stories.items())[: cg.MAX_STORIES]:
                if fp == a.fingerprint or syndication.resemblance(a.sketch, ms[j].sketch) >= syndication.NEAR:
                    uf.union(i, j)
            stories[a.fingerprint] = i
    return uf


def _page_claims(uf, ms, idx) -> None:  # type: ignore[no-untyped-def]
    """One page, one claimant: an unknown value makes all one claim; NaN values join every value they
    overlap; else, by low end, a value joins the claim before it when it overlaps all of its values."""
    values = [(ms[i].low, ms[i].high) for i in idx]
    if any(cg.interval(*v) is None for v in values):
        for i in idx[1:]:
            uf.union(idx[0], i)
        return
    if any(x != x for v in values for x in cg.interval(*v)):
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                if cg.overlap((ms[i].low, ms[i].high), (ms[j].low, ms[j].high)):
                    uf.union(i, j)
        return
    claims: list[list[int]] = []
    for i in sorted(idx, key=lambda i: (cg.interval(ms[i].low, ms[i].high), idx.index(i))):
        if claims and all(cg.overlap((ms[i].low, ms[i].high), (ms[j].low, ms[j].high)) for j in claims[-1]):
            claims[-1].append(i)
            uf.union(claims[-1][0], i)
        else:
            claims.append([i])


def by_definition(records: list[FigureRecord], monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    with monkeypatch.context() as m:
        m.setattr(cg, "_can_disagree", every_pair)
        m.setattr(cg, "_link_claims", every_story)
        return group_event(records)


@pytest.mark.parametrize("quantity", ["killed", "arrested"])
def test_a_big_event_is_grouped_and_judged_as_every_pair_would(quantity: str, monkeypatch: pytest.MonkeyPatch) -> None:
    records = invented(11, 240, quantity=quantity)
    fast = group_event(records)
    assert fast == by_definition(records, monkeypatch)
    assert sum(len(g.disagreements) for g in fast) > 20  # the pairs that matter were found, not skipped
    assert sum(len(g.revisions) for g in fast) > 20


@settings(max_examples=60, deadline=None)
@given(seed=st.integers(0, 10_000), documents=st.integers(1, 30), quantity=st.sampled_from(["killed", "arrested"]))
def test_random_events_agree_with_every_pair(seed: int, documents: int, quantity: str) -> None:
    records = invented(seed, documents, quantity=quantity)
    with pytest.MonkeyPatch.context() as m:
        expected = by_definition(records, m)
    assert group_event(records) == expected


def test_one_page_with_overlapping_and_apart_values_makes_claims_whose_values_all_meet() -> None:
    # [5, 8] meets 6 and 8, but 6 and 8 cannot both hold: [5, 8] and 6 are one claim (6), 8 another;
    # 20 and an unknown high "more than 30" stay apart
    values = [(6.0, 6.0), (20.0, 20.0), (5.0, 8.0), (8.0, 8.0), (30.0, None)]
    records = [
        FigureRecord(i, 1, "a" * 64, f"f{i}", "casualties", None, "gewonden", "", "Olsthoorn", "olsthoorn", "bode.example",
                     low, high, T0, quantity="wounded", event=1)
        for i, (low, high) in enumerate(values)
    ]
    (group,) = group_event(records)
    assert sorted((c.figure_ids, c.low, c.high) for c in group.claims) == [
        ((0, 2), 6.0, 6.0), ((1,), 20.0, 20.0), ((3,), 8.0, 8.0), ((4,), 30.0, None)]


@settings(max_examples=200, deadline=None)
@given(a=st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=6), max_size=40),
       b=st.lists(st.text(alphabet="abcdefgh", min_size=1, max_size=6), max_size=40))
def test_the_quick_no_of_near_copies_is_the_resemblance_rule(a: list[str], b: list[str]) -> None:
    # bodies sharing some words: their sketches share some hashes, not all
    ska, skb = syndication.sketch(" ".join(a)), syndication.sketch(" ".join(a[: len(a) // 2] + b))
    expected = syndication.resemblance(ska, skb) >= syndication.NEAR
    assert syndication.same_story("x", ska, "y", skb) is expected

"""A count told as said before ("X had said N", "X meldde eerder N") is an earlier count where the
same claimant also gives another: a revision, never a quarrel with the claimant's own later count.
Where only another claimant gives another count, it still stands (two claimants may be at odds).
"""

from __future__ import annotations

from datetime import datetime, timezone

from claimtrack.compare.corrections import said_before
from claimtrack.ingest import ingest
from claimtrack.store import connect
from claimtrack.store import queries as q

T0 = datetime(2025, 6, 12, 18, 0, tzinfo=timezone.utc)  # a Thursday


def _killed(tmp_path, text):
    (tmp_path / "outlet").mkdir()
    page = tmp_path / "outlet" / "page.txt"
    page.write_text(text, encoding="utf-8")
    engine = connect(f"sqlite:///{tmp_path / 'said.db'}")
    ingest([str(page)], engine, fetched_at=T0)
    [g] = [g for g in q.list_groups(engine, limit=50).items if g.quantity == "killed"]
    engine.dispose()
    return g


def test_the_same_claimant_had_said_another_count():
    text = ("The coast guard had said on Monday that 45 passengers died, before survivors were found. "
            "The coast guard now says 31 passengers died when the ferry sank.")
    at = text.index("45")
    assert said_before(text, at, at + 2, "en")
    at = text.index("31")
    assert not said_before(text, at, at + 2, "en")


def test_a_claimants_own_earlier_count_is_a_revision_not_a_quarrel(tmp_path):
    g = _killed(tmp_path, "Ferry sinks off Varna\n\nThe coast guard now says 31 passengers died when the ferry sank. "
                "The coast guard had said that 45 passengers died, before survivors were found on a nearby island.\n")
    assert sorted((c.low, c.earlier) for c in g.claims) == [(31.0, False), (45.0, True)]
    assert [(r.before, r.after) for r in g.revisions] == [((45.0, 45.0), (31.0, 31.0))]
    assert not g.disagreement


def test_dutch_meldde_eerder_of_the_same_claimant(tmp_path):
    g = _killed(tmp_path, "Veerboot gezonken\n\nVolgens de kustwacht zijn 31 passagiers omgekomen. De kustwacht "
                "meldde eerder dat 45 passagiers waren omgekomen, maar later werden overlevenden gevonden.\n")
    assert sorted((c.low, c.earlier) for c in g.claims) == [(31.0, False), (45.0, True)]
    assert not g.disagreement


def test_another_claimants_count_told_as_said_before_still_stands(tmp_path):
    g = _killed(tmp_path, "Ferry toll\n\nThe port authority says 31 passengers died in the sinking. "
                "The harbour police had said that 45 passengers died.\n")
    assert sorted((c.claimant, c.low, c.earlier) for c in g.claims) == [
        ("harbour police", 45.0, False), ("port authority", 31.0, False)]
    assert g.disagreement

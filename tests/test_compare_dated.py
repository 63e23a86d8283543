"""A figure whose sentence opens with a time ("On March 3, ...", "In 2012 vielen ...") is about that
time, also where a comma or a "volgens" phrase parts the time from the number. Without it, a
background toll from years before was compared as today's count and quarrelled with it.
"""

from __future__ import annotations

from datetime import datetime, timezone

from claimtrack.ingest import ingest
from claimtrack.pipeline import extract
from claimtrack.store import connect
from claimtrack.store import queries as q

T0 = datetime(2025, 9, 3, 12, 0, tzinfo=timezone.utc)


def _times(text, language=None):
    x = extract(text, language=language, fetched_at=T0)
    return [(f.span.text, f.time.expression.text if f.time else None) for f in x.figures]


def test_a_time_that_opens_the_sentence_dates_its_figures():
    assert _times("Beving bij Kyrenia\n\nVolgens de kustwacht zijn zeker 57 doden gevallen. "
                  "In 2012 vielen volgens de officiële telling meer dan 3.000 doden.\n") == [
        ("zeker 57", None), ("meer dan 3.000", "In 2012")]
    assert _times("Quake toll\n\nOfficials said 57 people died. On March 3, a first estimate of 120 dead was given.\n") == [
        ("57", None), ("120", "March 3")]


def test_a_time_inside_the_sentence_does_not_date_another_clause():
    assert _times("Brand in Larnaca\n\nDe brandweer, die dinsdag uitrukte, telde 12 gewonden.\n") == [("12", None)]
    assert _times("Fire in Larnaca\n\nFirefighters said 12 people were hurt, and on Tuesday more crews arrived.\n") == [
        ("12", None)]


def test_a_toll_of_years_ago_does_not_quarrel_with_todays(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'dated.db'}")
    pages = {
        "a": "Beving bij Kyrenia\n\nBij de beving bij Kyrenia zijn volgens de kustwacht zeker 57 doden gevallen. "
             "In 2012 vielen bij een beving in dezelfde streek volgens de officiële telling meer dan 3.000 doden.\n",
        "b": "Kyrenia quake\n\nAt least 57 people died in the quake near Kyrenia, the coast guard said.\n",
    }
    for name, text in pages.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "page.txt").write_text(text, encoding="utf-8")
        ingest([str(tmp_path / name / "page.txt")], engine, fetched_at=T0)
    killed = [g for g in q.list_groups(engine, limit=50).items if g.quantity == "killed"]
    years_ago = datetime(2013, 1, 1, tzinfo=timezone.utc)  # the start of 2012 in local time, not today
    # the toll of 2012 is an earlier moment: a group of its own, beside today's (compare.groups.moment)
    assert sorted(sorted({(c.low, c.last_seen < years_ago) for c in g.claims}) for g in killed) == [
        [(57.0, False)], [(3000.0, True)]]
    assert not any(g.disagreement for g in killed)
    engine.dispose()

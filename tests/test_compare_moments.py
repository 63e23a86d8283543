"""A figure whose own time lies weeks before its page counts an earlier moment ("the march of
May 4 drew 90,000" in a July article): it neither joins the page's count of today nor
disagrees with it. A place phrase that is a time ("rallies in May that drew 90,000") dates
the figure it would have placed, and is no place.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from claimtrack.compare.groups import FigureRecord, group_event, moment
from claimtrack.ingest import ingest
from claimtrack.pipeline import extract
from claimtrack.store import connect
from claimtrack.store import queries as q

UTC = timezone.utc
PAGE = datetime(2025, 7, 20, 10, 0, tzinfo=UTC)  # the invented pages' time


def _record(fid, value, when, claimant, basis="figure", page=PAGE):
    return FigureRecord(
        figure_id=fid, document_id=fid, doc_sha=f"sha{fid}", local_id=f"f{fid}", category="people", unit=None,
        subject_key="marchers", place_key="", claimant=claimant, claimant_key=claimant.casefold(), publisher=f"outlet{fid}",
        low=value, high=value, refers_to=when, span=str(value), counted="marchers", evidence="", event=1,
        quantity="participants", time_basis=basis, page_time=page,
    )


def _members(groups):
    return sorted((sorted(i for c in g.claims for i in c.figure_ids), bool(g.disagreement)) for g in groups)


def test_a_figure_dated_weeks_before_its_page_is_an_earlier_moment():
    may = datetime(2025, 5, 4, tzinfo=UTC)
    assert moment(_record(1, 90000, may, "organisers")) == "2025-05-04"
    # a few days back is today's story still; the page's own time is no moment; nor is an unknown page time
    assert moment(_record(2, 90000, PAGE - timedelta(days=5), "organisers")) == ""
    assert moment(_record(3, 90000, may, "organisers", basis="article")) == ""
    assert moment(_record(4, 90000, may, "organisers", page=None)) == ""


def test_an_earlier_moment_neither_joins_nor_quarrels_with_todays_count():
    today = [_record(1, 45000, PAGE, "organisers", basis="article"), _record(2, 12000, PAGE, "police", basis="article")]
    may = _record(3, 90000, datetime(2025, 5, 4, tzinfo=UTC), "organisers")
    assert _members(group_event(today + [may])) == [([1, 2], True), ([3], False)]
    # dated five days back, the organisers' 90,000 stays in today's group (a count over the week)
    recent = _record(3, 90000, PAGE - timedelta(days=5), "organisers")
    assert _members(group_event(today + [recent])) == [([1, 2, 3], True)]


def _figures(text, language):
    x = extract(text, language=language, fetched_at=PAGE)
    return [(f.span.text, f.location.text if f.location else None, f.time.expression.text if f.time else None) for f in x.figures]


def test_a_place_phrase_that_is_a_time_dates_the_figure():
    assert _figures("Crowds filled Tamsin Square again, where rallies in April that were joined by 90,000 marchers had started.\n",
                    "en") == [("90,000", None, "in April")]
    # a real place stays the place, and dates nothing
    assert _figures("Rallies in Orlenburg that were joined by 9,000 marchers ended calmly.\n", "en") == [
        ("9,000", "in Orlenburg", None)]


def test_a_march_weeks_before_the_page_keeps_out_of_the_stored_group_of_today(tmp_path):
    engine = connect(f"sqlite:///{tmp_path / 'moments.db'}")
    pages = {
        "a": "Rally in Tamsin\n\nOrganisers said 45,000 people marched through Tamsin. "
             "Police counted 12,000 marchers. On April 6, the organisers' first march drew 90,000 people.\n",
    }
    for name, text in pages.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "page.txt").write_text(text, encoding="utf-8")
        ingest([str(tmp_path / name / "page.txt")], engine, fetched_at=PAGE)
    groups = [g for g in q.list_groups(engine, limit=50).items if g.quantity == "participants"]
    values = sorted((sorted({c.low for c in g.claims}), bool(g.disagreement)) for g in groups)
    assert values == [([12000.0, 45000.0], True), ([90000.0], False)]
    engine.dispose()


def _times(text, language):
    x = extract(text, language=language, fetched_at=PAGE)
    return [(f.span.text, f.time.expression.text if f.time else None) for f in x.figures]


def test_a_time_after_since_starts_the_period_and_dates_nothing():
    # the toll since a day counts up to the page's time: it stays today's count, no earlier moment
    assert _times("Landslides have buried 64 villagers in Oskaro since April 2.\n", "en") == [("64", None)]
    assert _times("Since April 2, landslides in Oskaro have buried 64 villagers.\n", "en") == [("64", None)]
    assert _times("Sinds 2 april zijn in Oskaro 64 dorpelingen bedolven.\n", "nl") == [("64", None)]
    # a few words on: "since the thaw set in in March" (the time, read as a place before, is neither)
    assert _figures("Mudflows have buried 64 villagers since the thaw set in in March.\n", "en") == [("64", None, None)]
    assert _times("Mudflows have buried 64 villagers since the thaw reached the lower valley on March 9.\n", "en") == [
        ("64", None)]
    # a clause break parts the period from a later time: "and on April 9" dates its own figure
    assert _times("Since the thaw, mudflows have buried 64 villagers, and on April 9 they buried 17 cattle.\n", "en") == [
        ("64", None), ("17", "April 9")]
    # a day without "since" dates its figure
    assert _times("On April 2, landslides in Oskaro buried 64 villagers.\n", "en") == [("64", "April 2")]
    assert _times("Op 2 april werden in Oskaro 64 dorpelingen bedolven.\n", "nl") == [("64", "2 april")]


def _quantities(text, language):
    from claimtrack.store.groups import FigureInput, key_figures

    x = extract(text, language=language, fetched_at=PAGE)
    rows = [FigureInput(f.id, f.span.start, f.span.end, f.counted.text if f.counted else None, f.category,
                        f.location.text if f.location else None, None) for f in x.figures]
    return [(f.span.text, k["quantity"]) for f, k in zip(x.figures, key_figures(x.text, x.language, rows))]


def test_a_bare_number_with_a_verb_of_its_own_borrows_no_label():
    # "remained cut off": the subject of its own clause counts something else than the dead before it
    got = _quantities("Rescuers said 210 people had died in the floods. At least 700 remained cut off in three hamlets.\n", "en")
    assert got[:2] == [("210", "killed"), ("At least 700", "")]
    got = _quantities("Volgens de brandweer kwamen 210 mensen om. Zeker 700 zaten vast in drie gehuchten.\n", "nl")
    assert got[:2] == [("210", "killed"), ("Zeker 700", "")]
    # a bare number without a verb of its own still takes the label before it
    got = _quantities("Rescuers said 210 people had died in the floods. By Monday the count stood at 260.\n", "en")
    assert got == [("210", "killed"), ("260", "killed")]

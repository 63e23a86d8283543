"""Step 5: nesting. A statement whose cue and sources lie inside another statement's
content gets ``via`` = the id of the innermost such statement (the shortest content;
on a tie the earlier statement), unless its own content holds that statement's cue: two
cues of one clause ("volgens haar ... volgens Kager") nest in neither, never in a cycle."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace
from itertools import accumulate

from claimtrack.model import Statement


def nest(stmts: list[Statement]) -> list[Statement]:
    """Contents sorted by start, with the running maximum of their ends: a search walks
    back from the last content that starts at or before the cue and stops as soon as no
    earlier content reaches the cue's end (linear for contents that do not pile up)."""
    if len(stmts) < 2:
        return stmts  # nothing to nest in
    contents = [s.content for s in stmts]
    firsts = [c.start for c in contents]
    order = sorted(range(len(stmts)), key=firsts.__getitem__)  # stable: ties by index
    starts = [firsts[k] for k in order]
    reach = list(accumulate([contents[k].end for k in order], max))
    out = []
    for n, s in enumerate(stmts):
        cue = s.cue
        p = bisect_right(starts, cue.start) - 1
        if p < 0 or reach[p] < cue.end:
            out.append(s)  # no content reaches over the cue (most statements)
            continue
        best: tuple[int, int] | None = None  # (content length, statement index)
        while p >= 0 and reach[p] >= cue.end:
            k = order[p]
            o = stmts[k]
            p -= 1
            if k == n or not o.content.contains(s.cue) or s.content.contains(o.cue):
                continue  # (each in the other's content: two cues of one clause, no nesting)
            if not all(o.content.contains(src.span) for src in s.sources):
                continue
            if best is None or (len(o.content), k) < best:
                best = (len(o.content), k)
        out.append(replace(s, via=stmts[best[1]].id) if best is not None else s)
    return out

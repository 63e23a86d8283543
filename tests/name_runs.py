"""The plain reading of a name run, for the tests that check ``phrase._names``'s shortcuts
(the word table, the early end before a word no step can start at) against it."""

from __future__ import annotations

from claimtrack.mentions import phrase


def plain_names(toks, i, j, limit, lex, org, is_name=phrase._is_name) -> int:  # type: ignore[no-untyped-def]
    """Index after the name starting at token ``j``: ``_name_step`` asked at every word that
    ``is_name`` does not take, nothing skipped."""
    if j >= limit or not toks[j].cap:
        return j
    k = j
    while k < limit and not (toks[k].line_start and k > i):
        step = 1 if is_name(toks[k], lex) else phrase._name_step(toks, j, k, limit, lex, org)
        if not step:
            break
        k += step
    if (
        k > j + 1
        and k < limit
        and toks[k].text == "."
        and toks[k].start == toks[k - 1].end
        and len(toks[k - 1].text) == 1
        and toks[k - 1].text.isupper()
    ) or (
        k > j
        and k < limit
        and toks[k].text == "."
        and toks[k].start == toks[k - 1].end
        and "." in toks[k - 1].text
        and toks[k - 1].text.replace(".", "").isupper()
    ) or (
        k > j + 1 and k < limit and toks[k].text == "." and toks[k].start == toks[k - 1].end and toks[k - 1].text in lex.name_suffixes
    ):
        k += 1
    return k

"""Step 2: candidate frames of one sentence, from the construction registry."""

from __future__ import annotations

from claimtrack.attribution.base import Found, Sentence
from claimtrack.attribution.constructions import participial, units_at
from claimtrack.attribution.content import content, quoted
from claimtrack.model import Span


def read_sentence(s: Sentence, at: dict | None = None) -> list[Found]:
    """Every frame a construction unit finds at a trigger token, trimmed (:func:`trim`).
    ``at``: :func:`units_at` of the sentence's data, if the caller has it."""
    if at is None:
        at = units_at(s.cd)
    marks = s.marks if s.marks is not None else [k for k, t in enumerate(s.toks) if t.low in at]
    out: list[Found] = []
    i = 0
    for k in marks:
        units = at[s.toks[k].low]  # the units that may start at this word
        if k < i or not units:
            continue  # inside what a unit read, or a continuation word only
        nxt = None
        for unit in units:
            r = unit(s, k)
            if r is not None:
                out.extend(r[0])
                if r[1] is not None:
                    nxt = r[1]
                    break
        i = nxt if nxt is not None else k + 1
    if s.cd.continuations:  # (none in some languages)
        out.extend(_continuations(s, out, marks))
    if not out:
        return out
    return trim(s.text, _quoted_first_person(s, out))


def _continuations(s: Sentence, found: list[Found], marks: list[int]) -> list[Found]:
    """"X said in a statement, adding that C2": a participle of [frame] continuations after
    a comma, with a clause after it, is a statement of the source before it. ``marks``:
    the indices of trigger and continuation tokens (:func:`units_at`)."""
    toks, cd, out = s.toks, s.cd, []
    for k in [k for k in marks if 0 < k < s.end - 1 and toks[k].low in cd.continuations]:
        before = [f for f in found + out if f.cue.end <= toks[k].start]
        if before and toks[k - 1].text == ",":
            sources, plural = before[-1].sources, before[-1].plural
        elif not before and (nps := participial.subject(s, k)) is not None:
            sources, plural = nps, None  # "X released ..., saying C"
        elif before and before[-1].lemma != "say" and participial.subject(s, k) is not None:
            sources, plural = before[-1].sources, before[-1].plural  # "..., alleging A, and claiming B"
        else:
            continue
        a = k + 2 if toks[k + 1].low in cd.complementisers else k + 1
        if toks[a].text in (",", ":") and a + 1 < s.end and toks[a + 1].text in cd.open_quotes:
            q = quoted(s.text, toks, a + 1, len(toks), cd)  # '..., shouting, "C."', '..., adding: "C."'
            c = (q, "direct") if q is not None else None
        else:
            c = content(s.text, toks, a, s.end, cd)
        if c is not None and s.end - a >= cd.min_clause:
            cue = Span.of(s.text, toks[k].start, toks[k].end)
            lemma = next((v.lemma for v in cd.cues.get(toks[k].low, ())), toks[k].low)
            # an earlier content of the sentence ends before ", adding" (see trim)
            out.append(Found(sources, cue, lemma, c[0], c[1], None, s.sent, toks[k - 1].start, plural))
    return out


def _quoted_first_person(s: Sentence, found: list[Found]) -> list[Found]:
    """Without statements of a first person ("We verwachten dat C") inside a quotation
    that opens the sentence: the quotation is a speaker's, who is named elsewhere."""
    toks, cd = s.toks, s.cd
    if not found or not toks or toks[0].text not in cd.open_quotes:
        return found
    close = next((t.start for t in toks[1:] if t.text in cd.close_quotes), s.sent.end)
    unresolved = s.lex.unresolved_pronouns
    return [
        f
        for f in found
        if not (f.cue.start < close and f.sources and all(np.pronoun in unresolved for np in f.sources))
    ]


def trim(text: str, found: list[Found]) -> list[Found]:
    """End a content before a trailing cue of the same sentence that reports it,
    and before a second cue of the same subject.

    In "A meldt dat C, zegt B." the content of A is C, not "C, zegt B"; in "A zegt
    dat C en verwacht dat D" it is C.
    """
    if len(found) < 2:
        return found  # nothing to end before
    out = []
    for f in found:
        for g in found:
            if g is not f and g.shared_at is not None and f.content.start < g.shared_at < f.content.end:
                # "X zegt dat C1 en verwacht dat C2": C1 ends before "en verwacht"
                e = g.shared_at
                while e > f.content.start and (text[e - 1].isspace() or text[e - 1] == ","):
                    e -= 1
                f = f._replace(content=Span.of(text, f.content.start, e))
                continue
            if g is f or g.content.end > g.cue.start:
                continue  # g is no trailing cue
            if f.content.start < g.cue.start < f.content.end and g.content.end > f.content.start:
                f = f._replace(content=Span.of(text, f.content.start, g.content.end))
        out.append(f)
    return out

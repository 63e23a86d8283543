"""Continued quotes: a quotation with no cue of its own continues the last speaker.

'"A", zei hij. "B."', 'X vertelt dat A. "B. C?"' and, with narrative between, 'zegt
Boksma. De weg is dicht. "B."' -- a sentence that opens with a quote mark, holds no
statement, and whose quotation closes (in it or up to four sentences later) with
nothing but punctuation after it, or runs to the end of its paragraph where the next
paragraph opens a quote again, or runs on to the end of a text that stops
mid-quotation (its complete sentences), is a direct statement with the sources and
cue of the last statement of the four sentences before it. Content: inside the quote
marks, without the final period or comma. Chains continue ('"A", zei hij. "B." "C."').
"""

from __future__ import annotations

import re

from claimtrack.attribution.base import ArticleText, Found
from claimtrack.attribution.data import closes
from claimtrack.mentions import Token, parse_np
from claimtrack.mentions.lexicon import lexicon
from claimtrack.mentions.phrase import is_organisation_name
from claimtrack.model import Span

REACH = 4  # sentences back to the speaker, and on to the closing mark


def find(art: ArticleText, found: list[Found]) -> list[Found]:
    sents = art.sentences
    if not sents or not art.quoted:
        return []  # no quote mark in the article: nothing continues
    index = {(sp.start, sp.end): k for k, sp in enumerate(art.sentences)}
    last: dict[int, Found] = {}
    for f in found:
        k = index.get((f.sentence.start, f.sentence.end))
        if k is not None:
            last[k] = f  # found is in cue order: the last one wins
    out: list[Found] = []
    k = 1
    while k < len(art.sentences):
        toks = art.stoks[k]
        speaker = last_speaker(last, k)
        if k not in last and toks:
            speaker = _introduced(art, k, last) or speaker  # a person named since speaks
        if speaker is None or k in last or not toks:
            k += 1
            continue
        if toks[0].text not in art.cd.open_quotes:
            g = _inside(art, k, speaker)  # 'X zei: "A. B."': B goes on with X
            if g is not None:
                out.append(g)
                last[k] = g
            k += 1
            continue
        m, close = _closing(art, k, last)
        if close is None:
            k += 1
            continue
        g = _statement(art, speaker, toks[0].end, close)
        if g is not None:
            out.append(g)
            last[m] = g
        k = m + 1
    return out


def _introduced(art: ArticleText, k: int, last: dict[int, Found]) -> Found | None:
    """'"A", zegt Y. Verslaggever X ziet weinig. "Ik ..."': a quotation that would go on with
    an earlier speaker but opens sentence ``k`` right after a sentence of its paragraph that
    holds no statement and opens with one named person (not "X en Y") is that person's,
    when it speaks in the first person (``[frame] first_person``: "X kwam om. 'Hij was
    ...'" is someone else's) or the introduction is a stance (:func:`_mood`).
    The cue is the opening mark. Also with no earlier speaker ("X is niet blij. 'Ik ...'"):
    the introduction names who speaks (eval/README.md, "quotation after an introduction")."""
    cd, before, toks = art.cd, art.stoks[k - 1], art.stoks[k]
    if k - 1 in last or not before or toks[0].text not in cd.open_quotes or "\n" in art.text[before[-1].end : toks[0].start]:
        return None
    if before[-1].text == "?" or before[0].low in cd.auxiliaries:
        return None  # "Is X niet kwaad? 'C'": an answer goes on with the last speaker
    np = parse_np(art.text, before, 0, len(before), art.language)
    if np is None or not np.name_text or np.org or np.known_type or np.last >= len(before) or before[np.last].cap:
        return None
    if (not cd.first_person or cd.first_person.isdisjoint(t.low for t in toks[1:])) and not _mood(before, np.last, cd):
        return None
    lex = lexicon(art.language)
    if before[np.last].low in lex.conjunctions:
        return None  # "X en Y kwamen kijken. 'Ik ...'": which of the two speaks is not said
    if is_organisation_name(np.name_text, lex) or not _person_name(art, np, before[0].start):
        return None
    return Found((np,), Span.of(art.text, toks[0].start, toks[0].end), cd.colon_lemma, toks[0], "direct", None, art.sentences[k])


def _mood(before, k: int, cd) -> bool:
    """"X is niet blij met het besluit.": a copula and a stance adjective of the colon
    lead-ins ("blij", "boos", "duidelijk") right after the person introduce a quotation
    that need not speak in the first person."""
    rest = [t.low for t in before[k : k + 4]]
    return bool(rest) and rest[0] in cd.copulas and any(w in cd.lead_adjectives for w in rest[1:])


def _person_name(art: ArticleText, np, pos: int) -> bool:
    """A person's name: with a role, of two words or more, or one word that ends a longer
    name earlier in the article ("Wilders" after "Geert Wilders"; "Gisteravond" is none)."""
    name = np.name_text
    if np.role or " " in name:
        return True
    m = re.search(r"(\w+) " + re.escape(name) + r"\b", art.text[:pos])
    return m is not None and m.group(1)[:1].isupper()


def _inside(art: ArticleText, k: int, speaker: Found) -> Found | None:
    """The rest of a quotation that the sentence before left open, when it closes in
    sentence ``k`` with only punctuation after it."""
    before = art.stoks[k - 1]
    opening = _unclosed(before, art.cd) if before and _quotes_in(art, before[0].start, before[-1].end) else None
    toks = art.stoks[k]
    if opening is None:
        return None
    q = next((p for p, t in enumerate(toks) if _mark(t, art.cd, opening)), None)
    if q is None or q == 0 or not closes(art.cd, opening, toks[q].text):
        return None
    if any(t.text[0].isalnum() for t in toks[q + 1 :]):
        return None
    return _statement(art, speaker, toks[0].start, toks[q].start)


def _quotes_in(art: ArticleText, a: int, b: int) -> bool:
    """Whether the text ``a:b`` holds a quote mark (no token there is one otherwise)."""
    return art.cd.quote_re.search(art.text, a, b) is not None


def _unclosed(toks, cd) -> str | None:
    """The opening mark of a quotation still open at the end of these tokens, or None."""
    opening = None
    for t in toks:
        if opening is not None and closes(cd, opening, t.text):
            opening = None
        elif opening is None and t.text in cd.open_quotes:
            opening = t.text
    return opening


def last_speaker(last: dict[int, Found], k: int) -> Found | None:
    """The last statement of the sentences before ``k``; an according-to only with a
    person ("Volgens hem ...": "Volgens de politie ..." is no voice a quotation goes on)."""
    f = None
    for j in range(k - 1, max(-1, k - 1 - REACH), -1):
        f = last.get(j)
        if f is not None:
            break
    if f is None or f.kind != "according_to":
        return f
    return f if f.sources and all(np.pronoun or np.role for np in f.sources) else None


def _statement(art: ArticleText, prev: Found, a: int, e: int) -> Found | None:
    text = art.text
    if not _ends_sentence(art, e):
        return None
    while e > a and (text[e - 1].isspace() or text[e - 1] in ".,"):
        e -= 1
    while a < e and text[a].isspace():
        a += 1
    if e <= a:
        return None
    return Found(
        prev.sources, prev.cue, prev.lemma, Span.of(text, a, e), "direct",
        None, prev.sentence, None, prev.plural,
    )  # fmt: skip


def _ends_sentence(art: ArticleText, e: int) -> bool:
    """A sentence mark at the end of the quotation: "'Relaxte sfeer'" is a subhead."""
    around = art.text[max(0, e - 2) : e + 3]
    return any(c in art.cd.sentence_ends for c in around)


def _closing(art: ArticleText, k: int, last: dict) -> tuple[int, int | None]:
    """Where the quotation opened at sentence ``k`` ends: (sentence index, offset of its
    closing mark, or of the paragraph end when the next paragraph opens a quote anew),
    or (k, None) when it does not close with only punctuation after it."""
    cd = art.cd
    m = k
    while m < len(art.sentences) and m - k <= REACH and m not in last:
        mtoks = art.stoks[m]
        first = 1 if m == k else 0
        opening = art.stoks[k][0].text
        q = next((p for p in range(first, len(mtoks)) if _mark(mtoks[p], cd, opening)), None)
        if q is not None:
            t = mtoks[q]
            reopens = q == 0 and m > k and t.text in cd.open_quotes and _new_paragraph(art, m)
            if t.text in cd.close_quotes and not reopens:
                rest = mtoks[q + 1 :]
                return (m, t.start) if not any(r.text[0].isalnum() for r in rest) else (k, None)
            if reopens:  # the quote runs to the end of its paragraph
                return m - 1, art.stoks[m - 1][-1].end
            return k, None
        m += 1
    if m == len(art.sentences) and _cut_at_text_end(art, k, m - 1):
        return m - 1, art.stoks[m - 1][-1].end  # the page ends inside the quotation
    return k, None


def _cut_at_text_end(art: ArticleText, k: int, m: int) -> bool:
    """Whether the quotation opened at sentence ``k`` and still open in the article's last
    sentence ``m`` stops where the text stops (no quote mark after it: an
    excerpt that stops mid-quotation)."""
    last, first = art.stoks[m], art.stoks[k]
    if len(first) > 1 and first[1].start == first[0].end and first[1].low in art.cd.elisions:
        return False  # "'s Avonds ...": an elided article the splitter cut off, no quotation
    return bool(last) and art.cd.quote_re.search(art.text, last[-1].end) is None


def _new_paragraph(art: ArticleText, m: int) -> bool:
    """Whether sentence ``m`` opens a line (a paragraph break before it)."""
    before = art.stoks[m - 1]
    return bool(before) and "\n" in art.text[before[-1].end : art.stoks[m][0].start]


def _mark(t: Token, cd, opening: str) -> bool:
    """A mark that closes the quotation, or opens another of the same kind."""
    same = (t.text in cd.single_quotes) == (opening in cd.single_quotes)
    return same and (t.text in cd.close_quotes or t.text in cd.open_quotes)

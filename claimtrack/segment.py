"""Segment a page into articles: the main article, then the teasers of its lists.

Page dumps and the text :mod:`claimtrack.read.html` builds from HTML share one
shape (see ``shared/seed``): a headline line, a dateline ``PLACE (AGENCY/AGENCY) - ``
opening the body, paragraphs one per line, then a teaser-list header such as
``Meer uit Buitenland`` and teasers ``PLACE (AGENCY) - text``, each with its own
age ("34 minuten geleden"). In dumps the age *follows* its teaser and is glued to
the next teaser's place ("34 minuten geledenWASHINGTON"); some pages put it
*before* the teaser instead. Which of the two a list uses is read from the list
itself: if its first item opens with an age, ages precede; otherwise they follow.

Times: a teaser's age is resolved against the fetch time (anchor ``fetched_at``);
the main article's publication time comes from the page metadata (anchor
``absolute``) or from a time line between headline and body. Nothing is resolved
against a time the page does not give.

The words (headers, chrome, agencies) live in ``lang/<code>/page.toml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import lru_cache

from claimtrack import lang
from claimtrack.document import Document
from claimtrack.isotime import parse_iso
from claimtrack.mentions import title_case, tokenize
from claimtrack.model import Article, Dateline, Span, TimeRef
from claimtrack.sentences import line_sentences
from claimtrack.timeref import find_time_expressions, match_age, resolve
from claimtrack.wordlists import fold_case, phrase_alternation, phrase_key

# An upper-case place ("KOERSK", "MEXICO-STAD", "DEN HAAG", "'S-HERTOGENBOSCH"),
# optional agencies in brackets, then a dash. Letters are checked for case below.
_PLACE_CREDIT = (
    r"(?P<place>['’]?[^\W\d_][^\W\d_'’.\- ]*(?:[ .'’\-/]+[^\W\d_]+)*\.?)"
    r"(?:,(?P<region>[^()\n]{1,30}?))?"
)
# "Kolvik (Duraland) (AFP) –": the country in brackets before the agency; taken
# only before known agencies (see _dateline)
_DATELINE = re.compile(
    _PLACE_CREDIT + r"(?:[ \t]*\((?P<country>[^()\n]{1,30})\)(?=[ \t]*\())?"
    r"(?:\s*\((?P<agencies>[^()\n]{1,60})\))?"
    r"\s*(?:(?P<dash>--|[-–—])|(?P<colon>:))\s+"
)
# "ORVIK (Reuters) -The ...", "Mirpur, Oct 8 (PTI) The ...": a wire credit whose
# dash touches the body, or one after a date with no dash at all (read where no
# _DATELINE is: its longer place would else swallow a spaced dash)
_WIRE_DATELINE = re.compile(
    _PLACE_CREDIT + r"\s*\((?P<agencies>[^()\n]{1,60})\)(?:\s*(?P<dash>[-–—])(?=[^\W\d_])|(?P<bare>\s+))"
)
# what every dateline holds: a dash or colon before white space, or a closing bracket
# before a letter (the engine skips to each such mark: far cheaper than trying the
# place pattern on every line)
_DATELINE_MARK = re.compile(r"[-–—:]\s|\)\s*[-–—]?[^\W\d_]")
_AGENCY_SEPARATOR = re.compile(r"[/,]")  # "ANP/AFP", "Reuters, AP"
_TITLE_MAX = 200
# A line this long is running text even without a final period (a cut-off paragraph).
_PARAGRAPH_LONG = 160
_PARAGRAPH_MIN_WORDS = 6
_HEADLINE_MIN_WORDS = 4
# A last line this long that stops with no closing punctuation was cut off by the end of
# the text (a page dump); a shorter one may be a title ("Waterschap X: piek verwacht").
_CUT_OFF_MIN_WORDS = 12
# How a sentence ends when its writer closes it: a text with none of these before its last
# sentence closes no sentence, so that one was not cut off ("Kop\nDe minister zegt dat ...").
_CLOSED = (".", "!", "?", '"', "”", "’", "'", "»", "…")
# List items ("• 19 killed, officials say", "- Organisers estimate ..."): story
# highlights, never the headline.
_BULLETS = ("•", "·", "▪", "◦", "‣", "- ", "* ", "– ")
_LABEL_MAX = 40


_PIECES = re.compile("[ ']")


class _Gated:
    """A regex of listed words, searched only in a line that holds one of them as a plain
    substring (what ``in`` tests in C is far cheaper than the engine trying each position).

    ``keys``: each word's longest piece between spaces and apostrophes (which the regex
    widens to any space or either apostrophe): "voorbehouden" of "alle rechten
    voorbehouden", as the rarest, rules out most lines; a key that holds another is
    left out (the line holds the other too); ``fold``: the regex ignores
    case, so the line is folded as ``re.IGNORECASE`` folds (the keys are lower case then).
    """

    __slots__ = ("pattern", "keys", "fold")

    def __init__(self, pattern: re.Pattern[str], words: list[str], *, fold: bool) -> None:
        keys = {max(_PIECES.split(phrase_key(w) if fold else w), key=len) for w in words}
        keys = {k for k in keys if not any(o != k and o in k for o in keys)}  # "cookie" covers "cookies"
        uncased = all(c.isascii() or c.lower() == c.upper() for k in keys for c in k)
        self.pattern = pattern
        self.keys = tuple(keys) if keys and all(keys) and (uncased or not fold) else None
        self.fold = fold

    def search(self, line: str) -> re.Match[str] | None:
        if self.keys is not None:
            low = fold_case(line) if self.fold else line
            if not any(map(low.__contains__, self.keys)):
                return None
        return self.pattern.search(line)


class _Phrases:
    """Listed phrases, case-folded: ``line in phrases`` folds the line first. A line
    longer than every phrase is not folded (case folding never shortens a text)."""

    __slots__ = ("folded", "longest")

    def __init__(self, phrases: list[str]) -> None:
        self.folded = frozenset(p.casefold() for p in phrases)
        self.longest = max(map(len, self.folded), default=0)

    def __contains__(self, line: str) -> bool:
        return len(line) <= self.longest and line.casefold() in self.folded


@dataclass(frozen=True, slots=True)
class _Page:
    """Compiled page knowledge of one language."""

    headers: tuple[re.Pattern[str], ...]
    any_header: re.Pattern[str]  # all of them in one (no groups): most lines match none
    article_end: _Phrases
    chrome: _Gated
    labels: re.Pattern[str]
    prefixes: tuple[str, ...]
    bylines: tuple[str, ...]  # with the space after them ("door ")
    agencies: dict[str, str]
    furniture: re.Pattern[str]
    clock: re.Pattern[str]
    zones: dict[str, timezone]  # "BST" -> UTC+1: a zone printed after a clock time
    zone: re.Pattern[str]  # one of them, after blanks
    media_labels: frozenset[str]
    section_labels: dict[str, str]  # folded -> as listed: a section's name alone on a line
    listing_labels: tuple[re.Pattern[str], ...]  # "Latest headlines", "Laatste nieuws in {section}"
    credits: _Gated
    credit_ends: tuple[str, ...]  # the photo-credit words, folded, as a line's last word
    agency_credits: re.Pattern[str]
    inline_headers: _Phrases
    share_bars: frozenset[str]
    opening: int  # the longest prefix or byline: how much of a line those tests read
    title_case: bool  # headlines may capitalise every word (sources.toml title_case_headlines)
    months: frozenset[str]  # month names and abbreviations, folded (time.toml): "BAMBURG Oct 19 The ..."


def _label_pattern(label: str) -> str:
    """A whole-line label as a pattern; "{section}" in it captures the section's name."""
    return re.escape(label).replace(re.escape("{section}"), r"(?P<section>[^\W\d_][\w &\-’']{0,40})")


@lru_cache(maxsize=None)
def _page(language: str) -> _Page:
    data = lang.load(language, "page")
    headers, plain = [], []
    for h in data.get("teaser_headers", []):
        pattern = _label_pattern(h)
        headers.append(re.compile(rf"{pattern}\s*:?", re.IGNORECASE))
        plain.append(f"(?:{pattern.replace('(?P<section>', '(?:')}\\s*:?)")
    def any_word(words: list[str]) -> re.Pattern[str]:
        if not words:
            return re.compile(r"(?!x)x")
        # One character class of the first letters, then the words as a trie: the
        # engine leaves most positions after one test instead of one per word.
        firsts = "".join(sorted({re.escape(w[0].lower()) for w in words}))
        body = phrase_alternation(words, boundary=False)
        return re.compile(rf"(?<!\w)(?=[{firsts}])(?:{body})(?!\w)", re.IGNORECASE)

    prefixes = tuple(p.casefold() for p in data.get("boilerplate_prefixes", [])) + tuple(
        f"{e.casefold()}:" for e in data.get("article_end", [])
    )
    bylines = tuple(f"{b.casefold()} " for b in data.get("bylines", []))
    credit_words = [c for c in data.get("photo_credits", []) if not c.endswith(":")]
    # "14u32" where the language's clock has such a separator (time.toml)
    separators = "|".join(map(re.escape, lang.load(language, "time")["clock"].get("separators", []))) or "(?!x)x"
    return _Page(
        headers=tuple(headers),
        any_header=re.compile("|".join(plain) or "(?!x)x", re.IGNORECASE),
        article_end=_Phrases(data.get("article_end", [])),
        chrome=_Gated(any_word(data.get("boilerplate_words", [])), data.get("boilerplate_words", []), fold=True),
        labels=any_word(data.get("boilerplate_labels", [])),
        prefixes=prefixes,
        bylines=bylines,
        opening=max(map(len, prefixes + bylines), default=0),
        title_case=bool(lang.load(language, "sources").get("title_case_headlines")),
        months=frozenset(m.casefold() for key in ("months", "month_abbreviations") for m in lang.load(language, "time").get(key, {})),
        agencies={a.casefold(): a for a in data.get("agencies", [])},
        furniture=re.compile(  # "212 comments", "Comments (212)"
            r"\d[\d.]*\s+(?:{c})|(?:{c})\s*\(\d[\d.,]*\)".format(
                c="|".join(re.escape(c) for c in data.get("counters", ["(?!x)x"]))
            ),
            re.IGNORECASE,
        ),
        clock=re.compile(
            r"(?:(?:" + "|".join(re.escape(w) for w in data.get("clock_prefixes", []) + ["(?!x)x"]) + r")\s+)?"
            r"(?P<time>(?:[01]?\d|2[0-3])(?:[:.]|" + separators + r")[0-5]\d"
            r"(?:\s*(?:" + "|".join(re.escape(w) for w in data.get("clock_words", [])) + r"))?)(?!\w)",
            re.IGNORECASE,
        ),
        zones={z: timezone(timedelta(minutes=m)) for z, m in data.get("clock_zones", {}).items()},
        zone=re.compile(r"[ \t]*(?P<zone>" + ("|".join(map(re.escape, data.get("clock_zones", {}))) or "(?!x)x") + r")(?!\w)"),
        media_labels=frozenset(s.casefold() for s in data.get("media_labels", [])),
        section_labels={s.casefold(): s for s in data.get("section_labels", [])},
        listing_labels=tuple(re.compile(rf"{_label_pattern(h)}\s*:?", re.IGNORECASE) for h in data.get("listing_labels", [])),
        # "... in Kandor. PTI Photo", "ANNA WEL/AP PHOTO": an agency's credit closing a caption
        credit_ends=tuple(c.casefold() for c in credit_words),
        agency_credits=re.compile(
            r"(?:^|[\s/(])(?:" + ("|".join(map(re.escape, data.get("agencies", []))) or "(?!x)x") + r")"
            r"\s+(?i:" + ("|".join(map(re.escape, credit_words)) or "(?!x)x") + r")\)?$"
        ),
        inline_headers=_Phrases(data.get("inline_link_headers", [])),
        share_bars=frozenset(s.casefold() for s in data.get("share_bars", [])),
        # A photo credit closing a line ("... Photograph: Ann Lee/AP", "Beeld ANP",
        # "(Foto: Jan Bos)"): the line is a caption. Case-sensitive: credits are capitalised.
        credits=_Gated(
            re.compile(
                r"(?:^|[\s(])(?:" + "|".join(re.escape(c) for c in data.get("photo_credits", []) + ["(?!x)x"]) + r")"
                r":?\s+[^\s.!?][^.!?]{0,60}\)?$"
            ),
            data.get("photo_credits", []),
            fold=False,
        ),
    )


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    age: Span | None  # a relative age at the start of the line
    content: int  # where the line's own content starts (after the age)


def segment(doc: Document, language: str) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """The articles of a page, in page order (main article first), and warnings.

    Args:
        doc: the document; ``doc.fetched_at`` anchors teaser ages,
            ``doc.published`` (page metadata) the main article's time.
        language: a code with ``lang/<code>/page.toml``.

    Returns:
        ``(articles, warnings)``. Ids are ``a0``, ``a1``, ... in page order. A page
        without a recognisable main article yields only teasers; a page without
        either yields one main article spanning the whole text, with a warning.
    """
    text = doc.text
    page = _page(language)
    lines = _lines(text, language)
    warnings: list[str] = []
    dateline_of = _Datelines(text, page)  # each line's dateline, looked for once

    first_list = next(
        (i for i, ln in enumerate(lines)
         if _header(text, ln, page) and not _inline_link(text, lines, i, page) and not _top_title(text, lines, i, page, dateline_of)),
        len(lines),
    )
    main_lines = lines[:first_list]
    # "Deel dit artikel" ends the article only below its text: share buttons also
    # stand above the headline.
    started = next(
        (i for i, ln in enumerate(main_lines)
         if dateline_of(ln) or _paragraph_like(_line_text(text, ln))),
        len(main_lines),
    )
    end_at = next(
        (i for i, ln in enumerate(main_lines)
         if i > started and _line_text(text, ln).rstrip(":") in page.article_end
         and not _text_follows(text, main_lines, i, page)),
        None,
    )
    if end_at is not None:
        main_lines = main_lines[:end_at]
    # A dump may lack a header and run straight from the article into teasers that
    # open with an age: those lines start the teaser list.
    first_dateline = next((i for i, ln in enumerate(main_lines) if dateline_of(ln)), None)
    if first_dateline is not None:
        for i in range(first_dateline + 1, len(main_lines)):
            ln = main_lines[i]
            if ln.age is not None and dateline_of(ln):
                # An age glued to the next dateline with no list header before it:
                # the page is a list whose ages follow their teasers, so what looked
                # like the main article is its first teaser.
                first_list = _list_start(text, main_lines, first_dateline, page)
                main_lines = main_lines[:first_list]
                break
        else:
            # A wire listing with no header: its second titled dateline starts the teasers.
            second = _next_titled_item(text, main_lines, first_dateline, page, dateline_of)
            if second is not None:
                first_list = second
                main_lines = main_lines[:first_list]

    section = None
    for ln in lines[first_list:]:
        m = _header(text, ln, page)
        if m is not None and m.groupdict().get("section"):
            section = m.group("section").strip()
            break

    articles: list[Article] = []
    main = _main_article(doc, main_lines, page, section, language, warnings, dateline_of)
    if main is not None:
        articles.append(main)
    articles.extend(_teasers(doc, lines[first_list:], page, language, len(articles), warnings, dateline_of))
    if not articles:
        warnings.append("no article structure found: the whole text is read as one article")
        articles.append(Article("a0", "main", section, None, None, _published(doc), Span.of(text, 0, len(text))))
    return tuple(articles), tuple(warnings)


def article_sentences(text: str, article: Article, language: str) -> tuple[Span, ...]:
    """The sentences to analyse in an article: its headline's, its lead's, then its body's.

    The lead is what stands between headline and body: story highlights ("• 19
    killed, officials say") and a deck under the headline. Lines of page chrome
    inside the body (inline "Lees ook:" links, bylines, cookie text) are left out;
    a caption is read without its photo credit.
    """
    page = _page(language)
    parts = [article.body]
    if article.headline is not None and article.headline != article.body:
        parts[:0] = [article.headline, *_lead(text, article, page)]
    elif article.role == "main" and article.dateline is not None:
        parts[:0] = _paragraphs_above(text, article, page)
    out: list[Span] = []
    for part in parts:
        pos = part.start
        skip = 0
        body_lines = text[part.start : part.end].split("\n")
        for k, line in enumerate(body_lines):
            start = pos
            pos += len(line) + 1
            if skip:
                skip -= 1
                continue
            if line.strip().rstrip(": ") in page.inline_headers:
                skip = _link_titles(text, body_lines, k, page)  # "Lees ook:" and its link titles
                continue
            credit = page.credits.search(line)
            if credit is not None:
                line = line[: credit.start()]
            if _has_letters(line) and not _is_chrome(line.strip(), page):
                line_sentences(text, line, start, language, out)  # (line has no break)
    if out and _cut_off(text, out[-1]) and any(s.text.endswith(_CLOSED) for s in out[:-1]):
        out.pop()
        if out and out[-1].end == _opening_quote_end(text, out[-1]):
            # '... teacher. “' + the cut-off quotation: the opening mark goes with it
            out[-1] = Span.of(text, out[-1].start, len(text[: out[-1].end - 1].rstrip()))
    return tuple(out)


def _opening_quote_end(text: str, sentence: Span) -> int | None:
    """The sentence's end when its last character is an opening quote mark after a space."""
    tail = text[sentence.start : sentence.end]
    if len(tail) > 1 and tail[-2].isspace() and unicodedata.category(tail[-1]) == "Pi":
        return sentence.end
    return None


_ONLY_SPACE_AFTER = re.compile(r"\s*\Z")


def _cut_off(text: str, sentence: Span) -> bool:
    """A sentence the end of the text cuts off mid-way ("... who succumbed to thei"):
    running text that stops at the text's end with no closing punctuation."""
    if _ONLY_SPACE_AFTER.match(text, sentence.end) is None:  # (not text.rstrip(): one copy per article)
        return False  # most articles: text follows
    words = sentence.text.split()
    line_start = text.rfind("\n", 0, sentence.start) + 1
    return (
        len(text[line_start : sentence.end].split()) >= _CUT_OFF_MIN_WORDS  # not a title line
        and (words[-1][-1:].isalnum() or words[-1][-1:] == ",")
    )


def _paragraphs_above(text: str, article: Article, page: _Page) -> list[Span]:
    """No headline, and running text above the dateline (a page that opens with the
    article's summary paragraph): those paragraphs are read with the article."""
    out = []
    pos = 0
    for line in text[: article.dateline.start].split("\n"):
        start = pos + len(line) - len(line.lstrip())
        pos += len(line) + 1
        line = line.strip()
        if _paragraph_like(line) and not _is_chrome(line, page) and not _caption(line, page):
            out.append(Span.of(text, start, start + len(line)))
    return out


def _lead(text: str, article: Article, page: _Page) -> list[Span]:
    """Highlight bullets and deck lines between an article's headline and its body."""
    assert article.headline is not None
    out = []
    above = ""
    pos = article.headline.end + 1
    for line in text[article.headline.end + 1 : article.body.start].split("\n"):
        start = pos
        pos += len(line) + 1
        line = line.strip()
        media_title = above.rstrip(":").casefold() in page.media_labels
        above = line or above
        if not line or media_title or _is_chrome(line, page) or page.credits.search(line) or page.clock.search(line):
            continue
        if line.startswith(_BULLETS) or (_title_like(line) and len(line.split()) >= _HEADLINE_MIN_WORDS):
            at = start + text[start:pos].index(line)
            out.append(Span.of(text, at, at + len(line)))
    return out


def _lines(text: str, language: str) -> list[_Line]:
    out = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            continue
        age = match_age(text, start, language)
        if age is not None and _reads_on(text, age.end, end):
            age = None  # "Morgen getuigen ...": the day opens a sentence, it is no teaser's age
        if age is None and len(raw) <= 40:
            age = _stamp(text, start, end, language)
        content = start
        if age is not None:
            content = age.end
            while content < end and text[content] == " ":
                content += 1
        out.append(_Line(start, end, age, content))
    return out


def _reads_on(text: str, at: int, end: int) -> bool:
    """Whether a word in lower case follows position ``at`` after a space (the line reads on as a sentence)."""
    rest = text[at : min(end, at + 40)]
    stripped = rest.lstrip(" ")
    return len(stripped) < len(rest) and stripped[:1].islower()


def _stamp(text: str, start: int, end: int, language: str) -> Span | None:
    """A short line that is one time expression and nothing else ("2026-01-12T15:50:00+01:00")."""
    line = text[start:end].strip()
    if _iso_time(line) is not None:
        at = start + text[start:end].index(line)
        return Span.of(text, at, at + len(line))
    found = find_time_expressions(text, Span.of(text, start, end), language)
    if len(found) == 1 and text[start:end].strip() == found[0].text:
        return found[0]
    return None


def _iso_time(value: str) -> datetime | None:
    """A full ISO 8601 time with an offset, as HTML ``<time datetime>`` gives it, or None."""
    if len(value) < 16 or "T" not in value:
        return None
    try:
        return parse_iso(value)
    except ValueError:
        return None


def _age_time(doc: Document, age: Span, language: str) -> TimeRef:
    """A teaser's or page's time stamp: an ISO time as it is, else resolved against the fetch time."""
    iso = _iso_time(age.text)
    if iso is not None:
        return TimeRef(age, iso, "minute", "absolute")
    return resolve(age, language, anchor_time=doc.fetched_at, anchor="fetched_at")


def _list_start(text: str, lines: list[_Line], first_dateline: int, page: _Page) -> int:
    """Where a header-less teaser list starts: at its first dateline, or at the
    teaser title just above it."""
    if first_dateline > 0:
        above = _line_text(text, lines[first_dateline - 1])
        if _title_like(above) and not _is_chrome(above, page):
            return first_dateline - 1
    return first_dateline


def _titled(text: str, lines: list[_Line], i: int, page: _Page) -> bool:
    """Whether the line right above line ``i`` is a headline of its own: title-like, of a
    headline's length (a "Read also" label is shorter), no chrome, caption or age."""
    if i == 0 or lines[i - 1].age is not None:
        return False
    above = _line_text(text, lines[i - 1])
    return (
        _title_like(above)
        and _has_letters(above)  # not a "- - - -" rule between items
        and len(above.split()) >= _HEADLINE_MIN_WORDS
        and not _is_chrome(above, page)
        and not _caption(above, page)
    )


def _next_titled_item(
    text: str, lines: list[_Line], first_dateline: int, page: _Page, dateline_of: _Datelines
) -> int | None:
    """Where a header-less listing's second item starts (at its title), or None.

    A listing repeats one shape: a title over a paragraph that opens with a dateline. Only
    where the first dateline stands under a title too does a later titled dateline start an
    item; one article that quotes a wire line does so after running text, not under a title.
    """
    if not _titled(text, lines, first_dateline, page):
        return None
    for i in range(first_dateline + 2, len(lines)):
        if _titled(text, lines, i, page) and _item_dateline(text, lines[i], page, dateline_of) is not None:
            # A time line over the first title and over this one: the listing puts each
            # item's time above it, so the item opens with that line (its ages precede).
            if _bare_time(lines, i - 2) and _bare_time(lines, first_dateline - 2):
                return i - 2
            return i - 1
    return None


def _bare_time(lines: list[_Line], i: int) -> bool:
    """Whether line ``i`` is a time and nothing else ("3 uur geleden", a date and clock)."""
    return i >= 0 and lines[i].age is not None and lines[i].content >= lines[i].end


def _item_dateline(text: str, ln: _Line, page: _Page, dateline_of: _Datelines) -> tuple[Dateline, int] | None:
    """A list item's dateline: a place with its mark, or a wire credit alone ("(Reuters) - ")."""
    return dateline_of(ln) or _agency_dateline(text, ln.content, ln.end, page)


def _line_text(text: str, ln: _Line) -> str:
    return text[ln.content : ln.end].strip()


def _header(text: str, ln: _Line, page: _Page) -> re.Match[str] | None:
    line = _line_text(text, ln)
    if not line or len(line) > 60:
        return None
    if page.any_header.fullmatch(line) is None:
        return None
    for pattern in page.headers:
        m = pattern.fullmatch(line)
        if m is not None:
            return m
    return None


class _Datelines(dict):
    """Line content offset -> the line's :func:`_dateline` (with the body start), or None:
    each line of one document looked at once, however many passes ask."""

    __slots__ = ("text", "page")

    def __init__(self, text: str, page: _Page) -> None:
        super().__init__()
        self.text, self.page = text, page

    def __call__(self, ln: _Line) -> tuple[Dateline, int] | None:
        found = self.get(ln.content, self)
        if found is self:
            found = self[ln.content] = _dateline(self.text, ln.content, ln.end, self.page)
        return found


def _dateline(text: str, start: int, end: int, page: _Page) -> tuple[Dateline, int] | None:
    """A dateline at ``start``, and where the body after it starts."""
    if _DATELINE_MARK.search(text, start, end) is None:
        return None
    m = _DATELINE.match(text, start, end)
    wire = m is None
    if wire:
        m = _WIRE_DATELINE.match(text, start, end)
        if m is None:
            return None
    place = m.group("place")
    letters = "".join(filter(str.isalpha, place))
    raw = m.group("agencies")
    if len(letters) < 2 or (raw is None and len(letters) < 3):
        return None  # "EU - " or "VS - " at a line start is more often a heading than a dateline
    agencies: tuple[str, ...] = ()
    known = False  # every agency is a listed one
    if raw is not None:
        parts = [a for a in map(str.strip, _AGENCY_SEPARATOR.split(raw)) if a]
        folded = [a.casefold() for a in parts]
        listed = page.agencies
        if not parts:
            return None
        for a, f in zip(parts, folded):
            if " " in a and f not in listed:
                return None
        agencies = tuple([listed.get(f, a) for a, f in zip(parts, folded)])
        known = all([f in listed for f in folded])
    region = m.group("region") or ""
    if wire:
        # a wire credit of known agencies; one with no dash follows a date ("Oct 8 (PTI) ")
        if not known or not text[m.end() : m.end() + 1].isupper():
            return None
        if m.group("bare") is not None and not any(c.isdigit() for c in region):
            return None
    elif raw is None and region.split()[-1:] and region.split()[-1] in page.agencies.values():
        # "PERTHWOOD, Aug 3 AAP - ": a listed agency closing the date, without brackets
        agencies, known = (region.split()[-1],), True
    if any(map(str.islower, letters)):
        # "Kabul, Afghanistan (CNN) --": a place in title case only before a known agency;
        # "By Ann Lee Associated Press ORVIK (AP) --" opens with a byline (_byline_dateline)
        if not known or not all(w[:1].isupper() for w in place.split()):
            return None
        if f"{place.casefold()} ".startswith(page.bylines):
            return None
    if not wire and m.group("colon") and ((raw is not None and not known) or not _paragraph_like(text[m.end() : end].strip())):
        # "COLOMBO: <paragraph>", "Kandy (AFP/Reuters): <paragraph>"; a short "VVD: ..."
        # line is a colon headline, "Rutte (VVD): ..." a colon quote
        return None
    country = m.groupdict().get("country")
    if country is not None:
        # a country name, not an age or party ("Jan Smit (45)", "Smith (R)"), before known agencies
        if not known or not country[:1].isupper() or not any(map(str.islower, country)) or any(map(str.isdigit, country)):
            return None
        place = f"{place} ({country})"  # as printed, like "KYIV, Ukraine"
    region = region.split(",")[0]  # "VARNBY, Keldor, May 6": the date after it
    if region and not any(c.isdigit() for c in region) and region.strip()[:1].isupper():
        place = f"{place}, {region.strip()}"  # "KYIV, Ukraine"; not the date of "LAGOS, March 3"
    dash = m.start() + len(m.group(0).rstrip())
    return Dateline(place.strip(), agencies, start, dash), m.end()


_BYLINE_DATELINE_REACH = 120  # how far into a byline line its dateline may start
_UPPER_WORD = re.compile(r"(?<!\S)(?=[^\W\d_]{2})[^\W\d_'’.\-]+")


def _byline_dateline(text: str, ln: _Line, page: _Page) -> tuple[Dateline, int] | None:
    """A dateline after a byline on one line ("By Ann Lee and Bo Kim ORVIK (Reuters) -The ...",
    "By ANN LEE Associated Press ST. PAUL, Minn. (AP) — ..."): the first word in capitals
    from which an upper-case place, a listed agency and the body follow."""
    if not text[ln.content : ln.content + page.opening].casefold().startswith(page.bylines):
        return None
    for word in _UPPER_WORD.finditer(text, ln.content, min(ln.end, ln.content + _BYLINE_DATELINE_REACH)):
        if not word.group(0).isupper():
            continue
        found = _dateline(text, word.start(), ln.end, page)
        if found is not None and found[0].agencies and "".join(filter(str.isalpha, found[0].place.split(",")[0])).isupper():
            return found
    return None


# "Kandy: ", "Nairobi — ", "Ter Apel – ", "KANDY:-": a place in title case and its mark opening the first paragraph
_COLON_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_'’\-]*(?: [^\W\d_][^\W\d_'’\-]*){0,2})(?::[ \t]+|[ \t]+(?:—|–|--)[ \t]+|[ \t]*:-[ \t]*)(?=[^\W\d_])"
)
# "ORVIK Oct 19 The ...": an old wire dateline, a place in capitals and a date, no brackets or dash
_DATED_DATELINE = re.compile(
    r"(?P<place>[^\W\d_][^\W\d_'’\-]*(?: [^\W\d_][^\W\d_'’\-]*){0,2})[ \t]+(?P<month>[^\W\d_]{3,9})\.?[ \t]+\d{1,2}(?:,[ \t]*\d{4})?[ \t]+(?=[^\W\d_])"
)
# "(Belga) ", "(Bloomberg) -- ", "Mar. 4 (Bloomberg) -- ": an agency credit with no place
# (maybe after a day of the month) opening the first paragraph
_AGENCY_DATELINE = re.compile(r"(?:[^\W\d_]{3,9}\.?[ \t]+\d{1,2}[ \t]+)?\((?P<agencies>[^()\n]{1,60})\)(?:[ \t]+(?:--|[-–—]))?[ \t]+(?=[^\W\d_])")


def _colon_dateline(text: str, start: int, end: int, page: _Page) -> tuple[Dateline, int] | None:
    """"Kandy: The river rose ..." (also "Kandy — ", "KANDY:-"): a place in title case and
    its mark opening the first paragraph, where no other dateline was found; an old wire
    dateline, a place in capitals and a date with no mark ("KANDY Oct 19 The ..."); or a credit
    of listed agencies alone, "(Belga) " (place ""). A sentence follows (never a quote)."""
    m = _COLON_DATELINE.match(text, start, end)
    dated = _DATED_DATELINE.match(text, start, end) if m is None else None
    if m is not None and all(w[:1].isupper() for w in m.group("place").split()):
        dateline = Dateline(m.group("place"), (), start, start + len(m.group(0).rstrip()))
    elif dated is not None and dated.group("place").isupper() and dated.group("month").casefold() in page.months:
        m, dateline = dated, Dateline(dated.group("place"), (), start, start + len(dated.group(0).rstrip()))
    else:
        return _agency_dateline(text, start, end, page)
    rest = text[m.end() : end].rstrip()
    if not rest[:1].isupper() or not rest.endswith((".", "!", "?")):
        return None
    return dateline, m.end()


def _agency_dateline(text: str, start: int, end: int, page: _Page) -> tuple[Dateline, int] | None:
    """"(Reuters) – The ...", "Mar. 4 (Bloomberg) -- ...": a credit of listed agencies alone
    (place "") opening a paragraph (a sentence follows, never a quote)."""
    m = _AGENCY_DATELINE.match(text, start, end)
    if m is None:
        return None
    parts = [a for a in map(str.strip, _AGENCY_SEPARATOR.split(m.group("agencies"))) if a]
    if not parts or any(a.casefold() not in page.agencies for a in parts):
        return None
    rest = text[m.end() : end].rstrip()
    if not rest[:1].isupper() or not rest.endswith((".", "!", "?")):
        return None
    agencies = tuple(page.agencies[a.casefold()] for a in parts)
    return Dateline("", agencies, start, start + len(m.group(0).rstrip())), m.end()


def _is_chrome(line: str, page: _Page) -> bool:
    if page.furniture.fullmatch(line) or line.rstrip(":") in page.article_end:
        return True
    if page.clock.fullmatch(line.rstrip(": ")):
        return True  # a live-blog entry's clock line ("Update 21.30 uur")
    folded = line[: page.opening].casefold()  # (case folding goes character by character)
    if folded.startswith(page.prefixes):
        return True
    if len(line) < 60 and not line.endswith(".") and folded.startswith(page.bylines):
        return True
    if len(line) < _LABEL_MAX and page.labels.search(line) is not None:
        return True
    return len(line) < 400 and page.chrome.search(line) is not None


def _has_letters(line: str) -> bool:
    return any(map(str.isalpha, line))


def _title_like(line: str) -> bool:
    return 0 < len(line) <= _TITLE_MAX and not line.endswith((".", ":", ",", ";")) and len(line.split()) >= 2


def _title_cased(line: str, page: _Page) -> bool:
    """"Deputy: Patrol Car Hit Twice Near Quarry In Elm Co.": a line that capitalises every long word
    is a headline, even where it ends with a period, in a language whose news writes so."""
    if not page.title_case:
        return False
    toks = tokenize(line, 0, len(line))
    return title_case(toks, 0, len(toks))


def _paragraph_like(line: str) -> bool:
    """Running text: several words ending like a sentence, or too long for a title."""
    return len(line.split()) >= _PARAGRAPH_MIN_WORDS and (
        len(line) >= _PARAGRAPH_LONG or line.endswith((".", "!", "?", '"', "”", "’", "'", "»"))
    )


def _published(doc: Document) -> TimeRef | None:
    if doc.published is None:
        return None
    return TimeRef(None, doc.published, "minute", "absolute")


def _time_line(doc: Document, ln: _Line, language: str) -> TimeRef | None:
    """A line that is only a time stamp ("14 januari 2026, 21:15", "2 uur geleden")."""
    text = doc.text
    if ln.age is not None and ln.content >= ln.end:
        return _age_time(doc, ln.age, language)
    line = Span.of(text, ln.start, ln.end)
    found = find_time_expressions(text, line, language)
    if not found:
        return None
    covered = sum(len(s) for s in found)
    rest = re.sub(r"[\W\d_]*", "", text[ln.start : ln.end])
    if covered < 0.6 * len(line.text.strip()) and len(rest) > 20:
        return None
    longest = max(found, key=len)
    ref = resolve(longest, language, anchor_time=doc.fetched_at, anchor="fetched_at")
    # "Posted 08:05 BST 9 June", "Updated: 4:15pm, 9 Nov": the clock printed before the day
    clock = None
    for clock in _page(language).clock.finditer(text, ln.start, longest.start):
        pass
    if clock is not None and not text[clock.end() : longest.start].strip(", \t"):
        return _clocked(doc, ref, longest, clock, language)
    return _zoned(ref, _page(language), _page(language).zone.match(text, longest.end))


def _dateline_day(doc: Document, dateline: Dateline | None, language: str) -> TimeRef | None:
    """The day a dateline prints with its year ("Orvik, Feb 3, 2019 (AFP) -"), for a page
    stating no other time; a date without a year is left (its year would be a guess)."""
    if dateline is None:
        return None
    found = find_time_expressions(doc.text, Span.of(doc.text, dateline.start, dateline.end), language)
    if len(found) != 1:
        return None
    ref = resolve(found[0], language, anchor_time=doc.fetched_at, anchor="fetched_at")
    return ref if ref.granularity == "day" and ref.anchor == "absolute" else None


def _clocked(doc: Document, ref: TimeRef, day: Span, clock: re.Match[str], language: str) -> TimeRef:
    """A day's time stamp with a clock time printed apart from it (before it, or on the
    line below): the minute, read as the language reads "<day>, <clock>"."""
    if ref.granularity != "day":
        return ref
    joined = f"{day.text}, {clock.group('time')}"
    found = find_time_expressions(joined, Span.of(joined, 0, len(joined)), language)
    if not found or (found[0].start, found[0].end) == (0, len(day.text)) or found[0].start != 0:
        return ref
    timed = resolve(found[0], language, anchor_time=doc.fetched_at, anchor="fetched_at")
    if timed.granularity != "minute":
        return ref
    start, end = min(day.start, clock.start("time")), max(day.end, clock.end("time"))
    page = _page(language)
    zone = page.zone.search(doc.text, clock.start("time"), clock.end("time"))
    return _zoned(TimeRef(Span.of(doc.text, start, end), timed.value, timed.granularity, timed.anchor), page, zone)


def _zoned(ref: TimeRef, page: _Page, zone: re.Match[str] | None) -> TimeRef:
    """A minute read on the clock of the zone printed after it ("10:02 BST")."""
    if zone is None or ref.value is None or ref.granularity != "minute":
        return ref
    value = ref.value.replace(tzinfo=page.zones[zone.group("zone")])
    return TimeRef(ref.expression, value, ref.granularity, ref.anchor)


def _main_article(
    doc: Document,
    lines: list[_Line],
    page: _Page,
    section: str | None,
    language: str,
    warnings: list[str],
    dateline_of: _Datelines,
) -> Article | None:
    text = doc.text
    if not lines:
        return None
    body_index = None
    dateline = None
    body_start = 0
    for i, ln in enumerate(lines):
        found = dateline_of(ln) or _byline_dateline(text, ln, page)
        if found is not None:
            body_index, (dateline, body_start) = i, found
            break
    if body_index is None:
        for i, ln in enumerate(lines):
            line = _line_text(text, ln)
            if (
                _paragraph_like(line)
                and not _title_cased(line, page)
                and not _is_chrome(line, page)
                and not _caption(line, page)
                and not _title_tag(text, line, lines[i + 1 : i + 6])
            ):
                body_index = _past_captions(doc, lines, i, page, language)
                ln = lines[body_index]
                body_start = ln.content
                found = _colon_dateline(text, ln.content, ln.end, page)
                if found is not None:
                    dateline, body_start = found
                break
        if body_index is None:
            return None
        if dateline is None:
            warnings.append("no dateline found in the main article")
    headline, stamp = _headline(doc, lines[:body_index], page, language)
    if section is None:
        section = _section_line(text, lines[:body_index], headline, page)
    if section is None and headline is not None:
        section = _title_section(text, lines[:body_index], headline.text)
    published = _published(doc) or stamp or _dateline_day(doc, dateline, language)
    if headline is None and doc.title:
        warnings.append("the page title is not in the text; the main article has no headline span")
    last = body_index
    for j in range(body_index, len(lines)):
        line = _line_text(text, lines[j])
        if not _is_chrome(line, page):
            last = j
    body = Span.of(text, body_start, lines[last].end)
    return Article("a0", "main", section, headline, dateline, published, body)


_CREDIT_WORDS = 4  # a line of a photo credit alone: "Foto: Jan Bos", "ANNA WEL/AP PHOTO"
_CAPTIONS_MAX = 3  # caption paragraphs above a headline: how far below the first one its headline may stand


def _past_captions(doc: Document, lines: list[_Line], i: int, page: _Page, language: str) -> int:
    """The body's first line, where line ``i`` (the first paragraph) may be a photo caption above the headline.

    A time stamp stands between a headline and its body, never between two paragraphs of
    one body: a headline-sized title under paragraph ``i``, then a time line, then running
    text, make ``i`` a caption and that text the body.
    """
    text = doc.text
    for j in range(i + 1, min(i + 1 + _CAPTIONS_MAX, len(lines))):
        line = _line_text(text, lines[j])
        if _is_chrome(line, page) or _caption(line, page) or _paragraph_like(line) or len(line.split()) < 2:
            continue  # another caption, a credit, a label ("Interactief")
        if not _title_like(line) or len(line.split()) < _HEADLINE_MIN_WORDS:
            return i
        stamped = False
        for k in range(j + 1, min(j + 6, len(lines))):
            below = _line_text(text, lines[k])
            if _is_chrome(below, page) or _caption(below, page):
                continue
            if _time_line(doc, lines[k], language) is not None:
                stamped = True
                continue
            return k if stamped and _paragraph_like(below) else i
        return i
    return i


def _headline(doc: Document, lines: list[_Line], page: _Page, language: str) -> tuple[Span | None, TimeRef | None]:
    """The headline above the body, and a time stamp printed with it.

    Walking up from the body, chrome, captions, highlight bullets, media titles and
    time lines are passed over; the title lines met form the headline block (a
    headline, a deck under it, a caption title, the title tag). A title printed
    again inside a longer one ("Title | Site") is the headline; else the topmost
    headline-sized title of the block, else the nearest line.
    """
    text = doc.text
    stamp: TimeRef | None = None
    clock_below: re.Match[str] | None = None  # a bare clock line under the line looked at
    credit_below = False  # a line holding only a photo credit under the line looked at
    block: list[Span] = []
    for k in range(len(lines) - 1, -1, -1):
        ln = lines[k]
        line = _line_text(text, ln)
        at = text.find(line, ln.content)
        below, clock_below = clock_below, page.clock.fullmatch(text, at, at + len(line))
        credited, credit_below = credit_below, len(line.split()) <= _CREDIT_WORDS and _caption(line, page)
        if credited and _paragraph_like(line) and line.endswith("."):
            continue  # the caption sentence a credit line ("ANNA WEL/AP PHOTO") stands under
        if line.rstrip(":") in page.article_end:
            if block:
                break  # share buttons above the headline close the headline block
            continue
        listing = _listing_label(line, page)
        if listing is not None and (block or listing.groupdict().get("section") is None):
            continue  # "Latest headlines"; "Laatste nieuws in binnenland" over a title (it may be a title itself)
        if (
            _is_chrome(line, page)
            or _caption(line, page)
            or _navigation(line)
            or line.startswith(_BULLETS)
            or (k > 0 and _media_label(text, lines[k - 1], page))
            or _media_label(text, ln, page)  # the label itself ("Video", "Liveblog") stands between
            or _section_label(line, page)  # "World News" over the headline names a section, not a title
        ):
            continue
        found = _time_line(doc, ln, language)
        if found is not None:
            if below is not None and found.expression is not None:
                found = _clocked(doc, found, found.expression, below, language)  # "22 januari" over "14u05"
            stamp = stamp or found
            continue
        if not _has_letters(line) or page.clock.match(line):
            continue  # a bare clock time, number, or live-blog entry line
        title, glued = _glued_time(doc, ln, line, language)
        stamp = stamp or glued
        if block and not _title_like(title):
            break
        if not block and not (len(title) <= _TITLE_MAX and len(title.split()) >= 2):
            break
        start = ln.content + (len(text[ln.content : ln.end]) - len(text[ln.content : ln.end].lstrip()))
        block.append(Span.of(text, start, start + len(title)))
    if not block:
        return None, stamp
    folded = [b.text.casefold() for b in block]
    for i, f in enumerate(folded):
        # not a kicker opening the headline ("Storm Ada" over "Storm Ada: dikes hold")
        if any(f in g and f != g and not g.startswith(f + ":") for g in folded):
            return block[i], stamp
    sized = [b for b in block if len(b.text.split()) >= _HEADLINE_MIN_WORDS]
    return (sized[-1] if sized else block[0]), stamp


def _glued_time(doc: Document, ln: _Line, line: str, language: str) -> tuple[str, TimeRef | None]:
    """A title with a date glued to its end ("...without powerSeptember 29, 2024"): the
    title without it, and the date."""
    text = doc.text
    for i in range(1, len(line)):
        if line[i - 1].islower() and line[i].isupper():
            # Read the tail on its own: glued to the title, it has no word boundary.
            tail = line[i:]
            found = find_time_expressions(tail, Span.of(tail, 0, len(tail)), language)
            if found and (found[0].start, found[0].end) == (0, len(tail)):
                at = ln.content + i
                date = Span.of(text, at, at + len(tail))
                return line[:i], resolve(date, language, anchor_time=doc.fetched_at, anchor="fetched_at")
    return line, None


_NAV_SEPARATOR = re.compile(r"\s[|>›»/]\s")


def _navigation(line: str) -> bool:
    """A breadcrumb or menu line: three or more short items between separators ("Home | Nieuws | Binnenland")."""
    parts = _NAV_SEPARATOR.split(line)
    return len(parts) >= 3 and all(len(p.split()) <= 4 for p in parts)


def _inline_link(text: str, lines: list[_Line], i: int, page: _Page) -> bool:
    """A "Lees ook:" / "Read more" header inside an article: a link title or two under
    it, then the article's own text goes on (no dateline, no age: not teasers)."""
    if _line_text(text, lines[i]).rstrip(": ") not in page.inline_headers:
        return False
    titles = 0
    for ln in lines[i + 1 : i + 6]:
        line = _line_text(text, ln)
        if _is_chrome(line, page) or _caption(line, page):
            continue
        if _paragraph_like(line) and ln.age is None and _dateline(text, ln.content, ln.end, page) is None:
            return not _header(text, ln, page)
        titles += 1
        if titles > 2 or not _title_like(line):
            return False
    return False


def _link_titles(text: str, lines: list[str], i: int, page: _Page) -> int:
    """How many lines after an inline "Lees ook:" header (line ``i``) are link titles."""
    n = 0
    while i + 1 + n < len(lines) and n < 3:
        line = lines[i + 1 + n].strip()
        if not _title_like(line) or _paragraph_like(line) or _caption(line, page):
            break
        n += 1
    return n


_SECTION_MAX_WORDS = 2  # "Binnenland", "Regio Utrecht": a list's section is a short name


def _top_title(text: str, lines: list[_Line], i: int, page: _Page, dateline_of: _Datelines) -> bool:
    """A headline that reads like a list header ("Nieuws uit de raad van vanavond"): the page's
    first line of its own, naming more than a section, with running text below it (no dateline,
    no age: a list's items have those)."""
    m = _header(text, lines[i], page)
    if m is None or len((m.groupdict().get("section") or "").split()) <= _SECTION_MAX_WORDS:
        return False
    if any(not (_is_chrome(_line_text(text, ln), page) or _caption(_line_text(text, ln), page)) for ln in lines[:i]):
        return False
    for ln in lines[i + 1 : i + 6]:
        line = _line_text(text, ln)
        if _is_chrome(line, page) or _caption(line, page):
            continue
        return _paragraph_like(line) and ln.age is None and dateline_of(ln) is None
    return False


def _text_follows(text: str, lines: list[_Line], i: int, page: _Page) -> bool:
    """Whether the article's text goes on below a share bar at line ``i`` ("Deel dit
    artikel" in mid-article), rather than comments or tags after an end marker."""
    if _line_text(text, lines[i]).rstrip(":").casefold() not in page.share_bars:
        return False
    for ln in lines[i + 1 :]:
        line = _line_text(text, ln)
        if _is_chrome(line, page):
            continue
        return _paragraph_like(line) and _header(text, ln, page) is None
    return False


def _caption(line: str, page: _Page) -> bool:
    """A photo caption: a line closing with a credit ("... Beeld ANP", "(Photo: Reuters)")."""
    if page.credits.search(line) is not None:
        return True
    return fold_case(line[-24:].rstrip(")")).endswith(page.credit_ends) and page.agency_credits.search(line) is not None


def _title_tag(text: str, line: str, below: list[_Line]) -> bool:
    """A page title ("Headline : Site. Tagline.") holding the headline printed again just below."""
    folded = line.casefold()
    for ln in below:
        title = _line_text(text, ln)
        if _title_like(title) and len(title.split()) >= _HEADLINE_MIN_WORDS and title.casefold() in folded:
            return True
    return False


_TITLE_SEPARATOR = re.compile(r"\s+[:|–—]\s+")
_SECTION_WORDS = 5


def _title_section(text: str, lines: list[_Line], headline: str) -> str | None:
    """The section a page title names between the headline and the page's description.

    A dump may print the page title and description as one line ("Headline : Blog Name
    The description says what the page holds."): the capitalised words after the separator,
    up to the description's first word, name the section. A title without a description
    ("Headline | News | Site") says nothing sure: the site's name may come first.
    """
    for ln in lines:
        line = _line_text(text, ln)
        at = line.find(headline)
        if at < 0 or line == headline:
            continue
        sep = _TITLE_SEPARATOR.match(line, at + len(headline))
        if sep is None:
            continue
        tail = _TITLE_SEPARATOR.split(line[sep.end() :])[0].split()
        first_lower = next((n for n, w in enumerate(tail) if w[:1].islower()), None)
        if first_lower is None or first_lower < 2 or not line.endswith((".", "!", "?")):
            return None
        name = tail[: first_lower - 1]  # the word before the first lower-case one opens the description
        if len(name) <= _SECTION_WORDS and all(w[:1].isupper() for w in name):
            return " ".join(name)
    return None


def _section_label(line: str, page: _Page) -> str | None:
    """The section a line names when it holds only a listed section label ("Buitenland")."""
    return page.section_labels.get(line.rstrip(":").casefold())


def _listing_label(line: str, page: _Page) -> re.Match[str] | None:
    """A listing page's whole-line label ("Latest headlines", "Laatste nieuws in {section}")."""
    found = (p.fullmatch(line) for p in page.listing_labels)
    return next((m for m in found if m is not None), None)


def _section_line(text: str, lines: list[_Line], headline: Span | None, page: _Page) -> str | None:
    """The section named by a label line right above the headline (or above the body, if none).

    Only the nearest line counts: a label higher up may belong to the site's menu.
    """
    above = [ln for ln in lines if headline is None or ln.end <= headline.start]
    if not above:
        return None
    line = _line_text(text, above[-1])
    listing = _listing_label(line, page)
    return _section_label(line, page) or (listing and listing.groupdict().get("section"))


def _media_label(text: str, ln: _Line, page: _Page) -> bool:
    """A "Click to play" / "Bekijk de video" line: the line under it is the video's title."""
    return _line_text(text, ln).rstrip(":").casefold() in page.media_labels


@dataclass(slots=True)
class _Item:
    headline: Span | None
    dateline: Dateline | None
    body_start: int
    body_end: int
    age: Span | None
    section: str | None


def _headline_only(item: _Item) -> bool:
    return item.headline is not None and (item.body_start, item.body_end) == (item.headline.start, item.headline.end)


def _teasers(
    doc: Document,
    lines: list[_Line],
    page: _Page,
    language: str,
    first_index: int,
    warnings: list[str],
    dateline_of: _Datelines,
) -> list[Article]:
    text = doc.text
    if not lines:
        return []
    items: list[_Item] = []
    section: str | None = None
    ages_follow: bool | None = None
    pending_age: Span | None = None
    pending_headline: Span | None = None
    current: _Item | None = None
    for k, ln in enumerate(lines):
        header = _header(text, ln, page)
        if ln.age is not None:
            if ages_follow is None:
                ages_follow = current is not None
            if ages_follow and current is not None and current.age is None:
                current.age = ln.age
                current = None
            elif not ages_follow:
                pending_age = ln.age
                current = None
        if header is not None:
            section = (header.groupdict().get("section") or "").strip() or section
            current = None
            continue
        line = _line_text(text, ln)
        if not line or _is_chrome(line, page):
            continue
        if ages_follow is None:
            ages_follow = True
        found = _item_dateline(text, ln, page, dateline_of)
        if found is not None:
            dl, start = found
            current = _Item(pending_headline, dl, start, ln.end, None if ages_follow else pending_age, section)
            items.append(current)
            pending_headline = pending_age = None
            continue
        nxt = lines[k + 1] if k + 1 < len(lines) else None
        if (
            _title_like(line)
            and nxt is not None
            and nxt.age is None
            and _item_dateline(text, nxt, page, dateline_of) is not None
        ):
            pending_headline = Span.of(text, ln.content, ln.content + len(line))
            current = None
            continue
        if current is not None and (
            current.dateline is not None or (_headline_only(current) and not _title_like(line))
        ):
            if _headline_only(current):
                current.body_start = ln.content  # the summary under a teaser's title
            current.body_end = ln.end  # or a second paragraph of the same teaser
            continue
        headline = Span.of(text, ln.content, ln.content + len(line)) if _title_like(line) else None
        current = _Item(headline, None, ln.content, ln.end, None if ages_follow else pending_age, section)
        items.append(current)
        pending_age = None

    # A bare title with neither dateline, time nor text is a navigation link
    # ("Meest gelezen" lists), not a teaser.
    items = [i for i in items if not (_headline_only(i) and i.dateline is None and i.age is None)]
    out = []
    for n, item in enumerate(items):
        published = None
        if item.age is not None:
            published = _age_time(doc, item.age, language)
        body = Span.of(text, item.body_start, item.body_end)
        out.append(Article(f"a{first_index + n}", "teaser", item.section, item.headline, item.dateline, published, body))
    if out and doc.fetched_at is None and any(a.published is not None and a.published.value is None for a in out):
        warnings.append("teaser times are relative and no fetch time was given: their values are unknown (pass fetched_at)")
    return out

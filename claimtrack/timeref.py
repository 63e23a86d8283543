"""Time references: find time expressions and resolve them against the right anchor.

Finding and resolving share one grammar per language, built once (cached per
language code) from ``claimtrack/lang/<code>/time.toml``. The code names no word
of any language. The grammar covers what news pages say about time:

* ages: ``34 minuten geleden``, ``een uur geleden``, ``2 dagen geleden`` (teaser lists);
* relative days and day parts: ``gisteren``, ``vandaag``, ``vanavond``, ``gisteravond``;
* weekdays with modifiers and day parts: ``eerder maandag``, ``afgelopen dinsdag``,
  ``eerder op woensdag``, ``woensdagavond``, ``vorige week dinsdag``;
* periods: ``vorige week``, ``deze maand``, ``vorig jaar``;
* dates: ``23 december``, ``23 december 2025``, ``14 jan.``, ``14-01-2026``,
  ``2026-01-14``, ``dinsdag 13 januari``, ``januari 2026``, ``in januari``, ``in 2025``;
* a clock time after any day: ``14 januari 2026, 21:15``, ``vandaag om 14.05 uur``.

Resolution follows news rules (see :func:`resolve`): a weekday is the most recent
such day, today included; a date without a year is the most recent such date not
after the anchor; nothing is ever resolved against the current clock. Expressions
the grammar does not know (a span built elsewhere) fall back to dateparser, with
the anchor as its relative base.

Offsets are code points into the document text, end-exclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from itertools import chain, compress
from operator import attrgetter, methodcaller
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from claimtrack import lang
from claimtrack.model import Anchor, Granularity, Span, TimeRef
from claimtrack.wordlists import fold_case, phrase_alternation, phrase_key

# A match ends at a word boundary, or where a lower-case letter is glued to an
# upper-case one or a digit: page dumps glue a teaser's age to the next teaser's
# dateline ("geledenWASHINGTON"), while "maandagen" and "zondagskrant" must not match.
_END = r"(?:(?!\w)|(?<=(?-i:[a-zß-öø-ÿ.]))(?=(?-i:[A-ZÀ-ÖØ-Þ0-9])))"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_MONTH_NUM = r"(?:1[0-2]|0?[1-9])(?!\d)"
_YEAR = r"(?:19|20)\d\d(?!\d)"
# White space inside an expression: never a line break (page dumps put one
# paragraph, headline or teaser time on a line).
_WS = "[ \t\u00a0\u202f]+"
_WS0 = "[ \t\u00a0\u202f]*"
_SEP = f"(?:,{_WS0}|{_WS})"

_SECOND_LIKE = {"second": 1, "minute": 60, "hour": 3600}
_AGE_GRANULARITY: dict[str, Granularity] = {
    "second": "minute",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}


def _key(words: str) -> str:
    """The lookup key of a matched word group: lower case, single spaces (folded as re.IGNORECASE does)."""
    return " ".join(fold_case(words).split())


def _alt(words: Any) -> str:
    """A non-capturing regex matching any of ``words``; a space matches spaces and tabs,
    never a line break (a time expression does not run over lines)."""
    return "(?:" + phrase_alternation({_key(w) for w in words}, boundary=False, space=_WS) + ")"


def _joiners(separators: Any) -> str:
    """An alternation of joiners between two words: ``""`` glues ("woensdagavond"),
    a space matches spaces and tabs but no line break ("Monday night"), other text literally."""
    parts = {_WS if s and not s.strip() else re.escape(s) for s in separators}
    return (
        "(?:" + "|".join(sorted(parts, key=len, reverse=True)) + ")"
        if parts
        else "(?!)"
    )


class _Openers(NamedTuple):
    """The words an expression may open with (lower case), for :func:`expression_starts`."""

    words: frozenset[str]  # first words that are one word (no "." or "'" in them)
    glued: frozenset[str]  # of those, the ones a day part may be glued to ("woensdagavond")
    runs: tuple[str, ...]  # the letters before a "." or "'" of the other first words ("a.s.")
    other: re.Pattern[str]  # words that are not ASCII: a digit or a first word's first letters


def _openers(first_words: set[str], glued: set[str]) -> _Openers | None:
    """None when a first word does not open with a letter or digit."""
    runs = {w: re.match(r"\w*", w).group() for w in first_words}  # type: ignore[union-attr]
    if not all(runs.values()):
        return None
    words = frozenset(w for w, r in runs.items() if r == w)
    other = re.compile(f"\\d|{_alt({r[:3] for r in runs.values()})}", re.IGNORECASE)
    return _Openers(words, frozenset(glued) & words, tuple(sorted({r for w, r in runs.items() if r != w})), other)


@dataclass(frozen=True, slots=True)
class _Grammar:
    """One language's time grammar: compiled patterns and word tables (lower-case keys)."""

    by_first: _ByFirst  # the alternatives, and those a character can open
    age_source: str  # of the teaser-age pattern (see _age_pattern)
    openers: _Openers | None  # see expression_starts
    units: dict[str, str]
    numbers: dict[str, float]
    relative_days: dict[str, int]
    weekdays: dict[str, int]
    modifiers: dict[str, str]
    months: dict[str, int]
    period_modifiers: dict[str, int]
    period_units: dict[str, str]
    am: frozenset[str]
    pm: frozenset[str]
    first_weekday: int
    default_timezone: str

    @property
    def pattern(self) -> re.Pattern[str]:
        """All alternatives in one pattern, for a search at every position."""
        return self.by_first.full()


@cache
def _grammar(language: str) -> _Grammar:
    """Build (once per language) the grammar from ``lang/<language>/time.toml``.

    Raises:
        UnsupportedLanguage: no data folder for ``language``.
        FileNotFoundError: the language has no ``time.toml``.
    """
    data = lang.load(language, "time")
    age = data["age"]
    units = {_key(k): v for k, v in age["units"].items()}
    numbers = {_key(k): float(v) for k, v in age["numbers"].items()}
    relative_days = {_key(k): int(v) for k, v in data["relative_days"].items()}
    weekdays = {_key(k): int(v) for k, v in data["weekdays"].items()}
    wd_abbr = {_key(k): int(v) for k, v in data["weekday_abbreviations"].items()}
    modifiers = {_key(k): v for k, v in data["weekday_modifiers"].items()}
    month_full = {_key(k): int(v) for k, v in data["months"].items()}
    month_abbr = {_key(k): int(v) for k, v in data["month_abbreviations"].items()}
    dates = data["dates"]
    needs_day = {_key(w) for w in dates["month_needs_day"]}
    period_modifiers = {
        _key(k): int(v) for k, v in data["periods"]["modifiers"].items()
    }
    period_units = {_key(k): v for k, v in data["periods"]["units"].items()}
    clock = data["clock"]

    months_re = f"(?:{_alt(month_full)}|{_alt(month_abbr)}\\.?)"
    safe_full = _alt(k for k in month_full if k not in needs_day)
    safe_all = (
        f"(?:{safe_full}|{_alt(k for k in month_abbr if k not in needs_day)}\\.?)"
    )
    period_prefixes = dates.get("period_prefixes", [])
    since_re = f"(?P<Mq>{_alt(period_prefixes)})|" if period_prefixes else ""
    year_after = f"(?:{_WS}(?P<My>{_YEAR}))?"
    year_after = f"(?(Mq)(?!{_WS}{_YEAR})|{year_after})" if period_prefixes else year_after
    safe_after = f"(?(Mq)|(?={safe_full}(?!\\w)))" if period_prefixes else f"(?={safe_full}(?!\\w))"
    suffix = f"(?:{_alt(dates['day_suffixes'])})?" if dates["day_suffixes"] else ""
    week_units = _alt(k for k, v in period_units.items() if v == "week")
    pmods = _alt(period_modifiers)
    dp_sep = _joiners(data["dayparts"]["separators"])
    dayparts = _alt(data["dayparts"]["words"])
    ampm = _alt(list(clock["am"]) + list(clock["pm"]))
    hm = f"(?:[:.]|{_alt(clock['separators'])})" if clock.get("separators") else "[:.]"

    def date_re(p: str) -> str:
        forms = []
        if "day_month" in dates["orders"]:
            forms.append(
                f"(?P<{p}d1>{_DAY}){suffix}{_WS}(?P<{p}m1>{months_re})(?:,?{_WS}(?P<{p}y1>{_YEAR}))?"
            )
        if "month_day" in dates["orders"]:
            forms.append(
                f"(?P<{p}m2>{months_re}){_WS}(?P<{p}d2>{_DAY}){suffix}(?:,?{_WS}(?P<{p}y2>{_YEAR}))?"
            )
        if "dmy" in dates["numeric"]:
            forms.append(
                f"(?P<{p}nd>{_DAY})(?P<{p}ns>[-/.])(?P<{p}nm>{_MONTH_NUM})(?P={p}ns)(?P<{p}ny>{_YEAR})"
            )
        forms.append(
            f"(?P<{p}iy>{_YEAR})-(?P<{p}im>1[0-2]|0[1-9])-(?P<{p}id>[12]\\d|3[01]|0[1-9])(?!\\d)"
        )
        return "(?:" + "|".join(forms) + ")"

    def clock_re(p: str) -> str:
        before = f"(?:{_alt(clock['before'])}{_WS})?" if clock["before"] else ""
        after = f"(?:{_WS}{_alt(clock['after'])})?" if clock["after"] else ""
        marker = f"(?:{_WS0}(?P<{p}ap>{ampm}))?" if clock["am"] or clock["pm"] else ""
        return f"(?:{_SEP}{before}(?P<{p}hh>[01]?\\d|2[0-3]){hm}(?P<{p}mm>[0-5]\\d)(?!\\d){marker}{after})?"

    if age["position"] == "after":
        age_re = f"(?P<Gn>\\d{{1,3}}|{_alt(numbers)}){_WS}(?P<Gu>{_alt(units)}){_WS}{_alt(age['ago'])}"
    else:
        age_re = f"{_alt(age['ago'])}{_WS}(?P<Gn>\\d{{1,3}}|{_alt(numbers)}){_WS}(?P<Gu>{_alt(units)})"
    relday_re = (
        f"(?P<Rrd>{_alt(relative_days)})(?:{dp_sep}(?P<Rdp>{dayparts}))?{clock_re('R')}"
    )
    weekday_re = (
        f"(?:(?P<Wmod>{_alt(modifiers)}){_WS})?"
        f"(?:(?P<Wpm>{pmods}){_WS}{week_units}{_WS})?"
        f"(?P<Wwd>{_alt(weekdays)})(?:{dp_sep}(?P<Wdp>{dayparts}))?"
        f"(?:{_SEP}{date_re('W')})?"
        f"(?:{_WS}(?P<Wqm>{pmods}){_WS}{week_units})?"
        f"{clock_re('W')}"
    )
    abbr_re = f"(?P<Awd>{_alt(wd_abbr)})\\.?{_SEP}{date_re('A')}{clock_re('A')}"
    after = age["position"] == "after"
    month_first = (month_full, month_abbr) if "month_day" in dates["orders"] else ()
    # Each alternative with the words it opens with and whether a digit may open it
    # (see _ByFirst): in the order they are tried.
    alternatives: list[tuple[str, tuple[Any, ...], bool]] = [
        (age_re, (numbers,) if after else (age["ago"],), after),
        (weekday_re, (modifiers, period_modifiers, weekdays), False),
        (abbr_re, (wd_abbr,), False),
        (f"{date_re('D')}{clock_re('D')}", month_first, True),
        (relday_re, (relative_days,), False),
        (f"(?P<Pm>{pmods}){_WS}(?P<Pu>{_alt(period_units)})", (period_modifiers,), False),
        (
            # a period word makes even a month that is also a word a month ("since May"; "in May" may
            # still be a name); a day number after it belongs to a date, which the prefix does not cover
            # ("since June 16"), and a year after a period word too ("since May 2024")
            f"(?:{since_re}{_alt(dates['month_prefixes'])}){_WS}{safe_after}(?P<Mm>{_alt(month_full)}){year_after}(?!{_WS}{_DAY}){_END}",
            (dates["month_prefixes"], period_prefixes),
            False,
        ),
        (f"(?P<Ym>{safe_all}){_WS}(?P<Yy>{_YEAR})", (month_full, month_abbr), False),
        (f"{_alt(dates['year_prefixes'])}{_WS}(?P<Ny>{_YEAR})", (dates["year_prefixes"],), False),
    ]
    # Every alternative starts with a digit or one of these words. Checking them
    # first (one trie) before trying the nine alternatives halves the scan time.
    first_words = {
        _key(w).split(" ")[0]
        for table in (
            numbers,
            relative_days,
            weekdays,
            wd_abbr,
            modifiers,
            month_full,
            month_abbr,
            period_modifiers,
            dates["month_prefixes"],
            period_prefixes,
            dates["year_prefixes"],
            age["ago"],
        )
        for w in table
    }
    glued = {_key(w).split(" ")[0] for table in (relative_days, weekdays) for w in table}
    return _Grammar(
        by_first=_ByFirst(f"(?<!\\w)(?=\\d|{_alt(first_words)})", alternatives),
        age_source=f"(?:(?:{age_re})|(?:{relday_re})){_END}",
        openers=_openers(first_words, glued),
        units=units,
        numbers=numbers,
        relative_days=relative_days,
        weekdays={**weekdays, **wd_abbr},
        modifiers=modifiers,
        months={**month_full, **month_abbr},
        period_modifiers=period_modifiers,
        period_units=period_units,
        am=frozenset(_key(w) for w in clock["am"]),
        pm=frozenset(_key(w) for w in clock["pm"]),
        first_weekday=int(data["first_weekday"]),
        default_timezone=data["default_timezone"],
    )


class _ByFirst(dict):
    """ASCII character -> the patterns of only those alternatives that can open with it,
    in the order they are tried (empty: none can); worked out when a character is first met.

    At most a third of the nine alternatives opens with any one letter ("in" opens only
    "in januari" and "in 2025"), and an alternation matches at a position what its first
    alternative that matches there matches, so trying these one by one finds the same
    spans. Each alternative is compiled once, when a character that opens it is first
    met (a fresh process compiles only those its pages need; the nine together, as one
    pattern, cost more than the first page's other work). A character that is not ASCII
    takes all alternatives (IGNORECASE folds some of them onto ASCII letters).
    """

    __slots__ = ("first", "alternatives", "openers", "patterns", "whole", "opening")

    def __init__(self, first: str, alternatives: Sequence[tuple[str, tuple[Any, ...], bool]]) -> None:
        super().__init__()
        self.first, self.alternatives = first, alternatives
        # per alternative: the characters its words open with, as _alt's regex matches them
        self.openers = [
            re.compile(phrase_alternation({phrase_key(_key(w))[:1] for t in tables for w in t}, boundary=False), re.I)
            for _, tables, _ in alternatives
        ]
        self.patterns: list[re.Pattern[str] | None] = [None] * len(alternatives)
        self.whole: re.Pattern[str] | None = None
        self.opening: re.Pattern[str] | None = None

    def _pattern(self, i: int) -> re.Pattern[str]:
        # A match starts at a word start, and not inside a number such as "1.34" or "2,5"
        # (the first word's test of the whole pattern is implied by each alternative).
        if self.patterns[i] is None:
            self.patterns[i] = re.compile(f"(?<!\\w)(?<!\\d[.,])(?:{self.alternatives[i][0]}){_END}", re.IGNORECASE)
        return self.patterns[i]  # type: ignore[return-value]

    def openings(self) -> re.Pattern[str]:
        """The whole pattern's test of a position, alone: an empty match where it holds."""
        if self.opening is None:
            self.opening = re.compile(f"{self.first}(?<!\\d[.,])", re.IGNORECASE)
        return self.opening

    def full(self) -> re.Pattern[str]:
        """The alternation of all alternatives, behind a test of the first word."""
        if self.whole is None:
            alts = "|".join(f"(?:{a})" for a, _, _ in self.alternatives)
            self.whole = re.compile(f"{self.first}(?<!\\d[.,])(?:{alts}){_END}", re.IGNORECASE)
        return self.whole

    def __missing__(self, c: str) -> tuple[re.Pattern[str], ...]:
        fits = tuple(
            i
            for i, (_, _, digit) in enumerate(self.alternatives)
            if not (len(c) == 1 and c.isascii())
            or (digit and c.isdigit())
            or self.openers[i].fullmatch(c) is not None
        )
        found = self[c] = tuple(map(self._pattern, fits))
        return found

    def match(self, text: str, pos: int, end: int, full: bool = False) -> re.Match[str] | None:
        """What the whole alternation matches at ``pos`` (``end``: where the text ends;
        ``full``: only a match up to ``end``, as ``fullmatch``)."""
        for pattern in self[text[pos]]:
            m = pattern.fullmatch(text, pos, end) if full else pattern.match(text, pos, end)
            if m is not None:
                return m
        return None


class _Groups(dict):
    """A match's named groups; a group of another alternative is None, as in the whole pattern."""

    def __missing__(self, name: str) -> None:
        return None


@cache
def _age_pattern(language: str) -> re.Pattern[str]:
    """The pattern of :func:`match_age`, compiled when a page first asks (teaser lists)."""
    return re.compile(_grammar(language).age_source, re.IGNORECASE)


def match_age(text: str, pos: int, language: str) -> Span | None:
    """A relative age such as ``34 minuten geleden`` / ``1 uur geleden`` starting exactly at ``pos``.

    Used by the segmenter to find teaser times in page dumps, where the age may be
    glued to the next word (``34 minuten geledenWASHINGTON``): the span then ends
    right after the ago word. Also matches a relative day (``gisteren``,
    ``vanavond``, ``gisteren 21:15``), which teaser lists use for older items.

    Args:
        text: the document text.
        pos: code-point offset where the age must start (no word boundary is
            required before it: the caller chose the position).
        language: a language code with ``lang/<code>/time.toml``.

    Returns:
        The span of the age in ``text`` (end-exclusive), or None.

    Raises:
        UnsupportedLanguage: no data folder for ``language``.
    """
    m = _age_pattern(language).match(text, pos)
    if m is None or m.end() == pos:
        return None
    return Span.of(text, m.start(), m.end())


def find_time_expressions(
    text: str, within: Span, language: str, *, starts: Sequence[int] | None = None
) -> tuple[Span, ...]:
    """Time expressions inside ``text[within.start:within.end]``, in text order, not overlapping.

    At each position the longest expression of the grammar is taken
    (``eerder op woensdag``, not ``woensdag``; ``14 januari 2026, 21:15``, not
    ``14 januari``), so the spans never overlap.

    Args:
        text: the document text.
        within: the stretch to search (a sentence, an article body); only its
            ``start``/``end`` are used.
        language: a language code with ``lang/<code>/time.toml``.
        starts: sorted positions where an expression may start, from
            :func:`expression_starts` over tokens that cover ``within``; only those
            are tried (the same spans as searching every position, found faster).

    Returns:
        Spans into ``text`` (code points, end-exclusive), ordered by start.

    Raises:
        UnsupportedLanguage: no data folder for ``language``.
    """
    by_first = _grammar(language).by_first
    end, last = within.end, within.start
    if starts is None:  # every position where the whole pattern's opening test holds
        tries: Iterable[int] = map(_START, by_first.openings().finditer(text, last, end))
    else:
        tries = starts[bisect_left(starts, last) : bisect_left(starts, end)]
    out = []
    for p in tries:
        if p < last:  # inside the expression before
            continue
        for pattern in by_first[text[p]]:  # the alternatives that can open with text[p], in order
            m = pattern.match(text, p, end)
            if m is not None:
                if m.end() > p:
                    out.append(Span.of(text, p, m.end()))
                    last = m.end()
                break
    return tuple(out)


# a word token goes on after these marks (see claimtrack.mentions.tokenize): a word
# part after one starts a word of its own ("eind-december")
_JOINERS = re.compile("[-'.&\u2019]")


def expression_starts(tokens: Iterable[Any], language: str) -> list[int] | None:
    """Sorted positions where a time expression may start in the stretches ``tokens``
    cover (:class:`claimtrack.mentions.Token` values, in text order), or None when the
    grammar has a first word that opens with no letter or digit (then pass no ``starts``).

    An expression starts at a word start (or after a joiner inside a word:
    "eind-december") with a digit or one of the grammar's first words, which is the
    whole word part or glued to a day part ("woensdagavond") or to a capital or digit
    (page dumps: "geledenWASHINGTON"). Every position where :func:`find_time_expressions`
    can find an expression is listed, so searching only these gives the same spans.
    """
    if _grammar(language).openers is None:
        return None
    toks = tokens if isinstance(tokens, (tuple, list)) else tuple(tokens)
    # one pass in C: most tokens are words met before, judged by one dict lookup
    offsets = list(map(_opening_offsets(language).__getitem__, map(_TEXT, toks)))
    out: list[int] = []
    for t, offs in zip(compress(toks, offsets), filter(None, offsets)):  # the tokens that may open
        if len(offs) == 1:
            out.append(t.start + offs[0])
        else:
            out.extend([t.start + o for o in offs])
    return out


_TEXT = attrgetter("text")
_START = methodcaller("start")


def _offsets(word: str, op: _Openers) -> tuple[int, ...]:
    """Where in a word token an expression may open (judged once per word and language)."""
    if not (word[0].isalnum() or word[0] == "_"):  # a mark
        return ()
    if word.isalnum():
        return (0,) if _may_open(word, op) else ()
    parts = [0] + [m.end() for m in _JOINERS.finditer(word) if m.end() < len(word)]
    return tuple(o for o in parts if _may_open(_JOINERS.split(word[o:], 1)[0], op))


def _may_open(part: str, op: _Openers) -> bool:
    """Whether a word part (from its start to the next joiner or its end) may open an expression."""
    if part[0].isdigit():
        return True
    if not part.isascii():  # case folding as the regex does it
        return op.other.match(part) is not None
    low = part.lower()
    if low.startswith(op.runs):
        return True
    for k in range(1, len(low) + 1):
        w = low[:k]
        if w in op.words and (k == len(low) or w in op.glued or low[k].isdigit() or part[k].isupper()):
            return True
    return False


class _Offsets(dict):
    """A word token's text -> where in it an expression may open (:func:`_offsets`),
    judged when first met; bounded, like the word caches of the mentions lexicon."""

    __slots__ = ("openers",)

    def __init__(self, openers: _Openers) -> None:
        super().__init__()
        self.openers = openers

    def __missing__(self, word: str) -> tuple[int, ...]:
        if len(self) > 1 << 16:
            self.clear()
        found = self[word] = _offsets(word, self.openers)
        return found


@cache
def _opening_offsets(language: str) -> _Offsets:
    """Per language (with a grammar whose first words all open with a letter or digit),
    the words judged so far: where in each word an expression may open."""
    return _Offsets(_grammar(language).openers)


class SentenceTimes:
    """The time expressions of one article's sentences, each sentence searched once:
    ``times(sentence)`` is :func:`find_time_expressions` of that span, remembered for the
    next analyser that asks (statement times and figure times read the same sentences).

    With the article's tokens (one tuple per part: headline, body), only the positions
    of :func:`expression_starts` are tried, listed on the first request; a span outside
    the parts is searched at every position.
    """

    __slots__ = ("text", "language", "parts", "tokens", "starts", "found")

    def __init__(
        self,
        text: str,
        language: str,
        parts: Sequence[Span] = (),
        tokens: Sequence[Sequence[Any]] = (),
    ) -> None:
        self.text, self.language, self.parts, self.tokens = text, language, parts, tokens
        self.starts: list[int] | None = None
        self.found: dict[tuple[int, int], tuple[Span, ...]] = {}

    def __call__(self, within: Span) -> tuple[Span, ...]:
        key = (within.start, within.end)
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = find_time_expressions(
                self.text, within, self.language, starts=self._starts_for(within)
            )
        return found

    def _starts_for(self, within: Span) -> list[int] | None:
        """The starts to try in ``within``: those of the tokens, if it lies in one part."""
        for p in self.parts:
            if p.start <= within.start and within.end <= p.end:
                return self._starts()
        return None

    def _starts(self) -> list[int] | None:
        if self.starts is None and self.tokens:
            toks = sorted(self.tokens, key=lambda ts: ts[0].start if ts else 0)  # text order
            self.starts = expression_starts(chain.from_iterable(toks), self.language)
            self.tokens = ()  # listed: the tokens are not needed again
        return self.starts


def find_times(
    text: str,
    within: Span,
    language: str,
    *,
    anchor_time: datetime | None,
    anchor: Anchor,
) -> tuple[TimeRef, ...]:
    """:func:`find_time_expressions` and :func:`resolve` in one call (same arguments as those)."""
    return tuple(
        resolve(span, language, anchor_time=anchor_time, anchor=anchor)
        for span in find_time_expressions(text, within, language)
    )


# ---------------------------------------------------------------- resolution


@dataclass(frozen=True, slots=True)
class _Parsed:
    """What an expression says, before an anchor is applied."""

    kind: str  # age, day, period, month, year
    n: float = 0.0
    unit: str = ""  # age or period unit: second ... year
    offset: int = 0  # relative day offset or period offset
    weekday: int | None = None
    direction: str = "recent"  # recent, past, next (weekday occurrence)
    week_offset: int | None = None  # "vorige week dinsdag"
    relative_day: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    hour: int | None = None
    minute: int | None = None


def _date_groups(
    g: dict[str, str | None], p: str
) -> tuple[str, str, str | None] | None:
    """(day, month, year) texts of the date in alternative ``p``, or None."""
    for d, m, y in (
        ("d1", "m1", "y1"),
        ("d2", "m2", "y2"),
        ("nd", "nm", "ny"),
        ("id", "im", "iy"),
    ):
        if g.get(p + d):
            return g[p + d], g[p + m], g.get(p + y)  # type: ignore[return-value]
    return None


@lru_cache(maxsize=4096)
def _parse(language: str, expression: str) -> _Parsed | None:
    """Parse an expression with the language's grammar; None if the grammar does not know it."""
    gr = _grammar(language)
    m = gr.by_first.match(expression, 0, len(expression), full=True) if expression else None
    if m is None:
        return None
    g = _Groups(m.groupdict())
    if g["Gn"]:
        n = g["Gn"]
        value = float(n) if n.isdigit() else gr.numbers[_key(n)]
        return _Parsed("age", n=value, unit=gr.units[_key(g["Gu"])])
    if g["Pm"]:
        return _Parsed(
            "period",
            offset=gr.period_modifiers[_key(g["Pm"])],
            unit=gr.period_units[_key(g["Pu"])],
        )
    if g["Mm"]:
        year = int(g["My"]) if g["My"] else None
        return _Parsed("month", month=gr.months[_key(g["Mm"])], year=year)
    if g["Ym"]:
        return _Parsed(
            "month", month=gr.months[_key(g["Ym"]).rstrip(".")], year=int(g["Yy"])
        )
    if g["Ny"]:
        return _Parsed("year", year=int(g["Ny"]))
    # A day: weekday (W), weekday abbreviation + date (A), relative day (R) or date (D).
    p = "W" if g["Wwd"] else "A" if g["Awd"] else "R" if g["Rrd"] else "D"
    fields: dict[str, Any] = {}
    if p == "W":
        fields["weekday"] = gr.weekdays[_key(g["Wwd"])]
        if g["Wmod"]:
            fields["direction"] = gr.modifiers[_key(g["Wmod"])]
        week_mod = g["Wpm"] or g["Wqm"]
        if week_mod:
            fields["week_offset"] = gr.period_modifiers[_key(week_mod)]
    elif p == "R":
        fields["relative_day"] = gr.relative_days[_key(g["Rrd"])]
    found = _date_groups(g, p)
    if found:
        d, mo, y = found
        fields["day"] = int(d)
        fields["month"] = int(mo) if mo.isdigit() else gr.months[_key(mo).rstrip(".")]
        fields["year"] = int(y) if y else None
    if g.get(p + "hh"):
        hour = int(g[p + "hh"])
        marker = _key(g.get(p + "ap") or "")
        if marker in gr.pm and hour < 12:
            hour += 12
        elif marker in gr.am and hour == 12:
            hour = 0
        fields["hour"] = hour
        fields["minute"] = int(g[p + "mm"])
    return _Parsed("day", **fields)


def calendar_start(expression: str, language: str) -> str:
    """The calendar day a written date or a month names, as ``MM-DD`` (day 1 for a month alone:
    "since June" -> ``06-01``, "April 3" -> ``04-03``), ``YYYY-MM-DD`` where it names its year
    ("October 1973"), or the year a year alone names (``YYYY``); ``""`` for a weekday, a relative
    day or an age."""
    p = _parse(language, expression)
    if p is None:
        return ""
    if p.kind == "year" and p.year:
        return f"{p.year:04d}"
    if p.kind not in ("day", "month") or p.month is None:
        return ""
    return (f"{p.year:04d}-" if p.year else "") + f"{p.month:02d}-{p.day or 1:02d}"


def _tz(language: str, anchor_time: datetime | None) -> Any:
    """The time zone of values: the anchor's, else the language's default (``time.toml``)."""
    if anchor_time is not None:
        return anchor_time.tzinfo
    return ZoneInfo(_grammar(language).default_timezone)


def _midnight(d: date, tz: Any) -> datetime:
    return datetime.combine(d, time(0), tzinfo=tz)


def _start_of_week(d: date, first_weekday: int) -> date:
    return d - timedelta(days=(d.weekday() - first_weekday) % 7)


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + n
    return total // 12, total % 12 + 1


def _cut(value: datetime, granularity: Granularity, first_weekday: int) -> datetime:
    """``value`` cut back to the start of its granularity period (Monday for weeks)."""
    tz = value.tzinfo
    if granularity == "minute":
        return value.replace(second=0, microsecond=0)
    if granularity == "hour":
        return value.replace(minute=0, second=0, microsecond=0)
    d = value.date()
    if granularity == "week":
        d = _start_of_week(d, first_weekday)
    elif granularity == "month":
        d = d.replace(day=1)
    elif granularity == "year":
        d = d.replace(month=1, day=1)
    return _midnight(d, tz)


def _resolve_age(p: _Parsed, anchor_time: datetime, first_weekday: int) -> datetime:
    tz = anchor_time.tzinfo
    granularity = _AGE_GRANULARITY[p.unit]
    if (
        p.unit in _SECOND_LIKE
    ):  # elapsed time: count in UTC, so DST changes do not shift it
        utc = anchor_time.astimezone(UTC) - timedelta(
            seconds=p.n * _SECOND_LIKE[p.unit]
        )
        # "1 uur geleden" at 16:20 is 15:20 (granularity hour), not 15:00: the
        # granularity says how precise the value is, not which clock hour it is.
        return _cut(utc.astimezone(tz), "minute", first_weekday)
    today = anchor_time.date()
    if p.unit == "day":
        d = today - timedelta(days=p.n)
    elif p.unit == "week":
        d = today - timedelta(weeks=p.n)
    else:
        months = int(p.n * 12) if p.unit == "year" else int(p.n)
        y, mo = _add_months(today.year, today.month, -months)
        d = date(y, mo, 1)
    return _cut(_midnight(d, tz), granularity, first_weekday)


def _recent_date(month: int, day: int, today: date) -> date | None:
    """The most recent ``day month`` not after ``today`` (29 February: up to 8 years back)."""
    for year in range(today.year, today.year - 9, -1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= today:
            return d
    return None


def _resolve_day(
    p: _Parsed, anchor_time: datetime | None, tz: Any, first_weekday: int
) -> datetime | None:
    if p.day is not None and p.month is not None:
        if p.year is not None:
            try:
                d: date | None = date(p.year, p.month, p.day)
            except ValueError:
                return None
        else:
            if anchor_time is None:
                return None
            d = _recent_date(p.month, p.day, anchor_time.date())
    elif anchor_time is None:
        return None
    elif p.weekday is not None:
        today = anchor_time.date()
        if p.week_offset is not None:
            monday = _start_of_week(today, first_weekday) + timedelta(
                weeks=p.week_offset
            )
            d = monday + timedelta(days=(p.weekday - first_weekday) % 7)
        elif p.direction == "next":
            d = today + timedelta(days=(p.weekday - today.weekday()) % 7 or 7)
        else:
            back = (today.weekday() - p.weekday) % 7
            if back == 0 and p.direction == "past":
                back = 7
            d = today - timedelta(days=back)
    else:
        d = anchor_time.date() + timedelta(days=p.relative_day or 0)
    if d is None:
        return None
    if p.hour is not None:
        return datetime.combine(d, time(p.hour, p.minute or 0), tzinfo=tz)
    return _midnight(d, tz)


def resolve(
    expression: Span, language: str, *, anchor_time: datetime | None, anchor: Anchor
) -> TimeRef:
    """Resolve a time expression found by :func:`find_time_expressions` or :func:`match_age`.

    News rules (applied here, on top of what dateparser would do):

    * an age in minutes or hours is ``anchor_time`` minus the age, to the minute:
      ``34 minuten geleden`` at 22:00 is 21:26 (``minute``), ``1 uur geleden`` at
      16:20 is 15:20 (``hour``: the granularity says how precise it is); they are
      counted in UTC, so an age across a DST change is exact; ``2 dagen geleden``
      is midnight two days back (``day``);
    * a weekday is the most recent such day, today included (``maandag`` said on
      a Monday is that Monday); ``afgelopen``/``vorige`` exclude today,
      ``komende`` looks forward; ``vorige week dinsdag`` is the Tuesday of the
      previous week (weeks start on ``first_weekday`` of ``time.toml``);
    * a date without a year is the most recent such date not after the anchor
      (``23 december`` on 2026-01-14 is 2025-12-23);
    * ``vorige week`` / ``deze maand`` / ``vorig jaar`` are the first day of that
      week / month / year, with that granularity;
    * a clock time makes the granularity ``minute``.

    Args:
        expression: the span of the expression (its ``text`` is parsed).
        language: a language code with ``lang/<code>/time.toml``.
        anchor_time: the time relative expressions count from (timezone-aware),
            or None when it is unknown.
        anchor: what ``anchor_time`` is (``"fetched_at"`` for teaser ages,
            ``"published"`` for an article's own times).

    Returns:
        A :class:`TimeRef`. ``value`` is timezone-aware, in ``anchor_time``'s
        zone (absolute dates without an anchor: the language's
        ``default_timezone``). Absolute dates (with a year) get anchor
        ``"absolute"`` and need no ``anchor_time``. A relative expression with
        ``anchor_time=None`` gets ``value=None`` and keeps the ``anchor`` passed:
        the current time is never used. An expression that names no valid day
        (``31 februari 2026``) gets ``value=None``.

    Raises:
        ValueError: ``anchor_time`` has no timezone.
        UnsupportedLanguage: no data folder for ``language``.
    """
    if anchor_time is not None and anchor_time.utcoffset() is None:
        raise ValueError("anchor_time needs a timezone, e.g. 2026-01-14T22:00:00+01:00")
    parsed = _parse(language, expression.text)
    if parsed is None:
        return _resolve_with_dateparser(expression, language, anchor_time, anchor)
    first = _grammar(language).first_weekday
    tz = _tz(language, anchor_time)
    if parsed.kind == "age":
        granularity = _AGE_GRANULARITY[parsed.unit]
        if anchor_time is None:
            return TimeRef(expression, None, granularity, anchor)
        return TimeRef(
            expression, _resolve_age(parsed, anchor_time, first), granularity, anchor
        )
    if parsed.kind == "period":
        gran: Granularity = parsed.unit  # type: ignore[assignment]
        if anchor_time is None:
            return TimeRef(expression, None, gran, anchor)
        today = anchor_time.date()
        if parsed.unit == "week":
            d = _start_of_week(today, first) + timedelta(weeks=parsed.offset)
        elif parsed.unit == "month":
            y, mo = _add_months(today.year, today.month, parsed.offset)
            d = date(y, mo, 1)
        else:
            d = date(today.year + parsed.offset, 1, 1)
        return TimeRef(expression, _midnight(d, tz), gran, anchor)
    if parsed.kind == "year":
        return TimeRef(
            expression, _midnight(date(parsed.year or 1, 1, 1), tz), "year", "absolute"
        )
    if parsed.kind == "month":
        month = parsed.month or 1
        if parsed.year is not None:
            return TimeRef(
                expression,
                _midnight(date(parsed.year, month, 1), tz),
                "month",
                "absolute",
            )
        if anchor_time is None:
            return TimeRef(expression, None, "month", anchor)
        today = anchor_time.date()
        year = today.year if month <= today.month else today.year - 1
        return TimeRef(expression, _midnight(date(year, month, 1), tz), "month", anchor)
    granularity = "minute" if parsed.hour is not None else "day"
    kind_anchor: Anchor = "absolute" if parsed.year is not None else anchor
    value = _resolve_day(parsed, anchor_time, tz, first)
    return TimeRef(expression, value, granularity, kind_anchor)


# ---------------------------------------------------------------- dateparser fallback

_DATEPARSER_PERIODS: dict[str, Granularity] = {
    "time": "minute",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
}
# Two relative bases far apart (two-digit years land in different centuries): an
# expression that parses to the same value from both does not depend on an anchor.
_PROBE_BASES = (datetime(2001, 3, 7, 12, 0), datetime(2087, 10, 23, 6, 30))


@lru_cache(maxsize=4096)
def _dateparser(
    text: str, language: str, base: datetime
) -> tuple[datetime, str] | None:
    """dateparser's (naive value, period) for ``text`` relative to the naive ``base``; cached."""
    from dateparser.date import DateDataParser  # slow import: only when needed

    parser = DateDataParser(
        languages=[language],
        settings={
            "RELATIVE_BASE": base,
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    data = parser.get_date_data(text)
    if data is None or data.date_obj is None:
        return None
    return data.date_obj.replace(tzinfo=None), data.period or "day"


def _resolve_with_dateparser(
    expression: Span, language: str, anchor_time: datetime | None, anchor: Anchor
) -> TimeRef:
    """Resolve an expression the grammar does not know with dateparser (deterministic bases only)."""
    probes = [_dateparser(expression.text, language, b) for b in _PROBE_BASES]
    if probes[0] is None:
        return TimeRef(expression, None, "day", anchor)
    granularity = _DATEPARSER_PERIODS.get(probes[0][1], "day")
    absolute = probes[0] == probes[1]
    if absolute:
        value = probes[0][0].replace(tzinfo=_tz(language, anchor_time))
        return TimeRef(expression, value, granularity, "absolute")
    if anchor_time is None:
        return TimeRef(expression, None, granularity, anchor)
    found = _dateparser(expression.text, language, anchor_time.replace(tzinfo=None))
    if found is None:
        return TimeRef(expression, None, granularity, anchor)
    return TimeRef(
        expression, found[0].replace(tzinfo=anchor_time.tzinfo), granularity, anchor
    )

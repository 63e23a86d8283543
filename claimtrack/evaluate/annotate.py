"""Write gold annotations by quoting phrases instead of counting offsets.

An annotation source (``eval/nl/src/*.py``) lists :class:`Doc` values built from
:class:`St` (statements), :class:`Fig` (figures) and :class:`Art` (articles), each
naming its spans by *quoting* them. :func:`resolve` turns a ``Doc`` into a
validated :class:`~claimtrack.evaluate.gold.GoldDocument` with offsets.

A phrase is found with :func:`span`:

* ``"zegt"`` - the only occurrence of "zegt" (an error if there are several);
* ``("zegt", 2)`` - the second occurrence (1-based);
* ``"Vries [zegt] dat"`` - the part in brackets of the only occurrence of
  "Vries zegt dat": quote a little context instead of counting occurrences.

The conventions the extractor team agreed on are applied here, in one place,
through :class:`Conventions` (read from ``eval/<lang>/conventions.toml``), so that
annotators quote what they see and a revised convention only needs a rebuild:
a statement's content loses a leading complementiser ("dat") and trailing
punctuation (the final period, the comma before "zei hij"), and quote marks
that enclose the whole content.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Sequence, Union

from claimtrack.document import normalise
from claimtrack.evaluate.gold import (
    GoldArticle,
    GoldDocument,
    GoldError,
    GoldFigure,
    GoldSource,
    GoldStatement,
    from_dict,
    to_dict,
)
from claimtrack.isotime import parse_iso
from claimtrack.model import Span

Phrase = Union[str, tuple[str, int]]
_SAME = object()


class AnnotationError(ValueError):
    """A quoted phrase is missing from the text, or ambiguous without ``nth``."""


def _boundary(left: str, right: str) -> bool:
    """Whether a word may end between ``left`` and ``right``: not both alphanumeric,
    or a lower-case letter glued to an upper-case one ("geledenWASHINGTON" in page dumps)."""
    return not (left.isalnum() and right.isalnum()) or (left.islower() and right.isupper())


def span(text: str, phrase: str, nth: int | None = None) -> tuple[int, int]:
    """Offsets ``(start, end)`` of ``phrase`` in ``text`` (code points, end-exclusive).

    ``phrase`` may hold one ``[...]`` part: the whole phrase (without the brackets)
    is looked up and the offsets of the bracketed part returned. ``nth`` (1-based)
    picks one of several occurrences.

    Raises:
        AnnotationError: the phrase does not occur, occurs more than once and
            ``nth`` is not given, ``nth`` is out of range, or the brackets are malformed.
    """
    focus_start, focus_end = 0, None
    if "[" in phrase or "]" in phrase:
        i, j = phrase.find("["), phrase.find("]")
        if i < 0 or j < i or phrase.count("[") != 1 or phrase.count("]") != 1:
            raise AnnotationError(f"malformed focus brackets in {phrase!r}")
        focus_start, focus_end = i, j - 1
        phrase = phrase[:i] + phrase[i + 1 : j] + phrase[j + 1 :]
    if not phrase:
        raise AnnotationError("an empty phrase can not be quoted")
    hits = []
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        if (at == 0 or _boundary(text[at - 1], phrase[0])) and (end == len(text) or _boundary(phrase[-1], text[end])):
            hits.append(at)
        at = text.find(phrase, at + 1)
    if not hits:
        raise AnnotationError(f"{phrase!r} does not occur in the text")
    if nth is None:
        if len(hits) > 1:
            raise AnnotationError(f"{phrase!r} occurs {len(hits)} times; give nth or quote more context")
        at = hits[0]
    else:
        if not 1 <= nth <= len(hits):
            raise AnnotationError(f"{phrase!r} occurs {len(hits)} times, not {nth}")
        at = hits[nth - 1]
    if focus_end is None:
        return at, at + len(phrase)
    if focus_end <= focus_start:
        raise AnnotationError(f"empty focus in {phrase!r}")
    return at + focus_start, at + focus_end


def find(text: str, phrase: Phrase) -> Span:
    """The :class:`Span` of a phrase given as ``"..."`` or ``("...", nth)`` (see :func:`span`)."""
    if isinstance(phrase, tuple):
        start, end = span(text, phrase[0], phrase[1])
    else:
        start, end = span(text, phrase)
    return Span.of(text, start, end)


@dataclass(frozen=True, slots=True)
class Conventions:
    """How quoted phrases become gold spans; one place to revise a convention.

    Attributes:
        complementisers: words dropped from the start of a statement's content
            (Dutch: "dat"), matched case-sensitively and followed by a space.
        strip_trailing: characters dropped from the end of a content span.
        quote_pairs: opening/closing quote marks removed when they enclose the
            whole content (direct quotes are stored without their quote marks).
    """

    complementisers: tuple[str, ...] = ()
    strip_trailing: str = ".,;:"
    quote_pairs: tuple[tuple[str, str], ...] = (('"', '"'), ("\u201c", "\u201d"), ("\u2018", "\u2019"), ("'", "'"))

    @classmethod
    def from_toml(cls, path: str | Path) -> Conventions:
        """Read ``complementisers``, ``strip_trailing`` and ``quote_pairs`` from a TOML file."""
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
        base = cls()
        return cls(
            complementisers=tuple(data.get("complementisers", base.complementisers)),
            strip_trailing=data.get("strip_trailing", base.strip_trailing),
            quote_pairs=tuple(tuple(p) for p in data.get("quote_pairs", base.quote_pairs)),  # type: ignore[misc]
        )

    def content(self, text: str, raw: Span) -> Span:
        """Trim a quoted content phrase to the convention (see the class docstring)."""
        start, end = raw.start, raw.end
        while True:
            before = (start, end)
            while end > start and (text[end - 1] in self.strip_trailing or text[end - 1].isspace()):
                end -= 1
            while start < end and text[start].isspace():
                start += 1
            for word in self.complementisers:
                if text.startswith(word + " ", start) and start + len(word) + 1 < end:
                    start += len(word) + 1
            for opening, closing in self.quote_pairs:
                if end - start >= 2 and text[start] == opening and text[end - 1] == closing:
                    inner = text[start + 1 : end - 1]
                    if opening not in inner and closing not in inner:
                        start, end = start + 1, end - 1
                        break
            if (start, end) == before:
                return Span.of(text, start, end)


@dataclass(frozen=True, slots=True)
class St:
    """A statement to annotate.

    ``src``: one source or a list, each ``"phrase|Canonical Name|alias|..."`` (the
    name defaults to the phrase). ``cue``, ``content``, ``medium``, ``time`` and
    ``aux`` (the finite auxiliary of a perfect-tense cue) are phrases. ``via``
    indexes the relayed statement in the same document.
    """

    src: Union[str, Sequence[str]]
    cue: Phrase
    content: Phrase
    kind: str
    medium: Phrase | None = None
    time: Phrase | None = None
    aux: Phrase | None = None
    via: int | None = None


@dataclass(frozen=True, slots=True)
class Fig:
    """A figure to annotate: its phrase, ``low``/``high`` (``high`` defaults to ``low``), category.

    ``st`` indexes the statement whose content holds it; ``source`` overrides
    the source name (default: that statement's first source name). A shorthand for
    writing gold by hand, not a record: :func:`gold_figure` turns it into a
    :class:`~claimtrack.evaluate.gold.GoldFigure` (``phrase`` -> ``span``,
    ``approx`` -> ``approximate``, ``st`` -> ``statement``, ``source`` -> ``source_name``).
    """

    phrase: Phrase
    low: int | float | None
    category: str
    high: object = _SAME
    unit: str | None = None
    approx: bool = False
    counted: Phrase | None = None
    st: int | None = None
    source: str | None = None


def gold_figure(text: str, f: Fig) -> GoldFigure:
    """The one conversion of the shorthand to the gold format's figure (names as in :class:`Fig`).

    Raises:
        AnnotationError: the phrase or the counted words are missing or ambiguous.
    """
    where = find(text, f.phrase)
    return GoldFigure(
        span=where,
        low=f.low,
        high=f.low if f.high is _SAME else f.high,  # type: ignore[arg-type]
        approximate=f.approx,
        unit=f.unit,
        category=f.category,
        counted=_counted(text, where, f.counted),
        statement=f.st,
        source_name=f.source,
    )


@dataclass(frozen=True, slots=True)
class Art:
    """An article: ``anchor`` is its dateline (or first words); ``ago`` like ``"34m"``, ``"2h"``, ``"1d"``.

    ``published`` (ISO 8601 with offset) gives an absolute time instead of ``ago``;
    ``expr`` quotes the words the time comes from.
    """

    role: str
    anchor: Phrase
    place: str | None = None
    agencies: tuple[str, ...] = ()
    ago: str | None = None
    published: str | None = None
    expr: Phrase | None = None


@dataclass(frozen=True, slots=True)
class Doc:
    """One document to annotate; :func:`resolve` turns it into a GoldDocument."""

    id: str
    style: str
    text: str
    fetched_at: str | None = None
    arts: tuple[Art, ...] | list[Art] = ()
    sts: tuple[St, ...] | list[St] = ()
    figs: tuple[Fig, ...] | list[Fig] = ()
    tags: tuple[str, ...] | list[str] = ()
    notes: str = ""
    language: str = "nl"


_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def _ago(fetched_at: datetime | None, ago: str) -> datetime:
    if fetched_at is None:
        raise AnnotationError(f"ago={ago!r} needs the document's fetched_at")
    try:
        amount, unit = int(ago[:-1]), _UNITS[ago[-1]]
    except (ValueError, KeyError):
        raise AnnotationError(f"ago={ago!r}: write a whole number and m, h or d, e.g. '34m'") from None
    return fetched_at - timedelta(**{unit: amount})


def _opt(text: str, phrase: Phrase | None) -> Span | None:
    return None if phrase is None else find(text, phrase)


def _counted(text: str, figure: Span, phrase: Phrase | None) -> Span | None:
    """What a figure counts, without the figure's own words: the contract's
    ``counted`` for "3000 Noord-Koreaanse militairen gedood" is
    "Noord-Koreaanse militairen gedood", so a quoted "140 koeien" becomes "koeien"."""
    if phrase is None:
        return None
    where = find(text, phrase)
    if where.start <= figure.start and figure.end <= where.end:
        start = figure.end
        while start < where.end and text[start].isspace():
            start += 1
        return Span(text[start : where.end], start, where.end) if start < where.end else None
    return where


def _source(text: str, spec: str) -> GoldSource:
    phrase, *names = spec.split("|")
    where = find(text, phrase)
    name = names[0] if names else where.text
    return GoldSource(where, name, tuple(names[1:]))


def resolve(doc: Doc, split: str, conventions: Conventions = Conventions()) -> GoldDocument:
    """Turn quoted annotations into a validated GoldDocument with offsets.

    The text is first normalised with :func:`claimtrack.document.normalise` (the
    text the extractor's offsets point into).

    Raises:
        AnnotationError: a phrase is missing or ambiguous (the message names the document).
        GoldError: the result is not a valid gold document.
    """
    text = normalise(doc.text)
    fetched_at = parse_iso(doc.fetched_at, need_offset=False) if doc.fetched_at else None
    try:
        articles = tuple(
            GoldArticle(
                role=a.role,
                anchor=find(text, a.anchor),
                place=a.place,
                agencies=tuple(a.agencies),
                published=(
                    _ago(fetched_at, a.ago)
                    if a.ago
                    else parse_iso(a.published, need_offset=False) if a.published else None
                ),
                published_expression=_opt(text, a.expr),
            )
            for a in doc.arts
        )
        statements = []
        for s in doc.sts:
            specs = [s.src] if isinstance(s.src, str) else list(s.src)
            statements.append(
                GoldStatement(
                    sources=tuple(_source(text, x) for x in specs),
                    cue=find(text, s.cue),
                    cue_aux=_opt(text, s.aux),
                    content=conventions.content(text, find(text, s.content)),
                    kind=s.kind,
                    medium=_opt(text, s.medium),
                    time=_opt(text, s.time),
                    via=s.via,
                )
            )
        figures = tuple(gold_figure(text, f) for f in doc.figs)
    except (AnnotationError, ValueError) as exc:
        raise AnnotationError(f"{doc.id}: {exc}") from None
    gold = GoldDocument(
        id=doc.id,
        split=split,
        language=doc.language,
        style=doc.style,
        fetched_at=fetched_at,
        text=text,
        articles=articles,
        statements=tuple(statements),
        figures=figures,
        notes=doc.notes,
        tags=tuple(doc.tags),
    )
    try:
        return from_dict(to_dict(gold))  # validate, and fill figures' source names
    except GoldError as exc:
        raise GoldError(f"{doc.id}: {exc}") from None

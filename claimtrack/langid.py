"""Which language a page is written in, from py3langid's model (it ships inside the wheel).

The page's main text decides, not its chrome: identification reads the lines that
look like running text (several words), so a cookie banner, a menu in another
language or an English quote inside a Dutch article does not change the answer.
Supported languages get a prior (close neighbours such as Afrikaans must not
win a Dutch text by a hair); when the model is still unsure (a headline alone),
the page's own hint (HTML ``lang``) decides, else the default language.
"""

from __future__ import annotations

import os
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from claimtrack import lang

# Enough text to be sure, little enough to keep identification cheap (the model reads
# each byte in Python): on every evaluation document, real page and test page even 500
# characters of running text give the same language, and the same confidence to three
# decimals, as 6,000; twice that leaves a margin.
_SAMPLE_CHARS = 1000
_RUNNING_TEXT_WORDS = 6
# Below this probability the best guess is not trusted on its own.
SURE = 0.5
# Prior odds for a language claimtrack reads: users feed it news in those languages,
# and close neighbours (Afrikaans, Frisian, Limburgish next to Dutch) win short or
# odd texts by a hair. A page really written in another language is far more than
# this factor surer of it.
_SUPPORTED_PRIOR = 20.0


@dataclass(frozen=True, slots=True)
class Identified:
    """A language code and the model's probability for it (0..1)."""

    code: str
    confidence: float
    supported: bool = False  # claimtrack has data for the language


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, from its unpacked copy when there is one (see below)."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    model = MODEL_DIR / MODEL_FILE
    folder = _unpacked_folder(model)
    found = _load_unpacked(folder) if folder is not None else None
    if found is not None:
        return found
    identifier = _identifier_class().from_model_file(MODEL_FILE, norm_probs=True)
    if folder is not None:
        _save_unpacked(identifier, folder)
    return identifier


# The model's weights are stored as float16; numpy turns the rows a text selects into
# float32 before every product (float16 has no BLAS path), which was half of
# identification's time. Every float16 is exactly a float32, so converting the matrix
# once at load gives bit-identical scores (the same float32 product).
@lru_cache(maxsize=1)
def _identifier_class():
    import numpy as np
    from py3langid.langid import LanguageIdentifier

    class Float32Identifier(LanguageIdentifier):
        """py3langid's identifier with the weights held as float32 (see above) and its
        features counted in whole-array steps (:class:`_Walker`)."""

        __slots__ = ("walker",)

        def __init__(self, nb_ptc, *args, **kwargs):
            super().__init__(np.asarray(nb_ptc, dtype=np.float32), *args, **kwargs)
            self.walker = _Walker(self.tk_nextmove, self._rowbase, self.tk_output)

        def _raw_score(self, text):
            found = self.walker.features(text)
            if found is None:  # no feature, or too long to pack: py3langid's own walk
                return super()._raw_score(text)
            idx, counts = found  # as py3langid's _sparse_score has them: same product
            return np.log1p(counts) @ self.nb_ptc[idx] + self.nb_pc

    return Float32Identifier


# Unpacking the shipped model (LZMA) costs a fresh process ~0.7 s CPU, most of
# `claimtrack extract PAGE` when the language is not given. So the first load writes the
# arrays, as loaded, to a folder of plain .npy files (~100 MB), and later processes map
# them into memory instead (a few ms; only the pages a text touches are read). The folder
# is named after py3langid's version and the model file's size and time, and written
# under a temporary name first, so a reader sees a whole copy or none. Nothing about any
# document is kept there. CLAIMTRACK_CACHE_DIR="" turns it off.
_UNPACKED = ("ptc", "pc", "classes", "nextmove", "row", "output")
_UNPACKED_FORMAT = 1


def _unpacked_folder(model):
    """Where the unpacked copy of ``model`` lives, or None when no cache is wanted."""
    import py3langid

    root = os.environ.get("CLAIMTRACK_CACHE_DIR")
    if root is None:
        try:
            base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        except RuntimeError:  # no home folder to put it in
            return None
        root = Path(base) / "claimtrack"
    if not root:
        return None
    try:
        stat = model.stat()
    except OSError:
        return None
    name = f"langid-{py3langid.__version__}-{stat.st_size}-{stat.st_mtime_ns}-{_UNPACKED_FORMAT}"
    return Path(root) / name


def _load_unpacked(folder):
    """The identifier from an unpacked copy, or None when there is no whole copy."""
    import numpy as np

    try:
        a = {k: np.load(folder / f"{k}.npy", mmap_mode="r", allow_pickle=False) for k in _UNPACKED}
    except (OSError, ValueError):
        return None
    a = {k: np.asarray(v) for k, v in a.items()}  # plain arrays over the mapped files
    n = len(a["pc"])
    if a["ptc"].shape[1:] != (n,) or len(a["classes"]) != n or len(a["row"]) != len(a["output"]):
        return None
    row = array("H", a["row"].tobytes()) if a["row"].dtype == np.uint16 else a["row"].tolist()
    return _identifier_class()(
        a["ptc"], a["pc"], a["classes"].tolist(), a["nextmove"], a["output"].tolist(), norm_probs=True, tk_row=row
    )


def _save_unpacked(identifier, folder) -> None:
    """Write the identifier's arrays to ``folder`` (whole or not at all); a folder that
    cannot be written leaves things as they were."""
    import shutil
    import tempfile

    import numpy as np

    w = identifier.walker
    parts = {
        "ptc": identifier.nb_ptc,
        "pc": identifier.nb_pc,
        "classes": np.array(identifier.nb_classes),
        "nextmove": w.next,
        "row": np.asarray(identifier.tk_row),
        "output": np.asarray(identifier.tk_output, dtype=np.int32),
    }
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = tempfile.mkdtemp(prefix=folder.name + ".", dir=folder.parent)
    except OSError:
        return
    try:
        for k, v in parts.items():
            np.save(f"{tmp}/{k}.npy", v, allow_pickle=False)
        os.chmod(tmp, 0o755)  # public data, as the model file is (mkdtemp makes it private)
        os.rename(tmp, folder)
    except OSError:  # no room, or another process was first: theirs stands
        shutil.rmtree(tmp, ignore_errors=True)


# py3langid finds its features (byte n-grams) with an Aho-Corasick automaton over a
# prefix-closed trie of byte strings: the state after any text is the state of the
# text's longest suffix in the trie, and no trie string is longer than _TRIE_DEPTH bytes.
# So the state at a position is the automaton run from its start over just the last
# _TRIE_DEPTH bytes, and all positions can take those steps together (numpy gathers)
# instead of one Python step per byte. tests/test_langid.py proves both facts on the
# shipped model and compares the counts with py3langid's walk.
_TRIE_DEPTH = 6
_FIELD = 20  # bits of each packed field: positions, counts and feature numbers
_MASK = (1 << _FIELD) - 1


class _Walker:
    """py3langid's ``visit_counts`` over whole arrays: the features a text's bytes
    visit, in first-visit order, with how often each is visited."""

    __slots__ = ("next", "rows", "output", "start", "packs")

    def __init__(self, nextmove, rowbase, output) -> None:
        import numpy as np

        if not isinstance(nextmove, np.ndarray):  # py3langid's array: viewed, not copied
            nextmove = np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode))
        self.next = nextmove
        self.rows = np.array(rowbase, dtype=np.intp)
        self.output = np.array(output, dtype=np.int64)
        self.start = 0  # the automaton's start state
        self.packs = int(self.output.max()) <= _MASK  # feature numbers fit a packed field

    def features(self, data: bytes):
        """(feature numbers, counts as float32) as py3langid's walk and Counter give them,
        or None when there is no feature (or the text is too long to pack)."""
        import numpy as np

        n = len(data)
        if not n or n > _MASK or not self.packs:
            return None
        b = np.frombuffer(data, dtype=np.uint8)
        state = np.full(n, self.start, dtype=np.intp)
        for k in range(min(_TRIE_DEPTH, n) - 1, -1, -1):  # position i reads byte i - k
            state[k:] = self.next[self.rows[state[k:]] + b[: n - k]]
        f = self.output[state]
        at = np.flatnonzero(f >= 0)
        if not len(at):
            return None
        # sort by (feature, position): the first of each run is its first visit
        keyed = np.sort((f[at] << _FIELD) | at)
        feature = keyed >> _FIELD
        first = np.flatnonzero(np.concatenate(([True], feature[1:] != feature[:-1])))
        counts = np.diff(np.append(first, len(keyed)))
        # then the runs in first-visit order, as a Counter keeps its keys
        runs = np.sort((((keyed[first] & _MASK) << _FIELD | counts) << _FIELD) | feature[first])
        return runs & _MASK, ((runs >> _FIELD) & _MASK).astype(np.float32)


@lru_cache(maxsize=1)
def _supported() -> frozenset[str]:
    return frozenset(lang.available())


def sample(text: str) -> str:
    """The page's running text (lines of several words), or the whole text when it has none."""
    lines, size = [], 0
    for ln in text.split("\n"):
        if len(ln.split()) >= _RUNNING_TEXT_WORDS:
            lines.append(ln)
            size += len(ln) + 1
            if size >= _SAMPLE_CHARS:  # the rest of a long page would be cut off anyway
                break
    picked = "\n".join(lines) if lines else text
    return picked[:_SAMPLE_CHARS]


def identify(text: str, hint: str | None = None) -> Identified | None:
    """The language of ``text``, or None when it has no letters to judge by.

    Args:
        text: the page text.
        hint: the language the page declares (HTML ``lang``), used when the
            model is unsure and the hint is a supported language.
    """
    piece = sample(text)
    if not any(c.isalpha() for c in piece):
        return None
    supported = _supported()
    ranked = _identifier().rank(piece)  # best first: the sum below adds in this order
    weighted = [p * _SUPPORTED_PRIOR if code in supported else p for code, p in ranked]
    total = sum(weighted) or 1.0
    probs = [p / total for p in weighted]
    i = probs.index(max(probs))  # the first of equals, as a stable sort would put it
    best, p = ranked[i][0], probs[i]
    if p < SURE:  # too little to go on: what the page declares, else the default
        fallback = hint if hint in supported else lang.DEFAULT_LANGUAGE
        found = [q for (code, _), q in zip(ranked, probs) if code == fallback]
        return Identified(fallback, found[0] if found else 0.0, fallback in supported)
    return Identified(best, p, best in supported)

"""Language identification reads a bounded sample of the page's running text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from claimtrack import langid

_DUTCH = "De wethouder van Oosterlo opende dinsdag de nieuwe brug over de rivier."
_ENGLISH = "The harbour master of Port Elling said the ferry would sail again on Friday."


def test_sample_keeps_running_text_lines_and_stops_at_the_limit():
    menu = "Home\nNieuws\nSport"  # short lines: chrome, not running text
    text = menu + "\n" + "\n".join([_DUTCH] * 200)
    piece = langid.sample(text)
    assert len(piece) == langid._SAMPLE_CHARS == 1000
    assert piece == "\n".join([_DUTCH] * 200)[:1000]
    assert "Home" not in piece


def test_sample_of_a_page_without_running_text_is_its_start():
    assert langid.sample("Home\nNieuws\nSport") == "Home\nNieuws\nSport"


def test_identify_judges_the_start_of_a_long_page():
    # a long page: its first kilobyte of running text decides
    found = langid.identify("\n".join([_DUTCH] * 300 + [_ENGLISH] * 300))
    assert found is not None and found.code == "nl" and found.supported
    found = langid.identify("\n".join([_ENGLISH] * 300))
    assert found is not None and found.code == "en" and found.supported
    assert found.confidence > 0.99


def test_float32_weights_give_the_stock_models_scores_bit_for_bit():
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    stock = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ours = langid._identifier()
    assert stock.nb_ptc.dtype == np.float16 and ours.nb_ptc.dtype == np.float32
    mixed = "\n".join([_DUTCH, _ENGLISH, "Die burgemeester het Dinsdag gesê dat die brug oop is."])
    for text in (_DUTCH, _ENGLISH, mixed, "Ja.", "1.250 euro"):
        assert ours._decide(text).tobytes() == stock._decide(text).tobytes()
        assert ours.rank(text) == stock.rank(text)


def test_identify_weighs_supported_languages_and_falls_back_when_unsure():
    found = langid.identify(_DUTCH)
    assert found is not None and (found.code, found.supported) == ("nl", True)
    ranked = langid._identifier().rank(_DUTCH)
    supported = langid._supported()
    weighted = {c: p * langid._SUPPORTED_PRIOR if c in supported else p for c, p in ranked}
    assert found.confidence == weighted["nl"] / sum(weighted[c] for c, _ in ranked)
    unsure = langid.identify("Ok", hint="en")  # too little to judge: the page's hint decides
    assert unsure is not None and unsure.code == "en" and unsure.confidence < langid.SURE


def _trie_strings(walker):
    """Each state's depth and byte string (as an int) from a breadth-first walk over the
    automaton: the shortest way to a state spells the string it stands for."""
    import numpy as np

    nxt, rows = walker.next, walker.rows
    n = len(rows)
    depth = np.full(n, -1)
    value = np.zeros(n, dtype=np.int64)
    depth[walker.start] = 0
    frontier, d = np.array([walker.start]), 0
    while len(frontier):
        to = nxt[rows[frontier][:, None] + np.arange(256)[None, :]].ravel()
        came = np.repeat(value[frontier] * 256, 256) + np.tile(np.arange(256), len(frontier))
        new = depth[to] < 0
        reached, first = np.unique(to[new], return_index=True)
        d += 1
        depth[reached], value[reached] = d, came[new][first]
        frontier = reached
    return depth, value


def test_the_feature_automaton_is_aho_corasick_over_a_shallow_trie():
    # the two facts the whole-array walk rests on (see langid._TRIE_DEPTH): the states
    # stand for the strings of a trie no deeper than _TRIE_DEPTH bytes, and every move
    # follows Aho-Corasick's rule: to the child for the byte if there is one, else as the
    # state of the longest proper suffix in the trie moves (the start stays put); so a
    # state is always the longest suffix of what was read that is in the trie
    import numpy as np

    walker = langid._identifier().walker
    depth, value = _trie_strings(walker)
    assert depth.min() == 0 and depth.max() == langid._TRIE_DEPTH
    key = value + (depth.astype(np.int64) << 56)  # (length, string): one per state
    order = np.argsort(key)
    keys = key[order]
    assert (np.diff(keys) > 0).all()  # no two states stand for the same string

    def state_of(k):  # the state whose key is k, or -1
        at = np.minimum(np.searchsorted(keys, k), len(keys) - 1)
        return np.where(keys[at] == k, order[at], -1)

    fail = np.full(len(depth), walker.start)
    for k in range(1, langid._TRIE_DEPTH):  # longest proper suffix in the trie, shortest first
        suffix = state_of((value % (256**k)) + (np.int64(k) << 56))
        found = (depth > k) & (suffix >= 0)
        fail[found] = suffix[found]
    nonroot = np.flatnonzero(depth > 0)  # each a child of the state of its string less its last byte
    parent = state_of((value[nonroot] >> 8) + ((depth[nonroot].astype(np.int64) - 1) << 56))
    assert (parent >= 0).all()
    byte = np.arange(256)
    for lo in range(0, len(depth), 4096):
        q = np.arange(lo, min(len(depth), lo + 4096))
        moved = walker.next[walker.rows[q][:, None] + byte[None, :]]
        rule = walker.next[walker.rows[fail[q]][:, None] + byte[None, :]]
        rule[q == walker.start] = walker.start
        mine = (parent >= lo) & (parent < lo + len(q))
        rule[parent[mine] - lo, value[nonroot[mine]] % 256] = nonroot[mine]
        assert (moved == rule).all()


def _stock_counts(data: bytes):
    from py3langid.langid import visit_counts

    ident = langid._identifier()
    return visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), st.binary(max_size=300), st.text(alphabet="aeinrst éëĳ'.,\n", max_size=300)))
def test_whole_array_walk_counts_as_py3langids_walk(text):
    ident = langid._identifier()
    data = ident._encode(text)
    stock = _stock_counts(data)
    found = ident.walker.features(data)
    if stock is None:
        assert found is None
        return
    assert found is not None
    assert found[0].tolist() == list(stock) and found[1].tolist() == list(stock.values())


def test_whole_array_walk_gives_py3langids_scores_bit_for_bit():
    from py3langid.langid import LanguageIdentifier

    ident = langid._identifier()
    mixed = "\n".join([_DUTCH, _ENGLISH, "Zo’n 1.250 inwoners — één op de vijf — vertrokken."])
    for text in (_DUTCH, _ENGLISH, mixed * 5, "Ja.", "a", "ab", "abcde", "abcdef", "1.250 euro", "", "!!"):
        data = ident._encode(text)
        assert ident._raw_score(data).tobytes() == LanguageIdentifier._raw_score(ident, data).tobytes()


def _stock():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def test_the_unpacked_copy_gives_the_stock_models_scores_bit_for_bit(tmp_path, monkeypatch):
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", str(tmp_path))
    folder = langid._unpacked_folder(MODEL_DIR / MODEL_FILE)
    assert folder is not None and folder.parent == tmp_path and langid._load_unpacked(folder) is None
    langid._save_unpacked(langid._identifier(), folder)
    assert sorted(p.name for p in tmp_path.iterdir()) == [folder.name]  # no half-written folder left
    assert folder.stat().st_mode & 0o777 == 0o755  # readable by other users, as the model is
    copy, stock = langid._load_unpacked(folder), _stock()
    assert copy is not None and copy.nb_ptc.dtype.name == "float32"
    mixed = "\n".join([_DUTCH, _ENGLISH, "Zo’n 1.250 inwoners — één op de vijf — vertrokken."])
    for text in (_DUTCH, _ENGLISH, mixed, "Ja.", "ab", "", "!!", "ΑΒΓ δεζ"):
        assert copy._decide(text).tobytes() == stock._decide(text).tobytes()
        assert copy.rank(text) == stock.rank(text)
    data = copy._encode(mixed)  # the stock walk over the copy's tables counts the same
    assert _stock_raw_score(copy, data) == copy._raw_score(data).tobytes()


def _stock_raw_score(ident, data: bytes) -> bytes:
    from py3langid.langid import LanguageIdentifier

    return LanguageIdentifier._raw_score(ident, data).tobytes()


def test_a_damaged_or_missing_copy_is_not_used_and_no_cache_can_be_asked_for(tmp_path, monkeypatch):
    from py3langid.langid import MODEL_DIR, MODEL_FILE

    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", str(tmp_path))
    folder = langid._unpacked_folder(MODEL_DIR / MODEL_FILE)
    langid._save_unpacked(langid._identifier(), folder)
    import numpy as np

    pc = np.load(folder / "pc.npy")
    np.save(folder / "pc.npy", pc[:-1])  # whole files that do not agree with each other
    assert langid._load_unpacked(folder) is None
    np.save(folder / "pc.npy", pc)
    assert langid._load_unpacked(folder) is not None
    ptc = folder / "ptc.npy"
    ptc.write_bytes(ptc.read_bytes()[: ptc.stat().st_size // 2])  # cut short
    assert langid._load_unpacked(folder) is None
    (folder / "pc.npy").unlink()
    assert langid._load_unpacked(folder) is None
    monkeypatch.setenv("CLAIMTRACK_CACHE_DIR", "")
    assert langid._unpacked_folder(MODEL_DIR / MODEL_FILE) is None


def test_a_cache_folder_that_cannot_be_written_changes_nothing(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    langid._save_unpacked(langid._identifier(), blocked / "langid")  # no error
    assert blocked.read_text() == "not a folder"

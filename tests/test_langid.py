"""Language identification reads a bounded sample of the page's running text."""

from __future__ import annotations

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

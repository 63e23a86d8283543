"""fold_case: the cheap path (no translation) gives what translating first gives."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claimtrack.wordlists import RE_FOLD, fold_case, phrase_key


def test_fold_case_folds_the_letters_lower_does_not():
    assert fold_case("İSTANBUL") == "istanbul"  # "İ".lower() would be two code points
    assert fold_case("Kıyı") == "kiyi"
    assert fold_case("Straſſe") == "strasse"
    assert fold_case("Één Café") == "één café"
    assert phrase_key("  Alle  Rechten\tVOORBEHOUDEN’s ") == "alle rechten voorbehouden's"


@given(st.text(alphabet=st.sampled_from("aZéÉ ’İıſKſß\u0130x1.\n") | st.characters(), max_size=60))
def test_fold_case_equals_translating_first(s):
    assert fold_case(s) == s.translate(RE_FOLD).lower()

"""Language data against its schema (claimtrack/lang/_schema/schema.toml), and the frozen Language object."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import tomllib
from importlib import resources

import pytest

from claimtrack import lang
from claimtrack.errors import ClaimtrackError
from claimtrack.lang import schema
from claimtrack.lang.schema import LanguageDataError, Problem

LANGUAGES = lang.available()

#: What each language leaves out or leaves empty today, against the schema (the gap list
#: issue 8 asked for). A language may close a gap without touching this list; a new gap
#: fails the test below: add the key to the language, or list it here on purpose.
KNOWN_GAPS = {
    "en": {
        "cues.toml: frame.frame_prepositions", "cues.toml: according_to.trailing (empty)",
        "cues.toml: frame.plural_endings (empty)", "cues.toml: frame.trailing_adverbs (empty)",
        "figures.toml: categories.non_human", "figures.toml: counted.partitive_measure_only",
        "figures.toml: counted.adjective_endings (empty)", "figures.toml: counted.modifiers (empty)",
        "figures.toml: counted.noun_endings (empty)",
        "numbers.toml: bounds.clause_estimate", "numbers.toml: bounds.clause_estimate_words",
        "numbers.toml: not_counts.adverb_endings", "numbers.toml: not_counts.elliptic_after",
        "numbers.toml: not_counts.postcode_after", "numbers.toml: not_counts.rate_before",
        "numbers.toml: ranges.unit_carry_before", "numbers.toml: ranges.unit_carry_between",
        "numbers.toml: units.per", "numbers.toml: words.articles", "numbers.toml: fractions (empty)",
        "numbers.toml: bounds.to_is_reached_after (empty)",
        "sources.toml: anaphoric_antecedents", "sources.toml: area_organisations",
        "sources.toml: facility_organisations", "sources.toml: plural_role_endings", "sources.toml: possessives",
        "sources.toml: role_bodies", "sources.toml: names", "sources.toml: ambiguous_roles", "sources.toml: agent_prepositions (empty)",
        "time.toml: clock.after (empty)", "time.toml: dates.numeric (empty)",
        "time.toml: clock.separators (empty)",
    },
    "nl": {
        "time.toml: clock.am (empty)", "time.toml: clock.pm (empty)", "time.toml: dates.day_suffixes (empty)",
        "numbers.toml: words.scale_not_before", "sources.toml: honorific_roles",
        "cues.toml: colon.trailing_marks", "sources.toml: age_word_endings", "page.toml: clock_zones",
        "cues.toml: frame.reduced_relatives", "numbers.toml: not_counts.address_nouns",
        "numbers.toml: not_counts.unmarked_plurals", "numbers.toml: not_counts.year_before_noun",
        "numbers.toml: not_counts.level_nouns",
        "sources.toml: post_nominals", "sources.toml: nickname_quotes",
        "sources.toml: name_suffixes", "cues.toml: frame.basis_phrases",
        "cues.toml: frame.naming_forms", "cues.toml: frame.progressive_forms",
        "cues.toml: frame.noun_cue_modifiers",
    },
}
#: Keys other branches add to the data (optional in the schema until their data is merged).
INCOMING = set(schema.schema().get("incoming", {}).get("keys", ()))


def _raw(code: str, name: str) -> dict:
    with resources.files("claimtrack.lang").joinpath(code, f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


def _gap(p: Problem) -> str:
    return p.file.split("/", 1)[1] + ": " + p.key + (" (empty)" if p.kind == "empty" else "")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_file_of_every_language_matches_the_schema(code):
    found = schema.report(code)
    wrong = [str(p) for p in found if p.kind in ("missing", "type", "unknown")]
    assert not wrong, "language data and schema disagree (fix the file, or describe the key in lang/_schema/schema.toml): " + "; ".join(wrong)


@pytest.mark.parametrize("code", LANGUAGES)
def test_what_each_language_lacks(code):
    """The gap list: optional keys a language leaves out and lists it leaves empty."""
    gaps = {_gap(p) for p in schema.report(code) if p.kind in ("absent", "empty")}
    incoming = {key + empty for key in INCOMING for empty in ("", " (empty)")}
    new = gaps - KNOWN_GAPS.get(code, set()) - incoming
    assert not new, f"{code} lacks keys it did not lack before: {sorted(new)}"


def test_every_optional_key_is_used_by_some_language():
    """No dead entries: each optional key of the schema is present in at least one language (or incoming)."""
    absent_everywhere = set.intersection(
        *({_gap(p) for p in schema.report(code) if p.kind == "absent"} for code in LANGUAGES)
    )
    assert absent_everywhere <= INCOMING, sorted(absent_everywhere - INCOMING)


@pytest.mark.parametrize(
    "name, change, expected",
    [
        ("cues", lambda d: d["frame"].__setitem__("words", "zegt"), "nl/cues.toml: frame.words: type (expected list[str], found str)"),
        ("cues", lambda d: d["frame"].pop("min_clause"), "nl/cues.toml: frame.min_clause: missing"),
        ("cues", lambda d: d["verbs"]["zeggen"].__setitem__("forms", ["zegt", 3]),
         "nl/cues.toml: verbs.zeggen.forms[1]: type (expected str, found int)"),
        ("numbers", lambda d: d["multipliers"].__setitem__("miljoen", True),
         "nl/numbers.toml: multipliers.miljoen: type (expected int, found bool)"),
        ("numbers", lambda d: d["units"]["scaled"].__setitem__("EUR-cent", {"EUR": 0.01}),
         "nl/numbers.toml: units.scaled.EUR-cent: type (expected list[str|number], found dict)"),
        ("time", lambda d: d.__setitem__("dates", ["dd-mm-jjjj"]), "nl/time.toml: dates: type (expected a table, found list)"),
    ],
)
def test_a_broken_file_is_refused_at_load_naming_the_key(name, change, expected):
    data = copy.deepcopy(_raw("nl", name))
    change(data)
    with pytest.raises(LanguageDataError) as err:
        schema.ensure_valid("nl", name, data)
    assert expected in str(err.value)
    assert isinstance(err.value, ClaimtrackError)


def test_unknown_keys_and_absent_optional_keys_are_reported_not_raised():
    data = copy.deepcopy(_raw("nl", "sources"))
    data["new_words"] = ["x"]
    del data["possessives"]
    schema.ensure_valid("nl", "sources", data)
    found = {(p.key, p.kind) for p in schema.problems("nl", "sources", data)}
    assert {("new_words", "unknown"), ("possessives", "absent")} <= found
    assert schema.problems("nl", "weather", {}) == [Problem("nl/weather.toml", "", "unknown", "the schema names no such file")]


def test_language_object_has_one_field_per_schema_file():
    assert tuple(f.name for f in dataclasses.fields(lang.Language))[1:] == schema.file_names()


@pytest.mark.parametrize("code", LANGUAGES)
def test_language_object_is_frozen_checked_and_picklable(code):
    data = lang.language(code)
    assert data is lang.language(code)  # read once per process
    assert data.code == code
    assert data.cues["verbs"] == lang.frozen(lang.load(code, "cues")["verbs"])
    assert isinstance(data.page["agencies"], tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        data.cues = None  # type: ignore[misc]
    with pytest.raises(TypeError):
        data.numbers["multipliers"]["x"] = 1  # type: ignore[index]
    assert pickle.loads(pickle.dumps(data)) == data


def test_english_coordinator_and_dutch_decimal_comma_come_from_the_typed_object():
    assert lang.language("nl").numbers["format"]["decimal"] == ","
    assert lang.language("en").numbers["format"]["decimal"] == "."
    assert "and" in lang.language("en").sources["conjunctions"]


def test_unknown_language_is_refused():
    from claimtrack.errors import UnsupportedLanguage

    with pytest.raises(UnsupportedLanguage):
        lang.language("xx")

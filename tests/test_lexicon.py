"""The package data files: they load, agree with each other, and a malformed
entry is an error naming the file, the entry and the allowed keys."""

from __future__ import annotations

import pytest

from kzkr_extract import lexicon
from kzkr_extract.lexicon import LexiconError, _check_keys


def test_data_files_load_and_agree():
    countries = lexicon.countries()
    assert {"Kazakhstan", "South Korea", "Uzbekistan"} <= set(countries)
    for city in lexicon.cities().values():
        assert city.country in countries
    for person in lexicon.people().values():
        assert person.country in countries
    assert lexicon.cities()["Astana"].country == "Kazakhstan"
    assert "Nur-Sultan" in lexicon.cities()["Astana"].aliases
    assert lexicon.currencies().by_code["KZT"].symbols
    assert lexicon.calendar().months["sept"] == 9


def test_unknown_key_lists_the_allowed_ones():
    with pytest.raises(LexiconError, match=r"data/cities.json: cities\[3\]: unknown key\(s\) \['contry'\]; allowed: "
                                           r"\['aliases', 'country', 'name'\]"):
        _check_keys("cities.json", "cities[3]", {"name": "X", "aliases": [], "country": "Y", "contry": "Y"},
                    {"name", "aliases", "country"}, set())


def test_missing_key_is_named():
    with pytest.raises(LexiconError, match=r"missing key\(s\) \['aliases'\]"):
        _check_keys("cities.json", "cities[0]", {"name": "X"}, {"name", "aliases"}, set())


def test_unknown_country_is_named(monkeypatch):
    lexicon.countries()  # the real countries, loaded before cities.json is replaced
    monkeypatch.setattr(lexicon, "_load", lambda name: {"version": 1, "cities": [
        {"name": "Atlantis", "aliases": ["Atlantis"], "country": "Lemuria"}]})
    lexicon.cities.cache_clear()
    try:
        with pytest.raises(LexiconError, match=r"cities\[0\]: country 'Lemuria' is not in countries.json"):
            lexicon.cities()
    finally:
        monkeypatch.undo()
        lexicon.cities.cache_clear()

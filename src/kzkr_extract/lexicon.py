"""The package's data files, loaded once and validated on load.

Gazetteers (countries, cities, leaders, titles), currencies and calendar words
are data, not code: extend them by editing ``src/kzkr_extract/data/*.json``.
A key the loader does not know is an error that lists the allowed keys, so a
typo in a data file fails loudly instead of being ignored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Mapping


class LexiconError(ValueError):
    """A data file is malformed; the message names the file and the entry."""


def _load(name: str) -> dict[str, Any]:
    path = resources.files("kzkr_extract") / "data" / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise LexiconError(f"data/{name}: cannot read: {exc}") from exc
    if not isinstance(data, dict) or data.get("version") != 1:
        raise LexiconError(f"data/{name}: expected an object with \"version\": 1")
    return data


def _check_keys(name: str, where: str, entry: Mapping[str, Any], required: set[str], optional: set[str]) -> None:
    if not isinstance(entry, Mapping):
        raise LexiconError(f"data/{name}: {where}: expected an object")
    missing = required - set(entry)
    unknown = set(entry) - required - optional
    if missing:
        raise LexiconError(f"data/{name}: {where}: missing key(s) {sorted(missing)}")
    if unknown:
        raise LexiconError(
            f"data/{name}: {where}: unknown key(s) {sorted(unknown)}; "
            f"allowed: {sorted(required | optional)}"
        )


def _entries(name: str, list_key: str, required: set[str], optional: set[str]):
    """``(where, entry)`` for each entry of a data file holding one list under
    ``list_key``, every entry's keys checked."""
    data = _load(name)
    _check_keys(name, "top level", data, {"version", list_key}, set())
    for n, entry in enumerate(data[list_key]):
        where = f"{list_key}[{n}]"
        _check_keys(name, where, entry, required, optional)
        yield where, entry


def _check_country(name: str, where: str, country: str, known: Mapping[str, object]) -> None:
    if country not in known:
        raise LexiconError(f"data/{name}: {where}: country {country!r} is not in countries.json")


# --------------------------------------------------------------------------- calendar
@dataclass(frozen=True)
class Calendar:
    months: Mapping[str, int]            # spelling -> 1..12
    ambiguous_months: frozenset[str]     # need a day/year/preposition to count
    weekdays: Mapping[str, int]          # spelling -> 0 (Monday)..6
    ambiguous_weekdays: frozenset[str]
    seasons: Mapping[str, str]           # spelling -> SP/SU/FA/WI
    number_words: Mapping[str, int | None]
    ordinal_words: Mapping[str, int]
    decade_words: Mapping[str, int]
    #: ``(lowercase words, rule)``, longest spelling first; the rule is
    #: ``(month, day)`` or ``(month, nth, weekday)``.
    holidays: tuple[tuple[tuple[str, ...], tuple[int, ...]], ...] = ()


def _holiday_words(spelling: str) -> set[tuple[str, ...]]:
    """``New Year's Day`` -> its piece sequences, with either apostrophe."""
    from .lexer import _cut_token

    out = set()
    for apostrophe in ("'", "’"):
        words = []
        for part in spelling.replace("'", apostrophe).split():
            words.extend(piece[4] for piece in _cut_token(part))
        out.add(tuple(words))
    return out


@lru_cache(maxsize=None)
def calendar() -> Calendar:
    name = "calendar.json"
    data = _load(name)
    _check_keys(name, "top level", data, {"version", "months", "weekdays", "seasons", "number_words"},
                {"ambiguous_months", "ambiguous_weekdays", "ordinal_words", "decade_words", "holidays",
                 "note_holidays"})
    holidays = []
    for n, entry in enumerate(data.get("holidays", ())):
        _check_keys(name, f"holidays[{n}]", entry, {"name", "spellings", "month"}, {"day", "nth", "weekday", "note"})
        if "day" in entry:
            rule: tuple[int, ...] = (entry["month"], entry["day"])
        elif "nth" in entry and "weekday" in entry:
            rule = (entry["month"], entry["nth"], entry["weekday"])
        else:
            raise LexiconError(f"data/{name}: holidays[{n}]: give \"day\" or \"nth\" and \"weekday\"")
        for spelling in entry["spellings"]:
            holidays.extend((words, rule) for words in _holiday_words(spelling))
    holidays.sort(key=lambda item: -len(item[0]))

    def invert(table: Mapping[str, list[str]], cast) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, spellings in table.items():
            for spelling in spellings:
                if spelling in out:
                    raise LexiconError(f"data/{name}: {spelling!r} is listed twice")
                out[spelling] = cast(key)
        return out

    return Calendar(
        months=invert(data["months"], int),
        ambiguous_months=frozenset(data.get("ambiguous_months", ())),
        weekdays=invert(data["weekdays"], int),
        ambiguous_weekdays=frozenset(data.get("ambiguous_weekdays", ())),
        seasons=invert(data["seasons"], str),
        number_words=dict(data["number_words"]),
        ordinal_words=dict(data.get("ordinal_words", {})),
        decade_words=dict(data.get("decade_words", {})),
        holidays=tuple(holidays),
    )


# --------------------------------------------------------------------------- currencies
@dataclass(frozen=True)
class Currency:
    code: str
    symbols: tuple[str, ...]
    names: tuple[str, ...]
    #: Names that are also common words ("pounds" of weight, "sum") count only
    #: after a scale word ("5 million pounds").
    names_needing_scale: tuple[str, ...] = ()
    #: True when every name of the currency needs a scale word.
    name_needs_scale: bool = False


@dataclass(frozen=True)
class Currencies:
    by_code: Mapping[str, Currency]
    scales: Mapping[str, int]


@lru_cache(maxsize=None)
def currencies() -> Currencies:
    name = "currencies.json"
    data = _load(name)
    _check_keys(name, "top level", data, {"version", "currencies", "scales"}, set())
    by_code: dict[str, Currency] = {}
    for n, entry in enumerate(data["currencies"]):
        where = f"currencies[{n}]"
        _check_keys(name, where, entry, {"code", "symbols", "names"},
                    {"name_needs_scale", "names_needing_scale", "name_needs_number", "ambiguous", "note"})
        code = entry["code"]
        if code in by_code:
            raise LexiconError(f"data/{name}: {where}: code {code!r} listed twice")
        by_code[code] = Currency(code=code, symbols=tuple(entry["symbols"]), names=tuple(entry["names"]),
                                 names_needing_scale=tuple(entry.get("names_needing_scale", ())),
                                 name_needs_scale=bool(entry.get("name_needs_scale", False)))
    scales = {}
    for word, factor in data["scales"].items():
        if not isinstance(factor, (int, float)) or factor <= 0:
            raise LexiconError(f"data/{name}: scales[{word!r}]: expected a positive number")
        scales[word.lower()] = int(factor)
    return Currencies(by_code=by_code, scales=scales)


# --------------------------------------------------------------------------- places
@dataclass(frozen=True)
class Country:
    name: str
    aliases: tuple[str, ...]
    demonyms: tuple[str, ...]
    #: The capital's entry name in cities.json: "the Kazakh capital" is Astana.
    capital: str | None = None


@dataclass(frozen=True)
class City:
    name: str
    aliases: tuple[str, ...]
    country: str
    #: Aliases that are also names of people or other things ("Washington",
    #: "Akmola" the region): they count as the city only right after a visit
    #: verb or "in"/"to".
    ambiguous_aliases: tuple[str, ...] = ()


@lru_cache(maxsize=None)
def countries() -> Mapping[str, Country]:
    out: dict[str, Country] = {}
    for _, entry in _entries("countries.json", "countries", {"name", "aliases"},
                             {"demonyms", "ambiguous", "code", "note", "capital"}):
        out[entry["name"]] = Country(entry["name"], tuple(entry["aliases"]), tuple(entry.get("demonyms", ())),
                                     entry.get("capital"))
    return out


@lru_cache(maxsize=None)
def cities() -> Mapping[str, City]:
    name = "cities.json"
    known = countries()
    out: dict[str, City] = {}
    for where, entry in _entries(name, "cities", {"name", "aliases", "country"}, {"ambiguous_aliases", "note"}):
        _check_country(name, where, entry["country"], known)
        ambiguous = tuple(entry.get("ambiguous_aliases", ()))
        stray = [a for a in ambiguous if a not in entry["aliases"]]
        if stray:
            raise LexiconError(f"data/{name}: {where}: ambiguous_aliases {stray} are not among its aliases")
        out[entry["name"]] = City(entry["name"], tuple(entry["aliases"]), entry["country"], ambiguous)
    for country in known.values():
        if country.capital is not None and country.capital not in out:
            raise LexiconError(f"data/countries.json: {country.name}: capital {country.capital!r} is not in {name}")
    return out


# --------------------------------------------------------------------------- people
@dataclass(frozen=True)
class Role:
    title: str
    start: str | None
    end: str | None


@dataclass(frozen=True)
class Person:
    name: str
    aliases: tuple[str, ...]
    country: str
    roles: tuple[Role, ...]


@dataclass(frozen=True)
class Title:
    title: str
    aliases: tuple[str, ...]
    rank: str


@lru_cache(maxsize=None)
def people() -> Mapping[str, Person]:
    name = "leaders.json"
    known = countries()
    out: dict[str, Person] = {}
    for where, entry in _entries(name, "people", {"name", "aliases", "country"}, {"roles", "note"}):
        _check_country(name, where, entry["country"], known)
        roles = []
        for m, role in enumerate(entry.get("roles", ())):
            _check_keys(name, f"{where}.roles[{m}]", role, {"title"}, {"from", "to", "note"})
            roles.append(Role(role["title"], role.get("from"), role.get("to")))
        out[entry["name"]] = Person(entry["name"], tuple(entry["aliases"]), entry["country"], tuple(roles))
    return out


@lru_cache(maxsize=None)
def titles() -> tuple[Title, ...]:
    out = []
    for _, entry in _entries("titles.json", "titles", {"title", "aliases"}, {"rank", "note"}):
        out.append(Title(entry["title"], tuple(entry["aliases"]), entry.get("rank", "other")))
    return tuple(out)

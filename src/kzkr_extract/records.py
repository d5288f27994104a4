"""Fact records: the contract of ``facts-v1`` as small frozen types.

Every record keeps the raw text of its mention next to its normalised value.
``to_dict`` writes the spec's JSON form; ``record_from_dict`` reads it back and
validates it, naming the offending field, so that gold files and prediction
files are checked the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import lru_cache
from typing import Any, Mapping, Union

FACT_TYPES = ("date", "money", "percent", "visit")
DATE_MODS = ("EARLY", "MID", "LATE", "APPROX")
QUALIFIERS = ("approx", "over", "under")
PERCENT_UNITS = ("percent", "percentage_point")
VISIT_TYPES = ("state", "official", "working")
VISIT_STATUSES = ("occurred", "planned")

_POINT = (
    r"[0-9X]{4}"
    r"(?:-(?:[0-9X]{2}(?:-[0-9X]{2})?|Q[1-4X]|H[12X]|SP|SU|FA|WI|W[0-9X]{2}))?"
)
#: The value grammar of the spec (points, decades ``193X``, centuries ``19XX``
#: are all four characters of digits and X), and intervals of two points.
DATE_VALUE_RE = re.compile(rf"{_POINT}(?:/{_POINT})?")
_CURRENCY_RE = re.compile(r"[A-Z]{3}")


class SchemaError(ValueError):
    """A record does not follow facts-v1; the message names the field."""


@dataclass(frozen=True)
class Fact:
    doc_id: str
    start: int
    end: int
    text: str

    type = "fact"  # overridden per subclass; not a dataclass field

    def to_dict(self) -> dict[str, Any]:
        # Field by field rather than dataclasses.asdict, which deep-copies
        # every value: serialising records was a third of the extraction cost.
        out = {"doc_id": self.doc_id, "type": self.type}
        for name in _field_names(type(self))[1:]:
            out[name] = getattr(self, name)
        return out

    @property
    def key(self) -> tuple:
        """A sort key: document order, then type."""
        return (self.doc_id, self.start, self.end, self.type)


@dataclass(frozen=True)
class DateFact(Fact):
    value: str | None = None
    mod: str | None = None
    type = "date"


@dataclass(frozen=True)
class MoneyFact(Fact):
    value: float = 0.0
    value_max: float | None = None
    currency: str = "USD"
    qualifier: str | None = None
    type = "money"


@dataclass(frozen=True)
class PercentFact(Fact):
    value: float = 0.0
    value_max: float | None = None
    unit: str = "percent"
    qualifier: str | None = None
    type = "percent"


@dataclass(frozen=True)
class VisitFact(Fact):
    visitor: str = ""
    visitor_country: str | None = None
    destination_country: str = ""
    destination_city: str | None = None
    value: str | None = None
    visit_type: str | None = None
    status: str = "occurred"
    count: int = 1
    #: Where the record comes from: the sentence of its main trigger and the
    #: offsets of every merged mention. An addition to facts-v1 (consumers that
    #: only know the spec ignore it); never compared by the evaluator.
    evidence: Mapping[str, Any] | None = field(default=None, compare=False)
    type = "visit"

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        evidence = out.pop("evidence", None)
        if evidence is not None:
            # A copy: the dict is the caller's to change, the record stays frozen.
            out["evidence"] = {k: [list(m) for m in v] if k == "mentions" else v for k, v in evidence.items()}
        return out


@lru_cache(maxsize=None)
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


AnyFact = Union[DateFact, MoneyFact, PercentFact, VisitFact]
FACT_CLASSES: Mapping[str, type] = {
    "date": DateFact,
    "money": MoneyFact,
    "percent": PercentFact,
    "visit": VisitFact,
}


def _check(cond: bool, name: str, problem: str) -> None:
    if not cond:
        raise SchemaError(f"field {name!r}: {problem}")


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _optional(value: Any, allowed: tuple) -> bool:
    return value is None or value in allowed


def record_from_dict(data: Mapping[str, Any]) -> AnyFact:
    """Validate one facts-v1 record and return it as a frozen fact.

    Raises :class:`SchemaError` naming the first field that is wrong.
    """
    if not isinstance(data, Mapping):
        raise SchemaError(f"a record must be a JSON object, got {type(data).__name__}")
    fact_type = data.get("type")
    _check(fact_type in FACT_TYPES, "type", f"{fact_type!r} is not one of {list(FACT_TYPES)}")
    cls = FACT_CLASSES[fact_type]
    allowed = {f.name for f in fields(cls)} | {"type"}
    unknown = set(data) - allowed
    _check(not unknown, sorted(unknown)[0] if unknown else "",
           f"unknown for type {fact_type!r}; allowed: {sorted(allowed)}")
    for name in ("doc_id", "text"):
        _check(isinstance(data.get(name), str), name, "must be a string")
    for name in ("start", "end"):
        value = data.get(name)
        _check(isinstance(value, int) and not isinstance(value, bool) and value >= 0,
               name, "must be a non-negative integer")
    _check(data["end"] >= data["start"], "end", "must not be before start")

    if fact_type == "date":
        value = data.get("value")
        _check(value is None or (isinstance(value, str) and DATE_VALUE_RE.fullmatch(value)),
               "value", f"{value!r} is not in the date grammar")
        _check(_optional(data.get("mod"), DATE_MODS), "mod", f"must be one of {list(DATE_MODS)} or null")
    elif fact_type in ("money", "percent"):
        _check(_is_number(data.get("value")), "value", "must be a number")
        vmax = data.get("value_max")
        _check(vmax is None or _is_number(vmax), "value_max", "must be a number or null")
        _check(_optional(data.get("qualifier"), QUALIFIERS), "qualifier",
               f"must be one of {list(QUALIFIERS)} or null")
        if fact_type == "money":
            cur = data.get("currency")
            _check(isinstance(cur, str) and bool(_CURRENCY_RE.fullmatch(cur)), "currency",
                   "must be a three-letter ISO 4217 code")
        else:
            _check(data.get("unit") in PERCENT_UNITS, "unit", f"must be one of {list(PERCENT_UNITS)}")
    else:
        for name in ("visitor", "destination_country"):
            _check(isinstance(data.get(name), str) and data.get(name) != "", name,
                   "must be a non-empty string")
        for name in ("visitor_country", "destination_city"):
            _check(data.get(name) is None or isinstance(data.get(name), str), name,
                   "must be a string or null")
        value = data.get("value")
        _check(value is None or (isinstance(value, str) and DATE_VALUE_RE.fullmatch(value)),
               "value", f"{value!r} is not in the date grammar")
        _check(_optional(data.get("visit_type"), VISIT_TYPES), "visit_type",
               f"must be one of {list(VISIT_TYPES)} or null")
        _check(data.get("status") in VISIT_STATUSES, "status", f"must be one of {list(VISIT_STATUSES)}")
        count = data.get("count", 1)
        _check(isinstance(count, int) and not isinstance(count, bool) and count >= 1,
               "count", "must be an integer >= 1")
    kwargs = {k: v for k, v in data.items() if k != "type"}
    return cls(**kwargs)

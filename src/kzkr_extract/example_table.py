"""The shape of the per-type example tables (Duckling-style corpora).

Each fact package (``dates``, ``money``, ``percent``, ``visits``) keeps an
``examples.py`` beside its rules with a list ``EXAMPLES`` of :class:`Example`.
An example is a real-looking piece of text and *every* mention of that type the
extractor must find in it, in order of appearance, each with its normalised
fields. An example with no expected mention is a negative: nothing of that type
may be found in it. ``tests/test_example_tables.py`` runs every table.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Mapping

#: The reference date examples are resolved against unless they say otherwise.
#: A Wednesday, so that weekday rules are exercised in both directions.
REFERENCE_DATE = "2024-06-12"


@dataclass(frozen=True)
class Expect:
    """One expected mention: its exact text and the normalised fields to check.

    Fields left out take the type's defaults (see ``DEFAULT_FIELDS``).
    """

    text: str
    fields: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Example:
    text: str
    expected: tuple[Expect, ...] = ()
    published: str | None = REFERENCE_DATE
    #: Where the phrasing comes from (e.g. "Yonhap", "Wikipedia", "negative:
    #: duration"): tables are grouped by source the way price-parser's are.
    source: str = ""
    #: Why the example is a known gap; the test marks it xfail(strict=True).
    xfail: str | None = None


def ex(
    text: str,
    *expected: tuple[str, Mapping[str, Any]] | str,
    published: str | None = REFERENCE_DATE,
    source: str = "",
    xfail: str | None = None,
) -> Example:
    """Shorthand used by the tables: ``ex(text, (span, {fields}), ...)``.

    A bare string stands for a span whose fields are all defaults.
    """
    items = []
    for item in expected:
        if isinstance(item, str):
            items.append(Expect(item))
        else:
            span, fields = item
            items.append(Expect(span, dict(fields)))
    return Example(text, tuple(items), published=published, source=source, xfail=xfail)


#: The normalised fields compared per type, with the value a field takes when an
#: ``Expect`` leaves it out (``...`` = must be given).
DEFAULT_FIELDS: Mapping[str, Mapping[str, Any]] = {
    "date": {"value": ..., "mod": None},
    "money": {"value": ..., "value_max": None, "currency": ..., "qualifier": None},
    "percent": {"value": ..., "value_max": None, "unit": "percent", "qualifier": None},
    "visit": {
        "visitor": ...,
        "visitor_country": ...,
        "destination_country": ...,
        "destination_city": None,
        "value": None,
        "visit_type": None,
        "status": "occurred",
        "count": 1,
    },
}


def expected_fields(fact_type: str, expect: Expect) -> dict[str, Any]:
    """The full set of compared fields for ``expect``, defaults filled in."""
    defaults = DEFAULT_FIELDS[fact_type]
    unknown = set(expect.fields) - set(defaults)
    if unknown:
        raise ValueError(
            f"example {expect.text!r}: unknown field(s) {sorted(unknown)} for "
            f"type {fact_type!r}; allowed: {sorted(defaults)}"
        )
    out = {}
    for name, default in defaults.items():
        if name in expect.fields:
            out[name] = expect.fields[name]
        elif default is ...:
            raise ValueError(f"example {expect.text!r}: field {name!r} is required")
        else:
            out[name] = default
    return out

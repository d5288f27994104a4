"""spaCy components: ``kzkr_dates``, ``kzkr_money``, ``kzkr_percent``, ``kzkr_visits``.

Registered with ``@Language.factory`` and through the ``spacy_factories`` entry
point, so ``nlp.add_pipe("kzkr_dates")`` works in any English pipeline once the
package is installed. Each component writes

- ``doc.spans["kzkr_<type>"]``: the mentions as token-aligned spans (a mention
  ending inside a token, like ``30%`` in ``30%-stake``, is widened to it;
  setting ``spans = false`` skips them when only the records are wanted), and
- ``doc._.kzkr_facts``: the facts-v1 records with exact character offsets.

The document creation time is read from ``doc._.kzkr_published`` (set it
before the pipeline runs, e.g. with ``nlp.pipe(..., as_tuples=True)`` or
:func:`kzkr_extract.pipeline.make_doc`), falling back on the component's
``published`` setting. spaCy imports this module whenever it builds any
pipeline, so it stays light: rules and data load when a component is made.
"""

from __future__ import annotations

from typing import Any, Callable

from spacy.language import Language
from spacy.tokens import Doc

SPAN_KEYS = {"date": "kzkr_dates", "money": "kzkr_money", "percent": "kzkr_percent", "visit": "kzkr_visits"}


def register_extensions() -> None:
    """Register the ``Doc`` extensions once (guarded; called by every component)."""
    if not Doc.has_extension("kzkr_facts"):
        Doc.set_extension("kzkr_facts", default=None)
    if not Doc.has_extension("kzkr_published"):
        Doc.set_extension("kzkr_published", default=None)
    if not Doc.has_extension("kzkr_doc_id"):
        Doc.set_extension("kzkr_doc_id", default=None)
    if not Doc.has_extension("kzkr_text"):
        # The text the Doc was made from (set by pipeline.make_doc): Doc.text
        # rebuilds it token by token, which costs more than tokenising.
        Doc.set_extension("kzkr_text", default=None)


class FactComponent:
    """Runs one extractor over a ``Doc`` and stores its facts on it."""

    def __init__(self, name: str, fact_type: str, extract: Callable[..., list], published: str | None,
                 spans: bool = True) -> None:
        register_extensions()
        self.name = name
        self.fact_type = fact_type
        self._extract = extract
        self.published = published
        #: Write ``doc.spans[...]`` (a ``Span`` per fact). The batch code, which
        #: only keeps the records, turns this off: building the spans cost a
        #: tenth of the extraction.
        self.spans = spans

    def __call__(self, doc: Doc) -> Doc:
        ext = doc._  # one Underscore object per call: each ``doc._`` builds a new one
        published = ext.kzkr_published
        if published is None:
            published = self.published
        doc_id = ext.kzkr_doc_id
        if doc_id is None:
            doc_id = "-"
        facts = self._extract(doc, doc_id=doc_id, published=published)
        existing = ext.kzkr_facts
        ext.kzkr_facts = (list(existing) if existing else []) + facts
        if not self.spans:
            return doc
        spans = []
        for fact in facts:
            span = doc.char_span(fact.start, fact.end, label=self.fact_type, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEYS[self.fact_type]] = spans
        return doc


def _flag(name: str, **given: Any) -> bool:
    """The one boolean setting in ``given``, checked (a config file could say "yes")."""
    (key, value), = given.items()
    if not isinstance(value, bool):
        raise ValueError(f"{name}: setting {key!r} must be true or false, got {value!r}")
    return value


def _settings_error(name: str, **given: Any) -> None:
    for key, value in given.items():
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{name}: setting {key!r} must be a string or null, got {value!r}")


@Language.factory("kzkr_dates", default_config={"published": None, "spans": True})
def make_date_component(nlp: Language, name: str, *, published: str | None, spans: bool) -> FactComponent:
    """Date mentions; ``published`` (YYYY-MM-DD) resolves relative dates when the
    ``Doc`` carries none."""
    from .dates.calendar_math import Reference
    from .extractors import DateExtractor

    _settings_error(name, published=published)
    Reference.parse(published)  # a bad setting fails when the pipeline is built
    return FactComponent(name, "date", DateExtractor(), published, _flag(name, spans=spans))


@Language.factory("kzkr_money", default_config={"spans": True})
def make_money_component(nlp: Language, name: str, *, spans: bool) -> FactComponent:
    """Monetary amounts with ISO currency, ranges and qualifiers."""
    from .extractors import MoneyExtractor

    return FactComponent(name, "money", MoneyExtractor(), None, _flag(name, spans=spans))


@Language.factory("kzkr_percent", default_config={"spans": True})
def make_percent_component(nlp: Language, name: str, *, spans: bool) -> FactComponent:
    """Percentages and percentage points."""
    from .extractors import PercentExtractor

    return FactComponent(name, "percent", PercentExtractor(), None, _flag(name, spans=spans))


@Language.factory("kzkr_visits", default_config={"published": None, "spans": True})
def make_visit_component(nlp: Language, name: str, *, published: str | None, spans: bool) -> FactComponent:
    """Visits (needs ``kzkr_dates`` before it to date the trips)."""
    from .dates.calendar_math import Reference
    from .extractors import VisitExtractor

    _settings_error(name, published=published)
    Reference.parse(published)
    return FactComponent(name, "visit", VisitExtractor(nlp), published, _flag(name, spans=spans))

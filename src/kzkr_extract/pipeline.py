"""Building the spaCy pipeline and running it over texts.

``make_nlp()`` is ``spacy.blank("en")`` plus the four kzkr components; pass your
own English pipeline to ``make_nlp(nlp=...)`` to add them to it instead.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Sequence

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from .components import SPAN_KEYS, register_extensions
from .records import FACT_TYPES, AnyFact

COMPONENT_FOR_TYPE = dict(SPAN_KEYS)
#: Documents longer than this are still read (the rules are linear); spaCy's own
#: limit exists for the parser and NER, which a blank pipeline does not run.
MAX_LENGTH = 50_000_000


def _check_types(types: Iterable[str] | None) -> tuple[str, ...]:
    if types is None:
        return FACT_TYPES
    types = tuple(types)
    unknown = [t for t in types if t not in FACT_TYPES]
    if unknown:
        raise ValueError(f"unknown fact type(s) {unknown}; choose from {list(FACT_TYPES)}")
    return tuple(t for t in FACT_TYPES if t in types)


def make_nlp(types: Iterable[str] | None = None, nlp: Language | None = None, *, spans: bool = True) -> Language:
    """A pipeline that extracts the given fact types (default: all four).

    Visits need dates: asking for ``visit`` adds ``kzkr_dates`` too. With
    ``spans=False`` the components leave ``doc.spans`` alone and only store the
    records in ``doc._.kzkr_facts`` (what the batch code uses: faster).
    """
    wanted = _check_types(types)
    if "visit" in wanted and "date" not in wanted:
        wanted = ("date",) + wanted
    if nlp is None:
        nlp = spacy.blank("en")
    nlp.max_length = max(nlp.max_length, MAX_LENGTH)
    register_extensions()
    for fact_type in FACT_TYPES:
        name = COMPONENT_FOR_TYPE[fact_type]
        if fact_type in wanted and name not in nlp.pipe_names:
            nlp.add_pipe(name, config={"spans": spans})
    return nlp


@lru_cache(maxsize=None)
def get_tokenizer_nlp() -> Language:
    """A blank English pipeline for tokenising single strings (normalisers)."""
    nlp = spacy.blank("en")
    nlp.max_length = MAX_LENGTH
    return nlp


@lru_cache(maxsize=8)
def _default_nlp(types: tuple[str, ...]) -> Language:
    # Only the records leave extract_text/extract_texts: no doc.spans.
    return make_nlp(types, spans=False)


def make_doc(nlp: Language, text: str, *, doc_id: str = "-", published: str | None = None) -> Doc:
    register_extensions()
    doc = nlp.make_doc(text)
    doc._.kzkr_doc_id = doc_id
    doc._.kzkr_published = published
    doc._.kzkr_text = text
    return doc


def facts_of(doc: Doc, types: Sequence[str] | None = None) -> list[AnyFact]:
    """The records a pipeline left on ``doc``, in document order."""
    facts = doc._.kzkr_facts or []
    if types is not None:
        facts = [f for f in facts if f.type in types]
    return sorted(facts, key=lambda f: (f.start, f.end, FACT_TYPES.index(f.type)))


def extract_text(
    text: str,
    published: str | None = None,
    *,
    doc_id: str = "-",
    types: Iterable[str] | None = None,
    nlp: Language | None = None,
) -> list[AnyFact]:
    """All facts of one text, e.g. ``extract_text("Trade hit $6bn in 2023.")``.

    ``published`` (``YYYY-MM-DD``) resolves relative dates; ``types`` limits the
    fact types; ``nlp`` is a pipeline from :func:`make_nlp` to reuse.
    """
    wanted = _check_types(types)
    pipeline = nlp if nlp is not None else _default_nlp(wanted)
    doc = make_doc(pipeline, text, doc_id=doc_id, published=published)
    for _, component in pipeline.pipeline:
        doc = component(doc)
    return facts_of(doc, wanted)


def extract_texts(
    items: Iterable[tuple[str, str, str | None]],
    *,
    types: Iterable[str] | None = None,
    nlp: Language | None = None,
    batch_size: int = 64,
) -> Iterator[tuple[str, list[AnyFact]]]:
    """Stream ``(doc_id, text, published)`` in, ``(doc_id, facts)`` out."""
    wanted = _check_types(types)
    pipeline = nlp if nlp is not None else _default_nlp(wanted)

    def docs() -> Iterator[Doc]:
        for doc_id, text, published in items:
            yield make_doc(pipeline, text, doc_id=doc_id, published=published)

    for doc in pipeline.pipe(docs(), batch_size=batch_size):
        yield doc._.kzkr_doc_id, facts_of(doc, wanted)

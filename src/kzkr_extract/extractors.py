"""One extractor per fact type: from a ``Doc`` to facts-v1 records.

Each extractor finds its anchor tokens (vectorised), cuts only the text around
them into pieces, and runs its grammar there; see :mod:`kzkr_extract.lexer`.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from .dates import DateGrammar, Reference, date_anchor_spec
from .lexer import AnchorFinder, Pieces, pieces_for_ranges
from .records import DateFact, MoneyFact, PercentFact, VisitFact


@lru_cache(maxsize=4096)
def _parse_reference(published: str | None) -> Reference:
    return Reference.parse(published)


def _reference(published: str | None) -> Reference:
    return _parse_reference(published) if isinstance(published, str) or published is None else published


class DateExtractor:
    fact_type = "date"

    def __init__(self) -> None:
        self.grammar = DateGrammar()
        self.finder = AnchorFinder(date_anchor_spec())

    def pieces(self, doc: Doc) -> Pieces:
        return pieces_for_ranges(doc, self.finder.ranges(doc))

    def __call__(self, doc: Doc, *, doc_id: str = "-", published: str | Reference | None = None) -> list[DateFact]:
        ref = _reference(published)
        pieces = self.pieces(doc)
        text = pieces.doc_text
        out = []
        for hit in self.grammar.find(pieces, ref):
            start, end = pieces.start[hit.first], pieces.end[hit.last]
            out.append(DateFact(doc_id=doc_id, start=start, end=end, text=text[start:end],
                                value=hit.value, mod=hit.mod))
        return out


class MoneyExtractor:
    fact_type = "money"

    def __init__(self) -> None:
        from .money import MoneyGrammar, money_anchor_spec

        self.grammar = MoneyGrammar()
        self.finder = AnchorFinder(money_anchor_spec())

    def __call__(self, doc: Doc, *, doc_id: str = "-", published=None) -> list[MoneyFact]:
        pieces = pieces_for_ranges(doc, self.finder.ranges(doc))
        text = pieces.doc_text
        out = []
        for hit in self.grammar.find(pieces):
            start, end = pieces.start[hit.first], pieces.end[hit.last]
            out.append(MoneyFact(doc_id=doc_id, start=start, end=end, text=text[start:end],
                                 value=hit.value, value_max=hit.value_max, currency=hit.currency,
                                 qualifier=hit.qualifier))
        return out


class PercentExtractor:
    fact_type = "percent"

    def __init__(self) -> None:
        from .percent import PercentGrammar, percent_anchor_spec

        self.grammar = PercentGrammar()
        self.finder = AnchorFinder(percent_anchor_spec())

    def __call__(self, doc: Doc, *, doc_id: str = "-", published=None) -> list[PercentFact]:
        pieces = pieces_for_ranges(doc, self.finder.ranges(doc))
        text = pieces.doc_text
        out = []
        for hit in self.grammar.find(pieces):
            start, end = pieces.start[hit.first], pieces.end[hit.last]
            out.append(PercentFact(doc_id=doc_id, start=start, end=end, text=text[start:end],
                                   value=hit.value, value_max=hit.value_max, unit=hit.unit,
                                   qualifier=hit.qualifier))
        return out


class VisitExtractor:
    fact_type = "visit"

    def __init__(self, nlp=None) -> None:
        from .visits import VisitFinder

        # The pipeline's own tokenizer cuts the gazetteer's patterns: no second pipeline.
        self.finder = VisitFinder(nlp)

    def __call__(self, doc: Doc, *, doc_id: str = "-", published=None) -> list[VisitFact]:
        dates = [f for f in (doc._.kzkr_facts or []) if f.type == "date"]
        return self.finder(doc, dates, doc_id=doc_id, ref=_reference(published))

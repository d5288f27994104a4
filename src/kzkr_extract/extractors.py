"""One extractor per fact type: from a ``Doc`` to facts-v1 records.

Each extractor finds its anchor tokens (a cached decision per word), cuts only the text around
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


class GrammarExtractor:
    """Anchors -> pieces -> grammar -> records, for one fact type.

    Subclasses name their record class, the hit fields that become record
    fields, and how to build their grammar and anchor spec.
    """

    fact_type = ""
    fact_class: type = DateFact
    fields: tuple[str, ...] = ()

    def __init__(self, grammar, anchor_spec) -> None:
        self.grammar = grammar
        self.finder = AnchorFinder(anchor_spec)

    def find(self, pieces: Pieces, ref: Reference) -> list:
        return self.grammar.find(pieces)

    def __call__(self, doc: Doc, *, doc_id: str = "-", published: str | Reference | None = None) -> list:
        pieces = pieces_for_ranges(doc, self.finder.ranges(doc))
        text = pieces.doc_text
        out = []
        for hit in self.find(pieces, _reference(published)):
            start, end = pieces.start[hit.first], pieces.end[hit.last]
            fields = {name: getattr(hit, name) for name in self.fields}
            out.append(self.fact_class(doc_id=doc_id, start=start, end=end, text=text[start:end], **fields))
        return out


class DateExtractor(GrammarExtractor):
    fact_type, fact_class, fields = "date", DateFact, ("value", "mod")

    def __init__(self) -> None:
        super().__init__(DateGrammar(), date_anchor_spec())

    def find(self, pieces: Pieces, ref: Reference) -> list:
        return self.grammar.find(pieces, ref)  # relative dates need the reference date


class MoneyExtractor(GrammarExtractor):
    fact_type, fact_class, fields = "money", MoneyFact, ("value", "value_max", "currency", "qualifier")

    def __init__(self) -> None:
        from .money import MoneyGrammar, money_anchor_spec

        super().__init__(MoneyGrammar(), money_anchor_spec())


class PercentExtractor(GrammarExtractor):
    fact_type, fact_class, fields = "percent", PercentFact, ("value", "value_max", "unit", "qualifier")

    def __init__(self) -> None:
        from .percent import PercentGrammar, percent_anchor_spec

        super().__init__(PercentGrammar(), percent_anchor_spec())


class VisitExtractor:
    fact_type = "visit"

    def __init__(self, nlp=None) -> None:
        from .visits import VisitFinder

        # The pipeline's own tokenizer cuts the gazetteer's patterns: no second pipeline.
        self.finder = VisitFinder(nlp)

    def __call__(self, doc: Doc, *, doc_id: str = "-", published=None) -> list[VisitFact]:
        dates = [f for f in (doc._.kzkr_facts or []) if f.type == "date"]
        return self.finder(doc, dates, doc_id=doc_id, ref=_reference(published))

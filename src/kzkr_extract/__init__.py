"""kzkr-extract: dates, visits, money and percentages from news about
Kazakhstan-South Korea relations, with rule-based spaCy components.

>>> from kzkr_extract import extract_text
>>> [(f.type, f.text, f.value) for f in extract_text("Trade hit $6bn in 2023.", types=["money"])]
[('money', '$6bn', 6000000000)]
"""

from .pipeline import extract_text, extract_texts, facts_of, make_doc, make_nlp
from .records import AnyFact, DateFact, MoneyFact, PercentFact, VisitFact, record_from_dict

__version__ = "0.1.0"

__all__ = [
    "AnyFact", "DateFact", "MoneyFact", "PercentFact", "VisitFact",
    "extract_text", "extract_texts", "facts_of", "make_doc", "make_nlp", "record_from_dict",
]

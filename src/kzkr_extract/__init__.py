"""kzkr-extract: dates, visits, money and percentages from news about
Kazakhstan-South Korea relations, with rule-based spaCy components.

>>> from kzkr_extract import extract_text
>>> [(f.type, f.text, f.value) for f in extract_text("Trade hit $6bn in 2023.", types=["money"])]
[('money', '$6bn', 6000000000)]

``extract_corpus`` (a folder in, records out) and ``evaluate`` (gold and
predictions in, a report out) load pandas and the scorer on first use, so that
importing the package stays quick.
"""

from .pipeline import extract_text, extract_texts, facts_of, make_doc, make_nlp
from .records import AnyFact, DateFact, MoneyFact, PercentFact, VisitFact, record_from_dict

__version__ = "0.1.0"

__all__ = [
    "AnyFact", "DateFact", "MoneyFact", "PercentFact", "VisitFact",
    "evaluate", "extract_corpus", "extract_text", "extract_texts", "facts_of", "make_doc", "make_nlp",
    "record_from_dict",
]

_LAZY = {"extract_corpus": ("batch", "extract_corpus"), "evaluate": ("evaluation", "evaluate")}


def __getattr__(name: str):
    if name in _LAZY:
        from importlib import import_module

        module, attr = _LAZY[name]
        return getattr(import_module(f".{module}", __name__), attr)
    raise AttributeError(f"module 'kzkr_extract' has no attribute {name!r}")

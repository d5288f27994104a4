"""Visits: triggers and merging (``finder``), people and places (``mentions``,
``gazetteer``), and the example table (``examples``)."""

from .finder import VisitFinder

__all__ = ["VisitFinder"]

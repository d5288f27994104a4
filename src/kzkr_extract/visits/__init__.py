"""Visits: trigger rules, people and places (``finder``), example table (``examples``)."""

from __future__ import annotations


class VisitFinder:
    """Placeholder until the visit rules land: finds nothing."""

    def __call__(self, doc, dates, *, doc_id="-", ref=None):
        return []

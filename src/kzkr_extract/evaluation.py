"""Score predicted facts against gold facts: the Scoring section of facts-v1.

Mentions (``date``, ``money``, ``percent``)
    Per document and type, a predicted mention matches a gold mention of the
    same type when their spans overlap (share at least one character). Matching
    is one-to-one and greedy: the pair with the largest overlap is taken first;
    ties go to the smaller distance between the starts, then to document order
    (gold start/end, then predicted start/end), so the result is deterministic.

    * ``span``: every match is a true positive.
    * ``value`` (the headline): a match counts only when the normalised fields
      are equal (date: ``value``, ``mod``; money: ``value``, ``value_max``,
      ``currency``; percent: ``value``, ``value_max``, ``unit``). Numbers are
      equal within a relative tolerance of 1e-9. A match with a wrong value is
      both a false positive and a false negative for this metric.
    * ``strict``: a match counts only when the offsets are identical.

Visits
    A predicted record matches a gold record when the visitor names share a
    name token (see :func:`name_tokens`), ``destination_country`` is equal and
    the dates are compatible (see :func:`dates_compatible`). One-to-one and
    greedy: pairs that are exact matches first, then pairs with equal
    ``value``, then document order.

    * ``record`` (the headline): every match counts.
    * ``exact``: a match counts only when ``value``, ``status``,
      ``visit_type``, ``destination_city`` and ``count`` are also equal.

Aggregation
    Counts (tp/fp/fn) are summed over documents (micro-average) per type and
    metric; precision, recall and F1 are computed from the sums and are 0.0
    when undefined (the counts are always reported next to them).
    **Overall** is one figure, ``scores["overall"]["headline"]``: the sum of the
    per-type counts of each type's headline metric -- ``value`` for date,
    money and percent, ``record`` for visit.

    Every document that has gold (even an empty gold list) is scored; when it
    has no predictions all its gold facts are false negatives. Predictions for
    documents without gold are not counted; their ids are listed in
    ``unscored_documents``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from bisect import bisect_left
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence, Union

from .jsonl import InputProblem, read_gold_dir, write_text_atomic
from .records import FACT_TYPES, Fact, record_from_dict

__all__ = [
    "MENTION_TYPES",
    "METRICS",
    "HEADLINE_METRIC",
    "COMPARED_FIELDS",
    "Score",
    "ErrorItem",
    "EvaluationReport",
    "evaluate",
    "evaluate_paths",
    "match_spans",
    "match_visits",
    "span_overlap",
    "fields_differing",
    "numbers_equal",
    "name_tokens",
    "year_range",
    "dates_compatible",
    "visits_match",
]

MENTION_TYPES = ("date", "money", "percent")
#: The metrics of each type, in report order.
METRICS: Mapping[str, tuple[str, ...]] = {
    "date": ("span", "value", "strict"),
    "money": ("span", "value", "strict"),
    "percent": ("span", "value", "strict"),
    "visit": ("record", "exact"),
}
#: The metric of each type that enters the overall figure.
HEADLINE_METRIC: Mapping[str, str] = {
    "date": "value", "money": "value", "percent": "value", "visit": "record",
}
#: The fields compared by the ``value`` metric (mentions) / ``exact`` (visits).
COMPARED_FIELDS: Mapping[str, tuple[str, ...]] = {
    "date": ("value", "mod"),
    "money": ("value", "value_max", "currency"),
    "percent": ("value", "value_max", "unit"),
    "visit": ("value", "status", "visit_type", "destination_city", "count"),
}
#: Fields shown in error lists (compared fields plus what identifies a visit).
_SHOWN_FIELDS: Mapping[str, tuple[str, ...]] = {
    "date": ("value", "mod"),
    "money": ("value", "value_max", "currency", "qualifier"),
    "percent": ("value", "value_max", "unit", "qualifier"),
    "visit": ("visitor", "destination_country", "destination_city", "value",
              "visit_type", "status", "count"),
}
_NUMERIC_FIELDS = frozenset({"value", "value_max"})
REL_TOL = 1e-9

#: Error kinds, in report order. ``boundary`` marks a match whose value is
#: right but whose offsets differ (an error for the ``strict`` metric only).
ERROR_KINDS = ("false_negative", "false_positive", "wrong_value", "not_exact", "boundary")

FactLike = Union[Fact, Mapping[str, Any]]
FactsInput = Union[Mapping[str, Iterable[FactLike]], Iterable[FactLike]]


# --------------------------------------------------------------------- scores

@dataclass(frozen=True)
class Score:
    """True positives, false positives and false negatives of one metric."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def gold(self) -> int:
        return self.tp + self.fn

    @property
    def predicted(self) -> int:
        return self.tp + self.fp

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        # 2PR/(P+R) == 2tp/(2tp+fp+fn); the count form avoids rounding.
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else 0.0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "gold": self.gold, "predicted": self.predicted,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
        }


# ------------------------------------------------------------------- matching

def span_overlap(a: Any, b: Any) -> int:
    """Number of characters shared by two objects with ``start``/``end``."""
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _greedy_pairs(candidates: list[tuple]) -> list[tuple[int, int]]:
    """One-to-one pairs, best candidate first: each candidate is a tuple whose
    leading items rank it and whose last two are the gold and predicted index."""
    candidates.sort()
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for *_, gi, pi in candidates:
        if gi in used_gold or pi in used_pred:
            continue
        used_gold.add(gi)
        used_pred.add(pi)
        pairs.append((gi, pi))
    return sorted(pairs)


def match_spans(gold: Sequence[Any], pred: Sequence[Any]) -> list[tuple[int, int]]:
    """One-to-one greedy matching of overlapping spans.

    ``gold`` and ``pred`` are sequences of objects with ``start`` and ``end``
    (any type; the caller filters by fact type). Candidate pairs are the pairs
    that share at least one character; they are taken greedily by largest
    overlap, then smaller ``|gold.start - pred.start|``, then document order.
    Returns ``(gold_index, pred_index)`` pairs sorted by gold index.
    """
    order = sorted(range(len(pred)), key=lambda i: (pred[i].start, pred[i].end, i))
    starts = [pred[i].start for i in order]
    candidates = []
    for gi, g in enumerate(gold):
        # predictions starting before g.end; keep those ending after g.start
        for k in range(bisect_left(starts, g.end)):
            pi = order[k]
            p = pred[pi]
            overlap = span_overlap(g, p)
            if overlap > 0:
                candidates.append((
                    -overlap, abs(g.start - p.start),
                    g.start, g.end, p.start, p.end, gi, pi,
                ))
    return _greedy_pairs(candidates)


def numbers_equal(a: Any, b: Any) -> bool:
    """Equal numbers within a relative tolerance of 1e-9 (``None`` only
    equals ``None``)."""
    if a is None or b is None:
        return a is None and b is None
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=0.0)
    return a == b


def fields_differing(fact_type: str, gold: Any, pred: Any) -> tuple[str, ...]:
    """The compared fields (:data:`COMPARED_FIELDS`) whose values differ."""
    out = []
    for name in COMPARED_FIELDS[fact_type]:
        a, b = getattr(gold, name, None), getattr(pred, name, None)
        same = numbers_equal(a, b) if name in _NUMERIC_FIELDS and fact_type != "visit" else a == b
        if not same:
            out.append(name)
    return tuple(out)


_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015"
_HYPHEN_RE = re.compile(rf"[-{_DASHES}]+")
_EDGE_PUNCT = ".,;:'\"()[]"


def name_tokens(name: str | None) -> frozenset[str]:
    """The tokens of a person's name, for visit matching.

    Case-, hyphen- and space-insensitive: the name is lowercased (casefold)
    and split on whitespace and hyphens/dashes; a hyphenated part also gives
    its joined form, so "Jae-in", "Jae In" and "Jaein" all meet on some token
    ("Moon Jae-In" -> {moon, jae, in, jaein}). Surrounding punctuation is
    stripped and one-letter tokens (initials) are ignored.
    """
    tokens: set[str] = set()
    for part in (name or "").casefold().split():
        part = part.strip(_EDGE_PUNCT)
        pieces = [p.strip(_EDGE_PUNCT) for p in _HYPHEN_RE.split(part)]
        pieces = [p for p in pieces if p]
        tokens.update(pieces)
        if len(pieces) > 1:
            tokens.add("".join(pieces))
    return frozenset(t for t in tokens if len(t) > 1)


_YEAR_RE = re.compile(r"[0-9X]{4}")


def year_range(value: str | None) -> tuple[int, int] | None:
    """The years a date value can fall in, as an inclusive ``(first, last)``.

    ``"2021-08-16/2021-08-17"`` -> (2021, 2021); ``"199X"`` -> (1990, 1999);
    ``"19XX"`` -> (1900, 1999); ``"XXXX"`` -> (0, 9999); ``None`` -> ``None``.
    """
    if value is None:
        return None
    firsts, lasts = [], []
    for point in value.split("/"):
        year = point[:4]
        if not _YEAR_RE.fullmatch(year):
            return (0, 9999)
        firsts.append(int(year.replace("X", "0")))
        lasts.append(int(year.replace("X", "9")))
    return (min(firsts), max(lasts))


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, or either is ``None``, or the year ranges overlap."""
    if a == b or a is None or b is None:
        return True
    ra, rb = year_range(a), year_range(b)
    return ra[0] <= rb[1] and rb[0] <= ra[1]


def visits_match(gold: Any, pred: Any) -> bool:
    """Whether a predicted visit record can match a gold one (record F1)."""
    return (
        bool(name_tokens(gold.visitor) & name_tokens(pred.visitor))
        and gold.destination_country == pred.destination_country
        and dates_compatible(gold.value, pred.value)
    )


def match_visits(gold: Sequence[Any], pred: Sequence[Any]) -> list[tuple[int, int]]:
    """One-to-one greedy matching of visit records.

    Among the pairs that satisfy :func:`visits_match`, exact pairs come first,
    then pairs with equal ``value``, then document order. Returns
    ``(gold_index, pred_index)`` pairs sorted by gold index.
    """
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if visits_match(g, p):
                exact = not fields_differing("visit", g, p)
                candidates.append((
                    not exact, g.value != p.value,
                    g.start, g.end, p.start, p.end, gi, pi,
                ))
    return _greedy_pairs(candidates)


# --------------------------------------------------------------------- errors

def _fields_of(fact: Fact | None, fact_type: str) -> dict[str, Any] | None:
    if fact is None:
        return None
    return {name: getattr(fact, name, None) for name in _SHOWN_FIELDS[fact_type]}


@dataclass(frozen=True)
class ErrorItem:
    """One error: a false negative (``pred`` is None), a false positive
    (``gold`` is None), a match with a wrong value (``wrong_value``, mentions),
    a visit match that is not exact (``not_exact``), or a mention match with
    the right value but different offsets (``boundary``, strict metric only).
    ``differs`` names the compared fields that differ."""

    doc_id: str
    type: str
    kind: str
    gold: Fact | None = None
    pred: Fact | None = None
    differs: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return (self.gold or self.pred).start

    @property
    def end(self) -> int:
        return (self.gold or self.pred).end

    @property
    def text(self) -> str:
        return (self.gold or self.pred).text

    @property
    def expected(self) -> dict[str, Any] | None:
        return _fields_of(self.gold, self.type)

    @property
    def predicted(self) -> dict[str, Any] | None:
        return _fields_of(self.pred, self.type)

    @property
    def sort_key(self) -> tuple:
        return (self.doc_id, FACT_TYPES.index(self.type), self.start, self.end,
                ERROR_KINDS.index(self.kind))

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc_id": self.doc_id,
            "type": self.type,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "gold_span": [self.gold.start, self.gold.end] if self.gold else None,
            "gold_text": self.gold.text if self.gold else None,
            "pred_span": [self.pred.start, self.pred.end] if self.pred else None,
            "pred_text": self.pred.text if self.pred else None,
            "expected": self.expected,
            "predicted": self.predicted,
            "differs": list(self.differs),
        }


# ---------------------------------------------------------------- the report

TypeScores = Mapping[str, Mapping[str, Score]]


@dataclass(frozen=True)
class EvaluationReport:
    """The result of :func:`evaluate`.

    ``scores[type][metric]`` is a :class:`Score` for every type of
    :data:`METRICS`, plus ``scores["overall"]["headline"]``.
    ``per_document[doc_id]`` has the same shape (only when asked for).
    """

    scores: TypeScores
    errors: tuple[ErrorItem, ...]
    documents: tuple[str, ...]
    unscored_documents: tuple[str, ...] = ()
    per_document: Mapping[str, TypeScores] | None = None
    input_problems: tuple[InputProblem, ...] = ()

    @property
    def overall(self) -> Score:
        return self.scores["overall"]["headline"]

    def score(self, fact_type: str, metric: str | None = None) -> Score:
        """``scores[fact_type][metric]``; the type's headline metric by default."""
        if fact_type == "overall":
            return self.overall
        return self.scores[fact_type][metric or HEADLINE_METRIC[fact_type]]

    # -- JSON
    def to_dict(self) -> dict[str, Any]:
        def scores_dict(scores: TypeScores) -> dict[str, Any]:
            return {t: {m: s.to_dict() for m, s in ms.items()} for t, ms in scores.items()}

        return {
            "format": "kzkr-extract evaluation v1",
            "headline_metric": dict(HEADLINE_METRIC),
            "overall_definition": (
                "sum of per-type counts of the headline metric: value for "
                "date/money/percent, record for visit; micro-averaged over documents"
            ),
            "documents": list(self.documents),
            "unscored_documents": list(self.unscored_documents),
            "scores": scores_dict(self.scores),
            "errors": [e.to_dict() for e in self.errors],
            "per_document": (
                None if self.per_document is None
                else {d: scores_dict(s) for d, s in self.per_document.items()}
            ),
            "input_problems": [str(p) for p in self.input_problems],
        }

    # -- plain text
    def _rows(self) -> list[list[str]]:
        rows = []
        for fact_type, metrics in METRICS.items():
            for metric in metrics:
                s = self.scores[fact_type][metric]
                mark = "*" if HEADLINE_METRIC[fact_type] == metric else ""
                rows.append([fact_type, metric + mark, str(s.gold), str(s.predicted),
                             str(s.tp), str(s.fp), str(s.fn),
                             f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"])
        s = self.overall
        rows.append(["overall", "headline", str(s.gold), str(s.predicted),
                      str(s.tp), str(s.fp), str(s.fn),
                      f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}"])
        return rows

    _HEADER = ["type", "metric", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1"]

    def format_table(self) -> str:
        """A plain-text table of every type and metric, for the terminal."""
        rows = [self._HEADER] + self._rows()
        widths = [max(len(r[i]) for r in rows) for i in range(len(self._HEADER))]
        lines = []
        for n, row in enumerate(rows):
            cells = [c.ljust(w) if i < 2 else c.rjust(w)
                     for i, (c, w) in enumerate(zip(row, widths))]
            lines.append("  ".join(cells).rstrip())
            if n == 0:
                lines.append("  ".join("-" * w for w in widths))
        lines.append("")
        lines.append("* headline metric of the type; overall = value (date/money/percent) "
                     "+ record (visit) counts. P/R/F1 are 0 when undefined.")
        lines.append(f"documents scored: {len(self.documents)}; errors listed: {len(self.errors)}")
        if self.unscored_documents:
            lines.append("unscored documents (predictions without gold, not counted): "
                         + ", ".join(self.unscored_documents))
        if self.input_problems:
            lines.append(f"input problems: {len(self.input_problems)}")
            lines.extend(f"  {p}" for p in self.input_problems)
        return "\n".join(lines)

    # -- markdown
    def to_markdown(self) -> str:
        """A readable report: summary table, then the errors grouped by type."""
        out = ["# Evaluation report", ""]
        n_gold = sum(self.scores[t][METRICS[t][0]].gold for t in METRICS)
        n_pred = sum(self.scores[t][METRICS[t][0]].predicted for t in METRICS)
        out.append(f"Documents scored: {len(self.documents)}; gold facts: {n_gold}; "
                   f"predicted facts (in scored documents): {n_pred}.")
        if self.unscored_documents:
            out.append("")
            out.append("Unscored documents (predictions but no gold; not counted): "
                       + ", ".join(f"`{d}`" for d in self.unscored_documents) + ".")
        s = self.overall
        out += ["", f"**Overall (headline): F1 {s.f1:.3f}** (P {s.precision:.3f}, "
                    f"R {s.recall:.3f}; tp {s.tp}, fp {s.fp}, fn {s.fn}) -- the sum of "
                    "value counts for date/money/percent and record counts for visit."]
        out += ["", "## Scores", "",
                "| type | metric | gold | predicted | tp | fp | fn | precision | recall | F1 |",
                "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
        for row in self._rows():
            if row[1].endswith("*"):
                row[1] = f"**{row[1][:-1]}** (headline)"
            out.append("| " + " | ".join(row) + " |")
        out += ["", "Micro-averaged over documents. Precision, recall and F1 are 0 "
                    "when undefined (no predictions or no gold); see the counts."]
        if self.input_problems:
            out += ["", f"## Input problems ({len(self.input_problems)})", ""]
            out += [f"- `{_md(str(p))}`" for p in self.input_problems]
        out += ["", f"## Errors ({len(self.errors)})"]
        for fact_type in METRICS:
            items = [e for e in self.errors if e.type == fact_type]
            if not items:
                continue
            counts = ", ".join(
                f"{k.replace('_', ' ')}: {sum(1 for e in items if e.kind == k)}"
                for k in ERROR_KINDS if any(e.kind == k for e in items))
            out += ["", f"### {fact_type} ({len(items)}: {counts})", "",
                    "| document | kind | gold span | gold text | predicted span | "
                    "predicted text | expected | predicted | differs |",
                    "|---|---|---|---|---|---|---|---|---|"]
            for e in items:
                out.append("| " + " | ".join([
                    _md(e.doc_id), e.kind.replace("_", " "),
                    f"{e.gold.start}-{e.gold.end}" if e.gold else "",
                    _md(e.gold.text) if e.gold else "",
                    f"{e.pred.start}-{e.pred.end}" if e.pred else "",
                    _md(e.pred.text) if e.pred else "",
                    _md(_show(e.expected)), _md(_show(e.predicted)),
                    ", ".join(e.differs),
                ]) + " |")
        return "\n".join(out) + "\n"


def _show_value(value: Any) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if value is None:
        return "null"
    return str(value)


def _show(fields: Mapping[str, Any] | None) -> str:
    if fields is None:
        return ""
    return "; ".join(f"{k}={_show_value(v)}" for k, v in fields.items())


def _md(text: str) -> str:
    """Make text safe inside a markdown table cell."""
    return (text.replace("\\", "\\\\").replace("|", "\\|")
            .replace("\r\n", " ").replace("\n", " ").replace("\r", " "))


# ----------------------------------------------------------------- evaluate

def _as_fact(item: FactLike) -> Fact:
    if isinstance(item, Fact):
        return item
    if isinstance(item, Mapping):
        return record_from_dict(item)
    raise TypeError(f"expected a Fact or a record dict, got {type(item).__name__}")


def _group(facts: FactsInput) -> dict[str, list[Fact]]:
    if isinstance(facts, Mapping):
        return {str(doc_id): [_as_fact(f) for f in items] for doc_id, items in facts.items()}
    grouped: dict[str, list[Fact]] = {}
    for item in facts:
        fact = _as_fact(item)
        grouped.setdefault(fact.doc_id, []).append(fact)
    return grouped


def _empty_scores() -> dict[str, dict[str, Score]]:
    return {t: {m: Score() for m in ms} for t, ms in METRICS.items()}


def _score_document(
    doc_id: str, gold: Sequence[Fact], pred: Sequence[Fact]
) -> tuple[dict[str, dict[str, Score]], list[ErrorItem]]:
    scores = _empty_scores()
    errors: list[ErrorItem] = []
    for fact_type in METRICS:
        g = sorted((f for f in gold if f.type == fact_type), key=lambda f: (f.start, f.end))
        p = sorted((f for f in pred if f.type == fact_type), key=lambda f: (f.start, f.end))
        if not g and not p:
            continue
        if fact_type == "visit":
            pairs = match_visits(g, p)
        else:
            pairs = match_spans(g, p)
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        n_correct = 0  # value (mentions) / exact (visits)
        n_strict = 0
        for gi, pi in pairs:
            differs = fields_differing(fact_type, g[gi], p[pi])
            same_offsets = (g[gi].start, g[gi].end) == (p[pi].start, p[pi].end)
            n_correct += not differs
            n_strict += same_offsets
            if differs:
                kind = "not_exact" if fact_type == "visit" else "wrong_value"
                errors.append(ErrorItem(doc_id, fact_type, kind, g[gi], p[pi], differs))
            elif not same_offsets and fact_type != "visit":
                errors.append(ErrorItem(doc_id, fact_type, "boundary", g[gi], p[pi]))
        for gi, fact in enumerate(g):
            if gi not in matched_g:
                errors.append(ErrorItem(doc_id, fact_type, "false_negative", gold=fact))
        for pi, fact in enumerate(p):
            if pi not in matched_p:
                errors.append(ErrorItem(doc_id, fact_type, "false_positive", pred=fact))

        def score(tp: int) -> Score:
            return Score(tp=tp, fp=len(p) - tp, fn=len(g) - tp)

        if fact_type == "visit":
            scores[fact_type] = {"record": score(len(pairs)), "exact": score(n_correct)}
        else:
            scores[fact_type] = {"span": score(len(pairs)), "value": score(n_correct),
                                 "strict": score(n_strict)}
    return scores, errors


def _with_overall(scores: dict[str, dict[str, Score]]) -> dict[str, dict[str, Score]]:
    total = Score()
    for fact_type, metric in HEADLINE_METRIC.items():
        total = total + scores[fact_type][metric]
    scores["overall"] = {"headline": total}
    return scores


def evaluate(gold: FactsInput, pred: FactsInput, *, per_document: bool = False) -> EvaluationReport:
    """Score ``pred`` against ``gold``.

    Each argument is either a mapping ``doc_id -> list of facts`` (a document
    with an empty list is a document without facts) or a flat iterable of
    facts grouped by their ``doc_id``. Facts may be :class:`Fact` objects or
    facts-v1 dicts (validated with ``record_from_dict``). With a mapping the
    key is the document id.

    Scored documents are those in ``gold``; predictions for other documents
    are only listed in ``unscored_documents``. See the module docstring for
    the metrics and the overall figure.
    """
    gold_docs = _group(gold)
    pred_docs = _group(pred)
    totals = _empty_scores()
    errors: list[ErrorItem] = []
    per_doc: dict[str, TypeScores] = {}
    for doc_id in sorted(gold_docs):
        doc_scores, doc_errors = _score_document(doc_id, gold_docs[doc_id], pred_docs.get(doc_id, []))
        errors.extend(doc_errors)
        for fact_type, metrics in doc_scores.items():
            for metric, s in metrics.items():
                totals[fact_type][metric] = totals[fact_type][metric] + s
        if per_document:
            per_doc[doc_id] = _with_overall(doc_scores)
    errors.sort(key=lambda e: e.sort_key)
    return EvaluationReport(
        scores=_with_overall(totals),
        errors=tuple(errors),
        documents=tuple(sorted(gold_docs)),
        unscored_documents=tuple(sorted(d for d in pred_docs if d not in gold_docs)),
        per_document=per_doc if per_document else None,
    )


def evaluate_paths(
    gold_path: str | Path,
    pred_path: str | Path,
    *,
    per_document: bool = False,
    out_dir: str | Path | None = None,
) -> tuple[EvaluationReport, list[InputProblem]]:
    """Read gold and predictions (a folder of ``<doc_id>.jsonl`` or one
    ``.jsonl`` file each, see :func:`~kzkr_extract.jsonl.read_gold_dir`),
    evaluate, and return the report with the input problems found (also
    recorded in ``report.input_problems``). Bad lines are skipped, not fatal.

    With ``out_dir``, writes ``evaluation.json`` and ``evaluation.md`` there
    (the folder is created; each file is written atomically).
    """
    gold, gold_problems = read_gold_dir(gold_path)
    pred, pred_problems = read_gold_dir(pred_path)
    problems = gold_problems + pred_problems
    report = evaluate(gold, pred, per_document=per_document)
    report = replace(report, input_problems=tuple(problems))
    if out_dir is not None:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        write_text_atomic(out / "evaluation.json",
                          json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n")
        write_text_atomic(out / "evaluation.md", report.to_markdown())
    return report, problems


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m kzkr_extract.evaluation GOLD PRED [--out DIR] [--per-document]``.

    Prints the table; exits 1 when an input had problems, else 0.
    """
    parser = argparse.ArgumentParser(prog="python -m kzkr_extract.evaluation",
                                     description="Score facts-v1 predictions against gold.")
    parser.add_argument("gold", help="gold folder of <doc_id>.jsonl, or one .jsonl file")
    parser.add_argument("pred", help="predictions: folder of <doc_id>.jsonl, or one .jsonl file")
    parser.add_argument("--out", help="write evaluation.json and evaluation.md here")
    parser.add_argument("--per-document", action="store_true", help="include per-document scores")
    args = parser.parse_args(argv)
    report, problems = evaluate_paths(args.gold, args.pred,
                                      per_document=args.per_document, out_dir=args.out)
    print(report.format_table())
    return 1 if problems else 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

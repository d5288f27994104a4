#!/usr/bin/env python
"""TempEval-3 date benchmark: the date extractor on real newswire.

Reads the TimeML files of the TempEval-3 training corpus (TimeBank + AQUAINT,
kept outside the repo in ``../shared/data/tempeval3-train``), runs
``kzkr_extract.extract_text(text, published=DCT, types=("date",))`` on the
text of every document and scores the predicted dates against the TIMEX3
annotations of type DATE.

What is scored (the "DATE track")
* Gold: TIMEX3 ``type="DATE"`` inside ``<TEXT>`` whose value, after the
  conversions below, is in the facts-v1 date grammar. ``PRESENT_REF``,
  ``PAST_REF``, ``FUTURE_REF``, durations written as DATE (``P1W``) and dates
  with a time of day (``2000-01-05TEV``) are *skipped*.
* Conversions from TimeML to facts-v1: decade ``199`` -> ``199X``; century
  ``19`` -> ``19XX``; one-digit weeks ``2000-W7`` -> ``2000-W07``; a weekend
  ``1990-W32-WE`` -> the Saturday/Sunday interval of that ISO week; trailing
  unknown month/day parts after a known year are dropped (``1994-XX-XX`` ->
  ``1994``, ``1998-10-XX`` -> ``1998-10``: facts-v1 writes a value at the
  precision known). ``mod``: ``START`` -> ``EARLY``, ``END`` -> ``LATE``,
  ``MID`` and ``APPROX`` as is; other TimeML mods (``BEFORE``, ``ON_OR_AFTER``,
  ``EQUAL_OR_LESS`` ...) have no facts-v1 counterpart and become ``null``.
* Matching: one-to-one by span overlap, greedy by largest overlap, with
  :func:`kzkr_extract.evaluation.match_spans` (the project's own scorer).
* A prediction that matches no scored DATE but overlaps a TIME, DURATION or
  SET timex or a skipped DATE is *ignored* (neither right nor wrong): TimeML and
  facts-v1 disagree about those expressions, not the extractor.
* Figures: span (every match), strict (identical offsets; TimeML spans keep
  determiners such as "the 1990s", facts-v1 spans do not, so strict is low by
  design), value (equal ``value``) and value+mod (equal ``value`` and
  ``mod``). P/R/F1 are micro-averaged over documents.

Output: a summary on stdout and the full error list (missed, spurious and
wrong-value dates, with context) in ``outputs/tempeval_errors.md``.

Usage::

    python benchmarks/tempeval.py [--data PATH] [--limit N] [--errors FILE] [--dry-run]

``--dry-run`` uses the gold dates (and every TIME/DURATION/SET/skipped
timex, which must be ignored) as predictions: a self-test of the reading and
scoring that must print 1.000 everywhere.
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = (REPO_ROOT / ".." / "shared" / "data" / "tempeval3-train").resolve()
DEFAULT_ERRORS = REPO_ROOT / "outputs" / "tempeval_errors.md"

try:  # the installed package; fall back to the source tree
    from kzkr_extract.evaluation import Score, match_spans, span_overlap
    from kzkr_extract.jsonl import write_text_atomic
    from kzkr_extract.records import DATE_VALUE_RE
except ImportError:  # pragma: no cover
    sys.path.insert(0, str(REPO_ROOT / "src"))
    from kzkr_extract.evaluation import Score, match_spans, span_overlap
    from kzkr_extract.jsonl import write_text_atomic
    from kzkr_extract.records import DATE_VALUE_RE

METRICS = ("span", "strict", "value", "value+mod")
MOD_MAP = {"START": "EARLY", "END": "LATE", "MID": "MID", "APPROX": "APPROX"}


# ------------------------------------------------------------------ reading

@dataclass(frozen=True)
class Timex:
    """One TIMEX3 of the text, with offsets into the tag-stripped text.

    ``value``/``mod`` are the facts-v1 forms (``value`` is None when the
    timex is not a scored calendar DATE); ``raw_value``/``raw_mod`` are
    TimeML's."""

    tid: str
    type: str
    start: int
    end: int
    text: str
    raw_value: str
    raw_mod: str | None
    value: str | None
    mod: str | None

    @property
    def scored(self) -> bool:
        return self.type == "DATE" and self.value is not None


@dataclass(frozen=True)
class Document:
    doc_id: str
    text: str
    dct: str
    timexes: tuple[Timex, ...]

    @property
    def gold(self) -> list[Timex]:
        return [t for t in self.timexes if t.scored]

    @property
    def excluded(self) -> list[Timex]:
        return [t for t in self.timexes if not t.scored]


@dataclass(frozen=True)
class Prediction:
    start: int
    end: int
    text: str
    value: str | None
    mod: str | None


def convert_value(raw: str) -> str | None:
    """TimeML DATE value -> facts-v1 value, or None when it is not a calendar
    value facts-v1 can write (PRESENT_REF, P1W, 2000-01-05TEV, ...)."""
    v = raw.strip()
    if re.fullmatch(r"\d{3}", v):                     # decade: 199 -> 199X
        v += "X"
    elif re.fullmatch(r"\d{2}", v):                   # century: 19 -> 19XX
        v += "XX"
    m = re.fullmatch(r"(\d{4})-W(\d)", v)             # 2000-W7 -> 2000-W07
    if m:
        v = f"{m.group(1)}-W0{m.group(2)}"
    m = re.fullmatch(r"(\d{4})-W(\d{2})-WE", v)       # weekend of an ISO week
    if m:
        try:
            sat = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6)
        except ValueError:
            return None
        v = f"{sat.isoformat()}/{(sat + dt.timedelta(days=1)).isoformat()}"
    m = re.fullmatch(r"([0-9X]{3}[0-9](?:-\d{2})?|\d{3}X)(?:-XX)+", v)  # 1994-XX-XX -> 1994
    if m:
        v = m.group(1)
    return v if DATE_VALUE_RE.fullmatch(v) else None


def convert_mod(raw: str | None) -> str | None:
    return MOD_MAP.get(raw) if raw else None


def _flatten(elem: ET.Element, parts: list[str], found: list, pos: int) -> int:
    start = pos
    if elem.text:
        parts.append(elem.text)
        pos += len(elem.text)
    for child in elem:
        pos = _flatten(child, parts, found, pos)
        if child.tail:
            parts.append(child.tail)
            pos += len(child.tail)
    if elem.tag == "TIMEX3":
        found.append((start, pos, elem.attrib))
    return pos


def read_tml(path: Path, doc_id: str) -> Document:
    """Parse one TimeML file: TEXT with tags stripped, its TIMEX3s, the DCT."""
    root = ET.parse(path).getroot()
    text_elem = root.find("TEXT")
    if text_elem is None:
        raise ValueError(f"{path}: no TEXT element")
    parts: list[str] = []
    found: list = []
    _flatten(text_elem, parts, found, 0)
    text = "".join(parts)
    dct = ""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            dct = timex.get("value", "")
            break
    timexes = []
    for start, end, attrib in sorted(found, key=lambda f: (f[0], f[1])):
        ttype = attrib.get("type", "")
        raw_value = attrib.get("value", "")
        value = convert_value(raw_value) if ttype == "DATE" else None
        timexes.append(Timex(
            tid=attrib.get("tid", ""), type=ttype, start=start, end=end,
            text=text[start:end], raw_value=raw_value, raw_mod=attrib.get("mod"),
            value=value, mod=convert_mod(attrib.get("mod")),
        ))
    return Document(doc_id, text, dct, tuple(timexes))


def find_documents(data: Path) -> list[Path]:
    return sorted(data.rglob("*.tml"), key=lambda p: p.relative_to(data).as_posix())


# ------------------------------------------------------------------ scoring

@dataclass
class DocResult:
    doc: Document
    preds: list[Prediction]
    pairs: list[tuple[int, int]]        # (gold index, pred index) into doc.gold / preds
    ignored: list[int]                  # pred indices not counted
    spurious: list[int]                 # pred indices counted as false positives


def score_document(doc: Document, preds: Sequence[Prediction]) -> DocResult:
    gold = doc.gold
    pairs = match_spans(gold, preds)
    matched = {pi for _, pi in pairs}
    excluded = doc.excluded
    ignored, spurious = [], []
    for pi, p in enumerate(preds):
        if pi in matched:
            continue
        if any(span_overlap(p, t) > 0 for t in excluded):
            ignored.append(pi)
        else:
            spurious.append(pi)
    return DocResult(doc, list(preds), pairs, ignored, spurious)


def totals(results: Iterable[DocResult]) -> dict[str, Score]:
    out = {m: Score() for m in METRICS}
    for r in results:
        gold = r.doc.gold
        n_gold = len(gold)
        n_pred = len(r.pairs) + len(r.spurious)
        tp = {"span": len(r.pairs), "strict": 0, "value": 0, "value+mod": 0}
        for gi, pi in r.pairs:
            g, p = gold[gi], r.preds[pi]
            tp["strict"] += (g.start, g.end) == (p.start, p.end)
            tp["value"] += g.value == p.value
            tp["value+mod"] += g.value == p.value and g.mod == p.mod
        for m in METRICS:
            out[m] = out[m] + Score(tp[m], n_pred - tp[m], n_gold - tp[m])
    return out


# --------------------------------------------------------- error classes

_MONTH = (r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
          r"aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?")
_WEEKDAY = r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\b"
_RELATIVE = r"\b(?:this|last|next|past|coming|previous|current|that|same|the|a|latest|recent|following)\b"
_DECADE_WORDS = r"\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"

SHAPES: list[tuple[str, re.Pattern]] = [
    ("N units ago", re.compile(r"\bago\b")),
    ("today/yesterday/tomorrow", re.compile(r"\b(?:today|yesterday|tomorrow|tonight)\b")),
    ("holiday", re.compile(r"\b(?:thanksgiving|christmas|easter|new year'?s|election day|"
                           r"independence day|memorial day|labor day|ramadan)\b")),
    ("quarter", re.compile(r"\bquarter|\bq[1-4]\b")),
    ("half year", re.compile(r"\bhalf\b")),
    ("season", re.compile(r"\b(?:spring|summer|fall|autumn|winter)\b")),
    ("weekend", re.compile(r"\bweekend\b")),
    ("decade", re.compile(rf"\d0'?s\b|'\d0s\b|{_DECADE_WORDS}|\bdecade\b")),
    ("century", re.compile(r"\bcentury\b")),
    ("fiscal year", re.compile(r"\bfiscal\b")),
    ("month-day-year", re.compile(
        rf"(?:{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:\d{{4}}|'\d\d)"
        rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s*\d{{4}})")),
    ("month-day", re.compile(
        rf"{_MONTH}\s*\d{{1,2}}(?:st|nd|rd|th)?\b|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}")),
    ("weekday", re.compile(_WEEKDAY)),
    ("month-year", re.compile(rf"{_MONTH},?\s*(?:of\s+)?(?:\d{{4}}|'\d\d)")),
    ("month", re.compile(_MONTH)),
    ("numeric date", re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b")),
    ("relative week", re.compile(rf"{_RELATIVE}\s+(?:\w+\s+)?week\b|\bweek\b")),
    ("relative month", re.compile(rf"{_RELATIVE}\s+(?:\w+\s+)?month\b|\bmonth\b")),
    ("spelled-out year", re.compile(r"\bnineteen\b|\btwo thousand\b")),
    ("year (with words)", re.compile(r"[a-z].*\b\d{4}\b|\b\d{4}\b.*[a-z]")),
    ("year", re.compile(r"\b\d{4}\b|'\d\d\b")),
    ("relative year", re.compile(rf"{_RELATIVE}\s+(?:\w+\s+)?year\b|\byear\b")),
    ("relative day", re.compile(r"\bday\b")),
]


def shape_of(text: str) -> str:
    """A coarse class of a date expression's form, for the error breakdown."""
    low = " ".join(text.lower().split())
    for name, pattern in SHAPES:
        if pattern.search(low):
            return name
    return "other"


# ----------------------------------------------------------------- reports

def _fmt(s: Score) -> str:
    return (f"P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}  "
            f"(tp {s.tp}, fp {s.fp}, fn {s.fn})")


def breakdown(results: Sequence[DocResult]) -> tuple[list[list], list[list]]:
    """Per gold shape: gold, found, value right, wrong value, missed; and the
    spurious predictions per predicted shape."""
    gold_rows: dict[str, Counter] = {}
    fp_rows: Counter = Counter()
    for r in results:
        gold = r.doc.gold
        by_gold = {gi: pi for gi, pi in r.pairs}
        for gi, g in enumerate(gold):
            c = gold_rows.setdefault(shape_of(g.text), Counter())
            c["gold"] += 1
            if gi in by_gold:
                c["found"] += 1
                p = r.preds[by_gold[gi]]
                c["value ok" if p.value == g.value else "wrong value"] += 1
            else:
                c["missed"] += 1
        for pi in r.spurious:
            fp_rows[shape_of(r.preds[pi].text)] += 1
    rows = []
    for shape, c in sorted(gold_rows.items(), key=lambda kv: (-kv[1]["gold"], kv[0])):
        rows.append([shape, c["gold"], c["found"], c["value ok"], c["wrong value"], c["missed"],
                     c["value ok"] / c["gold"] if c["gold"] else 0.0])
    fps = [[shape, n] for shape, n in sorted(fp_rows.items(), key=lambda kv: (-kv[1], kv[0]))]
    return rows, fps


def _context(text: str, start: int, end: int, width: int = 60) -> str:
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return " ".join(f"{left}⟦{text[start:end]}⟧{right}".split())


def _md(s: Any) -> str:
    return str(s).replace("|", "\\|").replace("\n", " ")


def _val(value: str | None, mod: str | None) -> str:
    if value is None:
        return "null"
    return f"{value} {mod}" if mod else value


def summary_text(results: Sequence[DocResult], scores: dict[str, Score], seconds: float,
                 mode: str) -> str:
    n_gold = sum(len(r.doc.gold) for r in results)
    n_skipped = sum(1 for r in results for t in r.doc.timexes if t.type == "DATE" and not t.scored)
    n_other = sum(1 for r in results for t in r.doc.timexes if t.type != "DATE")
    n_pred = sum(len(r.preds) for r in results)
    n_ignored = sum(len(r.ignored) for r in results)
    lines = [
        f"TempEval-3 DATE track ({mode}): {len(results)} documents, "
        f"{n_gold} scored gold DATEs ({n_skipped} DATEs skipped, {n_other} TIME/DURATION/SET)",
        f"predictions: {n_pred} ({n_ignored} ignored: overlap a non-scored timex)  "
        f"time: {seconds:.1f}s",
    ]
    for m in METRICS:
        lines.append(f"  {m:<10} {_fmt(scores[m])}")
    rows, fps = breakdown(results)
    lines.append("")
    lines.append("by gold shape: gold / found / value ok / wrong value / missed / value recall")
    for shape, g, f, ok, wrong, missed, rec in rows:
        lines.append(f"  {shape:<26} {g:>5} {f:>5} {ok:>5} {wrong:>5} {missed:>5}   {rec:.3f}")
    if fps:
        lines.append("spurious predictions by shape: "
                     + ", ".join(f"{shape} {n}" for shape, n in fps))
    return "\n".join(lines)


def errors_markdown(results: Sequence[DocResult], scores: dict[str, Score], summary: str) -> str:
    out = ["# TempEval-3 DATE track: errors", "",
           "Generated by `benchmarks/tempeval.py`; see `benchmarks/README.md` for "
           "what is scored. ⟦…⟧ marks the mention in its context.", "",
           "```", summary, "```", ""]
    wrong, missed, spurious = [], [], []
    for r in results:
        gold, text, doc_id = r.doc.gold, r.doc.text, r.doc.doc_id
        for gi, pi in r.pairs:
            g, p = gold[gi], r.preds[pi]
            if g.value != p.value or g.mod != p.mod:
                wrong.append([doc_id, shape_of(g.text), g.text, _val(g.value, g.mod), g.raw_value,
                              p.text, _val(p.value, p.mod), _context(text, g.start, g.end)])
        matched = {gi for gi, _ in r.pairs}
        for gi, g in enumerate(gold):
            if gi not in matched:
                missed.append([doc_id, shape_of(g.text), g.text, _val(g.value, g.mod),
                               g.raw_value, _context(text, g.start, g.end)])
        for pi in r.spurious:
            p = r.preds[pi]
            spurious.append([doc_id, shape_of(p.text), p.text, _val(p.value, p.mod),
                             _context(text, p.start, p.end)])

    def table(title: str, header: list[str], rows: list[list], note: str = "") -> None:
        out.extend([f"## {title} ({len(rows)})", ""])
        if note:
            out.extend([note, ""])
        if not rows:
            out.extend(["None.", ""])
            return
        out.append("| " + " | ".join(header) + " |")
        out.append("|" + "---|" * len(header))
        for row in sorted(rows, key=lambda r: (r[1], r[0])):
            out.append("| " + " | ".join(_md(c) for c in row) + " |")
        out.append("")

    table("Wrong value or mod", ["document", "shape", "gold text", "expected", "TimeML value",
                                 "predicted text", "predicted", "context"], wrong,
          "Matched by overlap; value or mod differ (a mod-only difference counts against "
          "value+mod, not value).")
    table("Missed (false negatives)", ["document", "shape", "gold text", "expected",
                                       "TimeML value", "context"], missed)
    table("Spurious (false positives)", ["document", "shape", "predicted text", "predicted",
                                         "context"], spurious)
    return "\n".join(out)


# --------------------------------------------------------------------- main

def predict(doc: Document, extract) -> list[Prediction]:
    facts = extract(doc.text, published=doc.dct[:10] or None, types=("date",))
    preds = []
    for f in facts:
        if getattr(f, "type", "date") != "date":
            continue
        preds.append(Prediction(f.start, f.end, f.text, f.value, getattr(f, "mod", None)))
    return preds


def dry_run_predictions(doc: Document) -> list[Prediction]:
    """Gold as prediction, plus every non-scored timex (which must be ignored)."""
    preds = [Prediction(t.start, t.end, t.text, t.value, t.mod) for t in doc.gold]
    preds += [Prediction(t.start, t.end, t.text, t.raw_value, None) for t in doc.excluded]
    return sorted(preds, key=lambda p: (p.start, p.end))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA,
                        help=f"folder with the .tml files (default: {DEFAULT_DATA})")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N documents")
    parser.add_argument("--errors", type=Path, default=DEFAULT_ERRORS,
                        help=f"where to write the error list (default: {DEFAULT_ERRORS})")
    parser.add_argument("--dry-run", action="store_true",
                        help="use the gold timexes as predictions (tests reading and scoring)")
    args = parser.parse_args(argv)

    data = args.data.resolve()
    paths = find_documents(data) if data.is_dir() else []
    if not paths:
        print(f"no .tml files under {data}", file=sys.stderr)
        return 2
    if args.limit is not None:
        paths = paths[: max(0, args.limit)]

    extract = None
    if not args.dry_run:
        try:
            from kzkr_extract import extract_text as extract
        except ImportError as exc:
            print(f"cannot import kzkr_extract.extract_text ({exc}); "
                  "use --dry-run to test the scorer", file=sys.stderr)
            return 2

    results = []
    began = time.perf_counter()
    for path in paths:
        doc_id = path.relative_to(data).with_suffix("").as_posix()
        try:
            doc = read_tml(path, doc_id)
        except (ET.ParseError, ValueError) as exc:
            print(f"skipping {path}: {exc}", file=sys.stderr)
            continue
        preds = dry_run_predictions(doc) if args.dry_run else predict(doc, extract)
        results.append(score_document(doc, preds))
    seconds = time.perf_counter() - began

    scores = totals(results)
    summary = summary_text(results, scores, seconds, "dry run: gold as prediction"
                           if args.dry_run else "kzkr_extract.extract_text")
    print(summary)
    errors_path = args.errors
    errors_path.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(errors_path, errors_markdown(results, scores, summary))
    print(f"\nerrors written to {errors_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Per-type tables (CSV and Parquet) from facts-v1 records, with pandas.

The columns are the record's fields in the spec's order, so a table and the
JSON Lines file say the same thing. Files are written atomically.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import fields
from pathlib import Path
from typing import Iterable, Mapping

import pandas as pd

from .records import FACT_CLASSES, FACT_TYPES

TABLE_NAMES = {"date": "dates", "money": "money", "percent": "percentages", "visit": "visits"}


def columns_for(fact_type: str) -> list[str]:
    names = [f.name for f in fields(FACT_CLASSES[fact_type])]
    return ["doc_id", "type"] + [n for n in names if n != "doc_id"]


def frame(fact_type: str, records: Iterable[Mapping]) -> pd.DataFrame:
    """One type's records as a DataFrame with stable columns and dtypes."""
    cols = columns_for(fact_type)
    rows = []
    for record in records:
        row = {c: record.get(c) for c in cols}
        if "evidence" in row:
            row["evidence"] = json.dumps(row["evidence"], ensure_ascii=False) if row["evidence"] is not None else None
        rows.append(row)
    df = pd.DataFrame(rows, columns=cols)
    for c in ("start", "end"):
        df[c] = df[c].astype("int64")
    if fact_type in ("money", "percent"):
        for c in ("value", "value_max"):
            df[c] = df[c].astype("float64")
    if fact_type == "visit":
        df["count"] = df["count"].astype("int64")
    for c in df.columns:
        if df[c].dtype == object:
            df[c] = df[c].astype("string")
    return df


def _atomic(path: Path, write) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        write(tmp)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_tables(records_by_type: Mapping[str, list[Mapping]], out_dir: Path) -> list[Path]:
    """``dates.csv``/``dates.parquet`` etc.; every type gets a table, empty or not."""
    written = []
    for fact_type in FACT_TYPES:
        df = frame(fact_type, records_by_type.get(fact_type, []))
        base = out_dir / TABLE_NAMES[fact_type]
        _atomic(base.with_suffix(".csv"), lambda tmp: df.to_csv(tmp, index=False))
        _atomic(base.with_suffix(".parquet"), lambda tmp: df.to_parquet(tmp, index=False))
        written += [base.with_suffix(".csv"), base.with_suffix(".parquet")]
    return written

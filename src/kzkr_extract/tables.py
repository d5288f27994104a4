"""Per-type tables (CSV and Parquet) from facts-v1 records, with pandas.

The columns are the record's fields in the spec's order, so a table and the
JSON Lines file say the same thing. Files are written atomically: to a
temporary file beside the target, renamed over it when complete.

:func:`write_tables_from_jsonl` builds the tables from a ``facts.jsonl`` in
chunks of records (a Parquet row group and a block of CSV rows per chunk), so
memory stays flat however large the file is.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterable, Mapping

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

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
    numeric = {"start", "end", "count"} | ({"value", "value_max"} if fact_type in ("money", "percent") else set())
    for c in df.columns:
        if c not in numeric:
            # Always pandas' nullable "string" dtype (a column of nulls included),
            # so every chunk of a table, and every table, has the same dtypes.
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


# ------------------------------------------------------------ streaming tables
#: Records per chunk when building tables from JSON Lines.
CHUNK_RECORDS = 2_000


@lru_cache(maxsize=None)
def arrow_schema(fact_type: str) -> pa.Schema:
    """The Parquet schema of a type's table (the same for every chunk)."""
    return pa.Schema.from_pandas(frame(fact_type, []), preserve_index=False)


def arrow_table(fact_type: str, records: Iterable[Mapping] | pd.DataFrame) -> pa.Table:
    """Records (or their :func:`frame`) as an Arrow table with the type's schema."""
    df = records if isinstance(records, pd.DataFrame) else frame(fact_type, records)
    return pa.Table.from_pandas(df, schema=arrow_schema(fact_type), preserve_index=False)


def _usual_permissions(path: Path | str) -> None:
    # mkstemp creates 0600 files; a finished output gets what open() would give.
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(path, 0o666 & ~umask)


def _temp_beside(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    return Path(tmp)


class _TypeTables:
    """The CSV and Parquet files of one type, written chunk by chunk to temps."""

    def __init__(self, fact_type: str, out_dir: Path) -> None:
        self.fact_type = fact_type
        base = out_dir / TABLE_NAMES[fact_type]
        self.targets = [base.with_suffix(".csv"), base.with_suffix(".parquet")]
        self.temps = [_temp_beside(t) for t in self.targets]
        self._csv: IO[str] = open(self.temps[0], "w", encoding="utf-8", newline="")
        self._parquet = pq.ParquetWriter(self.temps[1], arrow_schema(fact_type))
        self._header = True

    def write(self, records: list[Mapping]) -> None:
        if not records and not self._header:
            return
        df = frame(self.fact_type, records)
        df.to_csv(self._csv, index=False, header=self._header)
        self._header = False
        if records:
            self._parquet.write_table(arrow_table(self.fact_type, df))

    def finish(self) -> list[Path]:
        self.write([])  # an empty table still gets its header
        self._csv.flush()
        os.fsync(self._csv.fileno())
        self._csv.close()
        self._parquet.close()
        for tmp, target in zip(self.temps, self.targets):
            _usual_permissions(tmp)
            os.replace(tmp, target)
        return list(self.targets)

    def abort(self) -> None:
        for closer in (self._csv.close, self._parquet.close):
            try:
                closer()
            except Exception:  # noqa: BLE001 - cleaning up after another error
                pass
        for tmp in self.temps:
            if tmp.exists():
                tmp.unlink()


def write_tables_from_records(records: Iterable[Mapping], out_dir: Path,
                              chunk_records: int = CHUNK_RECORDS) -> list[Path]:
    """Every type's CSV and Parquet table from a stream of record dicts.

    Records are buffered per type ``chunk_records`` at a time; all eight files
    are renamed into place only when every one is complete.
    """
    out_dir = Path(out_dir)
    tables = {t: _TypeTables(t, out_dir) for t in FACT_TYPES}
    buffers: dict[str, list[Mapping]] = {t: [] for t in FACT_TYPES}
    try:
        for record in records:
            buf = buffers[record["type"]]
            buf.append(record)
            if len(buf) >= chunk_records:
                tables[record["type"]].write(buf)
                buf.clear()
        for fact_type in FACT_TYPES:
            tables[fact_type].write(buffers[fact_type])
    except BaseException:
        for table in tables.values():
            table.abort()
        raise
    written: list[Path] = []
    for fact_type in FACT_TYPES:
        written += tables[fact_type].finish()
    return written


def iter_jsonl(path: Path) -> Iterable[dict]:
    """Records of a JSON Lines file written by this package, one at a time."""
    # newline="\n": split on "\n" only (JSON strings may hold U+2028 or a raw
    # "\r" never; json.dumps escapes control characters).
    with open(path, encoding="utf-8", newline="\n") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def write_tables_from_jsonl(facts_path: Path, out_dir: Path,
                            chunk_records: int = CHUNK_RECORDS) -> list[Path]:
    """The per-type tables of a ``facts.jsonl``, built in chunks (flat memory)."""
    return write_tables_from_records(iter_jsonl(Path(facts_path)), Path(out_dir), chunk_records)

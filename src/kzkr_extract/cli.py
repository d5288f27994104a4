"""The command line: ``kzkr-extract extract`` and ``kzkr-extract evaluate``.

Thin by design: it parses arguments and calls library functions that return
data (:func:`kzkr_extract.batch.run_extraction`,
:func:`kzkr_extract.evaluation.evaluate_paths`).

Exit codes: 0 all inputs read; 1 some input was skipped (each problem is
printed with its file and line); 2 the command itself was wrong.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Sequence

from . import __version__
from .records import FACT_TYPES

EXIT_OK, EXIT_SKIPPED, EXIT_USAGE = 0, 1, 2


def _types(value: str) -> list[str]:
    types = [t.strip() for t in value.split(",") if t.strip()]
    unknown = [t for t in types if t not in FACT_TYPES]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown type(s) {unknown}; choose from {','.join(FACT_TYPES)}")
    return types


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {number}")
    return number


def _published(value: str) -> str:
    from .dates.calendar_math import Reference

    try:
        Reference.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kzkr-extract", description=__doc__.split("\n\n")[0])
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="extract facts from a corpus folder, files, or - (stdin)")
    ex.add_argument("inputs", nargs="+", help="corpus folders (*.txt + manifest.csv), .txt files, or -")
    ex.add_argument("-o", "--output", required=True, type=Path, help="output folder")
    ex.add_argument("--types", type=_types, default=None, help="comma-separated subset of " + ",".join(FACT_TYPES))
    ex.add_argument("--published", type=_published, default=None,
                    help="creation date (YYYY-MM-DD) for documents the manifest does not date")
    ex.add_argument("-q", "--quiet", action="store_true", help="print only problems (no progress bar)")
    ex.add_argument("-j", "--jobs", type=_positive, default=None,
                    help="worker processes (default: all cores; 1 = in this process)")
    ex.add_argument("--resume", action="store_true",
                    help="skip documents an earlier (e.g. interrupted) run into the same output folder "
                         "finished, recognised by content hash")
    ex.add_argument("--engine", choices=("local", "dask"), default="local",
                    help="local processes (default) or a Dask cluster (needs kzkr-extract[dask])")
    ex.add_argument("--scheduler", default=None, metavar="ADDRESS",
                    help="with --engine dask: the scheduler, e.g. tcp://host:8786 (default: a local cluster)")
    ex.add_argument("--chunk-size", type=_positive, default=None, metavar="N",
                    help="documents per unit of work sent to a worker (default: 32, or fewer for long documents)")

    ev = sub.add_parser("evaluate", help="score predictions against the gold set")
    ev.add_argument("--gold", required=True, type=Path, help="gold folder (<doc_id>.jsonl files) or one .jsonl")
    ev.add_argument("--pred", required=True, type=Path, help="predicted facts.jsonl")
    ev.add_argument("--per-document", action="store_true", help="also score each document")
    ev.add_argument("--out", type=Path, default=None,
                    help="where to write evaluation.json/.md (default: beside --pred)")
    return parser


def _extract(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    from .parallel import CHUNK_DOCS, available_cores

    jobs = args.jobs if args.jobs is not None else available_cores()
    chunk_docs = args.chunk_size or CHUNK_DOCS
    if args.engine == "dask":
        if args.resume:
            parser.error("--resume works with --engine local only")
        from .dask_engine import DaskUnavailable, run_dask

        try:
            summary = run_dask(args.inputs, args.output, types=args.types, published=args.published,
                               scheduler=args.scheduler, workers=args.jobs, chunk_docs=chunk_docs)
        except DaskUnavailable as exc:
            print(f"kzkr-extract: {exc}", file=sys.stderr)
            return EXIT_USAGE
        written = f"wrote {args.output / 'facts.jsonl'} and {args.output / 'parquet'}/<type>/part-*.parquet"
    else:
        if args.scheduler is not None:
            parser.error("--scheduler needs --engine dask")
        from .batch import StateError, count_documents, run_extraction

        progress = not args.quiet and sys.stderr.isatty()
        try:
            summary = run_extraction(args.inputs, args.output, types=args.types, published=args.published,
                                     jobs=jobs, resume=args.resume, progress=progress,
                                     total=count_documents(args.inputs) if progress else None,
                                     chunk_docs=chunk_docs)
        except StateError as exc:
            print(f"kzkr-extract: {exc}", file=sys.stderr)
            return EXIT_USAGE
        written = f"wrote {args.output / 'facts.jsonl'} and per-type tables"
    if args.quiet:
        for problem in summary.problems:
            print(problem, file=sys.stderr)
    else:
        print(summary.format(), file=sys.stderr)
        print(written, file=sys.stderr)
    return EXIT_OK if summary.ok else EXIT_SKIPPED


def _evaluate(args: argparse.Namespace) -> int:
    from .evaluation import evaluate_paths

    out_dir = args.out if args.out is not None else args.pred.parent
    report, problems = evaluate_paths(args.gold, args.pred, per_document=args.per_document, out_dir=out_dir)
    print(report.format_table())
    print(f"wrote {out_dir / 'evaluation.json'} and {out_dir / 'evaluation.md'}", file=sys.stderr)
    for problem in problems:
        print(problem, file=sys.stderr)
    return EXIT_OK if not problems else EXIT_SKIPPED


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            return _extract(args, parser)
        return _evaluate(args)
    except BrokenPipeError:
        # The reader went away ("kzkr-extract evaluate ... | head"): stop quietly.
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        if args.command == "extract":
            print("interrupted; finished documents are kept in the output folder's .kzkr-state/ "
                  "(run again with --resume to go on); earlier outputs are left as they were", file=sys.stderr)
        else:
            print("interrupted; outputs of finished steps are kept", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())

"""Hostile input: is the cost of every extractor linear in the input?

For each case below, one document of ``--mb`` MB and one of twice that size are
extracted (all four types, in one process, alternating sizes ``--repeats``
times and keeping the fastest run of each, since CPU time on a shared machine
moves with its neighbours) and the seconds per MB are printed; the cost is
"linear" when doubling the input roughly doubles the time (ratio under
``--max-ratio``, default 2.6, i.e. 2 with room for noise). Each measurement runs
in a fresh subprocess per case with a time limit, so a pathological case shows up as a
timeout instead of hanging the benchmark. A benchmark, not a test: it prints
and writes ``outputs/hostile.json``; the exit code is 1 if a case is not linear.

    python benchmarks/hostile.py                # 1 MB and 2 MB per case
    python benchmarks/hostile.py --mb 0.25      # quicker
    python benchmarks/hostile.py --case between_years
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

ROOT = Path(__file__).resolve().parents[1]


def _repeat(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


#: name -> (description, builder(size in bytes) -> text). Builders produce ASCII
#: (or count bytes roughly), so characters ~ bytes.
CASES: dict[str, tuple[str, Callable[[int], str]]] = {
    "no_sentence_end": ("one line of words and numbers, no sentence end, no newline",
                        lambda n: _repeat("Kazakhstan and Korea discussed trade worth 6 billion and 30 percent more "
                                          "in 2023 while ministers met again ", n)),
    "between_years": ('"between 1995 and " repeated 200k times (3.4 MB) at 1x',
                      lambda n: _repeat("between 1995 and ", n)),
    "digits_run": ("one run of digits (no spaces)", lambda n: _repeat("1234567890", n)),
    "dollar_digits_glued": ('one token "1$2$3$..." of digits and dollar signs', lambda n: _repeat("1$2$33$", n)),
    "dollars_and_digits": ('"$1 $2 ..." and "$$$" with digits, no words',
                           lambda n: _repeat("$1 $22 $333,000 $$$ 4$ 5.5$ US$6bn ", n)),
    "digit_groups": ("a number with endless thousands separators", lambda n: "1" + _repeat(",000", n - 1)),
    "range_chain": ('"1995–1996–1997..." one dash-joined chain', lambda n: "–".join(
        str(1900 + i % 200) for i in range(n // 5))[:n]),
    "month_soup": ("month and weekday names without numbers",
                   lambda n: _repeat("May March Tuesday to Thursday June and July last week next May ", n)),
    "dates_dense": ("realistic date-dense text",
                    lambda n: _repeat("On Monday, Aug. 16, 2021, from 12 to 14 November 2003, in the late 1990s, "
                                      "between 1995 and 2016, 1993.11, the first quarter of 2024. ", n)),
    "money_dense": ("realistic money/percent-dense text",
                    lambda n: _repeat("about $2-3 billion (KZT 500 bln), 1.2 trillion won, up 30%, 5% to 7%, "
                                      "more than 2 percentage points. ", n)),
    "visit_dense": ("visit triggers and names, every sentence",
                    lambda n: _repeat("President Kassym-Jomart Tokayev paid a state visit to Seoul on Aug. 16, 2021. "
                                      "Moon Jae-in visited Astana. He traveled to Tashkent. ", n)),
    "visit_one_sentence": ("visit triggers, pronouns, guest lists and venues in one sentence with no end",
                           lambda n: _repeat("Tokayev hosted Uzbek President Mirziyoyev in Astana and he said his "
                                             "visit was useful while Kazakhstan was visited by presidents Roh "
                                             "Moo-hyun in 2004 and Lee Myung-bak in 2009 and in Seoul she held "
                                             "talks and ", n)),
    "visit_listed_visitors": ("one endless list of visitors, each with years, after one 'visited'",
                              lambda n: "Korean leaders have visited Uzbekistan regularly: " + _repeat(
                                  "Roh Moo-hyun in 2006, Lee Myung-bak in 2009 and 2011, Park Geun-hye in 2014, ", n)),
    "visit_same_countries": ("tours of 'the same three countries' and 'came to'/'spent' stays, no sentence end",
                             lambda n: _repeat("Yoon visited Turkmenistan, Kazakhstan and Uzbekistan in 2024 and Moon "
                                               "toured the same three countries in 2019, and Roh came to Astana and "
                                               "spent two days in Seoul, and ", n)),
    "visit_groups": ("'the two leaders met in <city>' after ever more named people, no sentence end",
                     lambda n: _repeat("President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev signed it, "
                                       "and the two leaders met in Astana in 2022 and the three heads of state met "
                                       "in Moscow and ", n)),
    "visit_dated_people": ("'A in 2015, B in 2019 and C in 2024, have visited X' and '..., followed by D in "
                           "2006 and E in 2011' with no sentence end",
                           lambda n: _repeat("Park Geun-hye in 2015, Moon Jae-in in 2019 and Yoon Suk Yeol in June "
                                             "2024, have visited Ashgabat, followed by Roh Moo-hyun in 2006 and "
                                             "Lee Myung-bak in 2011, and ", n)),
    "visit_list_rows": ("one bulleted list of trips under a heading, the heading once, rows without end",
                        lambda n: "== Kassym-Jomart Tokayev ==\n" + _repeat(
                            "* 3–4 April 2019 – Russia, Moscow – official visit. Talks there. "
                            "Tokayev arrived in the city and traveled there.\n", n)),
    "visit_venues": ("arrivals and attendance that name no place, 'respectively', 'since taking office,' and "
                     "dash-separated rows, no sentence end",
                     lambda n: _repeat("Mirziyoyev arrived in Astana on Monday and Japarov flew in on Friday morning "
                                       "and Aliyev attended as a guest of honor and the summit was attended by Rahmon "
                                       "and Xi and Chung Sye-kyun and Moon Hee-sang travelled to Tashkent in 2016 and "
                                       "2019 respectively and Erdogan has paid several visits to Uzbekistan since "
                                       "taking office, in 2016, 2018 and 2022 — 1999 — Natsagiin Bagabandi — Seoul — "
                                       "state visit and ", n)),
    "visit_table_row": ("one table row of visits with no line end",
                        lambda n: _repeat("| 12 May 2003 || Nursultan Nazarbayev || Seoul || State visit ", n)),
    "long_token": ("one token of 1 MB (base64-like, no spaces)",
                   lambda n: _repeat("QWxhZGRpbjpvcGVuIHNlc2FtZQ0K+/", n)),
    "newlines": ("blank lines only, with a number now and then",
                 lambda n: _repeat("\n\n\n\n\n\n\n\n\n2021\n", n)),
    "symbols": ("punctuation and % signs", lambda n: _repeat("%%% ((( ))) --- ... ,,, ;;; $% %$ ", n)),
}

#: Cases whose 1x size is fixed by the issue rather than by --mb (bytes at --mb 1).
BASE_SIZE = {"between_years": 200_000 * len("between 1995 and ")}

CHILD = r"""
import gc, json, sys, time
sys.path.insert(0, sys.argv[1])
from hostile import CASES
from kzkr_extract import lexer
from kzkr_extract.pipeline import extract_text, make_nlp
case, base, repeats = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
out = {"1x": {"cpu": [], "wall": []}, "2x": {"cpu": [], "wall": []}}
for _ in range(repeats):
    for label, size in (("1x", base), ("2x", 2 * base)):  # alternate, so noise hits both
        text = CASES[case][1](size)
        # A new pipeline (new vocabulary and tokenizer cache) and an empty piece
        # cache: every run sees the text for the first time.
        nlp = make_nlp()
        lexer._token_cache.clear()
        extract_text("Warm-up on 12 May 2021: $5 billion, 30%.", nlp=nlp)
        gc.collect()
        cpu, wall = time.process_time(), time.perf_counter()
        facts = extract_text(text, "2024-06-12", nlp=nlp)
        out[label]["cpu"].append(time.process_time() - cpu)
        out[label]["wall"].append(time.perf_counter() - wall)
        out[label].update({"chars": len(text), "records": len(facts)})
        del facts, text
print(json.dumps(out))
"""


def measure(case: str, base: int, repeats: int, timeout: float) -> dict:
    """CPU seconds at 1x and 2x (the fastest of ``repeats`` alternated runs)."""
    try:
        proc = subprocess.run([sys.executable, "-c", CHILD, str(Path(__file__).parent), case, str(base),
                               str(repeats)], capture_output=True, text=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        return {"timeout": timeout}
    if proc.returncode != 0:
        return {"error": proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else f"exit {proc.returncode}"}
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    for label in ("1x", "2x"):
        data[label]["best_cpu"] = min(data[label]["cpu"])
    return data


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=1.0,
                        help="size of the smaller input in MB (default 1; between_years: 3.4 MB per 1)")
    parser.add_argument("--case", action="append", choices=sorted(CASES), help="run only these cases")
    parser.add_argument("--repeats", type=int, default=2, help="runs per size, alternated; the fastest counts")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds per case")
    parser.add_argument("--max-ratio", type=float, default=2.6, help="time(2x) / time(1x) above this: not linear")
    parser.add_argument("--out", type=Path, default=ROOT / "outputs" / "hostile.json")
    args = parser.parse_args(argv)

    results = {}
    bad = []
    print(f"{'case':<20} {'s/MB at 1x':>10} {'s/MB at 2x':>10} {'2x/1x':>6} {'records':>8}  verdict   what")
    for case in args.case or list(CASES):
        started = time.perf_counter()
        base = int(BASE_SIZE.get(case, 1_000_000) * args.mb)
        data = measure(case, base, args.repeats, args.timeout)
        entry = {"description": CASES[case][0], **data}
        if "1x" in data:
            small, large = data["1x"], data["2x"]
            per_mb_1 = small["best_cpu"] / (small["chars"] / 1e6)
            per_mb_2 = large["best_cpu"] / (large["chars"] / 1e6)
            ratio = large["best_cpu"] / small["best_cpu"] if small["best_cpu"] > 0 else float("inf")
            # Under 10 ms the ratio is noise: call it linear.
            linear = ratio <= args.max_ratio or large["best_cpu"] < 0.01
            entry.update({"s_per_mb_1x": per_mb_1, "s_per_mb_2x": per_mb_2, "ratio": ratio, "linear": linear})
            verdict = "linear" if linear else "NOT LINEAR"
            print(f"{case:<20} {per_mb_1:>10.3f} {per_mb_2:>10.3f} {ratio:>6.2f} {large['records']:>8}  "
                  f"{verdict:<9} {CASES[case][0]}", flush=True)
        else:
            linear = False
            verdict = "TIMEOUT" if "timeout" in data else "ERROR"
            print(f"{case:<20} {'-':>10} {'-':>10} {'-':>6} {'-':>8}  {verdict:<9} {data}", flush=True)
        if not linear:
            bad.append(case)
        entry["seconds"] = time.perf_counter() - started
        results[case] = entry
    print()
    print(f"CPU seconds of extraction only (pipeline built and warm before the clock starts); "
          f"the fastest of {args.repeats} alternated runs per size.")
    print("all cases linear" if not bad else f"not linear: {', '.join(bad)}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"mb": args.mb, "cases": results}, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Prints coverage per folder from one gcovr JSON report (scripts/coverage.sh).

    coverage_report.py REPORT.json [--files N] [--missing DIR]

The table has line, function and branch coverage for core, models, ui, app and
all of them. --files N adds the N files with the most lines never run;
--missing DIR writes DIR/<folder>.txt with each file's unrun line ranges.
One gcovr pass feeds every view (gcovr per folder ran gcov five times).
"""
import argparse
import collections
import json
import os

FOLDERS = ("core", "models", "ui", "app")


def ranges(numbers):
    spans, start, prev = [], None, None
    for n in sorted(numbers):
        if start is None:
            start = prev = n
        elif n == prev + 1:
            prev = n
        else:
            spans.append((start, prev))
            start = prev = n
    if start is not None:
        spans.append((start, prev))
    return ",".join(str(a) if a == b else f"{a}-{b}" for a, b in spans)


def percent(covered, total):
    return f"{100.0 * covered / total:.1f}%" if total else "-"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("report")
    parser.add_argument("--files", type=int, default=0)
    parser.add_argument("--missing")
    args = parser.parse_args()
    with open(args.report) as f:
        report = json.load(f)
    # totals per folder: lines, lines run, functions, functions run, branches, branches taken
    totals = collections.defaultdict(lambda: [0] * 6)
    files = []
    for entry in report["files"]:
        name = entry["file"]
        folder = name.split("/")[0]
        if folder not in FOLDERS:
            continue
        counts = [0] * 6
        unrun = []
        for line in entry["lines"]:
            if line.get("gcovr/noncode"):
                continue
            counts[0] += 1
            if line["count"] > 0:
                counts[1] += 1
            else:
                unrun.append(line["line_number"])
            for branch in line.get("branches", []):
                counts[4] += 1
                counts[5] += branch["count"] > 0
        for function in entry.get("functions", []):
            counts[2] += 1
            counts[3] += function.get("execution_count", 0) > 0
        for key in (folder, "all"):
            totals[key] = [a + b for a, b in zip(totals[key], counts)]
        files.append((name, counts, unrun))

    print(f"{'folder':<10} {'lines':>8} {'functions':>10} {'branches':>9}")
    for key in FOLDERS + ("all",):
        t = totals[key]
        print(f"{key:<10} {percent(t[1], t[0]):>8} {percent(t[3], t[2]):>10} {percent(t[5], t[4]):>9}")
    if args.files:
        print(f"\n{'file':<60} {'unrun lines':>11} {'lines':>7} {'branches':>9}")
        for name, c, _ in sorted(files, key=lambda f: f[1][1] - f[1][0])[: args.files]:
            print(f"{name:<60} {c[0] - c[1]:>11} {percent(c[1], c[0]):>7} {percent(c[5], c[4]):>9}")
    if args.missing:
        os.makedirs(args.missing, exist_ok=True)
        for folder in FOLDERS:
            with open(os.path.join(args.missing, f"{folder}.txt"), "w") as out:
                for name, c, unrun in sorted(files):
                    if name.split("/")[0] == folder and unrun:
                        out.write(f"{name}  unrun {c[0] - c[1]}/{c[0]} lines, "
                                  f"branches {percent(c[5], c[4])}\n  lines: {ranges(unrun)}\n")


if __name__ == "__main__":
    main()

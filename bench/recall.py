#!/usr/bin/env python3
"""Recall of proposal-lint on defects that cncf/mentoring's own history fixed (stdlib only).

    python3 bench/recall.py mine  --repo GIT_DIR --out DIR [--exclude-commits FILE ...] [--wide]
                                  [--exclude-classes CSV ...]
    python3 bench/recall.py lint  --out DIR [--linter-src SRC]
    python3 bench/recall.py score --out DIR --classes CSV

`mine` takes every commit reachable from HEAD whose subject (or, for a merge, the PR title on
the first body line / the branch name) says fix|correct|update|replace together with
mentor|email|link|url|handle|issue, leaves out the commits of --exclude-commits (the draws),
and for each proposal file it changes (term README.md / project_ideas.md, GSoC <year>.md)
diffs it against its first parent. Every hunk that removes or changes lines is one candidate
defect: the removed lines of the parent version. Identical hunks met twice (a PR commit and its
merge) are kept once. The parent's term folder is laid out under DIR/<parent-short>/ at its
repository path; DIR/candidates.csv lists the defects with the removed and added text, for
classification by hand into a classes CSV (commit,path,lines,class,offline_detectable).

`lint` lints each parent version (offline, isolated, from inside DIR/<parent-short>/) and
writes DIR/findings.json. `score` marks a defect found when an error or warning lands on one of
its lines, or, for a proposal-level rule (missing field, mentor count, primary mentor, ...), on
the proposal that holds them; it writes DIR/defects.csv and prints recall on the
offline-detectable defects (info-only hits are reported apart).
"""
from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import subprocess
import sys
import tarfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from holdout import DEFAULT_EXCLUDE, classify, git, lint_tree  # noqa: E402

MSG_VERB = re.compile(r"fix|correct|update|replace", re.I)
MSG_WHAT = re.compile(r"mentor|e-?mail|link|url|handle|issue", re.I)
# --wide: a title matching any of these is taken too (on top of VERB+WHAT).
MSG_WIDE = re.compile(r"typo|format|fix(?:ed|es|ing)?[ -]?up|fixup|template|heading|label|missing"
                      r"|add(?:ed|ing|s)? (?:the )?e-?mail|markdown|broken|\bnits?\b|lint|indent"
                      r"|syntax|\bmentors?\b|correct|\bfix", re.I)
PROPOSAL_LEVEL = {"PL101", "PL102", "PL103", "PL201", "PL206", "PL301", "PL313", "PL314",
                  "PL315", "PL112"}


def messages(repo):
    out = git(repo, "log", "HEAD", "--format=@@%H %P%n%s%n%b%n@@END")
    cur = None
    for line in out.splitlines():
        if line.startswith("@@END"):
            if cur:
                yield cur
            cur = None
        elif line.startswith("@@") and cur is None:
            parts = line[2:].split()
            cur = {"sha": parts[0], "parents": parts[1:], "lines": []}
        elif cur is not None:
            cur["lines"].append(line)


def title_of(c):
    body = [l for l in c["lines"][1:] if l.strip()]
    subj = c["lines"][0] if c["lines"] else ""
    return subj + (" | " + body[0] if subj.startswith("Merge") and body else "")


def hunks(repo, parent, sha, path):
    out = git(repo, "diff", "-U0", "--no-renames", parent, sha, "--", path)
    res, cur = [], None
    for line in out.splitlines():
        m = re.match(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", line)
        if m:
            start, cnt = int(m.group(1)), int(m.group(2)) if m.group(2) is not None else 1
            cur = {"old": list(range(start, start + cnt)), "removed": [], "added": []}
            res.append(cur)
        elif cur is not None and line.startswith("-") and not line.startswith("---"):
            cur["removed"].append(line[1:])
        elif cur is not None and line.startswith("+") and not line.startswith("+++"):
            cur["added"].append(line[1:])
    return [h for h in res if h["removed"]]


def mine(args):
    repo = args.repo
    exclude = set(DEFAULT_EXCLUDE)
    for f in args.exclude_commits or []:
        with open(f) as fh:
            exclude.update(l.split()[0] for l in fh if l.strip() and not l.startswith("#"))
    for f in args.exclude_classes or []:
        with open(f) as fh:
            exclude.update(r["commit"] for r in csv.DictReader(fh))
    os.makedirs(args.out, exist_ok=True)
    seen, rows, laid = set(), [], set()
    # hunks of excluded commits count as already seen (a PR commit and its merge share them)
    full = {c["sha"]: c for c in messages(repo)}
    for sha, c in full.items():
        if not c["parents"] or not any(sha.startswith(e) or e.startswith(sha) for e in exclude):
            continue
        for p in git(repo, "diff", "--name-only", "--no-renames", c["parents"][0], sha).split("\n"):
            if classify(p):
                for h in hunks(repo, c["parents"][0], sha, p):
                    seen.add((p, tuple(h["removed"]), tuple(h["added"])))
    for c in messages(repo):
        t = title_of(c)
        if not ((MSG_VERB.search(t) and MSG_WHAT.search(t)) or (args.wide and MSG_WIDE.search(t))):
            continue
        if any(c["sha"].startswith(e) or e.startswith(c["sha"]) for e in exclude):
            continue
        if not c["parents"]:
            continue
        parent = c["parents"][0]
        paths = git(repo, "diff", "--name-only", "--no-renames", parent, c["sha"]).split("\n")
        for p in paths:
            info = classify(p)
            if not info:
                continue
            for h in hunks(repo, parent, c["sha"], p):
                key = (p, tuple(h["removed"]), tuple(h["added"]))
                if key in seen:
                    continue
                seen.add(key)
                short = parent[:8]
                if (short, os.path.dirname(p)) not in laid:
                    data = git(repo, "archive", "--format=tar", parent, os.path.dirname(p),
                               binary=True)
                    with tarfile.open(fileobj=io.BytesIO(data)) as tf:
                        tf.extractall(os.path.join(args.out, short))
                    laid.add((short, os.path.dirname(p)))
                rows.append({"commit": c["sha"][:8], "parent": short, "path": p,
                             "lines": f"{h['old'][0]}-{h['old'][-1]}" if len(h["old"]) > 1
                             else str(h["old"][0]),
                             "title": t[:120], "removed": " ⏎ ".join(h["removed"])[:300],
                             "added": " ⏎ ".join(h["added"])[:300]})
    with open(os.path.join(args.out, "candidates.csv"), "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} candidate defects from "
          f"{len({r['commit'] for r in rows})} commits", file=sys.stderr)


def lint(args):
    with open(os.path.join(args.out, "candidates.csv")) as fh:
        rows = list(csv.DictReader(fh))
    by_root = {}
    for r in rows:
        by_root.setdefault(r["parent"], set()).add(r["path"])
    findings = []
    for root, paths in sorted(by_root.items()):
        diags = lint_tree(os.path.join(args.out, root), paths, args.linter_src)
        if diags is None:
            continue
        for d in diags:
            findings.append(dict(d, root=root))
    with open(os.path.join(args.out, "findings.json"), "w") as fh:
        json.dump({"findings": findings}, fh, indent=1)
    print(f"{len(findings)} findings on {len(by_root)} parent versions")


def span(text_lines, lo, hi):
    """Lines of the proposal holding lo..hi: nearest heading above to next heading."""
    a = lo
    while a > 1 and not text_lines[a - 1].startswith("#"):
        a -= 1
    b = hi + 1
    while b <= len(text_lines) and not text_lines[b - 1].startswith("#"):
        b += 1
    return a, b - 1


def score(args):
    with open(os.path.join(args.out, "findings.json")) as fh:
        findings = json.load(fh)["findings"]
    with open(os.path.join(args.out, "candidates.csv")) as fh:
        cands = {(r["commit"], r["path"], r["lines"]): r for r in csv.DictReader(fh)}
    with open(args.classes) as fh:
        classes = list(csv.DictReader(fh))
    out = []
    for c in classes:
        r = cands[(c["commit"], c["path"], c["lines"])]
        lo, _, hi = c["lines"].partition("-")
        lo, hi = int(lo), int(hi or lo)
        text = open(os.path.join(args.out, r["parent"], r["path"]), encoding="utf-8",
                    errors="replace").read().splitlines()
        a, b = span(text, lo, hi)
        hits, infos = set(), set()
        for d in findings:
            if d["root"] != r["parent"] or d["path"] != r["path"] or not d.get("line"):
                continue
            on_line = lo <= d["line"] <= hi
            in_prop = a <= d["line"] <= b and d["code"] in PROPOSAL_LEVEL
            if on_line or in_prop:
                (infos if d["severity"] == "info" else hits).add(d["code"])
        out.append({"commit": c["commit"], "path": c["path"], "lines": c["lines"],
                    "class": c["class"], "offline_detectable": c["offline_detectable"],
                    "found": "yes" if hits else "no", "codes": " ".join(sorted(hits)),
                    "info_codes": " ".join(sorted(infos))})
    with open(args.defects, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(out[0]))
        w.writeheader()
        w.writerows(out)
    det = [o for o in out if o["offline_detectable"] == "yes"]
    found = [o for o in det if o["found"] == "yes"]
    info_only = [o for o in det if o["found"] == "no" and o["info_codes"]]
    print(f"defects: {len(out)}; offline-detectable: {len(det)}; found: {len(found)}; "
          f"recall {len(found) / len(det):.1%}" if det else "no detectable defects")
    print(f"detectable and hit only by an info: {len(info_only)}")
    nd = [o for o in out if o["offline_detectable"] != "yes"]
    print(f"not offline-detectable: {len(nd)} (of them hit anyway: "
          f"{sum(o['found'] == 'yes' for o in nd)})")


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("mine")
    m.add_argument("--repo", required=True)
    m.add_argument("--out", required=True)
    m.add_argument("--exclude-commits", action="append")
    m.add_argument("--wide", action="store_true",
                   help="also take commits whose title says typo, format, template, heading, label, mentor, fix, ...")
    m.add_argument("--exclude-classes", action="append",
                   help="classes CSV whose commits (and their hunks) are left out")
    li = sub.add_parser("lint")
    li.add_argument("--out", required=True)
    li.add_argument("--linter-src", default=os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "src"))
    s = sub.add_parser("score")
    s.add_argument("--out", required=True)
    s.add_argument("--classes", required=True)
    s.add_argument("--defects", required=True)
    a = ap.parse_args()
    {"mine": mine, "lint": lint, "score": score}[a.cmd](a)


if __name__ == "__main__":
    main()

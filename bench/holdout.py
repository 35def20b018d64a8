#!/usr/bin/env python3
"""Hold-out precision draw on the real history of cncf/mentoring (stdlib only).

    python3 bench/holdout.py draw  --repo GIT_DIR --seed N --out DIR [--exclude-commits FILE]
                                   [--files 24] [--diffs 10]
    python3 bench/holdout.py lint  --out DIR [--linter-src SRC]      # lint what `draw` laid out
    python3 bench/holdout.py sample --findings DIR/findings.json --seed N --out CSV [--max 250]
    python3 bench/holdout.py table --findings DIR/findings.json --judged CSV

`draw` picks, with random.Random(seed), file versions written while mentors were still adding
proposals (a commit on HEAD's first-parent line that changes a proposal file of a term whose
project_ideas.md / GSoC <year>.md is in its proposal window: from the first to the last commit
that raised its proposal count), stratified by (program, year, README|ideas), and single-proposal
PR diffs (a first-parent commit whose diff against its first parent touches one proposal file,
raises its proposal count by exactly one and removes at most 3 lines). Each pick is laid out
at its repository path under DIR/<commit-short>/ with the rest of its term folder (the file's
directory) at that commit. DIR/commits.txt lists every chosen commit (full hash) so a later
draw can pass it to --exclude-commits. DIR/manifest.json records seed and picks.

`lint` runs the linter (PYTHONPATH=SRC python3 -m proposal_lint check --offline --isolated
--format json --fail-on never) inside each DIR/<commit-short>/ on relative paths, keeps for
PR diffs only findings on added lines (and drops family PL0), and writes DIR/findings.json.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
import os
import random
import re
import subprocess
import sys
import tarfile
import io

DEFAULT_EXCLUDE = {
    "cd5d784e71e5f5ee1c7a4f9b603aedb9c5d1f8f3",
    "2ff7c757fda7a55922aa0854c2cf573433a01109",
    "20b4c612302e40f86227bbf77f3275235fbe0752",
    "e8e2116c6e2814dd994574e1f2013f683edf0fcd",
    "9a021cff1021ad1472df8b91c7f0b3545634862a",
    "801aa26cbf3c7a13fe9aec31997d6e763accb10b",
}
# GSoC files whose head version must not be drawn again (already judged on the head tree).
HEAD_GSOC_YEARS = {"2020", "2022", "2024", "2025", "2026"}

# A proposal file: a term README.md / project_ideas.md (any era's path: communitybridge/,
# lfx-mentorship/, programs/lfx-mentorship/) or a GSoC <year>.md.
LFX_RE = re.compile(
    r"^(?:programs/)?(?:lfx-mentorship|communitybridge)/(?P<year>20\d\d)/(?:(?P<term>[^/]+)/)?"
    r"(?P<name>README\.md|project_ideas\.md)$")
GSOC_RE = re.compile(r"^(?:programs/)?summerofcode/(?P<year>20\d\d)\.md$")
MENTOR_RE = re.compile(r"^\s*(?:[-*+]\s*)?(?:\*\*|__)?\s*Mentors?\s*(?:\(s\))?\s*(?:\*\*|__)?\s*:", re.I)
HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$")
SKIP_TERMS = {("2026", "03-Sep-Nov")}  # issue-form era: README generated, no mentor edits


def git(repo, *args, binary=False):
    out = subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True).stdout
    return out if binary else out.decode("utf-8", "replace")


def classify(path):
    m = LFX_RE.match(path)
    if m:
        if m.group("term") is None and m.group("name") != "README.md":
            return None
        return {"program": "LFX", "year": m.group("year"), "term": m.group("term") or "",
                "kind": "ideas" if m.group("name") == "project_ideas.md" else "README"}
    m = GSOC_RE.match(path)
    if m:
        return {"program": "GSoC", "year": m.group("year"), "term": "", "kind": "ideas"}
    return None


def count_proposals(text):
    """Mentor label lines outside a Template/Sample section: a rough proposal count."""
    stack = {}
    n = 0
    fence = False
    for line in text.splitlines():
        if line.lstrip().startswith("```"):
            fence = not fence
            continue
        if fence:
            continue
        h = HEADING_RE.match(line)
        if h:
            lvl = len(h.group(1))
            stack = {k: v for k, v in stack.items() if k < lvl}
            stack[lvl] = h.group(2).lower()
            continue
        if MENTOR_RE.match(line) and not any(
                ("template" in v or "sample" in v) for v in stack.values()):
            n += 1
    return n


def first_parent_log(repo):
    """[(sha, time, parents, [paths changed vs first parent])] on HEAD's first-parent line."""
    out = git(repo, "log", "--first-parent", "-m", "--find-renames", "--name-status",
              "--format=@@%H %ct %P", "HEAD")
    commits = []
    for line in out.splitlines():
        if line.startswith("@@"):
            parts = line[2:].split()
            commits.append([parts[0], int(parts[1]), parts[2:], [], {}])
        elif line.strip() and commits:
            f = line.split("\t")
            if f[0].startswith("D"):
                continue
            new, old = f[-1], f[1]
            if new not in commits[-1][3]:
                commits[-1][3].append(new)
                commits[-1][4][new] = old  # renamed from (same path when modified)
    return commits


def blob(repo, sha, path):
    try:
        return git(repo, "show", f"{sha}:{path}")
    except subprocess.CalledProcessError:
        return None


def year_of(ts):
    import time
    return time.gmtime(ts).tm_year


def added_lines(repo, parent, sha, path):
    out = git(repo, "diff", "-U0", "--no-renames", parent, sha, "--", path)
    added, removed = set(), 0
    for line in out.splitlines():
        m = re.match(r"^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", line)
        if m:
            rc = int(m.group(1)) if m.group(1) is not None else 1
            start = int(m.group(2))
            cnt = int(m.group(3)) if m.group(3) is not None else 1
            removed += rc
            added.update(range(start, start + cnt))
    return sorted(added), removed


def draw(args):
    repo = args.repo
    rng = random.Random(args.seed)
    exclude = set(DEFAULT_EXCLUDE)
    if args.exclude_commits:
        for f in args.exclude_commits:
            with open(f) as fh:
                exclude.update(l.split()[0] for l in fh if l.strip() and not l.startswith("#"))
    exclude_prefix = tuple(exclude)
    head_gsoc_blobs = set()
    for y in HEAD_GSOC_YEARS:
        try:
            head_gsoc_blobs.add(git(repo, "rev-parse", f"HEAD:programs/summerofcode/{y}.md").strip())
        except subprocess.CalledProcessError:
            pass

    commits = first_parent_log(repo)
    commits.reverse()  # oldest first
    # proposal counts per (commit, path) for every proposal file changed
    versions = []  # dicts
    for sha, ts, parents, paths, origin in commits:
        if not (2020 <= year_of(ts) <= 2026):
            continue
        for p in paths:
            info = classify(p)
            if not info or (info["year"], info["term"]) in SKIP_TERMS:
                continue
            text = blob(repo, sha, p)
            if text is None:
                continue
            prev = blob(repo, parents[0], origin.get(p, p)) if parents else None
            if prev is not None and prev == text:
                continue  # pure move: not a mentor's edit
            versions.append(dict(info, sha=sha, ts=ts, path=p, parent=parents[0] if parents else None,
                                 n=count_proposals(text),
                                 n_prev=count_proposals(prev) if prev else 0,
                                 changed=[q for q in paths if classify(q)]))
    # proposal window of each term: first..last commit raising the count of its ideas file
    window = {}
    for v in versions:
        key = (v["program"], v["year"], v["term"])
        if v["kind"] == "ideas" and 0 < v["n"] - v["n_prev"] <= 5:
            lo, hi = window.get(key, (v["ts"], v["ts"]))
            window[key] = (min(lo, v["ts"]), max(hi, v["ts"]))
    # terms without project_ideas.md (README-only): use the README's own raises
    for v in versions:
        key = (v["program"], v["year"], v["term"])
        if key not in window and v["kind"] == "README" and 0 < v["n"] - v["n_prev"] <= 5:
            window.setdefault(("README-only",) + key, (v["ts"], v["ts"]))
            lo, hi = window[("README-only",) + key]
            window[("README-only",) + key] = (min(lo, v["ts"]), max(hi, v["ts"]))

    def in_window(v):
        key = (v["program"], v["year"], v["term"])
        w = window.get(key) or window.get(("README-only",) + key)
        return bool(w) and w[0] <= v["ts"] <= w[1]

    def excluded(v):
        if v["sha"].startswith(exclude_prefix) or any(v["sha"].startswith(e) for e in exclude):
            return True
        if v["program"] == "GSoC" and v["year"] in HEAD_GSOC_YEARS:
            b = git(repo, "rev-parse", f"{v['sha']}:{v['path']}").strip()
            if b in head_gsoc_blobs:
                return True
        return False

    file_cands = [v for v in versions if v["n"] >= 1 and in_window(v) and not excluded(v)]
    diff_cands = [v for v in versions
                  if v["kind"] in ("ideas", "README") and v["n"] == v["n_prev"] + 1
                  and len(v["changed"]) == 1 and in_window(v) and not excluded(v)]
    diff_ok = []
    for v in diff_cands:
        added, removed = added_lines(repo, v["parent"], v["sha"], v["path"])
        if removed <= 3 and len(added) >= 4:
            v["added"] = added
            diff_ok.append(v)

    picks, used = [], set()

    def round_robin(cands, key, k, mode):
        strata = collections.defaultdict(list)
        for v in cands:
            strata[key(v)].append(v)
        names = sorted(strata)
        rng.shuffle(names)
        got = []
        while len(got) < k and any(strata.values()):
            for s in names:
                if len(got) >= k:
                    break
                pool = [v for v in strata[s] if v["sha"] not in used]
                if not pool:
                    strata[s] = []
                    continue
                v = rng.choice(sorted(pool, key=lambda x: (x["sha"], x["path"])))
                used.add(v["sha"])
                strata[s] = [x for x in strata[s] if x is not v]
                got.append(dict(v, mode=mode))
        return got

    picks += round_robin(file_cands, lambda v: (v["program"], v["year"], v["kind"]), args.files, "file")
    picks += round_robin(diff_ok, lambda v: (v["program"], v["year"]), args.diffs, "diff")

    os.makedirs(args.out, exist_ok=True)
    for v in picks:
        short = v["sha"][:8]
        root = os.path.join(args.out, short)
        folder = os.path.dirname(v["path"])
        data = git(repo, "archive", "--format=tar", v["sha"], folder, binary=True)
        with tarfile.open(fileobj=io.BytesIO(data)) as tf:
            tf.extractall(root)
        v["root"] = short
    with open(os.path.join(args.out, "commits.txt"), "w") as fh:
        fh.write(f"# holdout draw, seed {args.seed}\n")
        for v in picks:
            fh.write(f"{v['sha']} {v['mode']} {v['path']}\n")
    manifest = {"seed": args.seed, "repo_head": git(repo, "rev-parse", "HEAD").strip(),
                "candidates": {"file": len(file_cands), "diff": len(diff_ok)},
                "picks": [{k: v[k] for k in ("sha", "root", "path", "mode", "program", "year",
                                              "term", "kind", "n", "n_prev") }
                          | ({"added": v["added"]} if v["mode"] == "diff" else {}) for v in picks]}
    with open(os.path.join(args.out, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
    for v in picks:
        print(f"{v['mode']:4} {v['sha'][:8]} {year_of(v['ts'])} n={v['n_prev']}->{v['n']} {v['path']}")
    print(f"candidates: {len(file_cands)} file versions, {len(diff_ok)} single-proposal diffs; "
          f"picked {len(picks)}; seed {args.seed}", file=sys.stderr)


def era_of(path):
    m = re.search(r"/(20\d\d)(?:/|\.md)", "/" + path)
    return "2023on" if m and int(m.group(1)) >= 2023 else "pre2023"


def lint_tree(tree, paths, linter_src):
    """The diagnostics of one offline, isolated run over `paths` from inside `tree` (None if it failed)."""
    env = dict(os.environ, PYTHONPATH=linter_src) if linter_src else None
    proc = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline",
                           "--isolated", "--format", "json", "--fail-on", "never", *sorted(paths)],
                          cwd=tree, env=env, capture_output=True, text=True)
    try:
        return json.loads(proc.stdout)["diagnostics"]
    except (ValueError, KeyError):
        print(f"{tree}: linter failed: {proc.stderr[-500:]}", file=sys.stderr)
        return None


def lint(args):
    with open(os.path.join(args.out, "manifest.json")) as fh:
        manifest = json.load(fh)
    by_root = collections.defaultdict(list)
    for p in manifest["picks"]:
        by_root[p["root"]].append(p)
    findings = []
    for root, picks in sorted(by_root.items()):
        diags = lint_tree(os.path.join(args.out, root), {p["path"] for p in picks}, args.linter_src)
        if diags is None:
            continue
        for p in picks:
            keep = set(p.get("added", []))
            for d in diags:
                if d["path"] != p["path"]:
                    continue
                if p["mode"] == "diff":
                    if d["code"].startswith("PL0") or d.get("line") not in keep:
                        continue
                d = dict(d, root=root, mode=p["mode"], era=era_of(p["path"]),
                         relpath=f"{root}/{p['path']}")
                findings.append(d)
    with open(os.path.join(args.out, "findings.json"), "w") as fh:
        json.dump({"seed": manifest["seed"], "findings": findings}, fh, indent=1)
    c = collections.Counter(d["severity"] for d in findings)
    print(f"findings: {dict(c)}")


def load_ew(path):
    with open(path) as fh:
        data = json.load(fh)
    return [d for d in data["findings"] if d["severity"] in ("error", "warning")]


def sample(args):
    ew = load_ew(args.findings)
    rng = random.Random(args.seed)
    if len(ew) <= args.max:
        chosen = ew
    else:
        byc = collections.defaultdict(list)
        for d in ew:
            byc[d["code"]].append(d)
        chosen = []
        for code in sorted(byc):
            rows = byc[code]
            k = max(min(6, len(rows)), round(args.max * len(rows) / len(ew)))
            chosen += rng.sample(rows, min(k, len(rows)))
    with open(args.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["path", "line", "code", "severity", "era", "verdict", "why", "message"])
        for d in sorted(chosen, key=lambda d: (d["relpath"], d["line"] or 0, d["code"])):
            w.writerow([d["relpath"], d["line"], d["code"], d["severity"], d["era"], "", "",
                        d["message"]])
    print(f"{len(chosen)} of {len(ew)} errors and warnings to judge (sampling seed {args.seed})")


def table(args):
    ew = load_ew(args.findings)
    fired = collections.Counter(d["code"] for d in ew)
    fired_era = collections.Counter((d["code"], d["era"]) for d in ew)
    with open(args.judged) as fh:
        rows = [r for r in csv.DictReader(fh) if r["verdict"].strip()]
    score = {"TRUE": 1.0, "DEBATABLE": 0.5, "FALSE": 0.0}

    def stats(rs, fired_counter, keyf):
        per = collections.defaultdict(lambda: collections.Counter())
        for r in rs:
            per[keyf(r)][r["verdict"].strip().upper()] += 1
        tot = sum(sum(c.values()) for c in per.values())
        t = sum(c["TRUE"] for c in per.values())
        d = sum(c["DEBATABLE"] for c in per.values())
        strict = t / tot if tot else float("nan")
        lenient = (t + d / 2) / tot if tot else float("nan")
        wsum = ws = wl = 0.0
        for k, c in per.items():
            n = sum(c.values())
            f = fired_counter.get(k, 0)
            wsum += f
            ws += f * c["TRUE"] / n
            wl += f * (c["TRUE"] + c["DEBATABLE"] / 2) / n
        return per, tot, strict, lenient, (ws / wsum if wsum else float("nan")), (wl / wsum if wsum else float("nan"))

    per, tot, s, l, ws, wl = stats(rows, fired, lambda r: r["code"])
    print(f"errors+warnings: {len(ew)}; judged: {tot}")
    print(f"{'code':6} {'fired':>5} {'judged':>6} {'TRUE':>4} {'DEB':>4} {'FALSE':>5} {'strict':>7}")
    for code in sorted(fired):
        c = per.get(code, collections.Counter())
        n = sum(c.values())
        p = f"{c['TRUE'] / n:.0%}" if n else "-"
        print(f"{code:6} {fired[code]:5} {n:6} {c['TRUE']:4} {c['DEBATABLE']:4} {c['FALSE']:5} {p:>7}")
    print(f"overall: strict {s:.1%} lenient {l:.1%}; weighted by code: strict {ws:.1%} lenient {wl:.1%}")
    for era in ("pre2023", "2023on"):
        rs = [r for r in rows if r["era"] == era]
        fc = collections.Counter({k[0]: v for k, v in fired_era.items() if k[1] == era})
        if not rs:
            continue
        _, t2, s2, l2, ws2, wl2 = stats(rs, fc, lambda r: r["code"])
        print(f"{era}: fired {sum(fc.values())}, judged {t2}: strict {s2:.1%} lenient {l2:.1%}; "
              f"weighted by code: strict {ws2:.1%} lenient {wl2:.1%}")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("draw")
    d.add_argument("--repo", required=True)
    d.add_argument("--seed", type=int, required=True)
    d.add_argument("--out", required=True)
    d.add_argument("--exclude-commits", action="append")
    d.add_argument("--files", type=int, default=24)
    d.add_argument("--diffs", type=int, default=10)
    li = sub.add_parser("lint")
    li.add_argument("--out", required=True)
    li.add_argument("--linter-src", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src"))
    s = sub.add_parser("sample")
    s.add_argument("--findings", required=True)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--out", required=True)
    s.add_argument("--max", type=int, default=250)
    t = sub.add_parser("table")
    t.add_argument("--findings", required=True)
    t.add_argument("--judged", required=True)
    a = ap.parse_args()
    {"draw": draw, "lint": lint, "sample": sample, "table": table}[a.cmd](a)


if __name__ == "__main__":
    main()

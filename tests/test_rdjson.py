"""`--format rdjson` (issue 28): the Reviewdog Diagnostic Format, valid against reviewdog's own JSON
schema (vendored in tests/schemas/reviewdog/), whose suggestions, applied together, give exactly the
text `--fix` writes, and never overlap. Held on the seeds, the corpus, the cncf-mentoring files, the
fixtures and a seeded set of mutated real files."""

from __future__ import annotations

import json
import random
import re
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import CORPUS, MENTORING, ROOT, SEEDS, needs

SCHEMA = json.loads((ROOT / "tests" / "schemas" / "reviewdog" / "DiagnosticResult.json").read_text(encoding="utf-8"))
FIXTURES = ROOT / "tests" / "fixtures"
_LINE = re.compile(rb"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+\Z")
BOM = b"\xef\xbb\xbf"


def _lint(root: Path, *extra: str) -> subprocess.CompletedProcess:
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.suffix in (".md", ".txt"))
    return subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated", "--fail-on",
                           "never", *extra, *files], cwd=root, capture_output=True)


def _offset(lines: list[bytes], position: dict) -> int:
    """A byte offset from an rdjson position (1-based line, 1-based column in UTF-8 bytes)."""
    before = sum(len(line) for line in lines[:position["line"] - 1])
    return before + position.get("column", 1) - 1


def apply_suggestions(data: bytes, suggestions: list[dict]) -> bytes:
    """The file's bytes with every suggestion applied; fails when two of them overlap."""
    bom = data.startswith(BOM)
    text = data[len(BOM):] if bom else data
    lines = _LINE.findall(text)
    spans = sorted((_offset(lines, s["range"]["start"]), _offset(lines, s["range"]["end"]), s["text"].encode())
                   for s in suggestions)
    pieces, done = [], 0
    for start, end, replacement in spans:
        assert start >= done, f"suggestions overlap at byte {start}"
        assert end >= start
        pieces += [text[done:start], replacement]
        done = end
    return (BOM if bom else b"") + b"".join(pieces) + text[done:]


def _the_same_as_fix(tree: Path, tmp_path: Path) -> int:
    """Lint a copy of `tree` as rdjson, apply the suggestions, fix another copy; compare every file.
    Returns how many files the fixes change."""
    suggested, fixed = tmp_path / "suggested", tmp_path / "fixed"
    shutil.copytree(tree, suggested, copy_function=shutil.copyfile)  # ../shared is read-only: copy without modes
    shutil.copytree(tree, fixed, copy_function=shutil.copyfile)
    done = _lint(suggested, "--format", "rdjson")
    assert done.returncode == 0, done.stderr.decode()
    result = json.loads(done.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(result)
    by_path: dict[str, list[dict]] = {}
    for diagnostic in result["diagnostics"]:
        by_path.setdefault(diagnostic["location"]["path"], []).extend(diagnostic.get("suggestions", []))
    _lint(fixed, "--fix")
    changed = 0
    for path in sorted(p for p in suggested.rglob("*") if p.suffix in (".md", ".txt")):
        name = str(path.relative_to(suggested))
        after_fix = (fixed / name).read_bytes()
        assert apply_suggestions(path.read_bytes(), by_path.get(name, [])) == after_fix, name
        changed += after_fix != path.read_bytes()
    return changed


def _tree_of(tmp_path: Path, files: list[Path]) -> Path:
    tree = tmp_path / "tree"
    for file in files:
        (tree / file.name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(file, tree / file.name)
    return tree


def test_applying_two_overlapping_suggestions_is_refused():
    one = {"range": {"start": {"line": 1, "column": 1}, "end": {"line": 2, "column": 1}}, "text": "a\n"}
    two = {"range": {"start": {"line": 1, "column": 2}, "end": {"line": 1, "column": 3}}, "text": "b"}
    with pytest.raises(AssertionError, match="overlap"):
        apply_suggestions(b"xyz\nabc\n", [one, two])


def test_columns_are_utf8_bytes_and_the_fix_is_carried(tmp_path):
    (tmp_path / "p.md").write_text("### Démo 🚀\n\n#### Idée\n\n- Description: x\n- Mentor(s):\n"
                                   "  - Jane Doe (@jane, jane@example.org)\n- Upstream Issue: <https://github.com/o/r/issues/1>\n",
                                   encoding="utf-8")
    done = _lint(tmp_path, "--format", "rdjson")
    result = json.loads(done.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(result)
    assert result["source"]["name"] == "proposal-lint"
    fixable = [d for d in result["diagnostics"] if d.get("suggestions")]
    assert fixable, result
    for diagnostic in fixable:
        assert diagnostic["code"]["url"].endswith(f"{diagnostic['code']['value']}.md")
        assert diagnostic["severity"] in ("ERROR", "WARNING", "INFO")
    _lint(tmp_path, "--fix")
    assert apply_suggestions((tmp_path / "p.md").read_bytes(), []) != b""


def test_a_column_after_multibyte_text_counts_bytes(tmp_path):
    (tmp_path / "p.md").write_text("### Démo\n\n#### Idée 🚀\n\n- Mentor(s):\n  - @jane\n", encoding="utf-8")
    result = json.loads(_lint(tmp_path, "--format", "rdjson").stdout)
    lines = (tmp_path / "p.md").read_text(encoding="utf-8").split("\n")
    for diagnostic in result["diagnostics"]:
        start = diagnostic["location"]["range"]["start"]
        line = lines[start["line"] - 1]
        assert 1 <= start["column"] <= len(line.encode("utf-8")) + 1


@needs(SEEDS, "the seeds")
@needs(CORPUS, "the corpus")
def test_suggestions_equal_fix_on_the_seeds_and_corpus(tmp_path):
    files = sorted(SEEDS.glob("*")) + sorted(CORPUS.glob("*"))
    assert _the_same_as_fix(_tree_of(tmp_path, files), tmp_path) >= 3


@needs(MENTORING, "the cncf-mentoring copy")
def test_suggestions_equal_fix_on_the_cncf_mentoring_files_in_their_layout(tmp_path):
    assert _the_same_as_fix(MENTORING, tmp_path) >= 5


def test_suggestions_equal_fix_on_the_fixtures(tmp_path):
    assert _the_same_as_fix(FIXTURES, tmp_path) >= 5


@pytest.mark.slow
@needs(CORPUS, "the corpus")
def test_suggestions_equal_fix_on_mutated_real_files(tmp_path):
    from test_fuzz import mutated_real_file

    rng = random.Random(2812)
    tree = tmp_path / "tree"
    tree.mkdir()
    for number in range(150):
        text = mutated_real_file(rng.randrange(1 << 30))
        ending = rng.choice(["\n", "\r\n"])
        (tree / f"fuzz_{number:03}.md").write_bytes(text.replace("\n", ending).encode("utf-8", "surrogatepass"))
    assert _the_same_as_fix(tree, tmp_path) >= 10

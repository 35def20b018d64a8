"""The term that takes proposals through the issue form (issue 24, item 4): a Markdown proposal
appended to its stub gets one finding that points to the form; the export files are compared with the
term's README only, and `LFX URL: TBD` (what cncf's generator writes before LFX has a page) matches an
empty `lfx_url`. Through the CLI, on the files laid out as the repository has them."""

from __future__ import annotations

import gzip
import json
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import CHECKOUT, needs_checkout

TERM = Path("programs/lfx-mentorship/2026/03-Sep-Nov")
FORM = "https://github.com/cncf/mentoring/issues/new?template=lfx-program-proposal.yml"
EXPORT_AT_B318C3B7 = Path(__file__).parent / "fixtures" / "export_b318c3b7"
APPENDED = """
### Jaeger

#### Improve the trace view

- Description: Make the trace view faster.
- Expected Outcome: A faster trace view.
- Recommended Skills: TypeScript, React
- Mentor(s):
  - Jane Doe (@janedoe, jane@cncf.io)
  - John Roe (@johnroe, john@cncf.io)
- Upstream Issue: https://github.com/jaegertracing/jaeger-ui/issues/4278
"""


def diagnostics(cwd, *args: str) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated",
                           "--format", "json", *args], cwd=cwd, capture_output=True, text=True)
    assert done.returncode in (0, 1), done.stderr
    return json.loads(done.stdout)["diagnostics"]


def _serious(found: list[dict], name: str) -> list[dict]:
    return [d for d in found if d["path"].endswith(name) and d["severity"] != "info"]


@needs_checkout
def test_a_proposal_appended_to_the_stub_is_pointed_to_the_form(tmp_path):
    term = tmp_path / TERM
    shutil.copytree(CHECKOUT / TERM, term)
    stub = term / "project_ideas.md"
    stub.chmod(0o644)
    text = stub.read_text(encoding="utf-8")
    first_appended = text.count("\n") + 2
    stub.write_text(text + APPENDED, encoding="utf-8")
    readme_before = _serious(diagnostics(tmp_path, str(TERM / "README.md")), "README.md")

    found = diagnostics(tmp_path, str(TERM))
    pointers = [d for d in found if d["code"] == "PL113"]
    assert len(pointers) == 1 and FORM in pointers[0]["message"] and pointers[0]["line"] >= first_appended
    assert all(d["line"] >= first_appended for d in _serious(found, "project_ideas.md"))
    assert not any(d["code"].startswith("PL12") for d in _serious(found, "project_ideas.md"))
    assert _serious(found, "README.md") == readme_before


def test_the_stub_alone_has_nothing_to_say():
    stub = "# Project proposals have moved\n\nOpen an issue with the [form](" + FORM + ")\ninstead.\n"
    from proposal_lint import Options, lint_text

    assert lint_text(stub, str(TERM / "project_ideas.md"), Options(offline=True)) == []


def _b318c3b7_term(root: Path) -> Path:
    term = root / TERM
    term.mkdir(parents=True)
    for name in ("README.md", "lfx-export.json", "lfx-tracking.csv"):
        (term / name).write_bytes(gzip.decompress((EXPORT_AT_B318C3B7 / f"{name}.gz").read_bytes()))
    return term


def test_lfx_url_tbd_is_the_exports_empty_lfx_url(tmp_path):
    term = _b318c3b7_term(tmp_path)
    found = diagnostics(tmp_path, str(TERM))
    assert [d for d in found if d["code"] == "PL123"] == []
    readme = term / "README.md"
    text = readme.read_text(encoding="utf-8")
    assert text.count("- LFX URL: TBD") > 1
    readme.write_text(text.replace("- LFX URL: TBD", "- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/x", 1),
                      encoding="utf-8")
    assert len([d for d in diagnostics(tmp_path, str(TERM)) if d["code"] == "PL123"]) == 2  # json and csv


def test_another_markdown_file_beside_the_exports_is_not_compared_with_them(tmp_path):
    term = _b318c3b7_term(tmp_path)
    note = term / "draft.md"
    note.write_text("### Demo\n\n#### A title\n\n- Description: d\n- Mentor(s):\n  - Jane Doe (@janedoe, jane@cncf.io)\n",
                    encoding="utf-8")
    found = diagnostics(tmp_path, str(note))
    assert found and not any(d["code"].startswith("PL12") for d in found)

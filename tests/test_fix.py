"""`--fix` and `--diff`: each fix, file handling (endings, BOM, permissions), the seed, and fix properties."""

import json
import os
import re
import shutil
import stat

import pytest
from click.testing import CliRunner
from conftest import SEED_001, needs_seeds
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proposal_lint import lint_text
from proposal_lint.commands.cli import cli
from proposal_lint.commands.config import Settings, build_options
from proposal_lint.rules.context import Options
from proposal_lint.fix.apply import fix_text
from proposal_lint.rules.table import all_rules

CLEAN = """### Demo

#### Improve the docs

- Description: Rewrite the guide.
- Expected Outcome: A new guide.
- Recommended Skills: Markdown
- Mentor(s):
  - Jane Doe (@janedoe, jane@cncf.io)
  - John Roe (@johnroe, john@cncf.io)
- Upstream Issue: https://github.com/demo/demo/issues/1
- LFX URL:
"""


def _fixed(text: str, options: Options = Options()) -> str:
    return fix_text(text, "t.md", options).text


def _run(*args):
    return CliRunner().invoke(cli, ["check", "--offline", "--isolated", *map(str, args)])


SKILLS = "- Recommended Skills: Markdown"
ISSUE = "- Upstream Issue: https://github.com/demo/demo/issues/1"
DESCRIPTION = "- Description: Rewrite the guide."


@pytest.mark.parametrize(
    ("line", "written"),
    [
        (SKILLS, "- Recommended Skill: Markdown"),
        (ISSUE, "- Issue: https://github.com/demo/demo/issues/1"),
        ("- Mentor(s):", "- Mentors:"),
        ("- Upstream Issue:", "- **Issue:**"),
        ("- Description: Don\u2019t rewrite the guide.", "- Description: Don\u00e2\u20ac\u2122t rewrite the guide."),
    ],
)
def test_single_construct_fixes(line, written):
    fixed = CLEAN.replace(DESCRIPTION, line) if line.startswith("- Description: Don") else CLEAN
    text = fixed.replace(line, written)
    assert text != fixed
    assert _fixed(text) == fixed


@pytest.mark.parametrize(
    ("line", "written"),
    [
        (DESCRIPTION, "- **Description:** Rewrite the guide."),
        (DESCRIPTION, "- **Description**: Rewrite the guide."),
        (DESCRIPTION, "- Description : Rewrite the guide."),
        ("- Mentor(s):", "- Mentor(s)"),
        (ISSUE, "- Upstream Issue: <https://github.com/demo/demo/issues/1>"),
    ],
)
def test_what_no_rule_reports_no_fix_changes(line, written):
    """The template's own label with emphasis or spacing, an autolinked URL: no finding, no edit."""
    text = CLEAN.replace(line, written)
    assert lint_text(text, "t.md") == []
    assert _fixed(text) == text


def test_missing_lfx_url_is_added_after_the_last_field():
    text = CLEAN.replace("- LFX URL:\n", "")
    assert _fixed(text) == CLEAN


def test_lfx_url_is_not_added_where_the_template_has_none():
    text = CLEAN.replace("- LFX URL:\n", "")
    assert _fixed(text, Options(template=_gsoc())) == text


def _gsoc():
    from proposal_lint.core.template import builtin_template

    return builtin_template("gsoc")


def test_inline_mentors_become_nested_items():
    text = CLEAN.replace(
        "- Mentor(s):\n  - Jane Doe (@janedoe, jane@cncf.io)\n  - John Roe (@johnroe, john@cncf.io)\n",
        "- Mentor(s): Jane Doe (@janedoe, jane@cncf.io), John Roe (@johnroe, john@cncf.io)\n",
    )
    assert _fixed(text) == CLEAN


@pytest.mark.parametrize(
    ("entry", "fixed"),
    [
        ("[Jane Doe](https://github.com/janedoe) (jane@cncf.io)", "Jane Doe (@janedoe, jane@cncf.io)"),
        ("Jane Doe (@janedoe, <jane@cncf.io>)", "Jane Doe (@janedoe, jane@cncf.io)"),
        ("Jane Doe (@janedoe, [jane@cncf.io](mailto:jane@cncf.io))", "Jane Doe (@janedoe, jane@cncf.io)"),
        ("Jane Doe @janedoe mailto:jane@cncf.io", "Jane Doe (@janedoe, jane@cncf.io)"),
        # No handle: nothing is invented, the email is only unwrapped.
        ("Jane Doe (<jane@cncf.io>)", "Jane Doe (jane@cncf.io)"),
        # The role prefix stands outside the entry: kept, not duplicated.
        ("Primary Mentor: Jane Doe (@janedoe, <jane@cncf.io>)", "Primary Mentor: Jane Doe (@janedoe, jane@cncf.io)"),
        # Obfuscated on purpose: left for the author.
        ("Jane Doe (@janedoe, jane AT cncf DOT io)", "Jane Doe (@janedoe, jane AT cncf DOT io)"),
    ],
)
def test_mentor_entries(entry, fixed):
    text = CLEAN.replace("Jane Doe (@janedoe, jane@cncf.io)", entry)
    assert _fixed(text) == CLEAN.replace("Jane Doe (@janedoe, jane@cncf.io)", fixed)


def test_ignored_rule_and_inline_suppression_stop_a_fix():
    text = CLEAN.replace("- Recommended Skills:", "- Recommended Skill:")
    assert _fixed(text, build_options(None, Settings(ignore=["PL203"]))) == text
    suppressed = text.replace("- Recommended Skill:", "  <!-- proposal-lint disable-next-line PL203 -- kept -->\n- Recommended Skill:")
    assert _fixed(suppressed) == suppressed


def test_the_fixable_rules_are_those_that_declare_a_fix():
    assert [rule.code for rule in all_rules() if rule.fixable] == ["PL201", "PL203", "PL304", "PL305", "PL418", "PL502"]


@needs_seeds
def test_seed_001_fixes_lines_45_54_and_213_and_keeps_the_template_block(tmp_path):
    copy = tmp_path / "ideas.md"
    shutil.copyfile(SEED_001, copy)
    original = SEED_001.read_bytes()
    result = _run("--fix", "--format", "json", copy)
    fixed = copy.read_bytes()
    assert fixed.split(b"\n")[:17] == original.split(b"\n")[:17]
    lines = fixed.decode().split("\n")
    assert "- Recommended Skills: KubeEdge, KubeEdge-Sedna, Volcano" in lines
    assert lines[44:47] == [
        "- Mentor(s):",
        "  - Lee Calcote (@leecalcote, leecalcote@gmail.com)",
        "  - Yash Sharma (@Yashsharma1911, yashsharma2572@gmail.com)",
    ]
    assert lines[55:58] == [
        "- Mentor(s):",
        "  - Lee Calcote (@leecalcote, leecalcote@gmail.com)",
        "  - Antonette Caldwell (@nebula-aac, pullmana8@gmail.com)",
    ]
    assert f"{copy}:213:3: fixed PL203" in result.stderr
    assert f"{copy}:45:" in result.stderr and f"{copy}:54:" in result.stderr
    remaining = {(d["code"], d["line"]) for d in json.loads(result.stdout)["diagnostics"]}
    assert ("PL203", 217) not in remaining and not {("PL305", 45), ("PL305", 54)} & remaining
    assert ("PL206", 34) in remaining  # what remains is reported
    assert SEED_001.read_bytes() == original


def test_crlf_bom_missing_final_newline_and_permissions_are_kept(tmp_path):
    text = CLEAN.replace("- Recommended Skills:", "- Recommended Skill:").replace("- LFX URL:\n", "").rstrip("\n")
    path = tmp_path / "ideas.md"
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    os.chmod(path, 0o640)
    _run("--fix", path)
    expected = CLEAN.rstrip("\n").replace("\n", "\r\n")
    assert path.read_bytes() == b"\xef\xbb\xbf" + expected.encode()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["ideas.md"]


def test_mixed_line_endings_are_kept_line_by_line(tmp_path):
    text = CLEAN.replace("- Recommended Skills:", "- Recommended Skill:")
    lines = text.split("\n")
    raw = "".join(line + ("\r\n" if i % 2 else "\n") for i, line in enumerate(lines[:-1]))
    path = tmp_path / "ideas.md"
    path.write_bytes(raw.encode())
    _run("--fix", path)
    assert path.read_bytes() == raw.replace("Recommended Skill:", "Recommended Skills:").encode()


def test_diff_prints_and_does_not_write(tmp_path):
    path = tmp_path / "ideas.md"
    path.write_text(CLEAN.replace("- Recommended Skills:", "- Recommended Skill:"))
    before = path.read_bytes()
    result = _run("--diff", path)
    assert result.exit_code == 1
    assert "-- Recommended Skill: Markdown\n+- Recommended Skills: Markdown\n" in result.stdout
    assert path.read_bytes() == before
    path.write_text(CLEAN)
    clean = _run("--diff", path)
    assert clean.exit_code == 0 and clean.stdout == ""


def test_fix_reports_changes_and_what_remains(tmp_path):
    path = tmp_path / "ideas.md"
    path.write_text(CLEAN.replace("- Recommended Skills:", "- Recommended Skill:").replace("- Description: Rewrite the guide.\n", ""))
    result = _run("--fix", "--format", "text", path)
    assert "fixed PL203 `Recommended Skill:` -> `Recommended Skills:`" in result.stderr
    assert "Fixed 1 problem(s) in 1 file(s)." in result.stderr
    assert "PL201" in result.stdout and "PL203" not in result.stdout
    assert result.exit_code == 1


# --- properties -------------------------------------------------------------------------------

_FILLER = st.from_regex(r"zq[a-z]{1,6}[0-9]{1,3}", fullmatch=True)
_LABELS = {
    "Description": ["Description", "**Description:**", "Descriptions", "Description :"],
    "Expected Outcome": ["Expected Outcome", "Expected Outcomes", "**Expected Outcome**:"],
    "Recommended Skills": ["Recommended Skills", "Recommended Skill", "Skills"],
    "Upstream Issue": ["Upstream Issue", "Issue", "Upstream Issues"],
}
_MOJIBAKE = ["", "Don\u00e2\u20ac\u2122t", "caf\u00c3\u00a9"]
_MENTORS = [
    "{n} (@{h}, {h}@cncf.io)",
    "[{n}](https://github.com/{h}) ({h}@cncf.io)",
    "{n} (@{h}, <{h}@cncf.io>)",
    "{n} (@{h}, [{h}@cncf.io](mailto:{h}@cncf.io))",
    "{n} ({h}@cncf.io)",
    "{n} (@{h})",
]


@st.composite
def _proposal(draw) -> tuple[str, list[str]]:
    """A proposal written with label, mentor and value variants, and the filler words it holds."""
    words: list[str] = []

    def filler() -> str:
        word = draw(_FILLER)
        words.append(word)
        return word

    lines = [f"#### {filler()} title", ""]
    for name, variants in _LABELS.items():
        label = draw(st.sampled_from(variants))
        colon = "" if label.endswith((":", "**:")) else ":"
        if name == "Upstream Issue":
            url = f"https://github.com/o/{filler()}/issues/1"
            value = draw(st.sampled_from([url, f"<{url}>"]))
        else:
            middle = draw(st.sampled_from(_MOJIBAKE))
            value = f"{filler()} {middle} {filler()}".replace("  ", " ")
        lines.append(f"- {label}{colon} {value}")
    people = [(f"{filler().title()} {filler().title()}", f"h{draw(st.integers(1, 999))}") for _ in range(draw(st.integers(1, 3)))]
    entries = [draw(st.sampled_from(_MENTORS)).format(n=n, h=h) for n, h in people]
    if draw(st.booleans()):
        lines.append(f"- {draw(st.sampled_from(['Mentor(s)', 'Mentors']))}: " + ", ".join(entries))
    else:
        lines.append(f"- {draw(st.sampled_from(['Mentor(s):', 'Mentors:', 'Mentor(s)']))}")
        lines += [f"  - {entry}" for entry in entries]
    if draw(st.booleans()):
        lines.append("- LFX URL:")
    return "\n".join(lines) + "\n", words


@st.composite
def _document(draw) -> tuple[str, list[str]]:
    proposals = draw(st.lists(_proposal(), min_size=1, max_size=3))
    text = "### Demo\n\n" + "\n".join(p for p, _ in proposals)
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    return text, [w for _, words in proposals for w in words]


def _non_space(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.slow
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_document())
def test_fixing_twice_equals_fixing_once_and_keeps_all_other_text(document):
    text, words = document
    once = _fixed(text)
    assert _fixed(once) == once
    # Filler words are never part of a fixed construct: each survives, in order.
    assert re.findall(r"zq[a-z]+[0-9]+", once, flags=re.I) == re.findall(r"zq[a-z]+[0-9]+", text, flags=re.I)
    assert [w.casefold() for w in re.findall(r"zq[a-z]+[0-9]+", once, flags=re.I)] == [w.casefold() for w in words]
    # Line endings stay as they were, inserted lines included.
    if "\r\n" in text:
        assert "\n" not in once.replace("\r\n", "")
    else:
        assert "\r" not in once
    assert once.endswith("\n") == text.endswith("\n")


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abc -*:#<>()@[]\n\u00e2\u20ac\u2122\u00c3\u00a9")), max_size=300))
def test_arbitrary_text_keeps_every_character_outside_fixed_constructs(text):
    from proposal_lint.engine.lint import parse_source
    from proposal_lint.fix.apply import (
        interval,
        Lines,
        apply_fixes,
        collect_fixes,
        normalize,
    )
    from proposal_lint.reading.source import Source

    document = parse_source(Source("t.md", normalize(text)), Options())
    fixes = list(collect_fixes(document, Options()))
    result, applied = apply_fixes(text, fixes)
    lines = Lines(text)
    regions = sorted(interval(edit, lines) for fix in applied for edit in fix.edits)
    kept, position = [], 0
    for start, end in regions:
        kept.append(text[position:start])
        position = max(position, end)
    kept.append(text[position:])
    remaining = result
    for piece in kept:
        index = remaining.find(piece)
        assert index >= 0, piece
        remaining = remaining[index + len(piece):]
    once = _fixed(text)
    assert _fixed(once) == once


def test_the_fix_log_is_in_line_order_at_each_findings_position(tmp_path):
    """The inline mentors are split in a second pass, after the label before them was fixed: the log
    still says where `check` reported it, in line order."""
    text = CLEAN.replace("- Recommended Skills: Markdown", "- Recommended Skill: Markdown").replace(
        "- Mentor(s):\n  - Jane Doe (@janedoe, jane@cncf.io)\n  - John Roe (@johnroe, john@cncf.io)",
        "- Mentors: Jane Doe <jane@cncf.io> @janedoe, John Roe <john@cncf.io> @johnroe",
    )
    ideas = tmp_path / "ideas.md"
    ideas.write_text(text, encoding="utf-8")
    found = {(d["line"], d["column"], d["code"]) for d in json.loads(_run("--format", "json", ideas).stdout)["diagnostics"]}
    result = _run("--fix", ideas)
    logged = [(int(line), int(column), code) for line, column, code
              in re.findall(r":(\d+):(\d+): fixed (PL\d+)", result.stderr)]
    assert logged == sorted(logged) and {"PL203", "PL304", "PL305"} <= {code for *_, code in logged}
    assert set(logged) <= found
    assert [entry for entry in logged if entry[2] != "PL203"] == sorted(f for f in found if f[2] in ("PL304", "PL305"))

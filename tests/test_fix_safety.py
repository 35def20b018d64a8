"""--fix never loses an edit or a file's identity: it refuses a file that changed while it ran, a
hard-linked or read-only one; fixes a symlink's target; keeps mode and owner; honours the size
limit; and applies many fixes in linear time (issue 12)."""

from __future__ import annotations

import os
import stat
import time

import pytest
from click.testing import CliRunner

from proposal_lint.commands.cli import cli
from proposal_lint.rules.context import Options
from proposal_lint.fix.apply import apply_fixes
from proposal_lint.core.diagnostics import Edit, Fix
from proposal_lint.fix.files import FixRefused, fix_file, write_atomically
from proposal_lint.reading.source import MAX_FILE_BYTES

FIXABLE = """### Demo

#### Improve the docs

- Description: Rewrite the guide.
- Expected Outcome: A new guide.
- Recommended Skill: Markdown
- Mentor(s):
  - Jane Doe (@janedoe, jane@cncf.io)
  - John Roe (@johnroe, john@cncf.io)
- Upstream Issue: https://github.com/demo/demo/issues/1
- LFX URL:
"""
FIXED = FIXABLE.replace("Recommended Skill:", "Recommended Skills:")


def run_fix(*paths):
    return CliRunner().invoke(cli, ["check", "--isolated", "--offline", "--fix", *map(str, paths)])


def test_an_edit_made_while_fixing_is_kept_and_the_file_is_refused(tmp_path):
    path = tmp_path / "ideas.md"
    path.write_text(FIXABLE, encoding="utf-8")
    fixed = fix_file(str(path), Options(offline=True))
    edited = FIXABLE + "\nA line the author added meanwhile.\n"
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(FixRefused, match="changed while it was being fixed"):
        write_atomically(fixed)
    assert path.read_text(encoding="utf-8") == edited
    assert [p.name for p in tmp_path.iterdir()] == ["ideas.md"]  # no temporary file left


def test_a_symlink_stays_a_link_and_its_target_is_fixed(tmp_path):
    target = tmp_path / "real.md"
    target.write_text(FIXABLE, encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(target.name)
    result = run_fix(link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == "real.md"
    assert target.read_text(encoding="utf-8") == FIXED


def test_mode_and_owner_are_kept(tmp_path):
    path = tmp_path / "ideas.md"
    path.write_text(FIXABLE, encoding="utf-8")
    path.chmod(0o640)
    owner = (12345, 23456) if os.getuid() == 0 else (os.getuid(), os.getgid())
    if os.getuid() == 0:
        os.chown(path, *owner)
    result = run_fix(path)
    assert result.exit_code == 0, result.output
    info = path.stat()
    assert path.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(info.st_mode) == 0o640 and (info.st_uid, info.st_gid) == owner


def test_hard_linked_and_read_only_files_are_refused_with_a_message_and_left_alone(tmp_path):
    linked, read_only, plain = tmp_path / "linked.md", tmp_path / "read-only.md", tmp_path / "plain.md"
    for path in (linked, read_only, plain):
        path.write_text(FIXABLE, encoding="utf-8")
    os.link(linked, tmp_path / "other-name.md")
    read_only.chmod(0o444)
    result = run_fix(linked, read_only, plain)
    assert result.exit_code == 2
    assert f"{linked}: not fixed: it has 2 hard links" in result.stderr
    assert f"{read_only}: not fixed: the file is read-only" in result.stderr
    assert linked.read_text(encoding="utf-8") == FIXABLE and read_only.read_text(encoding="utf-8") == FIXABLE
    assert (tmp_path / "other-name.md").samefile(linked)
    assert plain.read_text(encoding="utf-8") == FIXED  # the other files are still fixed


def test_fix_honours_the_size_limit(tmp_path):
    path = tmp_path / "huge.md"
    body = FIXABLE * (MAX_FILE_BYTES // len(FIXABLE) + 2)
    path.write_text(body, encoding="utf-8")
    start = time.perf_counter()
    result = CliRunner().invoke(cli, ["check", "--isolated", "--offline", "--fix", "--format", "json", str(path)])
    assert time.perf_counter() - start < 10
    assert result.exit_code == 2 and '"PL004"' in result.stdout
    assert path.read_text(encoding="utf-8") == body


def test_many_fixes_apply_in_linear_time():
    count = 50_000
    text = "x\n" * count
    fixes = [Fix("PL203", "d", (Edit.insert(line, 1, "y"),), line) for line in range(1, count + 1)]
    start = time.perf_counter()
    fixed, applied = apply_fixes(text, fixes)
    assert time.perf_counter() - start < 5
    assert fixed == "yx\n" * count and len(applied) == count


def test_overlapping_fixes_wait_for_the_next_pass():
    text = "abcdef"
    first = Fix("PL203", "a", (Edit(1, 2, 1, 5, "X"),), 1)
    inside = Fix("PL203", "b", (Edit(1, 3, 1, 4, "Y"),), 1)
    point_inside = Fix("PL203", "c", (Edit.insert(1, 3, "Z"),), 1)
    at_edge = Fix("PL203", "d", (Edit.insert(1, 5, "W"),), 1)
    assert apply_fixes(text, [first, inside, point_inside, at_edge]) == ("aXWef", [first, at_edge])

"""Hostile input: a malformed URL, deep nesting, adversarial lines, symlinks, FIFOs, UTF-16 and odd file
names each get a clear finding, in bounded time, and the run goes on (issue 12)."""

from __future__ import annotations

import json
import os
import time

from click.testing import CliRunner
from conftest import CLEAN_PROPOSAL

from proposal_lint.commands.cli import cli

FULLWIDTH = "https://github\uff1a.com/k/f/issues/1"
BRACKETED = "https://github.com]/o/r/issues/781"


def run_json(*args: str):
    result = CliRunner().invoke(cli, ["check", "--isolated", "--format", "json", *args])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result.exit_code, json.loads(result.stdout)


def with_upstream(value: str) -> str:
    return CLEAN_PROPOSAL.replace("https://github.com/demo/demo/issues/1", value)


def test_a_url_that_cannot_be_parsed_is_a_finding_with_a_guess_and_the_run_goes_on(tmp_path):
    bad, good = tmp_path / "bad.md", tmp_path / "good.md"
    bad.write_text(with_upstream(f"{FULLWIDTH} <{BRACKETED}>"), encoding="utf-8")
    good.write_text(CLEAN_PROPOSAL, encoding="utf-8")
    code, report = run_json("--offline", str(bad), str(good))
    assert code == 1
    found = [(d["code"], d["column"], d["message"]) for d in report["diagnostics"]]
    assert [(c, col) for c, col, _ in found] == [("PL417", 19), ("PL417", 53)]
    assert "did you mean `https://github.com/k/f/issues/1`" in found[0][2]
    assert "did you mean `https://github.com/o/r/issues/781`" in found[1][2]
    assert report["summary"]["files"] == 2 and report["summary"]["proposals"] == 2


def test_a_url_that_cannot_be_parsed_is_never_fetched(tmp_path):
    from links_servers import Answer, LoopbackServer

    with LoopbackServer({"/ok": Answer(200)}) as server:
        path = tmp_path / "bad.md"
        path.write_text(with_upstream(f"{FULLWIDTH} {server.url('/ok')}"), encoding="utf-8")
        code, report = run_json("--allow-private-hosts", "--no-cache", "--select", "PL4", str(path))
    assert code == 1 and [d["code"] for d in report["diagnostics"]] == ["PL417"]
    assert [(s.method, s.path) for s in server.seen] == [("HEAD", "/ok")]


def test_deep_nesting_is_an_input_finding_per_file_and_the_run_goes_on(tmp_path):
    files = {
        "dashes.md": "- " * 164 + "x\n",
        "quotes.md": ">" * 327 + " x\n",
        "indented.md": "".join("  " * depth + "- x\n" for depth in range(2000)),  # 4 MB
        "good.md": CLEAN_PROPOSAL,
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    code, report = run_json("--offline", "--fail-on", "never", *(str(tmp_path / name) for name in files))
    assert code == 2
    deep = {os.path.basename(d["path"]): (d["code"], d["line"]) for d in report["diagnostics"]}
    assert deep == {"dashes.md": ("PL009", 1), "quotes.md": ("PL009", 1), "indented.md": ("PL009", 65)}
    assert report["summary"]["proposals"] == 1


MB = 1_000_000
MENTORS = "- Mentor(s):\n  - Jane Doe (@janedoe, jane@cncf.io)\n  - John Roe (@johnroe, john@cncf.io)"
INLINE_MENTORS = "- Mentor(s): Jane Doe (@janedoe, jane@cncf.io), John Roe (@johnroe, john@cncf.io)"
# Each line made quadratic work of a regex over user text (minutes at this size); linear, they take
# a fraction of a second. The bound is generous: it catches a blow-up, not a slow machine.
ADVERSARIAL_LINES = {
    "heading closed after a run of blanks": "# a" + " " * MB + "x\n\n" + CLEAN_PROPOSAL,
    "suppression comments that never close": "<!-- proposal-lint" + "<!--" * (MB // 4) + "\n\n" + CLEAN_PROPOSAL,
    "mentor lookalike with a long handle": CLEAN_PROPOSAL.replace("- Description: d", "- Description: d\n  - @ab" + "a" * MB),
    "unclosed links in an upstream issue": CLEAN_PROPOSAL.replace(
        "- LFX URL:", "  - " + "[a](" * (MB // 4) + "\n" + ("  - " + "[a](" * 1000 + "\n") * 20 + "- LFX URL:"),
}


def timed(function, *args) -> float:
    start = time.perf_counter()
    function(*args)
    return time.perf_counter() - start


def test_adversarial_megabyte_lines_are_linted_and_fixed_in_bounded_time():
    from proposal_lint.rules.context import Options
    from proposal_lint.engine.lint import lint_text
    from proposal_lint.fix.apply import fix_text

    for name, text in ADVERSARIAL_LINES.items():
        assert timed(lint_text, text, "x.md", Options(offline=True)) < 5, name
        assert timed(fix_text, text, "x.md", Options(offline=True)) < 5, name


def test_the_mentor_separator_is_linear():
    from proposal_lint.rules.pl3_mentors._mentor_fixes import SEPARATOR

    assert timed(SEPARATOR.fullmatch, "," * MB + ")") < 1
    assert timed(SEPARATOR.fullmatch, "and" + "," * MB + ")") < 1
    assert SEPARATOR.fullmatch(", and ,") and SEPARATOR.fullmatch(" & ") and not SEPARATOR.fullmatch(", x")


def test_diff_of_inline_mentors_followed_by_commas_is_bounded(tmp_path):
    path = tmp_path / "commas.md"
    path.write_text(CLEAN_PROPOSAL.replace(MENTORS, INLINE_MENTORS + "," * 100_000 + ")"), encoding="utf-8")
    start = time.perf_counter()
    result = CliRunner().invoke(cli, ["check", "--isolated", "--offline", "--diff", str(path)])
    assert time.perf_counter() - start < 10 and result.exit_code == 0, result.output


def test_directory_mode_does_not_follow_symlinks_out_of_the_tree(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("root:x:0:0:root:/root:/bin/bash\n- Description: d\n- Mentor(s): m\n", encoding="utf-8")
    tree = tmp_path / "repo" / "docs"
    tree.mkdir(parents=True)
    (tree / "ideas.md").write_text(CLEAN_PROPOSAL, encoding="utf-8")
    (tree / "x.md").symlink_to(secret)
    (tree / "same.md").symlink_to("ideas.md")  # inside the tree: followed
    result = CliRunner().invoke(cli, ["check", "--isolated", "--offline", "--format", "text", str(tmp_path / "repo")])
    assert result.exit_code == 0, result.output
    assert "root:x:0:0" not in result.output and str(secret) not in result.output
    assert f"{tree / 'x.md'}:1:1: PL010 warning [symlink-leaves-directory]" in result.output
    assert "3 file(s), 2 proposal(s)" in result.output
    # Named on the command line, the file is read wherever it points.
    code, report = run_json("--offline", str(tree / "x.md"))
    assert [d["code"] for d in report["diagnostics"]] == ["PL006"]


def test_a_fifo_is_refused_without_waiting_on_it(tmp_path):
    import subprocess
    import sys

    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--isolated", "--offline", str(fifo)],
                          capture_output=True, text=True, timeout=30)
    assert done.returncode == 2
    assert "PL001 error [unreadable-file] is not a regular file (a FIFO, device or socket)" in done.stdout


def test_an_internal_error_has_its_own_exit_code_and_one_line(tmp_path, monkeypatch, capsys):
    from proposal_lint.commands import cli as cli_module
    from proposal_lint.engine import lint as engine

    def broken(*args, **kwargs):
        raise KeyError("a bug")

    monkeypatch.setattr(engine, "check_documents", broken)
    path = tmp_path / "ideas.md"
    path.write_text(CLEAN_PROPOSAL, encoding="utf-8")
    assert cli_module.main(["check", "--isolated", "--offline", str(path)]) == cli_module.INTERNAL_ERROR == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (KeyError: 'a bug'); this is a bug, please report it" in err
    assert "Traceback" not in err


def test_utf16_is_named_with_how_to_convert_it(tmp_path):
    for name, data in {"bom.md": CLEAN_PROPOSAL.encode("utf-16"), "le.md": CLEAN_PROPOSAL.encode("utf-16-le")}.items():
        (tmp_path / name).write_bytes(data)
    code, report = run_json("--offline", str(tmp_path / "bom.md"), str(tmp_path / "le.md"))
    assert code == 2
    assert [(d["code"], d["message"]) for d in report["diagnostics"]] == [
        ("PL002", "file is UTF-16; save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`)")] * 2


def test_control_characters_in_file_names_are_escaped_in_text_output(tmp_path):
    path = tmp_path / "evil\n\x1b[31mname.md"
    path.write_text("", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--isolated", "--offline", "--format", "text", str(path)])
    assert "\x1b" not in result.output
    assert f"{tmp_path}/evil\\n\\x1b[31mname.md:1:1: PL005" in result.output

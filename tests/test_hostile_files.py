"""Every input answered, every write atomic (issue 26): odd issue numbers, infinite timeouts, broken or
endless config, template, registry, baseline, project-list and quotas files get a finding or exit 2 with a
message (never exit 3 or a hang); report, baseline and export files are written atomically, never over a
file the run reads, and through a symlink; --fix goes on past a file it cannot write."""

from __future__ import annotations

import json
import os
import resource
import signal
import subprocess
import sys

import pytest
from conftest import CLEAN_PROPOSAL

HANG_GUARD = 120  # seconds: a subprocess that blocks (a FIFO) fails the test instead of hanging the suite


def cli(*args: str, cwd=None, file_size_limit: int | None = None) -> subprocess.CompletedProcess:
    def limit_file_size() -> None:  # writes past the limit fail with EFBIG, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run([sys.executable, "-m", "proposal_lint", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=HANG_GUARD, preexec_fn=limit_file_size if file_size_limit else None)


@pytest.fixture
def clean(tmp_path):
    path = tmp_path / "clean.md"
    path.write_text(CLEAN_PROPOSAL, encoding="utf-8")
    return path


# ---- inputs ----

@pytest.mark.parametrize("number", ["²", "١٢", "1" * 5000], ids=["superscript", "arabic-indic", "5000-digits"])
def test_an_issue_number_that_is_not_ascii_digits_or_too_long_is_a_finding(tmp_path, number):
    path = tmp_path / "p.md"
    path.write_text(CLEAN_PROPOSAL.replace("issues/1", f"issues/{number}"), encoding="utf-8")
    done = cli("check", "--offline", "--isolated", "--format", "json", str(path))
    assert done.returncode == 0, done.stderr  # a warning
    assert [d["code"] for d in json.loads(done.stdout)["diagnostics"]] == ["PL404"]


@pytest.mark.parametrize("value", ["inf", "nan", "-inf", "1e999"])
def test_a_timeout_that_is_not_finite_is_refused_on_the_command_line_and_in_the_config(tmp_path, clean, value):
    done = cli("check", "--isolated", "--timeout", value, str(clean))
    assert done.returncode == 2 and "--timeout" in done.stderr and "is not a finite number" in done.stderr
    config = tmp_path / "pl.toml"
    config.write_text(f"timeout = {value.replace('1e999', 'inf')}\n", encoding="utf-8")
    done = cli("check", "--config", str(config), str(clean))
    assert done.returncode == 2 and "`timeout`" in done.stderr and "is not a finite number" in done.stderr


def test_a_config_that_is_not_utf8_or_nests_too_deeply_is_exit_2_with_a_message(tmp_path, clean):
    latin = tmp_path / "latin.toml"
    latin.write_bytes(b"# caf\xe9\noffline = true\n")
    deep = tmp_path / "deep.toml"
    deep.write_text("x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    done = cli("check", "--config", str(latin), str(clean))
    assert done.returncode == 2 and "byte 0xe9 at offset 5 is not valid UTF-8" in done.stderr
    done = cli("check", "--config", str(deep), str(clean))
    assert done.returncode == 2 and "nest too deeply" in done.stderr


def _option_runs(tmp_path, clean, bad: str) -> dict[str, list[str]]:
    """One command per kind of file a run reads besides its inputs, each naming `bad`."""
    config = tmp_path / f"quotas-{os.path.basename(bad)}.toml"
    config.write_text(f'quotas = "{bad}"\n', encoding="utf-8")
    term = tmp_path / "programs/lfx-mentorship/2026/03-Sep-Nov/README.md"
    term.parent.mkdir(parents=True, exist_ok=True)
    term.write_text(CLEAN_PROPOSAL, encoding="utf-8")
    return {
        "config": ["check", "--config", bad, str(clean)],
        "template": ["check", "--isolated", "--template", bad, str(clean)],
        "mentor registry": ["check", "--offline", "--isolated", "--mentor-registry", bad, str(clean)],
        "baseline": ["check", "--offline", "--isolated", "--baseline", bad, str(clean)],
        "project list": ["export", "--isolated", "--to", "csv", "--cncf-projects", bad, str(clean)],
        "project list (summary)": ["summary", "--offline", "--isolated", "--cncf-projects", bad, str(clean)],
        "quotas": ["check", "--offline", "--config", str(config), str(term)],
    }


@pytest.mark.parametrize("kind", ["endless", "fifo"])
def test_an_endless_device_or_a_fifo_named_as_any_file_is_refused_without_reading_it(tmp_path, clean, kind):
    bad = "/dev/zero"
    if kind == "fifo":
        bad = str(tmp_path / "pipe")
        os.mkfifo(bad)
    for what, args in _option_runs(tmp_path, clean, bad).items():
        done = cli(*args)
        assert done.returncode == 2, (what, done.stdout, done.stderr)
        assert "is not a regular file (a FIFO, device or socket)" in done.stderr, (what, done.stderr)


@pytest.mark.parametrize("text", ["- " * 200_000 + "x\n", "a: " + "[" * 200_000 + "\n"], ids=["block", "flow"])
def test_yaml_that_nests_too_deeply_is_refused_before_libyaml_crashes_on_it(tmp_path, clean, text):
    deep = tmp_path / "deep.yml"
    deep.write_text(text, encoding="utf-8")
    for what, args in _option_runs(tmp_path, clean, str(deep)).items():
        if what in ("template", "project list", "quotas"):
            done = cli(*args)
            assert done.returncode == 2 and "nests more than 100 levels deep" in done.stderr, (what, done.stderr)


def test_a_user_regex_that_backtracks_without_end_stops_the_run_with_a_message(tmp_path):
    path = tmp_path / "p.md"
    path.write_text(CLEAN_PROPOSAL.replace("https://github.com/demo/demo/issues/1", "http://127.0.0.1:9/" + "a" * 3000 + "b"),
                    encoding="utf-8")
    config = tmp_path / "pl.toml"
    config.write_text('exclude-urls = ["(a|aa)+$"]\n', encoding="utf-8")
    done = cli("check", "--config", str(config), "--no-cache", "--allow-private-hosts", str(path))
    assert done.returncode == 2, done.stderr
    assert "the regex `(a|aa)+$` took over 1 s" in done.stderr and "backtracks" in done.stderr


# ---- writes ----

@pytest.mark.parametrize("args", [["--output", "{}"], ["--report", "json={}"], ["--baseline", "{}", "--write-baseline"]])
def test_a_report_or_baseline_is_never_written_over_a_file_the_run_reads(tmp_path, clean, args):
    other = tmp_path / "other.md"
    other.write_text(CLEAN_PROPOSAL, encoding="utf-8")
    link = tmp_path / "link.md"
    link.symlink_to(other)
    for target in (clean, link):
        done = cli("check", "--offline", "--isolated", *[a.format(target) for a in args], str(clean), str(other))
        assert done.returncode == 2 and "a file this run reads" in done.stderr, done.stderr
    assert clean.read_text(encoding="utf-8") == other.read_text(encoding="utf-8") == CLEAN_PROPOSAL


def test_export_is_never_written_over_an_input_and_writes_through_a_symlink_keeping_it(tmp_path, clean):
    done = cli("export", "--isolated", "--to", "csv", "-o", str(clean), str(clean))
    assert done.returncode == 2 and "a file this run reads" in done.stderr
    assert clean.read_text(encoding="utf-8") == CLEAN_PROPOSAL
    target, link = tmp_path / "export.csv", tmp_path / "latest.csv"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o644)
    link.symlink_to(target.name)
    done = cli("export", "--isolated", "--to", "csv", "-o", str(link), str(clean))
    assert done.returncode == 0, done.stderr
    assert link.is_symlink() and os.readlink(link) == target.name
    assert target.read_text(encoding="utf-8").startswith("issue_number,") and target.stat().st_mode & 0o777 == 0o644


def test_a_baseline_that_cannot_be_written_whole_leaves_the_old_one_intact(tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text("### Demo\n\n" + "".join(f"#### Idea {n}\n\n- Description: d\n\n" for n in range(200)),
                      encoding="utf-8")
    baseline = tmp_path / "baseline.json"
    old = json.dumps({"version": 1, "findings": []}) + "\n"
    baseline.write_text(old, encoding="utf-8")
    done = cli("check", "--offline", "--isolated", "--baseline", str(baseline), "--write-baseline", str(broken),
               file_size_limit=4096)  # the new baseline is larger: its write fails half-way
    assert done.returncode == 2 and "cannot write" in done.stderr, done.stderr
    assert baseline.read_text(encoding="utf-8") == old
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".proposal-lint-")] == []


def test_fix_goes_on_past_a_file_it_cannot_write_and_says_so(tmp_path):
    unlabelled = CLEAN_PROPOSAL.replace("- Expected Outcome: e", "- Expected outcomes: e")
    big, small = tmp_path / "big.md", tmp_path / "small.md"
    big.write_text(unlabelled + "\n" + "padding line\n" * 1000, encoding="utf-8")
    small.write_text(unlabelled, encoding="utf-8")
    done = cli("check", "--offline", "--isolated", "--fix", str(big), str(small), file_size_limit=8192)
    assert done.returncode == 2, done.stdout + done.stderr
    assert f"{big}: not fixed: cannot write it" in done.stderr and "the file is unchanged" in done.stderr
    assert big.read_text(encoding="utf-8").startswith(unlabelled)
    assert small.read_text(encoding="utf-8") == CLEAN_PROPOSAL


def test_a_file_name_that_is_not_utf8_gets_a_percent_encoded_sarif_uri(tmp_path):
    name = os.fsdecode(b"bad\xff.md")
    (tmp_path / name).write_text(CLEAN_PROPOSAL.replace("- LFX URL:\n", ""), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "proposal_lint", "check", "--offline", "--isolated", "--format",
                           "sarif", name], capture_output=True, cwd=tmp_path, timeout=HANG_GUARD)
    assert done.returncode == 1, done.stderr
    results = json.loads(done.stdout)["runs"][0]["results"]
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "bad%FF.md"

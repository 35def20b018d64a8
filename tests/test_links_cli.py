"""The link flags on `proposal-lint check`, and what an offline run must not load."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from links_servers import Answer, LoopbackServer, closed_port, proposal_file

from proposal_lint.commands.cli import main

pytestmark = pytest.mark.slow  # see `slow` in pyproject.toml


@pytest.fixture(autouse=True)
def no_real_github(monkeypatch):
    for name in ("GITHUB_TOKEN", "GITHUB_API_URL", "GITHUB_GRAPHQL_URL"):
        monkeypatch.delenv(name, raising=False)


def _run(args, capsys) -> tuple[int, dict, str]:
    code = main(["check", "--format", "json", "--isolated", *args])
    out, err = capsys.readouterr()
    return code, json.loads(out), err


def test_online_json_run_reports_dead_links_and_draws_nothing(tmp_path, capsys):
    with LoopbackServer({"/gone": Answer(404), "/ok": Answer(200)}) as server:
        path = tmp_path / "p.md"
        path.write_text(proposal_file([server.url("/gone"), server.url("/ok")]))
        code, report, err = _run([str(path), "--allow-private-hosts", "--no-cache", "--timeout", "2"], capsys)
    dead = [d for d in report["diagnostics"] if d["code"] == "PL410"]
    assert code == 1 and len(dead) == 1 and dead[0]["name"] == "dead-link" and dead[0]["field"] == "Upstream Issue"
    assert err == ""


def test_without_the_flag_loopback_is_refused(tmp_path, capsys):
    with LoopbackServer({"/ok": Answer(200)}) as server:
        path = tmp_path / "p.md"
        path.write_text(proposal_file([server.url("/ok")]))
        code, report, _ = _run([str(path), "--no-cache"], capsys)
        assert server.seen == []
    assert [d["code"] for d in report["diagnostics"] if d["code"].startswith("PL41")] == ["PL411"]
    assert code == 0


def test_cache_dir_flag_is_used(tmp_path, capsys):
    with LoopbackServer({"/ok": Answer(200)}) as server:
        path = tmp_path / "p.md"
        path.write_text(proposal_file([server.url("/ok")]))
        cache = tmp_path / "cache"
        _run([str(path), "--allow-private-hosts", "--cache-dir", str(cache)], capsys)
        _run([str(path), "--allow-private-hosts", "--cache-dir", str(cache)], capsys)
        assert len(server.seen) == 1
    assert list(cache.iterdir())


def test_network_down_is_one_warning_and_exit_0(tmp_path, capsys):
    port = closed_port()
    path = tmp_path / "p.md"
    path.write_text(proposal_file([f"http://127.0.0.1:{port}/{n}" for n in range(4)]))
    code, report, _ = _run([str(path), "--allow-private-hosts", "--no-cache"], capsys)
    link_codes = [d["code"] for d in report["diagnostics"] if d["code"].startswith("PL41")]
    assert link_codes == ["PL416"] and code == 0


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["check", "--offline", "--format", "json", "FILE"]])
def test_runs_that_need_no_network_do_not_import_requests_or_rich(args, tmp_path):
    path = tmp_path / "p.md"
    path.write_text(proposal_file(["https://github.com/o/r/issues/1"]))
    args = [str(path) if a == "FILE" else a for a in args]
    script = ("import sys; from proposal_lint.commands.cli import main; code = main(%r); "
              "print('LOADED', sorted(m for m in ('requests', 'rich', 'urllib3') if m in sys.modules))" % args)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert "LOADED []" in result.stdout

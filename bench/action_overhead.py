"""The GitHub Action's overhead: its `Locate the environment` and `Install proposal-lint` steps run
from action.yml with bash, as a runner runs them, cold (an empty RUNNER_TEMP: venv + pip install,
also the install-to-first-report time of a fresh clone) and warm (the venv the cache step restores),
each followed by the check of one proposal file through `python -m proposal_lint.commands.action`, as the action runs it.

    python3 bench/action_overhead.py [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FILE = ROOT / "tests" / "pr_fixtures" / "good.md"


def _step(action: dict, step_id: str) -> str:
    return next(step["run"] for step in action["runs"]["steps"] if step.get("id") == step_id)


def _run_step(script: str, env: dict) -> dict[str, str]:
    output = Path(env["RUNNER_TEMP"]) / f"output-{time.monotonic_ns()}"
    output.write_text("")
    subprocess.run(["bash", "-eo", "pipefail", "-c", script], env={**env, "GITHUB_OUTPUT": str(output)},
                   check=True, capture_output=True)
    return dict(line.split("=", 1) for line in output.read_text().splitlines() if "=" in line)


def one_run(action: dict, runner_temp: Path) -> tuple[float, float]:
    """(seconds to a usable install, seconds of the check) for one job."""
    env = {**os.environ, "RUNNER_TEMP": str(runner_temp), "RUNNER_OS": "Linux", "GITHUB_ACTION_PATH": str(ROOT)}
    started = time.perf_counter()
    located = _run_step(_step(action, "env"), env)
    installed = _run_step(_step(action, "install"), {**env, "PROPOSAL_LINT_VENV": located["venv"]})
    ready = time.perf_counter()
    plan = {"files": [str(FILE)], "args": ["--offline", "--skip-non-proposal-files"], "sarif": "", "comment": False,
            "pull_request": None}
    summary = runner_temp / "summary.md"
    subprocess.run([installed["python"], "-I", "-m", "proposal_lint.commands.action", "check"], check=True,
                   capture_output=True, env={**env, "PROPOSAL_LINT_PLAN": json.dumps(plan),
                                             "GITHUB_OUTPUT": str(runner_temp / "out"),
                                             "GITHUB_STEP_SUMMARY": str(summary)})
    return ready - started, time.perf_counter() - ready


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    cold, warm = [], []
    for _ in range(args.repeat):
        with tempfile.TemporaryDirectory() as temp:
            cold.append(one_run(action, Path(temp)))
            warm.append(one_run(action, Path(temp)))
    for name, runs in (("cold (install + check)", cold), ("warm (cached venv + check)", warm)):
        setup, check = statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)
        print(f"{name}: setup {setup:.2f} s, check {check:.2f} s, total {setup + check:.2f} s")
    print(f"python {sys.version.split()[0]}, {args.repeat} run(s) each, medians")


if __name__ == "__main__":
    main()

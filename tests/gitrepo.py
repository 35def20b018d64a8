"""A throwaway git repository for tests of diff mode and the Action: commit files, read HEAD."""

from __future__ import annotations

import os
import shutil
import subprocess
import zlib
from pathlib import Path

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
    "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org",
    "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
}


class GitRepo:
    def __init__(self, root: Path):
        self.root = root
        root.mkdir(parents=True, exist_ok=True)
        self.git("init", "-q", "-b", "main")

    def git(self, *args: str) -> str:
        env = {**os.environ, **GIT_ENV}
        return subprocess.run(["git", *args], cwd=self.root, env=env, check=True, capture_output=True,
                              text=True).stdout.strip()

    def commit(self, files: dict[str, str], message: str = "change") -> str:
        """Write `files` (path -> text) and commit them; returns the new commit's SHA."""
        for name, text in files.items():
            path = self.root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)
        return self.git("rev-parse", "HEAD")


def proposal(title: str, outcome: bool = True) -> str:
    """One LFX proposal under its title heading; without `Expected Outcome` when outcome is False."""
    fields = [
        f"- Description: {title} in more detail.",
        "- Expected Outcome: it is merged upstream." if outcome else None,
        "- Recommended Skills: Go",
        "- Mentor(s):",
        "  - Jane Doe (@janedoe, jane@cncf.io)",
        "  - John Roe (@johnroe, john@cncf.io)",
        f"- Upstream Issue: https://github.com/o/r/issues/{zlib.crc32(title.encode()) % 100000}",
        "- LFX URL:",
    ]
    return f"#### {title}\n\n" + "\n".join(f for f in fields if f) + "\n"


def copy_working_tree(source: Path, target: Path) -> Path:
    """Copy `source`'s tracked and new files (not ignored ones) to `target`, committed as one repo."""
    listed = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=source,
                            check=True, capture_output=True, text=True).stdout.split("\0")
    for name in filter(None, listed):
        if (source / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source / name, target / name)
    GitRepo(target).commit({}, "the working tree")
    return target

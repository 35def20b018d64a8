"""Build hook: ship the rule pages (`rules/*.md`, kept at the repository root where GitHub renders
them and diagnostics link to them) inside the package, where `explain` reads them."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithRulePages(build_py):
    """build_py, plus a copy of every rule page into `proposal_lint/rule_pages/`."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "proposal_lint" / "rule_pages"
        self.mkpath(str(target))
        for page in sorted(Path("rules").glob("*.md")):
            self.copy_file(str(page), str(target / page.name))


setup(cmdclass={"build_py": BuildWithRulePages})

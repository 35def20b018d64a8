"""The public face (`lint_text`, `lint_paths`, `Options`, `Diagnostic`) and the one declaration of link settings."""

from __future__ import annotations

from conftest import CLEAN_PROPOSAL

import proposal_lint
from proposal_lint import Diagnostic, Options, lint_paths, lint_text
from proposal_lint.commands.config import KEYS, Settings, build_options, key_of, validate
from proposal_lint.core.link_settings import LinkSettings


def test_the_package_root_exports_options_with_the_lint_functions(tmp_path):
    assert set(proposal_lint.__all__) == {"Diagnostic", "LinkSettings", "Options", "lint_paths", "lint_text", "__version__"}
    assert proposal_lint.LinkSettings is LinkSettings
    broken = CLEAN_PROPOSAL.replace("Mentor(s):", "Mentors:")
    found = lint_text(broken, "ideas.md", Options(offline=True))
    assert found and all(isinstance(d, Diagnostic) for d in found)
    path = tmp_path / "ideas.md"
    path.write_text(broken, encoding="utf-8")
    assert lint_paths([str(path)], Options(offline=True)).diagnostics == [d._replace(path=str(path)) for d in found]


def test_the_options_of_a_run_carry_the_link_stages_settings():
    assert Options().links == LinkSettings()
    assert Options(links=LinkSettings(timeout=2.5)).links.time_budget == 15.0  # the run's deadline: 6 x the timeout
    assert LinkSettings(timeout=2.5, budget=4.0).time_budget == 4.0


def test_every_option_with_a_config_key_of_its_name_reaches_the_options():
    values = {"timeout": 2.0, "concurrency": 3, "per_host_concurrency": 4, "cache_dir": "cache",
              "allow_hosts": ["h"], "exclude_urls": ["u"], "accept_status": [403],
              "mentor_registry": "mentors.csv", "cncf_projects": "projects.yml", "quotas": "quotas.yml"}
    converted = {"fail_on", "offline", "template"}  # set by build_options after a conversion
    keyed = {name for name in (*Options._fields, *LinkSettings._fields) if key_of(name) in KEYS} - converted
    assert keyed == set(values)
    options = build_options(validate({key_of(name): value for name, value in values.items()}, "cfg"), Settings())
    found = {name: getattr(options.links if name in LinkSettings._fields else options, name) for name in values}
    assert found == {name: tuple(value) if isinstance(value, list) else value for name, value in values.items()}

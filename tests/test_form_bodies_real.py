"""Issue-form bodies built from the real values of cncf's 2026 Term 3 export (lfx-export.json at
cd5d784e), rendered as GitHub renders the LFX proposal form, each changed in one way a proposer
writes: judged as cncf's validator (lib/validate.js) and export (lib/parse.js) read them."""

from __future__ import annotations

import json

import pytest
from conftest import needs
from issue_forms import LFX_EXPORT, export_values, render

from proposal_lint.core.diagnostics import Severity
from proposal_lint.engine.lint import lint_text

pytestmark = needs(LFX_EXPORT, "cncf's 2026 Term 3 LFX export")


def _jaeger() -> dict:
    """The values of the first program of the export: Jaeger's OpenTelemetry-native query layer."""
    program = json.loads(LFX_EXPORT.read_text(encoding="utf-8"))["programs"][0]
    assert program["cncf_project"] == "Jaeger"
    return export_values(program)


def _found(text: str) -> list[tuple[str, Severity]]:
    return [(d.code, d.severity) for d in lint_text(text, "issue-1.md")]


def test_a_level_3_heading_in_the_description_is_content_and_a_warning():
    values = _jaeger()
    description = values["Program Description"]
    assert "\n## Expected outcomes\n" in description
    text = render(values, Program_Description=description.replace("\n## Expected outcomes\n", "\n### Expected outcomes\n"))
    assert ("PL110", Severity.WARNING) in _found(text)
    assert [f for f in _found(text) if f[1] == Severity.ERROR] == []


def test_two_comma_separated_upstream_urls_are_two_issues():
    values = _jaeger()
    url = values["Upstream Issue URL"]
    other = "https://github.com/jaegertracing/jaeger/issues/9135"  # the export's program 2, Jaeger's too
    for joined in (f"{url},{other}", f"{url}, {other}"):  # cncf: `multiple`, and `format` (a space)
        found = _found(render(values, Upstream_Issue_URL=joined))
        assert ("PL403", Severity.ERROR) in found, joined
        assert not any(code == "PL404" for code, _ in found), joined


@pytest.mark.parametrize("name, severity", [
    ("Add Prometheus Metrics to Control Plane Service", Severity.WARNING),  # the example's words may be one's own
    ("e.g. Add Prometheus Metrics to Control Plane Service", Severity.ERROR),  # the placeholder, left in
])
def test_the_forms_example_value_is_a_warning_unless_left_with_its_e_g(name, severity):
    found = [s for code, s in _found(render(_jaeger(), Program_Name=name)) if code == "PL501"]
    assert found == [severity]

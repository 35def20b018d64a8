"""PL406 on real text: sibling proposals of one project sharing that project's tracking issue are an
info (suggest one sub-issue each); a proposal written twice, or proposals of different projects
sharing an issue, stay a warning."""

from __future__ import annotations

from proposal_lint import lint_text
from proposal_lint.core.diagnostics import Severity

PATH = "programs/lfx-mentorship/2024/01-Mar-May/project_ideas.md"

# That file at cncf/mentoring 0c4a2f59 ("Add Jaeger projects for 2024 Term-1 (#1108)"), lines 21-51:
# three Jaeger v2 proposals that all link the Jaeger v2 tracking issue jaegertracing/jaeger#5084.
JAEGER_V2 = '### Jaeger\n\n#### Jaeger-V2 Storage Backends\n\n- Description: Jaeger is a distributed tracing platform. Jaeger V2 is a major new version where we rebase all Jaeger backend components (agent, collector, ingester, and query) on top of the OpenTelemetry Collector. Currently only memory storage is wired in v2, we need to add Elasticsearch, Opensearch, Cassandra, Badger.\n- Expected Outcome: Build out full support in jaeger-v2 for all storage backends supported by jaeger-v1\n- Recommended Skills: Go, scripting, CI/CD\n- Mentor(s):\n  - Yuri Shkuro (@yurishkuro, github@ysh.us)\n  - Jonah Kowall (@jkowall, jkowall@kowall.net)\n- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/5084\n\n#### Jaeger-V2 Observability\n\n- Description: Jaeger is a distributed tracing platform. Jaeger V2 is a major new version where we rebase all Jaeger backend components (agent, collector, ingester, and query) on top of the OpenTelemetry Collector. Currently jaeger-v2 components are initialized without observability clients. We need to instantiate appropriate logging, tracing, and metrics clients and pass them to the components. The existing code uses internal metrics API, which needs to be bridged to OTEL metrics to minimize code changes.\n- Expected Outcome: Achieve parity in observability of jaeger-v2 compared to jaeger-v1\n- Recommended Skills: Go, scripting, CI/CD\n- Mentor(s):\n  - Yuri Shkuro (@yurishkuro, github@ysh.us)\n  - Jonah Kowall (@jkowall, jkowall@kowall.net)\n- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/5084\n\n#### Jaeger-V2 Adaptive Sampling\n\n- Description: Jaeger is a distributed tracing platform. Jaeger V2 is a major new version where we rebase all Jaeger backend components (agent, collector, ingester, and query) on top of the OpenTelemetry Collector. Jaeger-v1 collector can serve sampling configuration to SDKs, and allows either static configuration (with hot reload) or adaptive sampling that continuously re-calculates the desired sampling probabilities. We need to enable all these capabilities in jaeger-v2.\n- Expected Outcome: Support adaptive sampling in jaeger-v2\n- Recommended Skills: Go, scripting, CI/CD\n- Mentor(s):\n  - Yuri Shkuro (@yurishkuro, github@ysh.us)\n  - Jonah Kowall (@jkowall, jkowall@kowall.net)\n- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/5084\n'

# Its first proposal (lines 23-31) and its last (lines 43-51).
STORAGE = '#### Jaeger-V2 Storage Backends\n\n- Description: Jaeger is a distributed tracing platform. Jaeger V2 is a major new version where we rebase all Jaeger backend components (agent, collector, ingester, and query) on top of the OpenTelemetry Collector. Currently only memory storage is wired in v2, we need to add Elasticsearch, Opensearch, Cassandra, Badger.\n- Expected Outcome: Build out full support in jaeger-v2 for all storage backends supported by jaeger-v1\n- Recommended Skills: Go, scripting, CI/CD\n- Mentor(s):\n  - Yuri Shkuro (@yurishkuro, github@ysh.us)\n  - Jonah Kowall (@jkowall, jkowall@kowall.net)\n- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/5084\n'
SAMPLING = '#### Jaeger-V2 Adaptive Sampling\n\n- Description: Jaeger is a distributed tracing platform. Jaeger V2 is a major new version where we rebase all Jaeger backend components (agent, collector, ingester, and query) on top of the OpenTelemetry Collector. Jaeger-v1 collector can serve sampling configuration to SDKs, and allows either static configuration (with hot reload) or adaptive sampling that continuously re-calculates the desired sampling probabilities. We need to enable all these capabilities in jaeger-v2.\n- Expected Outcome: Support adaptive sampling in jaeger-v2\n- Recommended Skills: Go, scripting, CI/CD\n- Mentor(s):\n  - Yuri Shkuro (@yurishkuro, github@ysh.us)\n  - Jonah Kowall (@jkowall, jkowall@kowall.net)\n- Upstream Issue: https://github.com/jaegertracing/jaeger/issues/5084\n'


def _pl406(text: str) -> list[tuple[int, Severity, str]]:
    return [(d.line, d.severity, d.message) for d in lint_text(text, PATH) if d.code == "PL406"]


def test_sibling_proposals_sharing_their_projects_tracking_issue_are_infos_suggesting_sub_issues():
    found = _pl406(JAEGER_V2)
    assert [(line, severity) for line, severity, _ in found] == [(21, Severity.INFO), (31, Severity.INFO)]
    assert all("another proposal of `Jaeger`" in message and "one sub-issue per proposal" in message
               for _, _, message in found)


def test_the_same_proposal_written_twice_stays_a_warning():
    """The storage proposal pasted again under the same heading: a copy, not a sibling."""
    ((line, severity, message),) = _pl406("### Jaeger\n\n" + STORAGE + "\n" + STORAGE)
    assert (line, severity) == (21, Severity.WARNING) and "same title or description" in message


def test_proposals_of_different_projects_sharing_an_issue_stay_a_warning():
    """The sampling proposal filed under another project's heading still links Jaeger's issue."""
    ((line, severity, message),) = _pl406("### Jaeger\n\n" + STORAGE + "\n### OpenTelemetry\n\n" + SAMPLING)
    assert severity == Severity.WARNING and "a proposal of `Jaeger`" in message

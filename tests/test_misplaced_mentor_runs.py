"""Mentor entries left under another field, and the template's `Mentor Name` written as their
label: one finding per run of entries, and a message that keeps the value (real text:
cncf/mentoring 29287877, GSoC 2026 Kmesh; ../shared's LFX 2024 Term 3 README, Meshery)."""

from __future__ import annotations

from proposal_lint import lint_text

KMESH = """### Kmesh

#### Kmesh dashboard

- Description: Build a user-friendly dashboard that simplifies Kmesh operations.
- Expected Outcome: A dashboard.
- Recommended Skills: TypeScript, React, Kubernetes
- Expected project size: medium
  - ZhenCheng Li(@LiZhenCheng9527, leezhencheng6@gmail.com) - primary,
  - Zhonghu Xu (@hzxuzhonghu, zhhxu2011@gmail.com),
  - Zengzeng Yao(@yaozengzeng, yaozengzeng@huawei.com)
- Upstream Issue (URL): https://github.com/kmesh-net/kmesh/issues/1552
"""


def test_a_run_of_mentor_entries_under_another_field_is_one_finding():
    found = [d for d in lint_text(KMESH, "programs/summerofcode/2026.md") if d.code == "PL206"]
    assert [(d.line, d.end_line) for d in found] == [(9, 11)]
    assert "these 3 items" in found[0].message and "move them under a `- Mentor(s):` field" in found[0].message


def test_entries_apart_are_reported_apart():
    text = KMESH.replace("  - Zhonghu Xu", "- Difficulty: Medium\n  - Zhonghu Xu")
    found = [d for d in lint_text(text, "programs/summerofcode/2026.md") if d.code == "PL206"]
    assert [d.line for d in found] == [9, 11]


MESHERY = """### Meshery

#### Meshery: End-to-End Testing with Playwright (Round 2)

- Description: Migrate Meshery's end-to-end tests to Playwright.
- Expected Outcome: Playwright tests.
- Recommended Skills: JavaScript, Playwright
- Mentor(s):
  - Mentor Name: Aabid Sofi (@aabidsofi19, aabid01@gmail.com), Lee Calcote (@leecalcote, leecalcote@gmail.com),
- Upstream Issue: https://github.com/meshery/meshery/issues/11494
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/a9113576-7216-46a7-bc9a-f922c1c62f8d
"""


def test_a_placeholder_written_as_the_label_of_a_value_says_to_delete_it():
    [found] = [d for d in lint_text(MESHERY, "programs/lfx-mentorship/2024/03-Sep-Nov/README.md") if d.code == "PL501"]
    assert found.severity.label == "warning" and "delete `Mentor Name:` and keep what follows it" in found.message


def test_a_placeholder_standing_alone_is_still_an_error():
    text = MESHERY.replace("Mentor Name: Aabid Sofi (@aabidsofi19, aabid01@gmail.com), ", "Mentor Name (@github, email), ")
    found = [d for d in lint_text(text, "programs/lfx-mentorship/2024/03-Sep-Nov/README.md") if d.code == "PL501"]
    assert [d.severity.label for d in found] == ["error"] and "replace it with the real value" in found[0].message


# 40d77d08 (Kubescape, LFX 2023 Term 2 README): mentors under `Recommended Skills`, their addresses
# written `ben AT armosec.io`.
KUBESCAPE = """### Kubescape

#### Vulnerability-based Dockerfile generator

- Description: Kubescape can detect vulnerabilities in a container image.
- Expected Outcome: An enhancement to Kubescape to generate a Dockerfile that proposes fixes.
- Recommended Skills: Go
  - Ben Hirschberg (@slashben, ben AT armosec.io)
  - Craig Box (@craigbox, craigb AT armosec.io)
- Upstream Issue: https://github.com/kubescape/kubescape/issues/1227
- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/fbaf3d52-77ee-469c-8eb4-3e0378896159
"""


def test_mentor_entries_with_disguised_addresses_are_found_where_they_stand():
    found = {d.code: d for d in lint_text(KUBESCAPE, "programs/lfx-mentorship/2023/02-Jun-Aug/README.md")
             if d.code in ("PL201", "PL206")}
    assert "seems to be at line 8, under `Recommended Skills`" in found["PL201"].message
    assert (found["PL206"].line, found["PL206"].end_line) == (8, 9)

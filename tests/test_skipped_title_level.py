"""A proposal title one level too deep under its project (`#####` under `###`, GSoC 2021's Open
Service Mesh, cncf/mentoring 6ea14697) still nests right: a warning that names the file's own
level, not an error; an info in GSoC 2019-2021, whose admins' formatting pass (f1396865) left it."""

from __future__ import annotations

from proposal_lint import lint_text

PATH = "summerofcode/2021.md"

STRIMZI = """### Strimzi

#### Add support for changing a KafkaTopic's `replicationFactor`

- Description: This project would add support for changing a KafkaTopic's replicationFactor property.
- Recommended Skills: Java
- Mentor(s): Tom Bentley (@tombentley), Tom Cooper (@tomncooper)
- Issue: https://github.com/strimzi/strimzi-kafka-operator/issues/191

"""

OSM = """### Open Service Mesh

##### Support for WebAssembly filters

- Description: Bring OSM on par with other service meshes that support WASM filters in their data plane.
- Recommended Skills: Go, WebAssembly
- Mentor(s): Michelle Noorali (@michelleN)
- Issue: https://github.com/openservicemesh/osm/issues/1421
"""


LATER = "programs/lfx-mentorship/2025/03-Sep-Nov/README.md"


def _heading_depth(text, path=PATH):
    return [d for d in lint_text(text, path) if d.code == "PL102"]


def test_a_skipped_level_is_a_warning_that_names_the_files_level():
    found = _heading_depth("## Project Ideas\n\n" + STRIMZI + OSM, LATER)
    assert [d.severity.label for d in found] == ["warning"]
    assert "write it as `#### Support for WebAssembly filters`" in found[0].message


def test_a_skipped_level_is_an_info_in_gsoc_2019_to_2021():
    found = _heading_depth("## Project Ideas\n\n" + STRIMZI + OSM)
    assert [d.severity.label for d in found] == ["info"]
    assert "write it as `#### Support for WebAssembly filters`, the level of 1 other proposal in this file" \
        in found[0].message


def test_a_title_at_its_projects_level_is_still_an_error():
    found = _heading_depth("## Project Ideas\n\n" + STRIMZI + OSM.replace("##### Support", "### Support"))
    assert [d.severity.label for d in found] == ["error"]


def test_an_unlabelled_description_is_an_info_in_gsoc_2019_to_2021_and_a_warning_later():
    text = "## Project Ideas\n\n" + STRIMZI.replace("- Description: ", "- ")
    [early] = [d for d in lint_text(text, PATH) if d.code == "PL201"]
    later_text = text.replace("- Issue:", "- Expected Outcome: e\n- Upstream Issue:") + "- LFX URL: https://mentorship.lfx.linuxfoundation.org/project/x\n"
    later = [d for d in lint_text(later_text, LATER) if d.code == "PL201"]
    assert early.severity.label == "info" and "unlabelled item reads as one" in early.message
    assert [d.severity.label for d in later] == ["warning"]

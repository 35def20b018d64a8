"""A proposal title one level too deep under its project (`#####` under `###`, GSoC 2021's Open
Service Mesh, cncf/mentoring 6ea14697) still nests right: a warning that names the file's own
level, not an error."""

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


def _heading_depth(text):
    return [d for d in lint_text(text, PATH) if d.code == "PL102"]


def test_a_skipped_level_is_a_warning_that_names_the_files_level():
    found = _heading_depth("## Project Ideas\n\n" + STRIMZI + OSM)
    assert [d.severity.label for d in found] == ["warning"]
    assert "write it as `#### Support for WebAssembly filters`, the level of 1 other proposal in this file" \
        in found[0].message


def test_a_title_at_its_projects_level_is_still_an_error():
    found = _heading_depth("## Project Ideas\n\n" + STRIMZI + OSM.replace("##### Support", "### Support"))
    assert [d.severity.label for d in found] == ["error"]

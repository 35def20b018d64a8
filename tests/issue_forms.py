"""Issue-form bodies for tests: rendered the way GitHub renders a submitted LFX proposal form."""

from __future__ import annotations

import json

from conftest import SHARED

LFX_EXPORT = SHARED / "cncf-mentoring/programs/lfx-mentorship/2026/03-Sep-Nov/lfx-export.json"
TERM = "2026 Term 3 (Sep-Nov)"
SKILLS_SAME = "Yes, the required skills are the same as the technologies listed above."
PREREQUISITES = ("Resume", "Cover Letter", "School Enrollment Verification",
                 "Participation Permission from school or employer", "Coding Challenge")
CUSTOM = "Custom Prerequisite (fill in details below)"
FILE_UPLOAD = "Yes — completion of this task requires the mentee to submit a file."


def boxes(options, checked) -> str:
    return "\n".join(f"- [{'X' if option in checked else ' '}] {option}" for option in options)


def valid_values() -> dict[str, str]:
    """A proposal that passes every check, label by label, in the form's order."""
    return {
        "CNCF Project": "Jaeger",
        "Term": TERM,
        "Program Name": "Native OTLP trace loading",
        "Program Description": "## Description\n\nLoad traces over the v3 API.\n\n## Expected outcomes\n\nA merged PR.",
        "Technologies": "TypeScript, React",
        "Skills same as Technologies?": boxes([SKILLS_SAME], [SKILLS_SAME]),
        "Required/Desirable Skills": "",
        "Mentors": "Jane Doe | @janedoe | jane@cncf.io | janedoe\nSam Lee | @samlee | sam@cncf.io | samlee",
        "Upstream Issue URL": "https://github.com/jaegertracing/jaeger-ui/issues/4278",
        "Application Prerequisites": boxes(PREREQUISITES, ["Resume"]),
        "Coding Challenge URL": "",
        "Custom Prerequisites": boxes([CUSTOM], []),
        "Custom Prerequisite Name": "",
        "Custom Prerequisite Description": "",
        "Custom Prerequisite — File Upload": boxes([FILE_UPLOAD], []),
    }


def render(values: dict[str, str], **changes: str) -> str:
    """The body GitHub writes: `### <label>`, a blank line, the value or `_No response_`.

    `changes` replace values by label, written with `_` for spaces (`Program_Name=...`); a
    value of None drops the section.
    """
    values = dict(values)
    for key, value in changes.items():
        label = next((k for k in values if k.replace(" ", "_") == key), key)
        values[label] = value
    parts = [f"### {label}\n\n{value if value.strip() else '_No response_'}"
             for label, value in values.items() if value is not None]
    return "\n\n".join(parts) + "\n"


def export_values(program: dict) -> dict[str, str]:
    """The form values behind one program of cncf's LFX export."""
    prerequisites = program["prerequisites"]
    custom = prerequisites.get("custom") or {}
    standard = dict(zip(PREREQUISITES, ("resume", "cover_letter", "school_enrollment",
                                        "participation_permission", "coding_challenge")))
    same = program["skills"] == program["technologies"]
    mentors = "\n".join(f"{m['name']} | @{m['github_handle']} | {m['email']} | {m['lfid']}" for m in program["mentors"])
    return {
        "CNCF Project": program["cncf_project"],
        "Term": program["term"],
        "Program Name": program["program_name_short"],
        "Program Description": program["description"],
        "Technologies": program["technologies"],
        "Skills same as Technologies?": boxes([SKILLS_SAME], [SKILLS_SAME] if same else []),
        "Required/Desirable Skills": "" if same else program["skills"],
        "Mentors": mentors,
        "Upstream Issue URL": program["upstream_issue_url"],
        "Application Prerequisites": boxes(PREREQUISITES, [o for o, key in standard.items() if prerequisites.get(key)]),
        "Coding Challenge URL": prerequisites.get("coding_challenge_url") or "",
        "Custom Prerequisites": boxes([CUSTOM], [CUSTOM] if custom else []),
        "Custom Prerequisite Name": custom.get("name", ""),
        "Custom Prerequisite Description": custom.get("description", ""),
        "Custom Prerequisite — File Upload": boxes([FILE_UPLOAD], [FILE_UPLOAD] if custom.get("file_upload") else []),
    }


def export_bodies() -> list[tuple[dict, str]]:
    """Each approved program of the 2026 Term 3 export, and its body (with the bot's LFX URL block when recorded)."""
    programs = json.loads(LFX_EXPORT.read_text(encoding="utf-8"))["programs"]
    found = []
    for program in programs:
        body = render(export_values(program))
        if program.get("lfx_url"):
            body += f"\n<!-- lfx-url:start -->\n**LFX program:** [{program['program_name_full']}]({program['lfx_url']})\n<!-- lfx-url:end -->\n"
        found.append((program, body))
    return found

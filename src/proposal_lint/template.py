"""Template specs: the built-in profiles (package data) and a file's own `## Template` block."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources
from typing import NamedTuple

BUILTIN_PROFILES = ("lfx", "gsoc")
NEAR_MISS_RATIO = 0.85
MAX_REMEMBERED_LABELS = 4096

_MARKUP = re.compile(r"[*_`]+")
_SPACES = re.compile(r"\s+")


def normalize_label(label: str) -> str:
    """Fold a label for comparison: no emphasis, no trailing colon, single spaces, lower case."""
    text = _MARKUP.sub("", label)
    text = _SPACES.sub(" ", text).strip().rstrip(":").strip()
    return text.casefold()


class FieldSpec(NamedTuple):
    """One field of a template: canonical name, the label the template writes, aliases, checks."""

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = True
    allow_empty: bool = False
    mentors: bool = False
    kind: str | None = None
    allowed: tuple[str, ...] = ()


class MentorPolicy(NamedTuple):
    """How many mentors a proposal needs and whether one must be marked primary.

    `sources` says where each bound (`min`, `preferred`, `max`) is written down, as a phrase
    for messages (`the GSoC template`); a preference with no source is not enforced.
    """

    min: int = 1
    preferred: int = 2
    max: int | None = None
    primary: bool = False
    sources: tuple[tuple[str, str], ...] = ()

    def source(self, bound: str) -> str | None:
        return dict(self.sources).get(bound)


class LabelMatch(NamedTuple):
    """How a written label relates to the template: exact, alias, near or unknown."""

    spec: FieldSpec | None
    kind: str


@dataclass(frozen=True)
class TemplateSpec:
    """What a proposal must look like: heading levels, fields, mentor policy, placeholders."""

    name: str
    project_level: int
    title_level: int
    fields: tuple[FieldSpec, ...]
    mentors: MentorPolicy
    placeholders: tuple[str, ...] = ()

    def field(self, name: str) -> FieldSpec | None:
        return self._by_name.get(name)

    @cached_property
    def _by_name(self) -> dict[str, FieldSpec]:
        return {spec.name: spec for spec in self.fields}

    @property
    def mentor_field(self) -> FieldSpec | None:
        return next((f for f in self.fields if f.mentors), None)

    def match_label(self, label: str) -> LabelMatch:
        """Resolve a written label to a field of this template (remembered per label as written)."""
        known = self._matches.get(label)
        if known is None:
            known = _match(self, normalize_label(label))
            if len(self._matches) < MAX_REMEMBERED_LABELS:
                self._matches[label] = known
        return known

    @cached_property
    def _matches(self) -> dict[str, LabelMatch]:
        return {}


def _match(template: TemplateSpec, key: str) -> LabelMatch:
    for spec in template.fields:
        if key == normalize_label(spec.label):
            return LabelMatch(spec, "exact")
    for spec in template.fields:
        if key in {normalize_label(a) for a in (spec.name, *spec.aliases)}:
            return LabelMatch(spec, "alias")
    if not key or len(key) > 60:
        return LabelMatch(None, "unknown")
    from difflib import SequenceMatcher

    best, best_ratio = None, 0.0
    matcher = SequenceMatcher(None, key)
    for spec in template.fields:
        for candidate in (spec.label, spec.name, *spec.aliases):
            matcher.set_seq2(normalize_label(candidate))
            if matcher.real_quick_ratio() < NEAR_MISS_RATIO or matcher.quick_ratio() < NEAR_MISS_RATIO:
                continue  # cannot be a near miss: skip the costly exact ratio
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = spec, ratio
    if best is not None and best_ratio >= NEAR_MISS_RATIO:
        return LabelMatch(best, "near")
    return LabelMatch(None, "unknown")


def _field_from_json(data: dict) -> FieldSpec:
    return FieldSpec(
        name=data["name"],
        label=data.get("label", data["name"]),
        aliases=tuple(data.get("aliases", ())),
        required=data.get("required", True),
        allow_empty=data.get("allow_empty", False),
        mentors=data.get("mentors", False),
        kind=data.get("kind"),
        allowed=tuple(data.get("allowed", ())),
    )


def template_from_json(data: dict) -> TemplateSpec:
    """Build a spec from its declarative JSON form (the built-ins, or a user's file)."""
    policy = data.get("mentors", {})
    return TemplateSpec(
        name=data["name"],
        project_level=int(data["project_level"]),
        title_level=int(data["title_level"]),
        fields=tuple(_field_from_json(f) for f in data["fields"]),
        mentors=MentorPolicy(
            min=policy.get("min", 1),
            preferred=policy.get("preferred", 2),
            max=policy.get("max"),
            primary=policy.get("primary", False),
            sources=tuple(sorted(policy.get("sources", {}).items())),
        ),
        placeholders=tuple(data.get("placeholders", ())),
    )


@lru_cache(maxsize=None)
def builtin_template(name: str) -> TemplateSpec:
    """One of the shipped profiles, `lfx` or `gsoc`."""
    text = resources.files("proposal_lint").joinpath("templates").joinpath(f"{name}.json").read_text("utf-8")
    return template_from_json(json.loads(text))


class TemplateBlock(NamedTuple):
    """What a file's own Template block says: heading levels, labels in order, mentor example."""

    levels: tuple[int, ...]
    labels: tuple[str, ...]
    mentor_example: str = ""


def _profile_score(profile: TemplateSpec, block: TemplateBlock) -> int:
    score = 0
    for label in block.labels:
        spec = profile.match_label(label).spec
        if spec is not None:
            score += 1
            if spec.allowed or spec.kind == "lfx-url":
                score += 2
    if profile.mentors.primary and "primary" in block.mentor_example.casefold():
        score += 2
    return score


def closest_profile(block: TemplateBlock) -> TemplateSpec:
    """The built-in profile that best fits a Template block (LFX on a tie)."""
    profiles = [builtin_template(name) for name in BUILTIN_PROFILES]
    return max(profiles, key=lambda p: _profile_score(p, block))


def template_from_block(block: TemplateBlock) -> TemplateSpec:
    """Merge a file's Template block with its closest profile.

    The block decides heading levels, the labels the file writes and which fields are
    required; the profile adds aliases, mentor counts and the optional fields it knows.
    """
    profile = closest_profile(block)
    fields: list[FieldSpec] = []
    used: set[str] = set()
    for label in block.labels:
        spec = profile.match_label(label).spec
        if spec is None:
            fields.append(FieldSpec(name=label, label=label))
            continue
        if spec.name in used:
            continue
        used.add(spec.name)
        aliases = tuple(a for a in (spec.label, *spec.aliases) if normalize_label(a) != normalize_label(label))
        fields.append(spec._replace(label=label, aliases=aliases))
    for spec in profile.fields:
        if spec.name not in used:
            fields.append(spec._replace(required=False, allow_empty=True))
    project_level, title_level = (block.levels + (profile.project_level, profile.title_level))[:2]
    if len(block.levels) == 1:
        project_level, title_level = block.levels[0], block.levels[0] + 1
    return TemplateSpec(
        name=profile.name,
        project_level=project_level,
        title_level=title_level,
        fields=tuple(fields),
        mentors=profile.mentors,
        placeholders=profile.placeholders,
    )


def load_template_file(path: str) -> TemplateSpec:
    """A user's template: a JSON spec like the built-ins, or a Markdown file with a Template block."""
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    if path.endswith(".json"):
        return template_from_json(json.loads(text))
    from .parser import parse_document

    document = parse_document(text, path)
    if document.template_source != "file":
        raise ValueError("no `## Template` block with a fenced template in it")
    return document.template


def resolve_template(value: str) -> TemplateSpec:
    """`lfx`, `gsoc`, or a template file's path (JSON spec or Markdown with a Template block).

    Raises ValueError with a message fit for the user.
    """
    if value in BUILTIN_PROFILES:
        return builtin_template(value)
    try:
        return load_template_file(value)
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"cannot use template {value!r}: {error}") from None

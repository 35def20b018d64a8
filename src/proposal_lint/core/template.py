"""Template specs: the built-in profiles (package data) and a file's own `## Template` block."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import NamedTuple

BUILTIN_PROFILES = ("lfx", "gsoc")
# Every shipped profile: the current ones above, the older eras of each program, and the
# README that cncf's automation generates from issue-form proposals.
ERA_PROFILES = ("lfx-2020", "lfx-2023", "lfx", "gsoc-2017", "gsoc-2019", "gsoc-2022", "gsoc-2023", "gsoc")
GENERATED_PROFILE = "lfx-generated"
SHIPPED_PROFILES = (*ERA_PROFILES, GENERATED_PROFILE)  # names `--template` and config accept
PROGRAM_TITLES = {"lfx": "LFX Mentorship", "gsoc": "Google Summer of Code"}
NEAR_MISS_RATIO = 0.85
MAX_REMEMBERED_LABELS = 4096

_MARKUP = re.compile(r"[*_`]+")
_SPACES = re.compile(r"\s+")
_SMALL_WORDS = re.compile(r"\b(?:of|the|a|an)\b")


def normalize_label(label: str) -> str:
    """Fold a label for comparison: no emphasis, no trailing colon, single spaces, lower case."""
    text = _MARKUP.sub("", label)
    text = _SPACES.sub(" ", text).strip().rstrip(":").strip()
    return text.casefold()


class FieldSpec(NamedTuple):
    """One field of a template: canonical name, the label the template writes, aliases, checks.

    `own_labels` are other labels the era's template itself wrote for the field (GSoC's template
    wrote `Issue` until April 2020 and `Upstream Issue (URL)` after): as exact as `label`.
    `readme_only`: admins write it in the term README (`LFX URL`); a proposals file's template has
    no such field. `choice_numbers` gives, for each of `allowed`, the numbers its hint pairs with it
    (`medium (~175 hour projects)`: 175). `guidance` holds the comments the template writes after
    the label (`# one of small ...`), without their `#`.
    """

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    required: bool = True
    allow_empty: bool = False
    mentors: bool = False
    kind: str | None = None
    allowed: tuple[str, ...] = ()
    own_labels: tuple[str, ...] = ()
    readme_only: bool = False
    choice_numbers: tuple[tuple[str, ...], ...] = ()
    guidance: tuple[str, ...] = ()


class MentorPolicy(NamedTuple):
    """How many mentors a proposal needs and whether one must be marked primary.

    `sources` says where each bound (`min`, `preferred`, `max`) is written down, as a phrase
    for messages (`the GSoC template`); a preference with no source is not enforced. `since`
    says from which (year, term) a bound is in force: the term in which it was first written.
    """

    min: int = 1
    preferred: int = 2
    max: int | None = None
    primary: bool = False
    sources: tuple[tuple[str, str], ...] = ()
    since: tuple[tuple[str, tuple[int, int]], ...] = ()

    def source(self, bound: str) -> str | None:
        return dict(self.sources).get(bound)

    def in_force(self, when: tuple[int, int]) -> MentorPolicy:
        """The policy a file of term `when` (year, term) answers to: the bounds written down
        after that term are dropped (a minimum falls back to one mentor, a maximum to none)."""
        later = {bound for bound, start in self.since if when < start}
        if not later:
            return self
        return self._replace(
            min=1 if "min" in later else self.min,
            max=None if "max" in later else self.max,
            sources=tuple((bound, text) for bound, text in self.sources if bound not in later),
            since=tuple((bound, start) for bound, start in self.since if bound not in later),
        )


class LabelMatch(NamedTuple):
    """How a written label relates to the template: exact, alias, near or unknown."""

    spec: FieldSpec | None
    kind: str


@dataclass(frozen=True)
class TemplateSpec:
    """What a proposal must look like: heading levels, fields, mentor policy, placeholders.

    `name` is the program (`lfx` or `gsoc`); `era` says which of its templates this is;
    `mentor_email` and `mentor_handle` whether the template asks for each mentor's email and
    GitHub handle; `mentor_format` whether it writes an entry as `Name (@handle, email)`;
    `mentor_layout` is `list` (one nested item per mentor) or `inline` (all on one line).
    """

    name: str
    project_level: int
    title_level: int
    fields: tuple[FieldSpec, ...]
    mentors: MentorPolicy
    placeholders: tuple[str, ...] = ()
    era: str = ""
    mentor_email: bool = True
    mentor_layout: str = "list"
    mentor_handle: bool = True
    mentor_format: bool = True
    sample_labels: frozenset[str] = frozenset()  # normalized labels the file's Sample proposal writes
    sample_levels: tuple[int, ...] = ()  # (project, title) levels of the file's Sample proposal, if it has one
    written: bool = True  # False: the era had no written template, only the shape files shared
    layout_enforced: bool = True  # False: the era's reviewers let unlabelled text and skipped heading levels stand
    names_after_at: bool = False  # the file's Sample writes a mentor's name after `@` in a profile link
    examples: frozenset[str] = frozenset()  # placeholders that are example values (`e.g. ...`): a real value may equal one

    @property
    def program_title(self) -> str:
        return PROGRAM_TITLES.get(self.name, self.name.upper())

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


_HINT = re.compile(r"\s*\([^()]*\)\s*$")


def without_hint(label: str) -> str:
    """`Mentee` for `Mentee (Community Bridge URL)`: the label without its parenthesised hint."""
    return _HINT.sub("", label) or label


def without_small_words(key: str) -> str:
    """A normalized label without `of`, `the`, `a`, `an`: `expected size of the project` and
    `expected size of project` say the same label."""
    return _SPACES.sub(" ", _SMALL_WORDS.sub(" ", key)).strip()


def _match(template: TemplateSpec, key: str) -> LabelMatch:
    plain = without_small_words(key)
    for spec in template.fields:
        own = {normalize_label(label) for label in (spec.label, *spec.own_labels)}
        if key in own or (plain and plain in {without_small_words(label) for label in own}):
            return LabelMatch(spec, "exact")
    bare = normalize_label(without_hint(key))
    for spec in template.fields:
        if key in {normalize_label(a) for a in (spec.name, *spec.aliases)} or (
                bare != key and bare == normalize_label(without_hint(spec.label))) or (
                key == normalize_label(without_hint(spec.label))):
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
        own_labels=tuple(data.get("own_labels", ())),
        readme_only=data.get("readme_only", False),
        choice_numbers=tuple(tuple(numbers) for numbers in data.get("choice_numbers", ())),
        guidance=tuple(data.get("guidance", ())),
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
            since=tuple(sorted((bound, (int(start[0]), int(start[1])))
                               for bound, start in policy.get("since", {}).items())),
        ),
        placeholders=tuple(data.get("placeholders", ())),
        era=data.get("era", ""),
        mentor_email=data.get("mentor_email", True),
        mentor_layout=data.get("mentor_layout", "list"),
        mentor_handle=data.get("mentor_handle", True),
        mentor_format=data.get("mentor_format", True),
        sample_labels=frozenset(map(normalize_label, data.get("sample_labels", ()))),
        written=data.get("written", True),
        layout_enforced=data.get("layout_enforced", True),
    )


PROFILES_DIR = Path(__file__).with_name("templates")  # package data, beside this module


def _profile_json(name: str) -> dict:
    return json.loads((PROFILES_DIR / f"{name}.json").read_text("utf-8"))


@lru_cache(maxsize=None)
def builtin_template(name: str) -> TemplateSpec:
    """One of the shipped profiles: `lfx`, `gsoc`, an era's (`lfx-2020`, ...) or `lfx-generated`."""
    return template_from_json(_profile_json(name))


@lru_cache(maxsize=None)
def _era_starts() -> tuple[tuple[str, str, tuple[int, int]], ...]:
    """(program, profile, (year, term) it starts) for every era profile, latest first."""
    starts = []
    for name in ERA_PROFILES:
        data = _profile_json(name)
        starts.append((data["name"], name, tuple(data["since"])))
    return tuple(sorted(starts, key=lambda start: start[2], reverse=True))


def era_template(program: str, when: tuple[int, int] | None, proposals_file: bool = False) -> TemplateSpec:
    """The built-in profile in force for a program at (year, term); the current one when unknown.
    For a proposals file (`project_ideas.md`) its README-only fields are optional."""
    spec = builtin_template(program)
    if when is not None and when[0]:
        spec = next((builtin_template(name) for owner, name, since in _era_starts()
                     if owner == program and when >= since), spec)
    return _without_readme_fields(spec) if proposals_file else spec


@lru_cache(maxsize=None)
def _without_readme_fields(spec: TemplateSpec) -> TemplateSpec:
    """The spec as a proposals file's template has it: the fields admins add to the README optional."""
    if not any(f.readme_only and f.required for f in spec.fields):
        return spec
    fields = tuple(f._replace(required=False, allow_empty=True) if f.readme_only else f for f in spec.fields)
    return replace(spec, fields=fields)


class TemplateBlock(NamedTuple):
    """What a file's own Template block says: heading levels, labels in order and the hint
    written after each label, the nested mentor example, the block's whole text, and the labels
    and heading levels of the file's Sample proposal (which authors copy as often as the block)."""

    levels: tuple[int, ...]
    labels: tuple[str, ...]
    mentor_example: str = ""
    hints: tuple[str, ...] = ()
    text: str = ""
    sample_labels: tuple[str, ...] = ()
    sample_levels: tuple[int, ...] = ()
    sample_names_after_at: bool = False  # the Sample links a mentor as `[@Name Surname](profile URL)`


_CHOICE_INTRO = re.compile(r"\bone of\b|\bor\b", re.I)
_CHOICE_SPLIT = re.compile(r",|\bor\b|\band\b|\bone of\b", re.I)
_CHOICE_WORD = re.compile(r"[A-Za-z0-9]+")
_PARENTHESES = re.compile(r"\([^()]*\)")
_NUMBER = re.compile(r"\d+")
_AT_LEAST = re.compile(r"\bat least (\d|two|three)\b[^.\n]{0,20}\bmentors?\b", re.I)
_NUMBER_WORDS = {"two": 2, "three": 3}
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+\.\w")
_EMAIL_WORD = re.compile(r"\be-?mail\b", re.I)
_OPTIONAL = re.compile(r"\beither\b|\boptional\b", re.I)
_HANDLE_ASKED = re.compile(r"\bgithub\b|\(\s*@[\w-]|@(?:handle|username)\b", re.I)  # not `contact @admin on slack`
_ENTRY_FORM = re.compile(r"\(\s*@[\w-]+\s*,\s*[^()\s]+@[^()\s]+\s*\)")


def _choices(hint: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """The values a hint such as `(Easy, Medium, or Hard)` or `# one of small (~90 hour projects),
    medium (...) and large (...)` allows, folded to their first word, and the numbers each one's
    parentheses give; ((), ()) when the hint lists no choice."""
    hint = hint.strip().lstrip("#").strip()
    if hint.startswith("(") and hint.endswith(")"):
        hint = hint[1:-1]
    if not _CHOICE_INTRO.search(hint):
        return (), ()
    parts = [part.strip() for part in _CHOICE_SPLIT.split(_PARENTHESES.sub("", hint))]
    words = [_CHOICE_WORD.findall(part) for part in parts if part]
    if len(words) < 2 or any(not w or len(w) > 2 for w in words):
        return (), ()
    written = [part for part in map(str.strip, _CHOICE_SPLIT.split(hint)) if _PARENTHESES.sub("", part).strip()]
    numbers = tuple(tuple(_NUMBER.findall(" ".join(_PARENTHESES.findall(part)))) for part in written)
    return tuple(w[0].casefold() for w in words), numbers if any(numbers) and len(numbers) == len(words) else ()


def _guidance(hint: str) -> tuple[str, ...]:
    """A block's `# ...` comment after a label, without its `#`."""
    hint = hint.strip()
    return (hint[1:].strip(),) if hint.startswith("#") and hint[1:].strip() else ()


@lru_cache(maxsize=None)
def shipped_guidance() -> tuple[str, ...]:
    """Every guidance comment the shipped profiles know (cncf's templates of every era): copied
    from one template into another program's file, it is still guidance."""
    return tuple(dict.fromkeys(text for name in SHIPPED_PROFILES for spec in builtin_template(name).fields
                               for text in spec.guidance))


class _MentorAsks(NamedTuple):
    """What a Template block asks of each mentor entry."""

    policy: MentorPolicy
    email: bool
    handle: bool
    form: bool


def _mentor_policy(profile: TemplateSpec, block: TemplateBlock, hint: str) -> _MentorAsks:
    """Mentor counts, primary mentor, and whether an email, a handle and the `Name (@handle, email)`
    form are asked, as the block itself says them."""
    said = f"{hint}\n{block.mentor_example}"
    at_least = _AT_LEAST.search(block.text)
    minimum = 1
    if at_least:
        word = at_least.group(1).casefold()
        minimum = _NUMBER_WORDS.get(word) or int(word)
    sources = dict(profile.mentors.sources)
    sources.pop("min", None)
    if at_least:
        sources["min"] = f"the Template block (\"{at_least.group(0)}\")"
    since = tuple((bound, start) for bound, start in profile.mentors.since if bound != "min")  # the block's own
    policy = profile.mentors._replace(min=minimum, primary="primary" in said.casefold(),
                                      sources=tuple(sorted(sources.items())), since=since)
    asks_email = bool(_ADDRESS.search(said)) or bool(_EMAIL_WORD.search(said) and not _OPTIONAL.search(said))
    return _MentorAsks(policy, asks_email, bool(_HANDLE_ASKED.search(said)), bool(_ENTRY_FORM.search(said)))


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


def _sampled_labels(profile: TemplateSpec, block: TemplateBlock, spec: FieldSpec) -> tuple[str, ...]:
    """The labels the file's Sample proposal writes for `spec`'s field (2022 Spring's Sample wrote
    `Issue:` beside a block writing `Upstream Issue (URL):`): the era's own, as exact as the block's."""
    written = {normalize_label(label) for label in block.labels}
    return tuple(dict.fromkeys(
        label for label in block.sample_labels
        if normalize_label(label) not in written and profile.match_label(label).spec == spec))


def template_from_block(block: TemplateBlock, era: str = "the file's Template block") -> TemplateSpec:
    """Merge a Template block with its closest profile.

    The block decides heading levels, the labels the file writes, which fields are required,
    the values a field allows and the mentor policy (count, primary, email, one per line);
    the profile adds aliases, the mentor maximum and the optional fields it knows.
    """
    profile = closest_profile(block)
    fields: list[FieldSpec] = []
    used: set[str] = set()
    hints = dict(zip(block.labels, block.hints or ("",) * len(block.labels)))
    mentor_hint = ""
    for label in block.labels:
        spec = profile.match_label(label).spec
        if spec is None:
            allowed, numbers = _choices(hints.get(label, ""))
            fields.append(FieldSpec(name=label, label=label, allowed=allowed, choice_numbers=numbers,
                                    guidance=_guidance(hints.get(label, ""))))
            continue
        if spec.name in used:
            continue
        used.add(spec.name)
        if spec.mentors:
            mentor_hint = hints.get(label, "")
        aliases = tuple(a for a in (spec.label, *spec.aliases) if normalize_label(a) != normalize_label(label))
        allowed, numbers = _choices(hints.get(label, ""))
        fields.append(spec._replace(label=label, aliases=aliases, allowed=allowed, choice_numbers=numbers,
                                    guidance=_guidance(hints.get(label, "")),
                                    own_labels=_sampled_labels(profile, block, spec)))
    for spec in profile.fields:
        if spec.name not in used:
            fields.append(spec._replace(required=False, allow_empty=True, allowed=(), choice_numbers=(), guidance=()))
    project_level, title_level = (block.levels + (profile.project_level, profile.title_level))[:2]
    if len(block.levels) == 1:
        project_level, title_level = block.levels[0], block.levels[0] + 1
    asks = _mentor_policy(profile, block, mentor_hint)
    return TemplateSpec(
        name=profile.name,
        project_level=project_level,
        title_level=title_level,
        fields=tuple(fields),
        mentors=asks.policy,
        placeholders=profile.placeholders,
        era=era,
        mentor_email=asks.email,
        mentor_layout="list" if block.mentor_example.strip() else "inline",
        mentor_handle=asks.handle,
        mentor_format=asks.form,
        sample_labels=frozenset(map(normalize_label, block.sample_labels)),
        sample_levels=block.sample_levels,
        names_after_at=block.sample_names_after_at,
    )

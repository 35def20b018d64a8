"""The JSON Schema of `[tool.proposal-lint]`, generated from the one declaration of the keys (config.Settings),
so editors can complete and validate them. `proposal-lint config-schema` prints it; the repository ships
it as src/proposal_lint/config.schema.json (a test keeps the two equal)."""

from __future__ import annotations

import json
import typing
from dataclasses import fields

from .config import KEYS, Settings, key_of

_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number"}
SCHEMA_ID = "https://github.com/proposal-lint/proposal-lint/blob/main/src/proposal_lint/config.schema.json"


def _type_schema(kind, meta: dict) -> dict:
    origin, args = typing.get_origin(kind), typing.get_args(kind)
    if origin is list:
        return {"type": "array", "items": _type_schema(args[0], meta)}
    if origin is dict:
        schema = {"type": "object", "additionalProperties": _type_schema(args[1], meta)}
        if meta.get("rule_keys"):
            schema["propertyNames"] = _rule_selector()
        return schema
    schema: dict = {"type": _JSON_TYPES[kind]}
    if "choices" in meta:
        schema["enum"] = list(meta["choices"])
    if "minimum" in meta:
        schema["minimum"] = meta["minimum"]
    if "maximum" in meta:
        schema["maximum"] = meta["maximum"]
    if meta.get("rules"):
        return _rule_selector()
    return schema


def _rule_selector() -> dict:
    """A rule code or name (listed, for completion), or a code prefix such as PL3."""
    from ..rules.table import all_rules

    names = [rule.code for rule in all_rules()] + [rule.name for rule in all_rules()]
    return {"type": "string", "anyOf": [{"enum": names}, {"pattern": "^[Pp][Ll]\\d{0,3}$"}]}


def config_schema() -> dict:
    """A draft 2020-12 schema of every key: its type, allowed values and help text."""
    hints = typing.get_type_hints(Settings)
    properties = {}
    for declared in fields(Settings):
        kind = typing.get_args(hints[declared.name])[0]
        properties[key_of(declared.name)] = {"description": declared.metadata["help"],
                                             **_type_schema(kind, declared.metadata)}
    assert set(properties) == set(KEYS)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "proposal-lint configuration ([tool.proposal-lint] in pyproject.toml, or .proposal-lint.toml)",
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
    }


def schema_text() -> str:
    return json.dumps(config_schema(), indent=2, ensure_ascii=False) + "\n"

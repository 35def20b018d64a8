"""The shipped JSON Schema of the config is generated from config.Settings and agrees with its validation."""

from __future__ import annotations

import json

import jsonschema
import pytest
from click.testing import CliRunner
from conftest import ROOT

from proposal_lint.commands.cli import cli
from proposal_lint.commands.config import ConfigError, validate
from proposal_lint.commands.config_schema import config_schema

SHIPPED = ROOT / "src" / "proposal_lint" / "config.schema.json"
VALIDATOR = jsonschema.Draft202012Validator(config_schema())

TABLES = [
    ({"select": ["PL1", "PL2", "mojibake"], "ignore": ["PL313"], "severity": {"PL203": "error"}}, True),
    ({"per-file-ignores": {"archive/*.md": ["PL302"]}, "fail-on": "warning", "timeout": 10}, True),
    ({"exclude": ["node_modules/"], "extend-exclude": ["drafts/"], "offline": False}, True),
    ({"accept-status": [403], "concurrency": 8, "template": "gsoc"}, True),
    ({"selct": ["PL1"]}, False),
    ({"fail-on": "fatal"}, False),
    ({"timeout": 0}, False),
    ({"offline": "yes"}, False),
    ({"ignore": ["PL9999"]}, False),
    ({"severity": {"no-such-rule": "error"}}, False),
    ({"accept-status": [700]}, False),
]


def test_the_shipped_schema_is_the_generated_one():
    assert json.loads(SHIPPED.read_text(encoding="utf-8")) == config_schema()
    result = CliRunner().invoke(cli, ["config-schema"])
    assert json.loads(result.output) == config_schema()


@pytest.mark.parametrize("table, valid", TABLES)
def test_schema_and_validation_agree(table, valid):
    assert VALIDATOR.is_valid(table) == valid
    if valid:
        validate(table, "t")
    else:
        with pytest.raises(ConfigError):
            validate(table, "t")


def test_every_key_is_described():
    schema = config_schema()
    assert all(spec["description"] for spec in schema["properties"].values())
    assert schema["additionalProperties"] is False

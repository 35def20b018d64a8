"""The explicit list of rule modules: a rule is added here and nowhere else."""

from importlib import import_module

_MODULE_NAMES = (
    "pl001_unreadable_file",
    "pl002_invalid_encoding",
    "pl003_binary_file",
    "pl004_file_too_large",
    "pl005_empty_file",
    "pl006_no_proposals",
    "pl101_missing_project_heading",
    "pl102_heading_depth",
    "pl103_empty_proposal",
    "pl104_duplicate_title",
    "pl201_missing_field",
    "pl202_empty_field",
    "pl203_non_template_label",
    "pl204_unknown_field",
    "pl205_duplicate_field",
    "pl206_misplaced_content",
    "pl207_invalid_value",
    "pl501_template_placeholder",
    "pl502_mojibake",
)

RULES = tuple(sorted((import_module(f".{name}", __name__).RULE for name in _MODULE_NAMES), key=lambda r: r.code))

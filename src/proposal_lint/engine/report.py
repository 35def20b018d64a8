"""The `Report` type: everything a run found, ready for a reporter."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..core.diagnostics import Diagnostic, Severity
from ..core.model import Document
from ..rules.context import Facts, Options


@dataclass
class Report:
    """Everything a run found, ready for a reporter."""

    diagnostics: list[Diagnostic] = field(default_factory=list)
    documents: list[Document] = field(default_factory=list)
    files: int = 0
    input_errors: int = 0
    options: Options = field(default_factory=Options)
    facts: Facts | None = None  # what the run gathered (project list, link verdicts) for the summary and export

    @property
    def proposals(self) -> int:
        return sum(len(d.proposals) for d in self.documents)

    def files_read(self) -> list[str]:
        """The files the run read or tried to: the linted ones (unreadable ones too) and those its options name."""
        named = (self.options.mentor_registry, self.options.cncf_projects, self.options.quotas)
        return list(dict.fromkeys([*(d.path for d in self.documents), *(d.path for d in self.diagnostics),
                                   *(path for path in named if path)]))

    def count(self, severity: Severity) -> int:
        return sum(1 for d in self.diagnostics if d.severity == severity)

    def exit_code(self, fail_on: Severity | None) -> int:
        if self.input_errors:
            return 2
        if fail_on is not None and any(d.severity >= fail_on for d in self.diagnostics):
            return 1
        return 0

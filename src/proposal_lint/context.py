"""What rules may read besides the document: the run's options and the facts gathered for it."""

from __future__ import annotations

from dataclasses import dataclass, field

from .diagnostics import Severity
from .template import TemplateSpec


@dataclass(frozen=True)
class Options:
    """What a run is asked to do."""

    template: TemplateSpec | None = None
    fail_on: Severity | None = Severity.ERROR
    offline: bool = False


@dataclass
class Facts:
    """Facts gathered before the rules run (network answers, registries); empty when offline."""


@dataclass
class RunContext:
    """Passed to every rule's check function next to the document(s)."""

    options: Options = field(default_factory=Options)
    facts: Facts = field(default_factory=Facts)

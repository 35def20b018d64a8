"""What rules may read besides the document: the run's options and the facts gathered for it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from ..core.diagnostics import Severity
from ..core.facts import LinkFacts, MentorFacts
from ..core.link_settings import LinkSettings
from ..cncf.quotas import Quotas
from .selection import RulePolicy
from ..core.template import TemplateSpec

if TYPE_CHECKING:
    from ..cncf.projects import ProjectList
    from ..cncf.export_files import TermFile


class Options(NamedTuple):
    """What a run is asked to do; `links` is the link stage's settings (timeout, concurrency, hosts,
    cache, token source, ...), handed to the stage as they are."""

    template: TemplateSpec | None = None
    fail_on: Severity | None = Severity.ERROR
    offline: bool = True  # the library makes no requests unless asked; the CLI is online by default
    rules: RulePolicy = RulePolicy()
    default_template: TemplateSpec | None = None  # for files without a Template block (config `template`)
    mentor_registry: str | None = None  # LFX mentor export (CSV) or JSON list, for the PL3xx registry rules
    cncf_projects: str | None = None  # the CNCF project list (projects.yml); None: the copy shipped with the package
    quotas: str | None = None  # cncf's quotas.yml (default: the shipped copy), for PL112
    check_email_dns: bool = False  # ask DNS whether mentor email domains accept mail
    email_dns_timeout: float = 3.0  # seconds for the whole DNS check of one domain
    email_dns_server: tuple[str, int] | None = None  # (ip, port) to ask instead of the system resolver
    links: LinkSettings = LinkSettings()


@dataclass
class Facts:
    """Facts gathered before the rules run (network answers, registries); empty when offline."""

    mentors: MentorFacts = field(default_factory=MentorFacts)
    links: LinkFacts | None = None  # link verdicts; None when offline
    projects: ProjectList | None = None  # the CNCF project list; None when no rule of the run needs it
    quotas: Quotas | None = None  # proposal quotas per project and term; None when no proposal has a term
    term_files: dict[str, tuple[TermFile, ...]] = field(default_factory=dict)  # export files by term directory


@dataclass
class RunContext:
    """Passed to every rule's check function next to the document(s)."""

    options: Options = field(default_factory=Options)
    facts: Facts = field(default_factory=Facts)

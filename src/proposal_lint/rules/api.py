"""What a rule module imports: the rule type, what its check is given and yields, and the document
views most rules read. A rule imports this module, plus at most the one reading module it needs."""

from ..core.diagnostics import Edit, Fix, Problem, Severity
from ..core.document_cache import per_document
from ..core.facts import DEAD, UNVERIFIED, LinkVerdict
from ..core.model import Document, Field, Item, Mentor, Proposal, Span
from ..core.template import FieldSpec, TemplateSpec, normalize_label, shipped_guidance, without_hint, without_small_words
from ..reading.issue_form import is_form
from ..reading.links.fields import ISSUE_URL, LFX_URL, link_fields
from ..reading.mentor_walk import PlacedMentor, document_mentors, inline_runs, run_mentors
from .context import RunContext
from .selection import closest_rule
from .table import Rule, carried_fixes

__all__ = [
    "DEAD", "Document", "Edit", "Field", "FieldSpec", "Fix", "ISSUE_URL", "Item", "LFX_URL", "LinkVerdict", "Mentor",
    "PlacedMentor", "Problem", "Proposal", "Rule", "RunContext", "Severity", "Span", "TemplateSpec", "UNVERIFIED",
    "carried_fixes", "closest_rule", "document_mentors", "inline_runs", "is_form", "link_fields", "normalize_label",
    "per_document", "run_mentors", "shipped_guidance", "without_hint", "without_small_words",
]

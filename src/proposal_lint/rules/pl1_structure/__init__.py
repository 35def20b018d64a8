"""PL1xx, structure: headings, projects, form sections, quotas, term export files."""

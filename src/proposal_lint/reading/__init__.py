"""Text to the model, and the offline views of it: source, parser, mentors, issue forms, links,
misplaced content, template lookup, programs. Never reports.
"""

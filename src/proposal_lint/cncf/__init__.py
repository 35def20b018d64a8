"""cncf/mentoring's own layout and data: where a file sits (program, year, term), the CNCF project
list, quotas, and the export files of a term.
"""

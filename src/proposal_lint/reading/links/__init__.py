"""The links of a document, read offline: URLs in Markdown (`urls`), the URL fields of proposals
(`fields`) and the GitHub orgs of upstream issues (`orgs`). Read by the rules and by the online stage.
"""

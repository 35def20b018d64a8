"""The GitHub Action's Python: `steps` (plan, check, issue, as action.yml runs them through
`python -m proposal_lint.commands.action`), `issue_body` (a proposal filed as an issue) and `comment`
(the one comment a run keeps on its pull request or issue)."""

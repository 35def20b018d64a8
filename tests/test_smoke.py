from proposal_lint import lint_text


def test_clean_proposal_has_no_errors():
    text = """### Demo

#### A title

- Description: d
- Expected Outcome: e
- Recommended Skills: s
- Mentor(s):
  - Jane Doe (@janedoe, jane@cncf.io)
  - John Roe (@johnroe, john@cncf.io)
- Upstream Issue: https://github.com/o/r/issues/1
- LFX URL:
"""
    assert [d.code for d in lint_text(text)] == []

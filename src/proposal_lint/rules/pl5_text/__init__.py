"""PL5xx, text: template placeholders, mojibake, broken links, unclosed code blocks, conflict markers."""

"""PL5xx, text: template placeholders and mojibake."""

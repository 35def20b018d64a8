"""One escaping function per place the linter's output goes, used by everything that writes there:
`terminal` (a terminal or a log), `runner` (GitHub's runner, which executes `::` lines), `markdown` (a
pull-request or issue comment, a step summary) and `csv_cells` (a CSV file opened in a spreadsheet)."""

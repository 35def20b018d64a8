"""One run: `lint` reads, parses, gathers the facts and runs the rules; `report` is what it found."""

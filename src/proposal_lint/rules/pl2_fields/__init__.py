"""PL2xx, fields: missing, empty, misnamed, misplaced or invalid fields."""

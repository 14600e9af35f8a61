"""Question files of other formats (GIFT, Moodle XML, Aiken, Open Trivia DB, CSV/TSV, Anki,
Kahoot): readers into checked bank tables, writers from the model, and format detection."""

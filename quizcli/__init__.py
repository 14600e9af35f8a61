"""quizcli: a terminal trivia game with TOML question banks and SQLite high scores."""

__version__ = "0.1.0"

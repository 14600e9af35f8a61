"""Question banks: reading TOML into the model, and finding banks on disk."""

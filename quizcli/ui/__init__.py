"""Everything that touches the terminal: Rich views, interactive and plain askers."""

"""Exit codes the commands share, beyond typer's 0 (done), 1 (an error) and 2 (usage)."""

EXIT_INTERRUPTED = 130  # Ctrl-C, as a shell reports a command SIGINT stopped (128 + 2)

"""The CLI's commands, one module per family; ``quizcli.cli`` registers them."""

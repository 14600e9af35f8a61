"""Allow ``python -m quizcli``."""

from quizcli.cli import main

main()

"""Allow ``python -m quizcli``."""

from quizcli.entry import main

main()

"""Entry point of the frozen (PyInstaller) app: the same CLI, `gui` when given no verb."""

import sys

from stallapp.cli import main

if __name__ == "__main__":
    sys.exit(main())

"""Entry point of the frozen (PyInstaller) app: the same CLI, `gui` when given no verb."""

import multiprocessing
import sys

from stallapp.cli import main

if __name__ == "__main__":
    # The batch importer opens files in a spawned worker process (services/open_worker.py);
    # in a frozen app that child is this executable, which must run the worker, not the CLI.
    multiprocessing.freeze_support()
    sys.exit(main())

"""Entry script of the frozen application (PyInstaller): the same CLI, GUI by default."""

import multiprocessing
import sys

from desktop_app.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # worker processes of the importer re-enter here
    sys.exit(main())

"""``python -m desktop_app`` is the same as ``chugiai``."""

import sys

from desktop_app.cli.main import main

sys.exit(main())

"""The frozen app's entry point: the same main() as the `between-sessions` script."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())

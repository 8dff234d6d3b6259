"""The frozen app's entry point, for both executables (between-sessions and between-sessions-cli,
see between-sessions.spec): the same main() as the scripts of those names."""

import sys

from desktop.app import main

if __name__ == "__main__":
    sys.exit(main())

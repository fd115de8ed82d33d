"""Allow ``python -m hplan``."""

from hplan.cli.app import main

if __name__ == "__main__":
    main()

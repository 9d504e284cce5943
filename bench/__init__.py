"""The performance benchmark of Praksisbanken: `make bench` (python -m bench --help)."""

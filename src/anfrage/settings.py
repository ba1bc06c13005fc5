"""Defaults shared by the CLI and the api, kept free of imports so `--help` stays fast."""

DEFAULT_STALE_MONTHS = 12
"""Facts whose stand is older than this many months before the answer date are reported."""

WARN_WORKING_DAYS = 2
"""An open answer due within this many working days is reported."""

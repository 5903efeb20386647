"""rncp-check: criterion-by-criterion coverage of the RNCP « Chef de projet e-commerce »."""

from __future__ import annotations

__version__ = "0.16.0"

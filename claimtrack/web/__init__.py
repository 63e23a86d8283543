"""The claimtrack web page and JSON API (``claimtrack serve``).

:func:`create_app` builds the FastAPI app; :mod:`claimtrack.web.render` turns
spans into escaped, marked-up HTML.
"""

from claimtrack.web.app import create_app

__all__ = ["create_app"]

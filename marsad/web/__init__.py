"""The review web UI and REST API (``marsad serve``); see ``docs/web.md``.

``create_app(store_url, token=...)`` builds the ASGI app; FastAPI is imported only when it is called.
"""

from __future__ import annotations

from typing import Any


def create_app(*args: Any, **kwargs: Any) -> Any:
    """See ``marsad.web.app.create_app``."""
    from marsad.web.app import create_app as _create_app

    return _create_app(*args, **kwargs)


__all__ = ["create_app"]

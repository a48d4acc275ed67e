"""The web app: stories, timelines and articles as server-rendered pages, a JSON API, and exports.

``create_app(db)`` builds the Starlette app; ``serve(db, host, port)`` runs it with uvicorn.
"""

from dateline.web.app import create_app, serve

__all__ = ["create_app", "serve"]

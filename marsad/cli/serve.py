"""``marsad serve``: the review UI and REST API over a store, on uvicorn."""

from __future__ import annotations

import secrets

import click


@click.command()
@click.option("--db", default="marsad.db", show_default=True, help="Store URL or SQLite path (see marsad.store).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535), help="TCP port.")
@click.option(
    "--token",
    envvar="MARSAD_TOKEN",
    help="Token that write requests (corrections) must carry [env MARSAD_TOKEN; default: generated and printed].",
)
@click.option(
    "--max-body", default=2_000_000, show_default=True, type=click.IntRange(1_000), help="Request body limit, bytes."
)
@click.option(
    "--log-level", default="info", show_default=True, type=click.Choice(["debug", "info", "warning", "error"])
)
def serve(db: str, host: str, port: int, token: str | None, max_body: int, log_level: str) -> None:
    """Serve the web UI and REST API over the store DB (OpenAPI at /api/openapi.json, reference at /api/docs)."""
    import uvicorn

    from marsad.store import open_store
    from marsad.web.app import create_app

    open_store(db).close()  # fail now, with the store's own message, if the database cannot be opened
    generated = not token
    token = token or secrets.token_urlsafe(24)
    app = create_app(db, token=token, max_body=max_body)
    click.echo(f"marsad: serving {db} on http://{host}:{port}/  (API reference: /api/docs)", err=True)
    if generated:
        click.echo(
            f"marsad: editor token (for corrections; set --token or MARSAD_TOKEN to choose one): {token}", err=True
        )
    uvicorn.run(app, host=host, port=port, log_level=log_level)

"""REST routes under ``/api`` (plus ``POST /analyze``): read the store, analyse text, record corrections, export.

Lists are paginated with ``limit``/``offset`` and answer ``{"items", "limit", "offset", "next_offset"}`` (plus
``"total"`` where the store counts); every list takes the same filters (date range, place, country, event type,
actor, source, stance). Writes need the token: ``Authorization: Bearer TOKEN`` or ``X-Marsad-Token: TOKEN``.
"""

from __future__ import annotations

import datetime as dt
import hmac
from dataclasses import asdict, dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from marsad.errors import InputError
from marsad.web.app import NotFound, Unauthorized
from marsad.web.gateway import take

router = APIRouter()
MAX_LIMIT = 500


@dataclass(slots=True)
class ListFilters:
    """Query parameters shared by every list endpoint (checked by ``filters``)."""

    since: str | None = None
    until: str | None = None
    place: str | None = None
    country: str | None = None
    event_type: str | None = None
    actor: str | None = None
    source: str | None = None
    stance: str | None = None
    doc_id: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}


def filters(
    since: str | None = Query(None, description="earliest publication date, YYYY-MM-DD (inclusive)"),
    until: str | None = Query(None, description="latest publication date, YYYY-MM-DD (inclusive)"),
    place: str | None = Query(None, description="substring of a place's Arabic text or Arabic/English name"),
    country: str | None = Query(None, description="ISO 3166-1 alpha-2 code of a place mentioned"),
    event_type: str | None = Query(None, description="PLOVER type or ACLED event/sub-event type"),
    actor: str | None = Query(None, description="substring of an event actor or statement speaker"),
    source: str | None = Query(None, description="outlet, exact"),
    stance: str | None = Query(None, description="statement stance: assert, deny, unconfirmed"),
) -> ListFilters:
    """Filters from the query string, with dates and stance checked (400 on nonsense)."""
    from marsad.ingest.decode import parse_published

    if stance not in (None, "", "assert", "deny", "unconfirmed"):
        raise InputError(f"stance: {stance!r} is not one of assert, deny, unconfirmed")
    if country and (len(country) != 2 or not country.isalpha()):
        raise InputError(f"country: {country!r} is not an ISO 3166-1 alpha-2 code such as SY")
    return ListFilters(
        since=parse_published(since) if since else None,
        until=parse_published(until) if until else None,
        place=place,
        country=country.upper() if country else None,
        event_type=event_type,
        actor=actor,
        source=source,
        stance=stance or None,
    )


Filtered = Annotated[ListFilters, Depends(filters)]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="page size")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]


def page(items: list[Any], limit: int, offset: int, total: int | None = None) -> dict[str, Any]:
    """A page of ``items`` (fetched with ``limit + 1`` when the total is unknown, to tell whether more follow)."""
    more = len(items) > limit if total is None else offset + limit < total
    out: dict[str, Any] = {"items": items[:limit], "limit": limit, "offset": offset}
    out["next_offset"] = offset + limit if more else None
    if total is not None:
        out["total"] = total
    return out


def check_token(request: Request, supplied: str | None) -> None:
    """Raise Unauthorized unless ``supplied`` is the app's token (constant-time comparison)."""
    expected: str = request.app.state.token
    if not supplied or not hmac.compare_digest(supplied.encode(), expected.encode()):
        raise Unauthorized("this endpoint needs the token: send 'Authorization: Bearer TOKEN' (printed at start-up)")


def require_token(
    request: Request,
    authorization: Annotated[str | None, Header()] = None,
    x_marsad_token: Annotated[str | None, Header()] = None,
) -> None:
    """Dependency for write endpoints."""
    supplied = x_marsad_token
    if authorization and authorization.lower().startswith("bearer "):
        supplied = authorization[7:].strip()
    check_token(request, supplied)


# -- documents ---------------------------------------------------------------------------------------------------


@router.get("/api/documents", tags=["documents"], summary="List documents (filters, optional full-text query)")
async def list_documents(
    request: Request,
    f: Filtered,
    q: str | None = Query(None, description="full-text query (Arabic-normalised, clitics ignored)"),
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    args = {k: v for k, v in f.as_dict().items() if k != "doc_id"}
    rows, total = await request.app.state.gateway.run(
        lambda s: s.list_documents(query=q or None, limit=limit, offset=offset, **args)
    )
    return page(rows, limit, offset, total)


@router.get("/api/documents/search", tags=["documents"], summary="Full-text search, best first, with snippets")
async def search_documents(
    request: Request,
    q: str = Query(..., min_length=1, max_length=500, description='words (ANDed) or a "quoted phrase"'),
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    rows, total = await request.app.state.gateway.run(lambda s: s.search(q, limit=limit, offset=offset))
    return page(rows, limit, offset, total)


@router.get("/api/documents/{doc_id}", tags=["documents"], summary="One document: all layers, corrections applied")
async def get_document(request: Request, doc_id: str) -> dict[str, Any]:
    return await fetch_document(request, doc_id)


async def fetch_document(request: Request, doc_id: str) -> dict[str, Any]:
    data = await request.app.state.gateway.run(lambda s: s.get_document(doc_id))
    if data is None:
        raise NotFound(f"no document with id {doc_id!r}")
    return data


# -- layers ------------------------------------------------------------------------------------------------------


def _layer_route(layer: str, summary: str) -> None:
    method = f"iter_{layer}"

    async def endpoint(
        request: Request,
        f: Filtered,
        doc_id: str | None = Query(None, description="only this document"),
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        args = f.as_dict()
        if doc_id:
            args["doc_id"] = doc_id
        rows = await request.app.state.gateway.run(
            lambda s: take(getattr(s, method)(args, limit=limit + 1, offset=offset), limit + 1)
        )
        return page(rows, limit, offset)

    endpoint.__name__ = f"list_{layer}"
    router.add_api_route(f"/api/{layer}", endpoint, methods=["GET"], tags=["layers"], summary=summary)


_layer_route("entities", "Entity mentions (PER, LOC, ORG, MISC) with places")
_layer_route("statements", "Statements: who said what, with stance")
_layer_route("events", "Event mentions with PLOVER/ACLED types, actors, places, dates")
_layer_route("claims", "Claims: one proposition across statements, with each position")
_layer_route("places", "Geocoded place mentions (lat, lon, country)")


@router.get("/api/stats", tags=["documents"], summary="Counts per layer, sources, failures")
async def stats(request: Request) -> dict[str, Any]:
    return await request.app.state.gateway.run(lambda s: s.stats())


# -- analysis ----------------------------------------------------------------------------------------------------


class AnalyzeRequest(BaseModel):
    text: str = Field(..., description="the article text (Arabic)")
    published: str | None = Field(None, description="publication date YYYY-MM-DD: the anchor for relative dates")
    title: str | None = None
    source: str | None = None
    url: str | None = None
    store: bool = Field(False, description="also store the result (needs the token)")


@router.post("/analyze", tags=["analysis"], summary="Analyse one article: text in, Document JSON out")
@router.post("/api/analyze", tags=["analysis"], summary="Same as POST /analyze", include_in_schema=False)
async def analyze(
    request: Request,
    body: AnalyzeRequest,
    authorization: Annotated[str | None, Header()] = None,
    x_marsad_token: Annotated[str | None, Header()] = None,
) -> dict[str, Any]:
    from starlette.concurrency import run_in_threadpool

    import marsad

    if body.store:
        require_token(request, authorization, x_marsad_token)
    doc = marsad.make_document(body.text, published=body.published, title=body.title, source=body.source, url=body.url)
    doc = await run_in_threadpool(request.app.state.analyzer, doc)
    doc.validate()
    out = doc.to_json()
    if body.store:
        doc_id, added = await request.app.state.gateway.run(lambda s: s.add_document(doc, meta={"via": "web"}))
        out["stored"] = {"id": doc_id, "added": added}
    return out


# -- corrections -------------------------------------------------------------------------------------------------


class CorrectionIn(BaseModel):
    target_kind: str = Field(..., description="entity, statement, event, time, claim or document")
    doc_id: str
    target_index: int = Field(0, ge=0)
    field: str = Field(..., description="type, stance, place, date, span, trigger, content … or _delete")
    value: Any = None
    author: str = Field(default="web", max_length=100)


async def add_correction(request: Request, c: CorrectionIn) -> list[int]:
    """Check a correction against the stored document and record it; the ids of the records written."""
    from marsad.web.corrections import check_correction, expand

    doc = await fetch_document(request, c.doc_id)
    value = check_correction(doc, c.target_kind, c.target_index, c.field, c.value)
    pairs = expand(c.target_kind, c.field, value)
    # one time for all records of this edit: undo finds a span edit's start/end/text records by it, and three
    # separate clock reads could straddle a second
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return await request.app.state.gateway.run(
        lambda s: [s.add_correction(c.target_kind, c.doc_id, c.target_index, f, v, c.author, at=at) for f, v in pairs]
    )


@router.post(
    "/api/corrections",
    tags=["corrections"],
    summary="Record a correction (needs the token)",
    status_code=201,
    dependencies=[Depends(require_token)],
)
async def create_correction(request: Request, body: CorrectionIn) -> dict[str, Any]:
    ids = await add_correction(request, body)
    return {"ids": ids, "id": ids[-1]}


@router.get("/api/corrections", tags=["corrections"], summary="Active corrections, oldest first")
async def list_corrections(request: Request, doc_id: str | None = None) -> dict[str, Any]:
    rows = await request.app.state.gateway.run(lambda s: s.list_corrections(doc_id))
    return {"items": rows}


@router.post(
    "/api/corrections/{correction_id}/undo",
    tags=["corrections"],
    summary="Withdraw a correction (needs the token)",
    dependencies=[Depends(require_token)],
)
@router.delete(
    "/api/corrections/{correction_id}",
    tags=["corrections"],
    summary="Withdraw a correction (needs the token)",
    dependencies=[Depends(require_token)],
)
async def undo_correction(request: Request, correction_id: int) -> dict[str, Any]:
    ids = await request.app.state.gateway.run(lambda s: undo_with_siblings(s, correction_id))
    if not ids:
        raise NotFound(f"no active correction with id {correction_id}")
    return {"id": correction_id, "undone": True, "ids": ids}


SPAN_PARTS = ("start", "end", "text")


def undo_with_siblings(store: Any, correction_id: int) -> list[int]:
    """Undo a correction; an entity span edit (start, end and text records written together) is undone whole.

    Runs in the store thread. Returns the ids withdrawn (empty when ``correction_id`` is not active).
    """
    rows = store.list_corrections(None)
    target = next((r for r in rows if r["id"] == correction_id), None)
    if target is None:
        return []
    ids = [correction_id]
    if target["target_kind"] == "entity" and target["field"] in SPAN_PARTS:
        ids = [
            r["id"]
            for r in rows
            if r["target_kind"] == "entity"
            and r["doc_id"] == target["doc_id"]
            and r["target_index"] == target["target_index"]
            and r["field"] in SPAN_PARTS
            and r["at"] == target["at"]
            and abs(r["id"] - correction_id) < len(SPAN_PARTS)
        ]
    return [i for i in ids if store.undo_correction(i)]


# -- exports -----------------------------------------------------------------------------------------------------


@router.get("/api/export/{fmt}", tags=["export"], summary="Export matching documents: jsonl, acled-csv or geojson")
async def export(
    request: Request,
    fmt: str,
    f: Filtered,
    all_modalities: bool = Query(False, description="acled-csv: also negated, planned, hypothetical events"),
    layer: str = Query("events", pattern="^(events|places)$", description="geojson: events or places"),
    q: str | None = Query(None, max_length=500, description="full-text query, as for /api/documents"),
) -> StreamingResponse:
    """The same output as ``marsad export --format FMT`` with the same filters."""
    from marsad.web.exports import FORMATS, render_export

    if fmt not in FORMATS:
        raise NotFound(f"no export format {fmt!r}; available: {', '.join(FORMATS)}")
    args = f.as_dict()
    if q:
        args["query"] = q
    body = await request.app.state.gateway.run(
        lambda s: render_export(s, fmt, args, all_modalities=all_modalities, layer=layer)
    )
    media, ext = FORMATS[fmt]
    return StreamingResponse(
        iter([body]),
        media_type=media,
        headers={"content-disposition": f'attachment; filename="marsad.{ext}"'},
    )

"""Server-rendered review pages (Jinja): articles, one article highlighted, events, map, timeline, claims.

Every page extends ``templates/base.html``. The Jinja environment autoescapes and its ``finalize`` hook passes
every printed string through ``safety.inert`` (escaped, bidi controls visible), so document fields cannot inject
markup. Article text is highlighted server-side (``safety.highlight``). Corrections are posted from forms and
need the editor cookie set by ``/login`` (or a ``token`` field); the cookie is HttpOnly and SameSite=Strict and
write forms also check the Origin header, so another site cannot post on the editor's behalf.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
from collections import Counter, defaultdict
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from marsad.errors import InputError
from marsad.web.api import MAX_LIMIT, Filtered, ListFilters, add_correction, fetch_document
from marsad.web.app import NotFound, Unauthorized
from marsad.web.gateway import take
from marsad.web.safety import Mark, finalize, highlight, safe_url

HERE = Path(__file__).parent
COOKIE = "marsad_token"
LANGS = ("ar", "en")
router = APIRouter(include_in_schema=False)


@lru_cache(maxsize=1)
def labels() -> dict[str, dict[str, str]]:
    data = json.loads((HERE / "labels.json").read_text(encoding="utf-8"))
    data.pop("_comment", None)
    return data


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        finalize=finalize,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["safe_url"] = safe_url
    env.filters["jsontext"] = lambda v: v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    return env


@lru_cache(maxsize=1)
def basemap() -> list[dict[str, str]]:
    """Country outlines of the bundled basemap (see build_basemap.py), loaded once."""
    return json.loads((HERE / "static" / "world-110m.json").read_text(encoding="utf-8"))["countries"]


def lang_of(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get("marsad_lang") or "ar"
    return lang if lang in LANGS else "ar"


def signed_in(request: Request) -> bool:
    supplied = request.cookies.get(COOKIE)
    if not supplied:
        return False
    return hmac.compare_digest(supplied.encode(), request.app.state.token.encode())


def render(request: Request, name: str, ctx: dict[str, Any], status: int = 200) -> HTMLResponse:
    """Render template ``name`` with the common context (labels, language, query string helpers)."""
    lang = lang_of(request)
    table = labels()

    def t(key: str) -> str:
        entry = table.get(key)
        return entry[lang] if entry else key

    def url_with(**changes: Any) -> str:
        params = dict(request.query_params)
        params.update({k: v for k, v in changes.items() if v is not None})
        for k, v in changes.items():
            if v is None:
                params.pop(k, None)
        return f"{request.url.path}?{urlencode(params)}" if params else request.url.path

    context = {
        "request": request,
        "t": t,
        "lang": lang,
        "dir": "rtl" if lang == "ar" else "ltr",
        "other_lang": "en" if lang == "ar" else "ar",
        "url_with": url_with,
        "signed_in": signed_in(request),
        "params": dict(request.query_params),
        "path": request.url.path,
        **ctx,
    }
    html = environment().get_template(name).render(context)
    response = HTMLResponse(html, status_code=status)
    if request.query_params.get("lang") in LANGS:
        response.set_cookie("marsad_lang", lang, samesite="strict", max_age=365 * 86400)
    return response


def pager(items: list[Any], limit: int, offset: int, total: int | None = None) -> dict[str, Any]:
    more = len(items) > limit if total is None else offset + limit < total
    return {
        "limit": limit,
        "offset": offset,
        "total": total,
        "prev": max(0, offset - limit) if offset > 0 else None,
        "next": offset + limit if more else None,
    }


# -- article list ------------------------------------------------------------------------------------------------


@router.get("/", response_class=HTMLResponse)
async def index(
    request: Request,
    f: Filtered,
    q: str | None = Query(None, max_length=500),
    limit: int = Query(25, ge=1, le=MAX_LIMIT),
    offset: int = Query(0, ge=0),
) -> HTMLResponse:
    args = {k: v for k, v in f.as_dict().items() if k != "doc_id"}
    rows, total = await request.app.state.gateway.run(
        lambda s: s.list_documents(query=q or None, limit=limit, offset=offset, **args)
    )
    snippets: dict[str, str] = {}
    if q:
        # the search rows carry a passage around the match; list_documents rows may not
        found, _ = await request.app.state.gateway.run(lambda s: s.search(q, limit=MAX_LIMIT))
        snippets = {r["id"]: r.get("snippet") or "" for r in found}
    ctx = {"rows": rows, "q": q or "", "snippets": snippets, "pager": pager(rows, limit, offset, total)}
    return render(request, "index.html", ctx)


# -- one article -------------------------------------------------------------------------------------------------


def _alive(items: list[dict[str, Any]] | None) -> list[tuple[int, dict[str, Any]]]:
    """(machine index, item) of a layer; deleted items keep their index so corrections still address them."""
    return [(i, item) for i, item in enumerate(items or [])]


def article_marks(doc: dict[str, Any]) -> list[Mark]:
    """Highlight marks for entities, statement parts, event triggers and times of a document JSON."""
    marks: list[Mark] = []
    for i, e in _alive(doc.get("entities")):
        if not e.get("_deleted"):
            marks.append(Mark(e["start"], e["end"], f"ent-{e.get('type', 'MISC')}", f"entity-{i}", e.get("type", "")))
    for i, st in _alive(doc.get("statements")):
        if st.get("_deleted"):
            continue
        for part in ("speaker", "cue", "content"):
            span = st.get(part)
            if span:
                marks.append(Mark(span["start"], span["end"], f"stmt-{part}", f"statement-{i}", st.get("stance", "")))
    for i, ev in _alive(doc.get("events")):
        if ev.get("_deleted"):
            continue
        trig = ev.get("trigger")
        if trig:
            marks.append(Mark(trig["start"], trig["end"], "ev-trigger", f"event-{i}", ev.get("plover", "")))
    for i, tm in _alive(doc.get("times")):
        if not tm.get("_deleted"):
            marks.append(Mark(tm["start"], tm["end"], "time", f"time-{i}", tm.get("value", "")))
    return marks


@router.get("/doc/{doc_id}", response_class=HTMLResponse)
async def article(request: Request, doc_id: str) -> HTMLResponse:
    doc = await fetch_document(request, doc_id)
    corrections = await request.app.state.gateway.run(lambda s: s.list_corrections(doc_id))
    ctx = {
        "doc": doc,
        "meta": doc.get("doc", {}),
        "body": highlight(doc.get("text", ""), article_marks(doc)),
        "entities": _alive(doc.get("entities")),
        "statements": _alive(doc.get("statements")),
        "events": _alive(doc.get("events")),
        "times": _alive(doc.get("times")),
        "claims": _alive(doc.get("claims")),
        "corrections": corrections,
        "entity_types": ("PER", "LOC", "ORG", "MISC"),
        "stances": ("assert", "deny", "unconfirmed"),
    }
    return render(request, "article.html", ctx)


def check_form_auth(request: Request, token: str | None) -> None:
    """Forms need the editor cookie (or the token typed in) and, when the browser sends one, our own Origin."""
    origin = request.headers.get("origin")
    if origin is not None and origin != f"{request.url.scheme}://{request.url.netloc}":
        # "null" (sandboxed frames, opaque origins) is refused too
        raise Unauthorized(f"cross-site form post from {origin!r} refused")
    supplied = token or request.cookies.get(COOKIE)
    if not supplied or not hmac.compare_digest(supplied.encode(), request.app.state.token.encode()):
        raise Unauthorized("corrections need the editor token: sign in at /login with the token printed at start-up")


def _float(value: str | None, name: str) -> float:
    try:
        return float(value or "")
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a number") from None


def _int(value: str | None, name: str) -> int:
    try:
        return int(value or "")
    except ValueError:
        raise InputError(f"{name}: {value!r} is not a whole number") from None


def form_value(field: str, form: dict[str, str], existing: dict[str, Any] | None) -> Any:
    """The JSON value a correction form means for ``field`` (spans, places and dates come as several inputs)."""
    if field in ("span", "trigger", "speaker", "cue", "content"):
        return {"start": _int(form.get("start"), "start"), "end": _int(form.get("end"), "end")}
    if field in ("locations", "actors", "targets"):
        # the form edits the first span of the list; an empty start clears the list
        if not form.get("start"):
            return []
        rest = list(((existing or {}).get(field) or [])[1:])
        return [{"start": _int(form.get("start"), "start"), "end": _int(form.get("end"), "end")}, *rest]
    if field == "place":
        place = dict((existing or {}).get("place") or {})
        place.update(lat=_float(form.get("lat"), "lat"), lon=_float(form.get("lon"), "lon"))
        place.update(country=form.get("country") or None, name_en=form.get("name_en") or place.get("name_en"))
        return place
    if field == "date":
        return {"start": form.get("date_start") or "", "end": form.get("date_end") or form.get("date_start") or ""}
    if field == "_delete":
        return True
    if field == "_add":
        return {
            "start": _int(form.get("start"), "start"),
            "end": _int(form.get("end"), "end"),
            "type": form.get("value"),
        }
    return form.get("value")


@router.post("/doc/{doc_id}/correct")
async def correct(request: Request, doc_id: str) -> Response:
    from marsad.web.api import CorrectionIn

    form = {k: v for k, v in (await request.form()).items() if isinstance(v, str)}
    check_form_auth(request, form.get("token"))
    kind = form.get("target_kind", "")
    index = _int(form.get("target_index") or "0", "target_index")
    field = form.get("field", "")
    doc = await fetch_document(request, doc_id)
    layer = {"entity": "entities", "statement": "statements", "event": "events", "time": "times"}.get(kind, "claims")
    items = doc.get(layer) or []
    existing = items[index] if 0 <= index < len(items) else None
    value = form_value(field, form, existing)
    await add_correction(
        request,
        CorrectionIn(target_kind=kind, doc_id=doc_id, target_index=index, field=field, value=value, author="web"),
    )
    anchor = "" if field == "_add" else f"#{kind}-{index}"
    return RedirectResponse(f"/doc/{doc_id}{anchor}", status_code=303)


@router.post("/corrections/{correction_id}/undo")
async def undo(
    request: Request, correction_id: int, doc_id: str = Form(""), token: str | None = Form(None)
) -> Response:
    from marsad.web.api import undo_with_siblings

    check_form_auth(request, token)
    undone = await request.app.state.gateway.run(lambda s: undo_with_siblings(s, correction_id))
    if not undone:
        raise NotFound(f"no active correction with id {correction_id}")
    return RedirectResponse(f"/doc/{doc_id}" if doc_id else "/corrections", status_code=303)


@router.get("/corrections", response_class=HTMLResponse)
async def corrections_page(request: Request) -> HTMLResponse:
    rows = await request.app.state.gateway.run(lambda s: s.list_corrections(None))
    return render(request, "corrections.html", {"corrections": rows})


# -- sign-in -----------------------------------------------------------------------------------------------------


def local_path(target: str) -> str:
    """``target`` when it is a path on this site, else ``/`` (no open redirect through ``//host`` or ``/\\host``)."""
    if target.startswith("/") and not target.startswith(("//", "/\\")) and "\\" not in target:
        return target
    return "/"


@router.get("/login", response_class=HTMLResponse)
async def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return render(request, "login.html", {"next": local_path(next)})


@router.post("/login")
async def login(request: Request, token: str = Form(...), next: str = Form("/")) -> Response:
    check_form_auth(request, token)
    response = RedirectResponse(local_path(next), status_code=303)
    response.set_cookie(COOKIE, token, httponly=True, samesite="strict", max_age=12 * 3600)
    return response


@router.post("/logout")
async def logout(request: Request) -> Response:
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(COOKIE)
    return response


# -- events, map, timeline, claims -------------------------------------------------------------------------------


async def events_with_places(request: Request, f: ListFilters, limit: int, offset: int = 0) -> list[dict[str, Any]]:
    """Event rows, each with ``coords`` (lat, lon, place text, country) from a geocoded entity it overlaps."""
    args = f.as_dict()
    place_args = {k: v for k, v in args.items() if k not in ("event_type", "actor", "stance")}

    def fetch(s: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        events = take(s.iter_events(args, limit=limit + 1, offset=offset), limit + 1)
        places: list[dict[str, Any]] = []
        for doc_id in dict.fromkeys(e["doc_id"] for e in events):  # only the documents on this page
            places.extend(s.iter_places({**place_args, "doc_id": doc_id}))
        return events, places

    events, places = await request.app.state.gateway.run(fetch)
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in places:
        by_doc[p["doc_id"]].append(p)
    for ev in events:
        ev["coords"] = None
        for loc in ev.get("locations") or []:
            hit = next((p for p in by_doc[ev["doc_id"]] if p["start"] < loc["end"] and loc["start"] < p["end"]), None)
            if hit is not None:
                ev["coords"] = {"lat": hit["lat"], "lon": hit["lon"], "place": loc["text"], "country": hit["country"]}
                break
        ev["day"] = (ev.get("date") or {}).get("start") or ev.get("published")
    return events


@router.get("/events", response_class=HTMLResponse)
async def events_page(
    request: Request, f: Filtered, limit: int = Query(100, ge=1, le=MAX_LIMIT), offset: int = Query(0, ge=0)
) -> HTMLResponse:
    rows = await events_with_places(request, f, limit, offset)
    return render(request, "events.html", {"rows": rows[:limit], "pager": pager(rows, limit, offset)})


@router.get("/map", response_class=HTMLResponse)
async def map_page(request: Request, f: Filtered, limit: int = Query(2000, ge=1, le=10_000)) -> HTMLResponse:
    rows = await events_with_places(request, f, limit)
    points = [r for r in rows[:limit] if r["coords"]]
    return render(request, "map.html", {"points": points, "n_events": len(rows[:limit]), "countries": basemap()})


@router.get("/timeline", response_class=HTMLResponse)
async def timeline_page(request: Request, f: Filtered, limit: int = Query(5000, ge=1, le=20_000)) -> HTMLResponse:
    rows = (await events_with_places(request, f, limit))[:limit]
    per_day = Counter(r["day"] for r in rows if r["day"])
    days = sorted(per_day)
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r["day"] or ""].append(r)
    return render(
        request,
        "timeline.html",
        {"bars": timeline_bars(per_day), "groups": _ordered(days, groups), "n_events": len(rows)},
    )


def timeline_bars(per_day: Counter[str]) -> list[dict[str, Any]]:
    """Bars on a true date axis (gaps stay gaps) in a 1000 x 180 box; days that are not ISO dates are left out."""
    dated: dict[dt.date, int] = {}
    for day, n in per_day.items():
        try:
            dated[dt.date.fromisoformat(day[:10])] = n
        except ValueError:
            continue
    if not dated:
        return []
    first, last = min(dated), max(dated)
    span = (last - first).days + 1
    width = 1000 / span
    peak = max(dated.values())
    return [
        {"day": d.isoformat(), "n": n, "x": (d - first).days * width, "w": max(width * 0.9, 1.5), "h": 160 * n / peak}
        for d, n in sorted(dated.items())
    ]


def _ordered(days: list[str], groups: dict[str, list[dict[str, Any]]]) -> list[tuple[str, list[dict[str, Any]]]]:
    return [(d, groups[d]) for d in days] + ([("", groups[""])] if groups.get("") else [])


@router.get("/claims", response_class=HTMLResponse)
async def claims_page(
    request: Request, f: Filtered, status: str | None = Query("contested"), limit: int = Query(100, ge=1, le=MAX_LIMIT)
) -> HTMLResponse:
    args = f.as_dict()

    def fetch(s: Any) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]], list[dict[str, Any]]]:
        claims = [c for c in s.iter_claims(args, limit=limit * 5) if not status or c.get("status") == status][:limit]
        docs = {c["doc_id"]: s.get_document(c["doc_id"]) for c in claims}
        try:
            cross, _ = s.list_cross_claims(limit=limit)
        except NotImplementedError:
            cross = []
        # only claims whose positions come from more than one article belong in the cross-article view
        cross = [
            c
            for c in cross
            if (not status or c.get("status") == status)
            and len({p.get("doc_id") for p in c.get("positions") or []}) > 1
        ]
        return claims, docs, cross

    claims, docs, cross = await request.app.state.gateway.run(fetch)
    for claim in claims:
        doc = docs.get(claim["doc_id"]) or {}
        statements = doc.get("statements") or []
        columns: dict[str, list[dict[str, Any]]] = {"assert": [], "deny": [], "unconfirmed": []}
        for pos in claim.get("positions") or []:
            i = pos.get("statement")
            st = statements[i] if isinstance(i, int) and 0 <= i < len(statements) else None
            role = pos.get("role", "assert")
            column = "assert" if role in ("assert", "confirm") else role if role in columns else "unconfirmed"
            columns[column].append({"role": role, "index": i, "statement": st})
        claim["columns"] = columns
        claim["title"] = (doc.get("doc") or {}).get("title")
    for claim in cross:
        columns = {"assert": [], "deny": [], "unconfirmed": []}
        for pos in claim.get("positions") or []:
            role = pos.get("role") or pos.get("stance") or "assert"
            column = "assert" if role in ("assert", "confirm") else role if role in columns else "unconfirmed"
            columns[column].append(pos)
        claim["columns"] = columns
    return render(request, "claims.html", {"claims": claims, "cross": cross, "status": status or ""})


@router.get("/favicon.ico")
async def favicon() -> Response:
    """No icon (and no 404 in the browser console)."""
    return Response(status_code=204)


# -- API reference ------------------------------------------------------------------------------------------------


@router.get("/api/docs", response_class=HTMLResponse)
async def api_docs(request: Request) -> HTMLResponse:
    schema = request.app.openapi()
    routes = []
    for path, methods in schema.get("paths", {}).items():
        for method, op in methods.items():
            params = [
                {
                    "name": p["name"],
                    "in": p["in"],
                    "required": p.get("required", False),
                    "description": p.get("description") or p.get("schema", {}).get("description", ""),
                }
                for p in op.get("parameters", [])
            ]
            routes.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "params": params,
                    "tag": (op.get("tags") or [""])[0],
                }
            )
    return render(request, "api_docs.html", {"routes": routes})

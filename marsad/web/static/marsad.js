// marsad review UI: small progressive enhancements; every page works without this file.
// Loaded from /static (the Content-Security-Policy forbids inline and third-party scripts).
"use strict";

// Article view: clicking (or Enter on) highlighted text shows the details of every annotation covering it.
function initArticle() {
  const text = document.getElementById("doc-text");
  if (!text) return;
  const clearActive = () => {
    document.querySelectorAll(".item.active").forEach((el) => el.classList.remove("active"));
    document.querySelectorAll(".hl.focus").forEach((el) => el.classList.remove("focus"));
  };
  const focusRefs = (refs) => {
    clearActive();
    let first = null;
    refs.forEach((ref) => {
      const card = document.getElementById(ref);
      if (card) {
        card.classList.add("active");
        first = first || card;
      }
      text.querySelectorAll(".hl").forEach((span) => {
        if ((span.dataset.refs || "").split(" ").includes(ref)) span.classList.add("focus");
      });
    });
    if (first) first.scrollIntoView({ block: "nearest", behavior: "smooth" });
  };
  const onActivate = (ev) => {
    const span = ev.target.closest(".hl");
    if (!span || !text.contains(span)) return;
    focusRefs((span.dataset.refs || "").split(" ").filter(Boolean));
  };
  text.addEventListener("click", onActivate);
  text.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      onActivate(ev);
    }
  });
  // clicking a card (outside its forms) highlights its spans in the text
  document.querySelectorAll(".item[data-ref]").forEach((card) => {
    card.addEventListener("click", (ev) => {
      if (ev.target.closest("form, details, a")) return;
      focusRefs([card.dataset.ref]);
    });
  });
  if (location.hash.length > 1) {
    const ref = decodeURIComponent(location.hash.slice(1));
    if (document.getElementById(ref)) focusRefs([ref]);
  }
}

// Map: wheel or buttons zoom, drag pans, by changing the SVG viewBox (plate carrée, x = lon, y = -lat).
function initMap() {
  const svg = document.getElementById("map");
  if (!svg) return;
  const full = { x: -180, y: -90, w: 360, h: 180 };
  let vb = { ...full };
  const points = Array.from(svg.querySelectorAll(".ev-dot"));
  const apply = () => {
    svg.setAttribute("viewBox", `${vb.x} ${vb.y} ${vb.w} ${vb.h}`);
    // keep dots about 5 px across whatever the zoom: degrees per pixel times pixels
    const perPixel = vb.w / Math.max(1, svg.clientWidth);
    const r = 5 * perPixel;
    points.forEach((c) => c.setAttribute("r", r.toFixed(4)));
  };
  const zoom = (factor, cx, cy) => {
    const w = Math.min(full.w, Math.max(2, vb.w * factor));
    const h = (w * full.h) / full.w;
    cx = cx ?? vb.x + vb.w / 2;
    cy = cy ?? vb.y + vb.h / 2;
    vb = { x: cx - ((cx - vb.x) * w) / vb.w, y: cy - ((cy - vb.y) * h) / vb.h, w, h };
    apply();
  };
  const fit = () => {
    if (!points.length) { vb = { ...full }; apply(); return; }
    const xs = points.map((c) => +c.getAttribute("cx"));
    const ys = points.map((c) => +c.getAttribute("cy"));
    const pad = 6;
    const x0 = Math.min(...xs) - pad, x1 = Math.max(...xs) + pad;
    const y0 = Math.min(...ys) - pad, y1 = Math.max(...ys) + pad;
    let w = Math.max(x1 - x0, ((y1 - y0) * full.w) / full.h, 30);
    w = Math.min(w, full.w);
    const h = (w * full.h) / full.w;
    vb = { x: (x0 + x1) / 2 - w / 2, y: (y0 + y1) / 2 - h / 2, w, h };
    apply();
  };
  const toSvg = (ev) => {
    const pt = svg.createSVGPoint();
    pt.x = ev.clientX;
    pt.y = ev.clientY;
    return pt.matrixTransform(svg.getScreenCTM().inverse());
  };
  svg.addEventListener("wheel", (ev) => {
    ev.preventDefault();
    const p = toSvg(ev);
    zoom(ev.deltaY > 0 ? 1.25 : 0.8, p.x, p.y);
  }, { passive: false });
  let drag = null;
  svg.addEventListener("pointerdown", (ev) => {
    if (ev.target.closest("a")) return;
    drag = toSvg(ev);
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const p = toSvg(ev);
    vb.x -= p.x - drag.x;
    vb.y -= p.y - drag.y;
    apply();
  });
  svg.addEventListener("pointerup", () => { drag = null; });
  document.querySelectorAll("[data-zoom]").forEach((b) => b.addEventListener("click", () => {
    const z = b.dataset.zoom;
    if (z === "in") zoom(0.6);
    else if (z === "out") zoom(1 / 0.6);
    else fit();
  }));
  fit();
  window.addEventListener("resize", apply);
}

document.addEventListener("DOMContentLoaded", () => {
  initArticle();
  initMap();
});

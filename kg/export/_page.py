"""The browser view's page: HTML, CSS and a hand-written force layout in plain JS.

Kept as a Python string so it ships inside the package with no data-file setup. The
page fetches nothing: the graph arrives as JSON in a <script type="application/json">
element that `kg.export.html` fills in where ``/*NEWSKG_DATA*/`` stands.
"""

PAGE = r"""<!DOCTYPE html>
<html lang="hi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>/*NEWSKG_TITLE*/</title>
<style>
  :root { --font: "Noto Sans Devanagari", "Nirmala UI", "Mangal", "Lohit Devanagari", "Noto Sans", "Segoe UI", system-ui, sans-serif; }
  * { box-sizing: border-box; }
  html, body { margin: 0; height: 100%; font-family: var(--font); font-size: 14px; color: #222; background: #fafafa; }
  #app { display: flex; height: 100vh; }
  #main { flex: 1; display: flex; flex-direction: column; min-width: 0; }
  #toolbar { display: flex; flex-wrap: wrap; gap: 12px; align-items: center; padding: 8px 10px; border-bottom: 1px solid #ddd; background: #fff; }
  #toolbar label { white-space: nowrap; }
  #search { width: 16em; padding: 3px 6px; font-family: var(--font); font-size: 14px; }
  #search-count { color: #a00; min-width: 5em; }
  #until { width: 14em; vertical-align: middle; }
  #until-label { font-variant-numeric: tabular-nums; min-width: 7em; display: inline-block; }
  #stage { position: relative; flex: 1; min-height: 0; }
  #canvas { position: absolute; inset: 0; width: 100%; height: 100%; cursor: grab; }
  #legend { position: absolute; left: 10px; bottom: 10px; background: #ffffffdd; border: 1px solid #ddd; padding: 6px 8px; border-radius: 4px; font-size: 12px; }
  #legend span.dot { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: 4px; vertical-align: middle; }
  #stats { position: absolute; right: 10px; bottom: 10px; color: #666; font-size: 12px; }
  #panel { width: 360px; border-left: 1px solid #ddd; background: #fff; overflow-y: auto; padding: 10px 12px; }
  #panel h2 { font-size: 17px; margin: 4px 0; }
  #panel .sub { color: #666; margin-bottom: 8px; }
  #panel .event { border-top: 1px solid #eee; padding: 6px 0; }
  #panel .status { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; color: #fff; }
  #panel .occurred { background: #2a7d2a; } #panel .planned { background: #1f5fa8; }
  #panel .denied { background: #b02a2a; } #panel .speculated { background: #8a6d00; }
  #panel blockquote { margin: 4px 0 4px 8px; padding-left: 8px; border-left: 3px solid #ccc; color: #333; }
  #panel .meta { color: #555; font-size: 12px; }
</style>
</head>
<body>
<div id="app">
  <div id="main">
    <div id="toolbar">
      <label>खोजें / Search <input id="search" type="search" placeholder="नाम या name" autocomplete="off"></label>
      <span id="search-count" aria-live="polite"></span>
      <label>तक / until <input id="until" type="range" min="0" max="0" value="0" step="1"></label>
      <span id="until-label"></span>
      <span id="statuses"></span>
    </div>
    <div id="stage">
      <canvas id="canvas"></canvas>
      <div id="legend"></div>
      <div id="stats"></div>
    </div>
  </div>
  <aside id="panel"><p class="meta">किसी नोड या रेखा पर क्लिक करें। Click a node or an edge to see its events, sources and evidence.</p></aside>
</div>
<script id="newskg-data" type="application/json">/*NEWSKG_DATA*/</script>
<script>
"use strict";
(function () {
  const DATA = JSON.parse(document.getElementById("newskg-data").textContent);
  const FONT = '"Noto Sans Devanagari", "Nirmala UI", "Mangal", "Lohit Devanagari", "Noto Sans", sans-serif';
  const STATUSES = ["occurred", "planned", "denied", "speculated"];
  const STATUS_HI = { occurred: "हुआ", planned: "प्रस्तावित", denied: "खंडित", speculated: "अटकल" };
  const canvas = document.getElementById("canvas");
  const ctx = canvas.getContext("2d");
  const nodes = DATA.nodes.map((n, i) => Object.assign({ index: i, x: 0, y: 0, vx: 0, vy: 0 }, n));
  const byId = new Map(nodes.map(n => [n.id, n]));
  const edges = DATA.edges.map(e => Object.assign({}, e, { s: byId.get(e.source), t: byId.get(e.target) }))
    .filter(e => e.s && e.t);
  const events = DATA.events;

  // ---------- filters: status checkboxes and an "until" time slider
  const activeStatus = new Set(STATUSES);
  const dates = Array.from(new Set(Object.values(events).map(ev => ev.start).filter(Boolean))).sort();
  const slider = document.getElementById("until");
  slider.max = String(dates.length); slider.value = String(dates.length);
  let until = null;  // null: no bound, undated events shown too

  function eventVisible(id) {
    const ev = events[id];
    if (!ev) return true;
    if (!activeStatus.has(ev.status || "")) return false;
    if (until === null) return true;
    return Boolean(ev.start) && ev.start <= until;
  }
  function visibleEvents(list) { return (list || []).filter(eventVisible); }
  function edgeVisible(e) { return !e.events || e.events.length === 0 || visibleEvents(e.events).length > 0; }
  function nodeVisible(n) { return !n.events || n.events.length === 0 || visibleEvents(n.events).length > 0; }

  const statusBox = document.getElementById("statuses");
  for (const status of STATUSES) {
    const label = document.createElement("label");
    const box = document.createElement("input");
    box.type = "checkbox"; box.checked = true; box.value = status; box.className = "status-filter";
    box.addEventListener("change", () => { box.checked ? activeStatus.add(status) : activeStatus.delete(status); draw(); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + STATUS_HI[status] + " / " + status + " "));
    statusBox.appendChild(label);
  }
  function updateUntilLabel() {
    const i = Number(slider.value);
    until = i >= dates.length ? null : dates[i];
    document.getElementById("until-label").textContent = until === null ? "सभी / all" : until;
  }
  slider.addEventListener("input", () => { updateUntilLabel(); draw(); });
  updateUntilLabel();

  // ---------- layout: seeded Fruchterman-Reingold, run before the first frame
  function hash(text) { let h = 2166136261; for (let i = 0; i < text.length; i++) { h ^= text.charCodeAt(i); h = Math.imul(h, 16777619); } return h >>> 0; }
  function rng(seed) { return function () { seed |= 0; seed = seed + 0x6D2B79F5 | 0; let t = Math.imul(seed ^ seed >>> 15, 1 | seed); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296; }; }
  function layout() {
    const n = nodes.length; if (n === 0) return;
    const random = rng(hash(nodes.map(d => d.id).join("|")));
    const area = 1000 * 1000, k = Math.sqrt(area / n), GRAVITY = 1.0;
    for (const d of nodes) { d.x = (random() - 0.5) * 1000; d.y = (random() - 0.5) * 1000; }
    const iterations = Math.max(40, Math.min(400, Math.floor(4e7 / (n * n + 1))));
    let temperature = 100;
    for (let it = 0; it < iterations; it++) {
      for (const d of nodes) { d.vx = 0; d.vy = 0; }
      for (let i = 0; i < n; i++) {
        const a = nodes[i];
        for (let j = i + 1; j < n; j++) {
          const b = nodes[j];
          let dx = a.x - b.x, dy = a.y - b.y, dist2 = dx * dx + dy * dy;
          if (dist2 < 0.01) { dx = random() - 0.5; dy = random() - 0.5; dist2 = 0.01; }
          const force = k * k / dist2;
          a.vx += dx * force; a.vy += dy * force; b.vx -= dx * force; b.vy -= dy * force;
        }
      }
      for (const e of edges) {
        const dx = e.s.x - e.t.x, dy = e.s.y - e.t.y, dist = Math.sqrt(dx * dx + dy * dy) + 0.01;
        const force = dist / k * Math.min(3, 1 + Math.log2(e.weight || 1) * 0.3);
        e.s.vx -= dx * force; e.s.vy -= dy * force; e.t.vx += dx * force; e.t.vy += dy * force;
      }
      for (const d of nodes) {
        d.vx -= d.x * GRAVITY; d.vy -= d.y * GRAVITY;  // gravity keeps components on screen
        const len = Math.sqrt(d.vx * d.vx + d.vy * d.vy) + 1e-9, step = Math.min(len, temperature);
        d.x += d.vx / len * step; d.y += d.vy / len * step;
      }
      temperature = Math.max(1, temperature * 0.97);
    }
  }

  // ---------- view transform, drawing
  const view = { scale: 1, ox: 0, oy: 0 };
  let matches = new Set(), selected = null;
  const radius = d => 4 + 3 * Math.sqrt(d.degree || 0);
  const colour = type => (DATA.colours[type] || DATA.default_colour);
  function resize() {
    const ratio = window.devicePixelRatio || 1, rect = canvas.getBoundingClientRect();
    canvas.width = Math.max(1, Math.round(rect.width * ratio));
    canvas.height = Math.max(1, Math.round(rect.height * ratio));
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  }
  function size() { const r = canvas.getBoundingClientRect(); return { w: r.width, h: r.height }; }
  function fit() {
    const { w, h } = size(); if (nodes.length === 0) return;
    let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
    for (const d of nodes) { x0 = Math.min(x0, d.x); y0 = Math.min(y0, d.y); x1 = Math.max(x1, d.x); y1 = Math.max(y1, d.y); }
    const pad = 60, sw = Math.max(x1 - x0, 1), sh = Math.max(y1 - y0, 1);
    view.scale = Math.min((w - 2 * pad) / sw, (h - 2 * pad) / sh, 2);
    view.ox = w / 2 - (x0 + x1) / 2 * view.scale; view.oy = h / 2 - (y0 + y1) / 2 * view.scale;
  }
  const sx = d => d.x * view.scale + view.ox, sy = d => d.y * view.scale + view.oy;

  function draw() {
    const { w, h } = size();
    ctx.clearRect(0, 0, w, h);
    let drawnNodes = 0, drawnEdges = 0;
    const shown = new Set();
    for (const d of nodes) if (nodeVisible(d)) shown.add(d);
    for (const e of edges) {
      if (!edgeVisible(e) || !shown.has(e.s) || !shown.has(e.t)) continue;
      const evs = visibleEvents(e.events);
      const occurred = !e.events || e.events.length === 0 || evs.some(id => events[id] && events[id].status === "occurred");
      ctx.beginPath();
      ctx.setLineDash(occurred ? [] : [6, 4]);
      ctx.strokeStyle = e === selected ? "#000" : (DATA.relation_colours[e.relation] || "#8888");
      ctx.lineWidth = (1 + Math.log2(Math.max(1, evs.length || e.weight || 1))) * (e === selected ? 2 : 1);
      ctx.moveTo(sx(e.s), sy(e.s)); ctx.lineTo(sx(e.t), sy(e.t)); ctx.stroke();
      drawnEdges++;
    }
    ctx.setLineDash([]);
    const showAllLabels = shown.size <= 150 || view.scale > 1.5;
    for (const d of shown) {
      const r = radius(d);
      ctx.beginPath(); ctx.arc(sx(d), sy(d), r, 0, 2 * Math.PI);
      ctx.fillStyle = colour(d.type); ctx.fill();
      ctx.lineWidth = matches.has(d.id) || d === selected ? 3 : 1;
      ctx.strokeStyle = matches.has(d.id) ? "#d00" : (d === selected ? "#000" : "#fff"); ctx.stroke();
      drawnNodes++;
    }
    ctx.font = "13px " + FONT; ctx.textBaseline = "middle"; ctx.fillStyle = "#111";
    for (const d of shown) {
      if (!(showAllLabels || d.degree >= 5 || matches.has(d.id) || d === selected)) continue;
      ctx.lineWidth = 3; ctx.strokeStyle = "#fafafacc";
      ctx.strokeText(d.label, sx(d) + radius(d) + 3, sy(d)); ctx.fillText(d.label, sx(d) + radius(d) + 3, sy(d));
    }
    document.body.setAttribute("data-drawn-nodes", String(drawnNodes));
    document.body.setAttribute("data-drawn-edges", String(drawnEdges));
    document.getElementById("stats").textContent = drawnNodes + " नोड / nodes · " + drawnEdges + " रेखाएँ / edges";
  }

  function legend() {
    const box = document.getElementById("legend");
    for (const type of Array.from(new Set(nodes.map(d => d.type))).sort()) {
      const row = document.createElement("div"), dot = document.createElement("span");
      dot.className = "dot"; dot.style.background = colour(type);
      row.appendChild(dot); row.appendChild(document.createTextNode(type)); box.appendChild(row);
    }
  }

  // ---------- search by Hindi or English name
  const fold = s => String(s || "").normalize("NFC").toLowerCase();
  function search(query) {
    const q = fold(query).trim();
    const found = q ? nodes.filter(d => [d.label, d.label_en, d.id].concat(d.alt || []).some(s => fold(s).includes(q))) : [];
    matches = new Set(found.map(d => d.id));
    document.getElementById("search-count").textContent = q ? found.length + " मिले / found" : "";
    if (found.length > 0) {
      const { w, h } = size(), first = found[0];
      view.ox = w / 2 - first.x * view.scale; view.oy = h / 2 - first.y * view.scale;
    }
    draw();
    return found.map(d => d.id);
  }
  document.getElementById("search").addEventListener("input", ev => search(ev.target.value));

  // ---------- side panel
  function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
  function showEvents(title, subtitle, ids) {
    const panel = document.getElementById("panel");
    panel.textContent = "";
    panel.appendChild(el("h2", title));
    if (subtitle) panel.appendChild(el("div", subtitle, "sub"));
    const list = visibleEvents(ids).map(id => [id, events[id]]).filter(p => p[1])
      .sort((a, b) => String(a[1].date || "9999").localeCompare(String(b[1].date || "9999")) || a[0].localeCompare(b[0]));
    panel.appendChild(el("div", list.length + " घटनाएँ / events", "meta"));
    for (const [id, ev] of list) {
      const box = el("div", undefined, "event");
      box.setAttribute("data-event", id);
      const head = el("div");
      head.appendChild(el("b", ev.type + " "));
      head.appendChild(el("span", (ev.date || "तारीख़ नहीं / undated") + " "));
      head.appendChild(el("span", ev.status || "?", "status " + (ev.status || "")));
      box.appendChild(head);
      if (ev.participants.length) box.appendChild(el("div", "प्रतिभागी / participants: " + ev.participants.join(", ")));
      if (ev.places.length) box.appendChild(el("div", "स्थान / place: " + ev.places.join(", ")));
      if (ev.destinations.length) box.appendChild(el("div", "गंतव्य / destination: " + ev.destinations.join(", ")));
      if (ev.agreements.length) box.appendChild(el("div", "समझौता / agreement: " + ev.agreements.join(", ")));
      if (ev.sources.length) box.appendChild(el("div", "स्रोत / source: " + ev.sources.join(", ")));
      for (const sentence of ev.evidence) box.appendChild(el("blockquote", sentence, "evidence"));
      const meta = [id, "लेख / articles: " + ev.articles.join(", ")];
      if (ev.confidence !== null && ev.confidence !== undefined) meta.push("confidence " + ev.confidence);
      box.appendChild(el("div", meta.join(" · "), "meta"));
      panel.appendChild(box);
    }
  }
  function select(item) {
    selected = item || null;
    if (!item) { draw(); return; }
    if (item.s) {
      showEvents(item.s.label + " — " + item.t.label, item.relation + (item.weight ? " ×" + item.weight : ""), item.events);
    } else {
      const sub = [item.label_en, item.type, item.wikidata].filter(Boolean).join(" · ");
      showEvents(item.label, sub, item.events);
    }
    draw();
  }

  // ---------- pointer: pan, zoom, drag a node, click to select
  function nodeAt(px, py) {
    let best = null, bestDist = Infinity;
    for (const d of nodes) {
      if (!nodeVisible(d)) continue;
      const dist = Math.hypot(sx(d) - px, sy(d) - py);
      if (dist <= radius(d) + 3 && dist < bestDist) { best = d; bestDist = dist; }
    }
    return best;
  }
  function edgeAt(px, py) {
    let best = null, bestDist = 6;
    for (const e of edges) {
      if (!edgeVisible(e) || !nodeVisible(e.s) || !nodeVisible(e.t)) continue;
      const x1 = sx(e.s), y1 = sy(e.s), x2 = sx(e.t), y2 = sy(e.t), len2 = (x2 - x1) ** 2 + (y2 - y1) ** 2 || 1;
      const t = Math.max(0, Math.min(1, ((px - x1) * (x2 - x1) + (py - y1) * (y2 - y1)) / len2));
      const dist = Math.hypot(px - (x1 + t * (x2 - x1)), py - (y1 + t * (y2 - y1)));
      if (dist < bestDist) { best = e; bestDist = dist; }
    }
    return best;
  }
  let drag = null;
  canvas.addEventListener("mousedown", ev => {
    const r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    drag = { node: nodeAt(px, py), px, py, ox: view.ox, oy: view.oy, moved: false };
  });
  window.addEventListener("mousemove", ev => {
    if (!drag) return;
    const r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    if (Math.hypot(px - drag.px, py - drag.py) > 3) drag.moved = true;
    if (!drag.moved) return;
    if (drag.node) { drag.node.x = (px - view.ox) / view.scale; drag.node.y = (py - view.oy) / view.scale; }
    else { view.ox = drag.ox + px - drag.px; view.oy = drag.oy + py - drag.py; }
    draw();
  });
  window.addEventListener("mouseup", ev => {
    if (!drag) return;
    const r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    if (!drag.moved) select(drag.node || edgeAt(px, py));
    drag = null;
  });
  canvas.addEventListener("wheel", ev => {
    ev.preventDefault();
    const r = canvas.getBoundingClientRect(), px = ev.clientX - r.left, py = ev.clientY - r.top;
    const factor = Math.exp(-ev.deltaY * 0.0015);
    view.ox = px - (px - view.ox) * factor; view.oy = py - (py - view.oy) * factor; view.scale *= factor;
    draw();
  }, { passive: false });
  window.addEventListener("resize", () => { resize(); draw(); });

  // ---------- test hook, then the first frame
  window.newskg = {
    nodeCount: () => nodes.length,
    edgeCount: () => edges.length,
    drawnNodeCount: () => Number(document.body.getAttribute("data-drawn-nodes")),
    drawnEdgeCount: () => Number(document.body.getAttribute("data-drawn-edges")),
    search: q => { document.getElementById("search").value = q; return search(q); },
    select: id => select(byId.get(id) || edges.find(e => e.id === id)),
    screenPosition: id => { const d = byId.get(id); return d ? { x: sx(d), y: sy(d) } : null; },
    setUntil: date => {
      if (!date) { slider.value = String(dates.length); updateUntilLabel(); }
      else { slider.value = String(Math.max(0, dates.filter(d => d <= date).length - 1)); until = date; document.getElementById("until-label").textContent = date; }
      draw(); return until;
    },
    setStatuses: list => { activeStatus.clear(); for (const s of list) activeStatus.add(s); for (const b of document.querySelectorAll(".status-filter")) b.checked = activeStatus.has(b.value); draw(); },
  };
  legend();
  layout();
  resize();
  fit();
  draw();
  document.body.setAttribute("data-ready", "true");
})();
</script>
</body>
</html>
"""

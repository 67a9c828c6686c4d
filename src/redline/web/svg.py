"""Small server-side SVG plots: dyad timeline, QuadClass mix, actor network.

Every piece of text that reaches the markup goes through ``markupsafe.escape``; numbers are
formatted by us. The functions return ``Markup`` so templates can insert them as is.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from markupsafe import Markup, escape

from redline.web.highlight import QUAD_LABELS

QUAD_COLOURS = {1: "#5b9bd5", 2: "#2e7d32", 3: "#f0a030", 4: "#c62828"}


@dataclass(frozen=True, slots=True)
class Edge:
    source: str
    target: str
    count: int
    goldstein_mean: float


def _svg(width: int, height: int, body: str, label: str) -> Markup:
    return Markup(
        f'<svg class="plot" viewBox="0 0 {width} {height}" width="100%" role="img" '
        f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">{body}</svg>'
    )


def _empty(label: str, width: int = 720, height: int = 60) -> Markup:
    body = (f'<text x="{width / 2}" y="{height / 2}" text-anchor="middle" class="empty">'
            f"{escape(label)}</text>")
    return _svg(width, height, body, label)


def _num(value: Any) -> float:
    try:
        out = float(value)
    except (TypeError, ValueError):
        return 0.0
    return out if math.isfinite(out) else 0.0


def _bar(x: float, y: float, w: float, h: float, cls: str, tip: str) -> str:
    return (f'<rect class="{cls}" x="{x:.1f}" y="{y:.1f}" width="{max(w, 0.5):.1f}" '
            f'height="{max(h, 0.0):.1f}"><title>{escape(tip)}</title></rect>')


def _timeline_bars(series: Sequence[Mapping[str, Any]], plot: tuple[int, int, int, int]) -> str:
    """A bar per period with events (none where there were none) and the Goldstein line, broken
    where a period has no events: a period without events has no mean, not a mean of 0."""
    left, top, width, height = plot
    peak = max((_num(r.get("count")) for r in series), default=0.0) or 1.0
    step = width / max(len(series), 1)
    parts: list[str] = []
    runs: list[list[str]] = [[]]
    for i, row in enumerate(series):
        count, x = _num(row.get("count")), left + i * step
        if count <= 0 or row.get("goldstein_mean") is None:
            runs.append([])
            continue
        mean, h = _num(row.get("goldstein_mean")), height * count / peak
        tip = f"{row.get('period')}: {count:g} events, Goldstein mean {mean:.2f}"
        parts.append(_bar(x + step * 0.1, top + height - h, step * 0.8, h, "bar", tip))
        gy = top + height / 2 - (height / 2) * max(-10.0, min(10.0, mean)) / 10
        runs[-1].append(f"{x + step / 2:.1f},{gy:.1f}")
    return "".join(parts) + "".join(_run_markup(run) for run in runs if run)


def _run_markup(points: list[str]) -> str:
    """A run of consecutive periods with events: a line, or a dot for a lone period."""
    if len(points) > 1:
        return f'<polyline class="gline" points="{" ".join(points)}"/>'
    x, y = points[0].split(",")
    return f'<circle class="gdot" cx="{x}" cy="{y}" r="2.5"/>'


def _timeline_axes(series: Sequence[Mapping[str, Any]], plot: tuple[int, int, int, int]) -> str:
    left, top, width, height = plot
    peak = max((_num(r.get("count")) for r in series), default=0.0)
    step = width / max(len(series), 1)
    every = max(1, math.ceil(len(series) / 8))
    parts = [
        f'<line class="axis" x1="{left}" y1="{top + height}" x2="{left + width}" '
        f'y2="{top + height}"/>',
        f'<text class="tick" x="{left - 4}" y="{top + 10}" text-anchor="end">{peak:g}</text>',
        f'<text class="tick" x="{left - 4}" y="{top + height}" text-anchor="end">0</text>',
        f'<text class="tick g" x="{left + width + 4}" y="{top + 10}">+10</text>',
        f'<text class="tick g" x="{left + width + 4}" y="{top + height}">-10</text>',
    ]
    for i in range(0, len(series), every):
        x = left + i * step + step / 2
        label = escape(str(series[i].get("period", ""))[:10])
        parts.append(f'<text class="tick" x="{x:.1f}" y="{top + height + 14}" '
                     f'text-anchor="middle">{label}</text>')
    return "".join(parts)


def timeline_svg(series: Sequence[Mapping[str, Any]], title: str) -> Markup:
    """Bars: events per period; line: mean Goldstein score (right axis, -10..+10)."""
    if not series:
        return _empty(f"{title}: no events")
    width, height = 720, 220
    plot = (40, 24, width - 80, height - 50)
    head = f'<text class="ptitle" x="40" y="14">{escape(title)}</text>'
    body = head + _timeline_axes(series, plot) + _timeline_bars(series, plot)
    return _svg(width, height, body, title)


def quad_mix_svg(counts: Mapping[int, int], title: str = "QuadClass mix") -> Markup:
    """One stacked horizontal bar of the four QuadClasses, with a two-column legend."""
    total = sum(max(0, int(counts.get(q, 0))) for q in QUAD_LABELS)
    if total == 0:
        return _empty(f"{title}: no events", width=440)
    width, height, x = 440, 112, 10.0
    parts = [f'<text class="ptitle" x="10" y="14">{escape(title)} ({total} events)</text>']
    for q, label in QUAD_LABELS.items():
        n = max(0, int(counts.get(q, 0)))
        w = (width - 20) * n / total
        tip = f"{q} {label}: {n} ({100 * n / total:.0f}%)"
        parts.append(_bar(x, 24, w, 30, f"quad q{q}", tip))
        lx, ly = 10 + (q - 1) % 2 * 215, 74 + (q - 1) // 2 * 22
        parts.append(f'<rect class="quad q{q}" x="{lx}" y="{ly - 11}" width="12" height="12"/>'
                     f'<text class="legend" x="{lx + 17}" y="{ly}">{escape(label)}: {n} '
                     f"({100 * n / total:.0f}%)</text>")
        x += w
    return _svg(width, height, "".join(parts), title)


def _layout(nodes: Sequence[str], cx: float, cy: float, r: float) -> dict[str, tuple[float, float]]:
    n = max(len(nodes), 1)
    return {name: (cx + r * math.cos(2 * math.pi * i / n - math.pi / 2),
                   cy + r * math.sin(2 * math.pi * i / n - math.pi / 2))
            for i, name in enumerate(nodes)}


def _toward(a: tuple[float, float], b: tuple[float, float], dist: float) -> tuple[float, float]:
    """The point ``dist`` from ``a`` on the way to ``b``."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    norm = math.hypot(dx, dy) or 1.0
    return a[0] + dx / norm * dist, a[1] + dy / norm * dist


def _edge_markup(edge: Edge, pos: Mapping[str, tuple[float, float]],
                 radius: Mapping[str, float], peak: int) -> str:
    (x1, y1), (x2, y2) = pos[edge.source], pos[edge.target]
    ctrl = ((x1 + x2) / 2 + (y2 - y1) * 0.15, (y1 + y2) / 2 - (x2 - x1) * 0.15)
    sx, sy = _toward((x1, y1), ctrl, radius[edge.source] + 1)
    ex, ey = _toward((x2, y2), ctrl, radius[edge.target] + 2)
    cls = "coop" if edge.goldstein_mean >= 0 else "conf"
    width = 1 + 4 * edge.count / max(peak, 1)
    tip = (f"{edge.source} → {edge.target}: {edge.count} events, "
           f"Goldstein mean {edge.goldstein_mean:.2f}")
    return (f'<path class="edge {cls}" d="M{sx:.1f},{sy:.1f} Q{ctrl[0]:.1f},{ctrl[1]:.1f} '
            f'{ex:.1f},{ey:.1f}" stroke-width="{width:.1f}" marker-end="url(#arrow-{cls})">'
            f"<title>{escape(tip)}</title></path>")


def _node_markup(name: str, xy: tuple[float, float], centre: tuple[float, float], r: float,
                 degree: int, link: str) -> str:
    x, y = xy
    lx, ly = _toward(xy, (2 * x - centre[0], 2 * y - centre[1]), r + 12)
    anchor = "middle" if abs(lx - centre[0]) < 30 else "start" if lx > centre[0] else "end"
    href = escape(link or "?" + urlencode({"actor": name}))
    return (f'<a href="{href}"><circle class="node" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}">'
            f"<title>{escape(name)}: {degree} events</title></circle>"
            f'<text class="nlabel" x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="{anchor}">'
            f"{escape(name if len(name) <= 16 else name[:15] + '…')}</text></a>")


_MARKERS = "<defs>" + "".join(
    f'<marker id="arrow-{c}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="9" '
    f'markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">'
    f'<path d="M0,0L10,5L0,10z" class="arrow {c}"/></marker>' for c in ("coop", "conf")
) + "</defs>"


def network_svg(edges: Sequence[Edge], title: str = "Actor network",
                links: Mapping[str, str] | None = None) -> Markup:
    """Actors on a circle, directed dyads as curved arrows (green cooperation, red conflict)."""
    edges = [e for e in edges if e.source and e.target and e.source != e.target]
    if not edges:
        return _empty(f"{title}: no dyads", width=560)
    degree: dict[str, int] = {}
    for e in edges:
        degree[e.source] = degree.get(e.source, 0) + e.count
        degree[e.target] = degree.get(e.target, 0) + e.count
    nodes = sorted(degree, key=lambda n: (-degree[n], n))
    width, height = 560, 460
    centre = (width / 2, height / 2 + 10)
    pos = _layout(nodes, centre[0], centre[1], min(width, height) / 2 - 60)
    top = max(degree.values())
    radius = {n: 6 + 10 * degree[n] / top for n in nodes}
    peak = max(e.count for e in edges)
    parts = [_MARKERS, f'<text class="ptitle" x="10" y="16">{escape(title)}: '
                       "green cooperation, red conflict</text>"]
    parts += [_edge_markup(e, pos, radius, peak) for e in edges]
    parts += [_node_markup(n, pos[n], centre, radius[n], degree[n], (links or {}).get(n, ""))
              for n in nodes]
    return _svg(width, height, "".join(parts), title)

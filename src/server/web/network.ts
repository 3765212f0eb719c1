// The actor network: nodes are actors, edges are dyads weighted by event count and coloured by
// mean Goldstein. A small deterministic force layout (no library; a few dozen nodes).
import { svg, svgLink } from './dom.js';
import { goldsteinColour } from './charts.js';
import type { DyadCount } from '../../store/analytics.js';

interface Node { code: string; name: string | null; events: number; x: number; y: number; vx: number; vy: number }

export interface NetworkHandlers {
  edge(d: DyadCount): void;
  node(code: string): void;
}

/** Fruchterman–Reingold with a weak pull to the centre, then scaled to fill the canvas. */
function layout(nodes: Node[], edges: DyadCount[], W: number, H: number): void {
  const idx = new Map(nodes.map((n, i) => [n.code, i]));
  // Start on a circle (deterministic), then relax.
  nodes.forEach((n, i) => {
    const a = (2 * Math.PI * i) / nodes.length;
    n.x = W / 2 + (W / 3) * Math.cos(a);
    n.y = H / 2 + (H / 3) * Math.sin(a);
  });
  const k = Math.sqrt((W * H) / Math.max(1, nodes.length)) * 0.75;
  const steps = 300;
  for (let it = 0; it < steps; it++) {
    const temp = (W / 10) * (1 - it / steps) + 0.5;
    for (const n of nodes) { n.vx = 0; n.vy = 0; }
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i];
        const b = nodes[j];
        const dx = a.x - b.x;
        const dy = a.y - b.y;
        const d = Math.max(0.5, Math.sqrt(dx * dx + dy * dy));
        // Cut off far repulsion so separate components do not drift apart without end.
        if (d > 3 * k) continue;
        const f = (k * k) / d / d;
        a.vx += dx * f; a.vy += dy * f; b.vx -= dx * f; b.vy -= dy * f;
      }
    }
    for (const e of edges) {
      const a = nodes[idx.get(e.a)!];
      const b = nodes[idx.get(e.b)!];
      const dx = a.x - b.x;
      const dy = a.y - b.y;
      const d = Math.max(0.5, Math.sqrt(dx * dx + dy * dy));
      const f = d / k;
      a.vx -= dx * f; a.vy -= dy * f; b.vx += dx * f; b.vy += dy * f;
    }
    for (const n of nodes) {
      n.vx += (W / 2 - n.x) * 0.03;
      n.vy += (H / 2 - n.y) * 0.03;
      const v = Math.max(0.01, Math.sqrt(n.vx * n.vx + n.vy * n.vy));
      const step = Math.min(v, temp);
      n.x += (n.vx / v) * step;
      n.y += (n.vy / v) * step;
    }
  }
  // Fit the result to the canvas, keeping a margin for the labels.
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  for (const n of nodes) {
    n.x = 50 + ((n.x - x0) / Math.max(1, x1 - x0)) * (W - 100);
    n.y = 30 + ((n.y - y0) / Math.max(1, y1 - y0)) * (H - 70);
  }
}

export function networkChart(dyads: DyadCount[], h: NetworkHandlers): SVGSVGElement {
  const W = 900;
  const H = 600;
  const edges = dyads.filter((d) => d.a !== d.b);
  const nodesByCode = new Map<string, Node>();
  for (const d of edges) {
    for (const [code, name] of [[d.a, d.aName], [d.b, d.bName]] as const) {
      const n = nodesByCode.get(code) ?? { code, name, events: 0, x: 0, y: 0, vx: 0, vy: 0 };
      n.events += d.events;
      nodesByCode.set(code, n);
    }
  }
  const nodes = [...nodesByCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  layout(nodes, edges, W, H);
  const maxE = Math.max(1, ...edges.map((e) => e.events));
  const maxN = Math.max(1, ...nodes.map((n) => n.events));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart network', role: 'group', 'aria-label': 'Actor network' });
  const edgeLayer = svg('g', { class: 'edges' });
  const nodeLayer = svg('g', { class: 'nodes' });
  root.append(edgeLayer, nodeLayer);
  for (const e of edges) {
    const a = nodesByCode.get(e.a)!;
    const b = nodesByCode.get(e.b)!;
    const label = `${e.a} – ${e.b}: ${e.events} events, mean Goldstein ${e.meanGoldstein ?? 'n/a'}`;
    const g = svg('g', { class: 'edge', 'data-dyad': `${e.a},${e.b}` },
      svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, class: 'edge-hit' }),
      svg('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, stroke: goldsteinColour(e.meanGoldstein), 'stroke-width': 1.5 + 8 * Math.sqrt(e.events / maxE), class: 'edge-line' }),
      svg('title', null, label));
    svgLink(g, label, () => h.edge(e));
    edgeLayer.appendChild(g);
  }
  for (const n of nodes) {
    const r = 6 + 14 * Math.sqrt(n.events / maxN);
    const label = `${n.code}${n.name ? ` (${n.name})` : ''}: ${n.events} events`;
    const g = svg('g', { class: 'node', 'data-code': n.code, transform: `translate(${n.x.toFixed(1)},${n.y.toFixed(1)})` },
      svg('circle', { r }),
      svg('text', { y: r + 13, 'text-anchor': 'middle' }, n.code),
      svg('title', null, label));
    svgLink(g, label, () => h.node(n.code));
    nodeLayer.appendChild(g);
  }
  return root;
}

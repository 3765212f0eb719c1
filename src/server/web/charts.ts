// SVG charts: the stacked timeline (by QuadClass or PLOVER type) and the Goldstein colour scale.
import { svg, svgLink } from './dom.js';
import type { Timeline } from '../../store/analytics.js';

export const QUAD_LABELS: Record<string, string> = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict', 0: 'unknown' };

/** Inclusive date range of a bucket, for the filters a click on a bar sets. */
export function bucketRange(bucket: string, kind: Timeline['bucket']): [string, string] {
  if (kind !== 'week') return [bucket, bucket];
  const d = new Date(`${bucket}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 6);
  return [bucket, d.toISOString().slice(0, 10)];
}

/** Stacked bars, one per bucket; bars are links (click or Enter) to that period's events. */
export function timelineChart(t: Timeline, onBar: (bucket: string) => void): SVGSVGElement {
  const W = 800;
  const H = 220;
  const pad = { l: 36, r: 8, t: 8, b: 28 };
  const n = Math.max(1, t.points.length);
  const max = Math.max(1, ...t.points.map((p) => p.total));
  const bw = (W - pad.l - pad.r) / n;
  const y = (v: number) => pad.t + (H - pad.t - pad.b) * (1 - v / max);
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, class: 'chart timeline', role: 'img', 'aria-label': `Events per ${t.bucket} by ${t.by}` });
  // Axis: 0, half and max.
  for (const v of [0, Math.round(max / 2), max]) {
    root.appendChild(svg('line', { x1: pad.l, x2: W - pad.r, y1: y(v), y2: y(v), class: 'grid' }));
    root.appendChild(svg('text', { x: pad.l - 4, y: y(v) + 4, class: 'axis', 'text-anchor': 'end' }, String(v)));
  }
  const keys = t.by === 'quad' ? ['1', '2', '3', '4', '0'] : t.keys;
  const labelEvery = Math.max(1, Math.ceil(n / 10));
  t.points.forEach((p, i) => {
    const x = pad.l + i * bw;
    const g = svg('g', { class: 'bar' });
    let acc = 0;
    for (const k of keys) {
      const c = p.counts[k] ?? 0;
      if (!c) continue;
      const cls = t.by === 'quad' ? `q${k}` : `pl pl${t.keys.indexOf(k) % 8}`;
      g.appendChild(svg('rect', { x: x + bw * 0.1, width: Math.max(1, bw * 0.8), y: y(acc + c), height: y(acc) - y(acc + c), class: cls },
        svg('title', null, `${p.bucket}: ${c} ${t.by === 'quad' ? QUAD_LABELS[k] ?? k : k}`)));
      acc += c;
    }
    if (p.total > 0) {
      // A transparent hit area over the whole column makes thin bars easy to click.
      const hit = svg('rect', { x, width: bw, y: pad.t, height: H - pad.t - pad.b, class: 'hit' }, svg('title', null, `${p.bucket}: ${p.total} events`));
      g.appendChild(hit);
      svgLink(g, `${p.bucket}: ${p.total} events`, () => onBar(p.bucket));
    }
    root.appendChild(g);
    if (i % labelEvery === 0) root.appendChild(svg('text', { x: x + bw / 2, y: H - pad.b + 16, class: 'axis', 'text-anchor': 'middle' }, p.bucket));
  });
  return root;
}

/** Goldstein −10 … +10 → red … grey … green. */
export function goldsteinColour(g: number | null): string {
  if (g === null || Number.isNaN(g)) return '#8a8a8a';
  const t = Math.max(-1, Math.min(1, g / 10));
  const grey = [138, 138, 138];
  const end = t < 0 ? [192, 41, 43] : [30, 120, 70];
  const a = Math.abs(t) ** 0.7;
  const c = grey.map((v, i) => Math.round(v + (end[i] - v) * a));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

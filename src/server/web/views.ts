// Overview, network, events table and dyad views.
import { h, clear } from './dom.js';
import { api, type Meta } from './client.js';
import { filtersOf, go, link, type Route } from './state.js';
import { bucketRange, QUAD_LABELS, timelineChart } from './charts.js';
import { networkChart } from './network.js';
import { eventsTable, message } from './common.js';
import type { Timeline } from '../../store/analytics.js';

type View = (route: Route, main: HTMLElement, m: Meta) => Promise<void>;

function legend(t: Timeline): HTMLElement {
  const keys = t.by === 'quad' ? ['1', '2', '3', '4'] : t.keys;
  return h('ul', { class: 'legend' }, keys.map((k, i) => h('li', null,
    h('span', { class: `swatch ${t.by === 'quad' ? `q${k}` : `pl pl${i % 8}`}`, 'aria-hidden': 'true' }), t.by === 'quad' ? QUAD_LABELS[k] : k)));
}

function switcher(label: string, current: string, options: string[], href: (v: string) => string): HTMLElement {
  return h('span', { class: 'switch', role: 'group', 'aria-label': label }, `${label}: `,
    options.map((o) => (o === current ? h('strong', { 'aria-current': 'true' }, o) : h('a', { href: href(o) }, o))));
}

async function timelineSection(route: Route, extra: URLSearchParams, title: string): Promise<HTMLElement> {
  const bucket = ['day', 'week', 'month'].includes(route.params.get('bucket') ?? '') ? route.params.get('bucket')! : 'month';
  const by = route.params.get('by') === 'plover' ? 'plover' : 'quad';
  const p = filtersOf(route.params);
  for (const [k, v] of extra) p.set(k, v);
  p.set('bucket', bucket);
  p.set('by', by);
  const t = await api.timeline(p);
  const keep = (k: string, v: string) => `#/${route.view}${route.arg ? `/${encodeURIComponent(route.arg)}` : ''}?${(() => { const q = new URLSearchParams(route.params); q.set(k, v); return q; })()}`;
  const onBar = (b: string) => {
    const [from, to] = bucketRange(b, t.bucket);
    const extraParams: Record<string, string> = { from, to };
    for (const [k, v] of extra) extraParams[k] = v;
    go(link('events', null, extraParams));
  };
  const notes = [t.coarse ? `${t.coarse} events dated only to a coarser period` : '', t.undated ? `${t.undated} undated` : ''].filter(Boolean).join(' · ');
  return h('section', { class: 'card wide', 'aria-labelledby': 'tl-h' },
    h('h3', { id: 'tl-h' }, title),
    h('div', { class: 'controls' }, switcher('per', bucket, ['day', 'week', 'month'], (v) => keep('bucket', v)), ' ', switcher('by', by, ['quad', 'plover'], (v) => keep('by', v))),
    t.points.length ? timelineChart(t, onBar) : message('No dated events match the filters.'),
    legend(t),
    notes ? h('p', { class: 'note' }, notes) : null);
}

export const overview: View = async (route, main, m) => {
  const f = filtersOf(route.params);
  const lim = new URLSearchParams(f);
  lim.set('limit', '12');
  const [tl, actors, dyads] = await Promise.all([timelineSection(route, new URLSearchParams(), 'Events over time'), api.actors(lim), api.dyads(lim)]);
  const maxA = Math.max(1, ...actors.actors.map((a) => a.events));
  clear(main);
  main.append(
    h('h2', { tabindex: '-1' }, 'Overview'),
    h('p', { class: 'lede' }, `${m.events} events from ${m.documents} documents${m.first ? `, ${m.first} to ${m.last}` : ''}.`),
    h('div', { class: 'grid' },
      tl,
      h('section', { class: 'card', 'aria-labelledby': 'ac-h' }, h('h3', { id: 'ac-h' }, 'Top actors'),
        actors.actors.length ? h('ol', { class: 'bars', id: 'top-actors' }, actors.actors.map((a) => h('li', null,
          h('a', { href: link('overview', null, { actor: a.code }), class: 'actor-filter', 'data-code': a.code, title: `show only events with ${a.code}` },
            h('code', null, a.code), a.name ? ` ${a.name}` : ''),
          h('meter', { min: 0, max: maxA, value: a.events, 'aria-label': `${a.events} events` }),
          h('span', { class: 'num' }, a.events)))) : message('No actors.')),
      h('section', { class: 'card', 'aria-labelledby': 'dy-h' }, h('h3', { id: 'dy-h' }, 'Top dyads'),
        dyads.dyads.length ? h('ol', { class: 'bars', id: 'top-dyads' }, dyads.dyads.map((d) => h('li', null,
          h('a', { href: link('dyad', `${d.a},${d.b}`) }, h('code', null, d.a), ' ↔ ', h('code', null, d.b)),
          h('span', { class: 'quads' }, d.quads.map((c, i) => (c ? h('span', { class: `chip q${i + 1}`, title: QUAD_LABELS[String(i + 1)] }, c) : null))),
          h('span', { class: 'num', title: 'mean Goldstein' }, d.meanGoldstein ?? '')))) : message('No dyads.'))));
};

export const network: View = async (route, main) => {
  const p = filtersOf(route.params);
  p.set('limit', '60');
  const { dyads } = await api.dyads(p);
  clear(main);
  main.append(h('h2', { tabindex: '-1' }, 'Network'),
    h('p', { class: 'lede' }, 'Actors as nodes, dyads as edges: thicker means more events, red conflictual, green cooperative (mean Goldstein). Select an edge to see its events, a node to filter by the actor.'));
  if (!dyads.filter((d) => d.a !== d.b).length) { main.append(message('No dyads match the filters.')); return; }
  main.append(h('div', { class: 'card wide net' }, networkChart(dyads, {
    edge: (d) => go(link('events', null, { dyad: `${d.a},${d.b}` })),
    node: (code) => go(link('network', null, { actor: code })),
  })), h('ul', { class: 'legend' }, h('li', null, h('span', { class: 'swatch gs-neg', 'aria-hidden': 'true' }), 'conflict (Goldstein < 0)'),
    h('li', null, h('span', { class: 'swatch gs-zero', 'aria-hidden': 'true' }), 'neutral'), h('li', null, h('span', { class: 'swatch gs-pos', 'aria-hidden': 'true' }), 'cooperation (> 0)')));
};

export const events: View = async (route, main, m) => {
  const p = filtersOf(route.params);
  for (const k of ['dyad', 'doc', 'sort', 'cursor']) {
    const v = route.params.get(k);
    if (v) p.set(k, v);
  }
  if (!p.has('sort')) p.set('sort', '-date');
  p.set('limit', '50');
  const page = await api.events(p);
  const keep = (extra: Record<string, string | null>) => {
    const q = new URLSearchParams(route.params);
    for (const [k, v] of Object.entries(extra)) { if (v === null) q.delete(k); else q.set(k, v); }
    return `#/events?${q}`;
  };
  const dyad = route.params.get('dyad');
  clear(main);
  main.append(
    h('h2', { tabindex: '-1' }, 'Events', dyad ? ` of ${dyad.replace(',', ' ↔ ')}` : ''),
    dyad ? h('p', null, h('a', { href: link('dyad', dyad) }, `Dyad view ${dyad.replace(',', ' ↔ ')} over time`), ' · ', h('a', { href: keep({ dyad: null, cursor: null }) }, 'all pairs')) : '',
    page.events.length ? eventsTable(m, page.events, { current: p.get('sort'), href: (s) => keep({ sort: s, cursor: null }) }) : message('No events match the filters.'),
    h('nav', { class: 'pager', 'aria-label': 'pages' },
      route.params.get('cursor') ? h('a', { href: keep({ cursor: null }) }, '⇤ first page') : null, ' ',
      page.next ? h('a', { href: keep({ cursor: page.next }), rel: 'next', id: 'next-page' }, 'next page →') : h('span', { class: 'note' }, 'last page')));
};

export const dyadView: View = async (route, main, m) => {
  const pair = (route.arg ?? '').split(',');
  if (pair.length !== 2) { clear(main); main.append(message('A dyad is two actor codes, e.g. #/dyad/RUS,PRK', 'error')); return; }
  const dyadParam = new URLSearchParams({ dyad: pair.join(',') });
  const p = filtersOf(route.params);
  p.set('dyad', pair.join(','));
  p.set('sort', '-date');
  p.set('limit', '25');
  const stats = filtersOf(route.params);
  stats.set('dyad', pair.join(','));
  stats.set('limit', '1');
  const [tl, page, d] = await Promise.all([timelineSection(route, dyadParam, 'Cooperation and conflict over time'), api.events(p), api.dyads(stats)]);
  const s = d.dyads[0];
  clear(main);
  main.append(
    h('h2', { tabindex: '-1' }, h('code', null, pair[0]), ' ↔ ', h('code', null, pair[1])),
    s ? h('p', { class: 'lede' }, `${s.aName ?? s.a} ↔ ${s.bName ?? s.b}: ${s.events} events (${s.a} → ${s.b}: ${s.aToB}, ${s.b} → ${s.a}: ${s.bToA}), mean Goldstein ${s.meanGoldstein ?? 'n/a'}. `,
      `Cooperation ${s.quads[0] + s.quads[1]} · conflict ${s.quads[2] + s.quads[3]}.`) : message('No events between these actors match the filters.'),
    h('div', { class: 'grid' }, tl),
    h('h3', null, 'Latest events'),
    page.events.length ? eventsTable(m, page.events) : message('No events.'),
    h('p', null, h('a', { href: link('events', null, { dyad: pair.join(',') }) }, 'All events of this pair →')));
};

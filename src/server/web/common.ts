// Pieces several views share: status badges, actor labels, the events table, messages.
import { h } from './dom.js';
import { link } from './state.js';
import type { StoredEvent } from '../../store/store.js';
import type { Meta } from './client.js';

export function statusBadge(status: string): HTMLElement {
  // The word is always shown: colour is a second cue, not the only one.
  return h('span', { class: `status status-${status}`, title: status === 'asserted' ? 'reported as fact' : `not a plain assertion: ${status}` }, status);
}

export function actorLabel(a: { code: string; text?: string } | null): Node {
  if (!a) return h('span', { class: 'none' }, '—');
  return h('span', { class: 'actor' }, h('code', null, a.code), a.text ? h('span', { class: 'actor-text' }, ` ${a.text}`) : null);
}

export function cameoLabel(m: Meta, code: string): string {
  const root = m.cameoRoots.find((r) => r.code === code.slice(0, 2));
  return `${code} ${root ? root.name : ''}`.trim();
}

export function excerpt(s: string, n = 160): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`;
}

export function message(text: string, kind: 'info' | 'error' = 'info'): HTMLElement {
  return h('p', { class: `message ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}

export interface TableSort {
  current: string | null;
  /** Link for a sort value (null = default order). */
  href(sort: string): string;
}

function sortHeader(label: string, key: string, sort?: TableSort): HTMLElement {
  if (!sort) return h('th', { scope: 'col' }, label);
  const asc = sort.current === key;
  const desc = sort.current === `-${key}`;
  const next = desc ? key : `-${key}`;
  return h('th', { scope: 'col', 'aria-sort': asc ? 'ascending' : desc ? 'descending' : 'none' },
    h('a', { href: sort.href(next), class: 'sort', title: `sort by ${label}` }, label, asc ? ' ▲' : desc ? ' ▼' : ' ↕'));
}

export function eventsTable(m: Meta, events: StoredEvent[], sort?: TableSort): HTMLElement {
  const rows = events.map((e) => h('tr', { class: `ev ${e.status === 'asserted' ? '' : 'not-asserted'}`, 'data-gid': e.gid },
    h('td', { class: 'date' }, e.date ?? e.docDate ?? '?'),
    h('td', null, actorLabel(e.source)),
    h('td', null, h('span', { class: `quad-dot q${e.quad}`, 'aria-hidden': 'true' }), ' ', cameoLabel(m, e.cameo), e.plover ? h('small', { class: 'plover' }, ` ${e.plover.type}`) : null),
    h('td', null, actorLabel(e.target)),
    h('td', null, statusBadge(e.status)),
    h('td', { class: 'num' }, e.goldstein ?? ''),
    h('td', { class: 'sentence' }, h('a', { href: link('event', e.gid) }, excerpt(e.sentenceText)))));
  return h('div', { class: 'table-wrap' }, h('table', { class: 'events' },
    h('thead', null, h('tr', null, sortHeader('Date', 'date', sort), h('th', { scope: 'col' }, 'Source'), h('th', { scope: 'col' }, 'Event'),
      h('th', { scope: 'col' }, 'Target'), h('th', { scope: 'col' }, 'Status'), sortHeader('Goldstein', 'goldstein', sort), h('th', { scope: 'col' }, 'Sentence'))),
    h('tbody', null, rows)));
}

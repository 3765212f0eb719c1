// The UI's entry point: navigation, the filter bar (kept in sync with the URL) and the router.
import { h, clear } from './dom.js';
import { api, ApiError, meta, type Meta } from './client.js';
import { currentRoute, FILTER_KEYS, filtersOf, go, link, type Route } from './state.js';
import { dyadView, events, network, overview } from './views.js';
import { documentView, eventView } from './reading.js';
import { message } from './common.js';

type View = (route: Route, main: HTMLElement, m: Meta) => Promise<void>;

async function searchView(route: Route, main: HTMLElement): Promise<void> {
  const q = route.params.get('q') ?? '';
  clear(main);
  main.append(h('h2', { tabindex: '-1' }, 'Documents'));
  if (!q) { main.append(message('Enter words in the search field of the filter bar.')); return; }
  const { documents } = await api.search(new URLSearchParams({ q, limit: '50' }));
  main.append(documents.length ? h('ol', { class: 'hits' }, documents.map((d) => h('li', null,
    h('a', { href: link('doc', d.docKey) }, d.title ?? d.docId), h('small', null, ` ${d.lang} · ${d.date ?? 'undated'} · ${d.events} events`),
    h('p', { class: 'snippet' }, d.snippet.map((s) => (s.hit ? h('mark', null, s.text) : s.text)))))) : message('No documents match.'));
}

const VIEWS: Record<string, View> = {
  overview, network, events, dyad: dyadView, event: eventView, doc: documentView, search: searchView,
};

const NAV: [string, string][] = [['overview', 'Overview'], ['network', 'Network'], ['events', 'Events'], ['search', 'Documents']];

function renderNav(route: Route): void {
  const nav = document.getElementById('nav')!;
  clear(nav);
  nav.append(h('ul', null, NAV.map(([v, label]) => h('li', null,
    h('a', { href: link(v), 'aria-current': route.view === v ? 'page' : null }, label)))));
}

function field(name: string, label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  control.name = name;
  control.id = `f-${name}`;
  return h('label', { for: `f-${name}`, class: `f f-${name}` }, h('span', null, label), control);
}

function select(options: [string, string][]): HTMLSelectElement {
  return h('select', null, h('option', { value: '' }, 'any'), options.map(([v, l]) => h('option', { value: v }, l)));
}

let formBuilt = false;

function buildFilters(m: Meta): void {
  const form = document.getElementById('filters') as HTMLFormElement;
  if (formBuilt) return;
  formBuilt = true;
  const dateInput = (ph: string) => h('input', { type: 'text', inputmode: 'numeric', placeholder: ph, pattern: '\\d{4}(-\\d{2}(-\\d{2})?)?', size: 10 });
  form.append(
    field('actor', 'Actor', h('input', { type: 'text', placeholder: 'RUS, USAGOV…', size: 9, autocomplete: 'off', spellcheck: 'false' })),
    field('quad', 'QuadClass', select(Object.entries(m.quads).map(([k, v]) => [k, `${k} ${v}`]))),
    field('cameo', 'CAMEO', select(m.cameoRoots.map((r) => [r.code, `${r.code} ${r.name}`]))),
    field('plover', 'PLOVER', select(m.plover.map((p) => [p.type, p.type]))),
    field('status', 'Status', select(m.statusNames.map((s) => [s, s]))),
    field('from', 'From', dateInput('YYYY-MM-DD')),
    field('to', 'To', dateInput('YYYY-MM-DD')),
    field('lang', 'Language', select(m.langs.map((l) => [l, l]))),
    field('q', 'Text', h('input', { type: 'search', placeholder: 'words, "phrase"', size: 12 })),
    h('span', { class: 'f-actions' }, h('button', { type: 'submit' }, 'Apply'), h('button', { type: 'button', id: 'clear-filters' }, 'Clear')));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const r = currentRoute();
    const p = new URLSearchParams(r.params);
    p.delete('cursor');
    for (const k of FILTER_KEYS) {
      const el = form.elements.namedItem(k) as HTMLInputElement | null;
      const v = el?.value.trim() ?? '';
      if (v) p.set(k, k === 'actor' ? v.toUpperCase() : v);
      else p.delete(k);
    }
    // Single events and documents are not filtered: applying filters goes to the overview.
    const view = ['event', 'doc'].includes(r.view) ? 'overview' : r.view;
    const qs = p.toString();
    go(`#/${view}${r.arg && view === r.view ? `/${encodeURIComponent(r.arg)}` : ''}${qs ? `?${qs}` : ''}`);
  });
  document.getElementById('clear-filters')!.addEventListener('click', () => {
    const r = currentRoute();
    go(link(['event', 'doc'].includes(r.view) ? 'overview' : r.view, r.arg, Object.fromEntries(FILTER_KEYS.map((k) => [k, null])), new URLSearchParams()));
  });
}

function syncFilters(route: Route): void {
  const form = document.getElementById('filters') as HTMLFormElement;
  const f = filtersOf(route.params);
  for (const k of FILTER_KEYS) {
    const el = form.elements.namedItem(k) as HTMLInputElement | null;
    if (el) el.value = f.get(k) ?? '';
  }
  const active = [...f.keys()].length;
  form.classList.toggle('active', active > 0);
}

let seq = 0;

async function render(): Promise<void> {
  const route = currentRoute();
  const main = document.getElementById('main')!;
  const mine = ++seq;
  renderNav(route);
  main.setAttribute('aria-busy', 'true');
  try {
    const m = await meta();
    buildFilters(m);
    syncFilters(route);
    const view = VIEWS[route.view];
    if (!view) { clear(main); main.append(message(`No view '${route.view}'.`, 'error')); return; }
    const scratch = h('div');
    await view(route, scratch, m);
    // A newer navigation started while this one loaded: drop the stale result.
    if (mine !== seq) return;
    clear(main);
    main.append(...scratch.childNodes);
    document.title = `lagebild · ${main.querySelector('h2')?.textContent ?? ''}`;
  } catch (e) {
    if (mine !== seq) return;
    clear(main);
    main.append(message(e instanceof ApiError ? `${e.status}: ${e.message}` : `Error: ${(e as Error).message}`, 'error'));
  } finally {
    if (mine === seq) {
      main.removeAttribute('aria-busy');
      main.dataset.ready = String(mine);
    }
  }
}

// The skip link focuses the content without touching the hash (the hash is the route).
document.getElementById('skip')?.addEventListener('click', (e) => {
  e.preventDefault();
  document.getElementById('main')?.focus();
});
window.addEventListener('hashchange', () => { void render(); });
void render();

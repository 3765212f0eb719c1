// The route and the filters live in the URL hash (`#/events?actor=RUS&quad=4`), so every view
// is shareable and the browser's back button works. Filters apply to every view.

export const FILTER_KEYS = ['actor', 'source', 'target', 'cameo', 'plover', 'quad', 'status', 'from', 'to', 'lang', 'q'] as const;

export interface Route {
  view: string;
  arg: string | null;
  params: URLSearchParams;
}

export function currentRoute(): Route {
  const hash = location.hash.replace(/^#/, '') || '/';
  const i = hash.indexOf('?');
  const path = i >= 0 ? hash.slice(0, i) : hash;
  const params = new URLSearchParams(i >= 0 ? hash.slice(i + 1) : '');
  const parts = path.split('/').filter(Boolean);
  let arg: string | null = null;
  if (parts[1] !== undefined) {
    try { arg = decodeURIComponent(parts.slice(1).join('/')); } catch { arg = null; }
  }
  return { view: parts[0] ?? 'overview', arg, params };
}

/** Only the filter parameters of a route (what API calls and links carry along). */
export function filtersOf(params: URLSearchParams): URLSearchParams {
  const out = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = params.get(k);
    if (v) out.set(k, v);
  }
  return out;
}

/** A hash link to `view` that keeps the current filters, with `extra` set (null removes a key). */
export function link(view: string, arg: string | null = null, extra: Record<string, string | null> = {}, base?: URLSearchParams): string {
  const p = filtersOf(base ?? currentRoute().params);
  for (const [k, v] of Object.entries(extra)) {
    if (v === null) p.delete(k);
    else p.set(k, v);
  }
  const qs = p.toString();
  return `#/${view}${arg !== null ? `/${encodeURIComponent(arg)}` : ''}${qs ? `?${qs}` : ''}`;
}

export function go(href: string): void {
  location.hash = href.replace(/^#/, '');
}

// DOM building for the UI. Article text is untrusted, so every string becomes a text node or
// an attribute value set through the DOM; nothing is ever parsed as HTML. Event-handler
// attributes are refused and links accept only same-page routes or http(s) URLs.

export type Child = Node | string | number | null | undefined | false | Child[];
export type Attrs = Record<string, string | number | boolean | null | undefined>;

const SVG_NS = 'http://www.w3.org/2000/svg';

function setAttrs(el: Element, attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (/^on/i.test(k) || k === 'style' || k === 'srcdoc') throw new Error(`refusing attribute ${k}`);
    if (k === 'href' || k === 'src' || k === 'xlink:href') {
      const safe = safeHref(String(v));
      if (safe === null) continue;
      el.setAttribute(k, safe);
      continue;
    }
    el.setAttribute(k, v === true ? '' : String(v));
  }
}

function append(el: Node, children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, c);
    else if (typeof c === 'string' || typeof c === 'number') el.appendChild(document.createTextNode(String(c)));
    else el.appendChild(c);
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  setAttrs(el, attrs ?? undefined);
  append(el, children);
  return el;
}

export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs ?? undefined);
  append(el, children);
  return el;
}

/** `#…` routes and relative API paths as they are; absolute URLs only with http(s); anything else (javascript:, data:) is dropped. */
export function safeHref(v: string): string | null {
  const s = v.trim();
  if (s.startsWith('#') || (s.startsWith('/') && !s.startsWith('//'))) return s;
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A link to an outside page (the article's URL): plain text when the URL is not http(s). */
export function outsideLink(url: string | null | undefined, label?: string): Node {
  if (!url) return document.createTextNode('');
  const safe = safeHref(url);
  if (safe === null || safe.startsWith('#') || safe.startsWith('/')) return h('span', { class: 'unsafe-url', title: 'not an http(s) link' }, url);
  return h('a', { href: safe, rel: 'noopener noreferrer nofollow', target: '_blank' }, label ?? url);
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

/** Makes an SVG element act as a link for mouse and keyboard. */
export function svgLink(el: SVGElement, label: string, go: () => void): void {
  el.setAttribute('tabindex', '0');
  el.setAttribute('role', 'link');
  el.setAttribute('aria-label', label);
  el.addEventListener('click', go);
  el.addEventListener('keydown', (e) => {
    if ((e as KeyboardEvent).key === 'Enter' || (e as KeyboardEvent).key === ' ') { e.preventDefault(); go(); }
  });
}

// Event and document views: the evidence sentence with trigger, source and target marked, and
// the whole article with every annotation layer. Marks are built from offsets into text nodes.
import { h, clear, outsideLink } from './dom.js';
import { api, type Meta } from './client.js';
import { link, type Route } from './state.js';
import { actorLabel, cameoLabel, message, statusBadge } from './common.js';
import { QUAD_LABELS } from './charts.js';

export interface Mark { start: number; end: number; cls: string; title?: string }

/** Splits `text` at every mark boundary; each piece carries the classes of the marks covering it. */
export function marked(text: string, marks: Mark[]): Node[] {
  const cuts = new Set<number>([0, text.length]);
  const ms = marks.filter((m) => m.end > m.start && m.start < text.length && m.end > 0)
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(text.length, m.end) }));
  for (const m of ms) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Node[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const cover = ms.filter((m) => m.start <= a && m.end >= b);
    if (!cover.length) { out.push(document.createTextNode(piece)); continue; }
    const titles = cover.map((m) => m.title).filter(Boolean).join(' · ');
    out.push(h('mark', { class: cover.map((m) => m.cls).join(' '), title: titles || null }, piece));
  }
  return out;
}

export async function eventView(route: Route, main: HTMLElement, m: Meta): Promise<void> {
  const { event: e, evidence: ev } = await api.event(route.arg ?? '');
  const marks: Mark[] = ev.spans.map((s) => ({
    start: s.sentenceStart, end: s.sentenceEnd, cls: `hl-${s.role}`,
    title: s.role === 'cue' ? `status cue (${s.rule ?? ''})` : `${s.role}${s.code ? ` ${s.code}` : ''}`,
  }));
  const doc = ev.document;
  clear(main);
  main.append(
    h('h2', { tabindex: '-1' }, e.source?.code ?? '—', ' → ', cameoLabel(m, e.cameo), ' → ', e.target?.code ?? '—'),
    h('figure', { class: `evidence ${e.status === 'asserted' ? '' : 'not-asserted'}` },
      h('blockquote', { class: 'sentence', id: 'evidence-sentence', lang: e.lang }, marked(ev.sentence.text, marks)),
      h('figcaption', null, h('ul', { class: 'legend' },
        h('li', null, h('mark', { class: 'hl-trigger' }, 'trigger')), h('li', null, h('mark', { class: 'hl-source' }, 'source')),
        h('li', null, h('mark', { class: 'hl-target' }, 'target')), e.statusCue ? h('li', null, h('mark', { class: 'hl-cue' }, 'status cue')) : null))),
    h('dl', { class: 'facts' },
      h('dt', null, 'Status'), h('dd', null, statusBadge(e.status), e.statusCue ? [' cue: ', h('q', null, e.statusCue.text), ' ', h('code', null, e.statusCue.rule)] : null),
      h('dt', null, 'Source'), h('dd', null, actorLabel(e.source)),
      h('dt', null, 'Target'), h('dd', null, actorLabel(e.target)),
      h('dt', null, 'CAMEO'), h('dd', null, h('code', null, e.cameo), ` ${ev.cameoName ?? ''}`),
      h('dt', null, 'PLOVER'), h('dd', null, e.plover ? [h('code', null, e.plover.type), e.plover.mode ? ` mode ${e.plover.mode}` : '', e.plover.context ? ` context ${e.plover.context}` : '', ev.ploverGloss ? h('small', null, ` (${ev.ploverGloss})`) : ''] : '—'),
      h('dt', null, 'QuadClass'), h('dd', null, h('span', { class: `quad-dot q${e.quad}`, 'aria-hidden': 'true' }), ` ${e.quad} ${QUAD_LABELS[String(e.quad)] ?? ''}`),
      h('dt', null, 'Goldstein'), h('dd', null, String(e.goldstein)),
      h('dt', null, 'Confidence'), h('dd', null, String(e.confidence)),
      h('dt', null, 'Date'), h('dd', null, e.date ?? '—', e.docDate && e.docDate !== e.date ? ` (document ${e.docDate})` : ''),
      h('dt', null, 'Trigger'), h('dd', null, h('q', null, e.trigger.text), ` at ${e.trigger.start}–${e.trigger.end}`),
      h('dt', null, 'Rules'), h('dd', null, h('ul', { class: 'rules' }, ev.rules.map((r) => h('li', null, h('code', null, r))))),
      h('dt', null, 'Document'), h('dd', null,
        h('a', { href: link('doc', doc.key, { ev: e.id }), id: 'doc-link' }, doc.title ?? doc.id), ` · ${doc.lang} · ${doc.date ?? 'undated'}`,
        doc.url ? [' · ', outsideLink(doc.url, 'original')] : null)));
}

const LAYERS = [
  ['actors', 'actor mentions'], ['events', 'event triggers'], ['quotes', 'quotes'], ['times', 'times'], ['amounts', 'amounts'],
] as const;

export async function documentView(route: Route, main: HTMLElement, m: Meta): Promise<void> {
  const a = await api.document(route.arg ?? '');
  const focus = route.params.get('ev');
  const marks: Mark[] = [];
  for (const x of a.actors) marks.push({ start: x.start, end: x.end, cls: 'l-actors', title: `${x.code}${x.name ? ` ${x.name}` : ''} (${x.kind}, ${x.rule})` });
  for (const x of a.quotes) marks.push({ start: x.start, end: x.end, cls: 'l-quotes', title: `quote${x.speaker ? ` by ${x.speaker.code ?? x.speaker.text}` : ''}${x.kind ? ` (${x.kind})` : ''}` });
  for (const x of a.times) marks.push({ start: x.start, end: x.end, cls: 'l-times', title: `time ${x.value ?? x.reason ?? ''}` });
  for (const x of a.amounts) marks.push({ start: x.start, end: x.end, cls: 'l-amounts', title: `amount ${x.value ?? x.vague ?? ''}${x.unit ? ` ${x.unit}` : ''}${x.category ? ` (${x.category})` : ''}` });
  for (const e of a.events) {
    marks.push({ start: e.trigger.start, end: e.trigger.end, cls: `l-events${e.id === focus ? ' focus' : ''}`, title: `event ${e.cameo} ${e.status}` });
    if (e.id === focus) marks.push({ start: e.sentence.start, end: e.sentence.end, cls: 'l-focus-sentence' });
  }
  const text = h('div', { class: 'doc-text layers-on', id: 'doc-text', lang: a.doc.lang }, marked(a.doc.text, marks));
  const toggles = h('fieldset', { class: 'layers' }, h('legend', null, 'Highlight'),
    LAYERS.map(([k, label]) => {
      const box = h('input', { type: 'checkbox', id: `layer-${k}`, checked: true });
      text.classList.add(`show-${k}`);
      box.addEventListener('change', () => text.classList.toggle(`show-${k}`, box.checked));
      return h('label', { for: `layer-${k}`, class: `toggle t-${k}` }, box, ` ${label} (${(a as unknown as Record<string, unknown[]>)[k].length})`);
    }));
  clear(main);
  main.append(
    h('h2', { tabindex: '-1' }, a.doc.title ?? a.doc.id),
    h('p', { class: 'lede' }, `${a.doc.id} · ${a.doc.lang} · ${a.doc.date ?? 'undated'} · ${a.events.length} events`, a.doc.url ? [' · ', outsideLink(a.doc.url)] : null),
    toggles, text,
    h('h3', null, 'Events in this document'),
    a.events.length ? h('ol', { class: 'doc-events' }, a.events.map((e) => h('li', { class: e.status === 'asserted' ? '' : 'not-asserted' },
      h('a', { href: link('event', `${a.docKey}:${e.id}`) }, `${e.source?.code ?? '—'} → ${cameoLabel(m, e.cameo)} → ${e.target?.code ?? '—'}`), ' ', statusBadge(e.status),
      h('span', { class: 'trigger' }, ` “${e.trigger.text}”`)))) : message('No events were coded in this document.'));
  if (focus) main.querySelector('.l-focus-sentence')?.scrollIntoView({ block: 'center' });
}

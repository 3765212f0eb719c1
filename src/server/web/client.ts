// Fetching from the API; errors become ApiError with the server's message.
import type { StoredEvent } from '../../store/store.js';
import type { ActorCount, DyadCount, SearchHit, Timeline } from '../../store/analytics.js';
import type { Evidence } from '../evidence.js';
import type { Analysis } from '../../model/analysis.js';

export class ApiError extends Error {
  constructor(readonly status: number, message: string) { super(message); }
}

export interface Meta {
  events: number; documents: number; first: string | null; last: string | null; langs: string[];
  statuses: Record<string, number>; writable: boolean; quads: Record<string, string>; statusNames: string[];
  plover: { type: string; gloss: string }[]; cameoRoots: { code: string; name: string; quad: number | null }[];
}
export interface EventsPage { events: StoredEvent[]; next: string | null }
export interface EventDetail { event: StoredEvent; evidence: Evidence }
export interface DocumentDetail extends Analysis { docKey: string; eventIds: string[] }

export async function get<T>(path: string, params?: URLSearchParams): Promise<T> {
  const qs = params && [...params.keys()].length ? `?${params}` : '';
  const res = await fetch(`/api/${path}${qs}`, { headers: { Accept: 'application/json' } });
  const body = await res.json().catch(() => null) as { error?: { message?: string } } | null;
  if (!res.ok) throw new ApiError(res.status, body?.error?.message ?? `${res.status} ${res.statusText}`);
  return body as T;
}

let metaCache: Promise<Meta> | null = null;
export function meta(): Promise<Meta> {
  metaCache ??= get<Meta>('meta');
  return metaCache;
}

export const api = {
  events: (p: URLSearchParams) => get<EventsPage>('events', p),
  event: (gid: string) => get<EventDetail>(`events/${encodeURIComponent(gid)}`),
  document: (key: string) => get<DocumentDetail>(`documents/${encodeURIComponent(key)}`),
  actors: (p: URLSearchParams) => get<{ actors: ActorCount[] }>('actors', p),
  dyads: (p: URLSearchParams) => get<{ dyads: DyadCount[] }>('dyads', p),
  timeline: (p: URLSearchParams) => get<Timeline>('timeline', p),
  search: (p: URLSearchParams) => get<{ documents: SearchHit[] }>('search', p),
};

// OpenAPI 3.1 description of the API, served at /api/openapi.json (and checked against the routes in the tests).
import { STATUSES } from '../model/analysis.js';
import { PLOVER_TYPE_NAMES } from '../model/plover.js';
import { EXPORT_FORMATS } from '../export/index.js';

type Obj = Record<string, unknown>;

const str = (description: string, extra: Obj = {}): Obj => ({ type: 'string', description, ...extra });

const FILTERS: Obj[] = [
  { name: 'actor', in: 'query', schema: str('Actor on either side: CAMEO code prefix or 3-letter key (RUS, USAGOV, NAT matches IGOWSTNAT, GOV any government)', { pattern: '^[A-Za-z0-9]{1,30}$' }) },
  { name: 'source', in: 'query', schema: str('Source actor (same matching as actor)', { pattern: '^[A-Za-z0-9]{1,30}$' }) },
  { name: 'target', in: 'query', schema: str('Target actor (same matching as actor)', { pattern: '^[A-Za-z0-9]{1,30}$' }) },
  { name: 'dyad', in: 'query', schema: str('Two actors in either direction, comma-separated (RUS,PRK)', { pattern: '^[A-Za-z0-9]{1,30},[A-Za-z0-9]{1,30}$' }) },
  { name: 'cameo', in: 'query', schema: str('CAMEO codes or roots, comma-separated (19, 112, 03,13)', { pattern: '^\\d{1,4}(,\\d{1,4})*$' }) },
  { name: 'plover', in: 'query', schema: str(`PLOVER types, comma-separated (${PLOVER_TYPE_NAMES.join(', ')})`) },
  { name: 'quad', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 4, description: 'QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict' } },
  { name: 'status', in: 'query', schema: str(`Statuses, comma-separated (${STATUSES.join(', ')})`) },
  { name: 'from', in: 'query', schema: str('Event date on or after (YYYY, YYYY-MM or YYYY-MM-DD)') },
  { name: 'to', in: 'query', schema: str('Event date up to and including (2024-03 includes all of March)') },
  { name: 'lang', in: 'query', schema: str('Document language (de, en)', { pattern: '^[a-z]{2,3}$' }) },
  { name: 'q', in: 'query', schema: str('Full-text search in the documents (SQLite FTS5: words, "phrases", OR, NOT, prefix*)', { maxLength: 500 }) },
  { name: 'doc', in: 'query', schema: str('One document (key or id)') },
];

const LIMIT = (def: number, max: number): Obj => ({ name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: max, default: def } });
const ERRORS: Obj = {
  400: { description: 'Invalid parameter', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
};
const json = (description: string, schema: Obj): Obj => ({ description, content: { 'application/json': { schema } } });
const ref = (name: string): Obj => ({ $ref: `#/components/schemas/${name}` });

export function openApiDocument(writable: boolean): Obj {
  return {
    openapi: '3.1.0',
    info: {
      title: 'lagebild API', version: '0.1.0',
      description: 'Coded political events (CAMEO/PLOVER) with sentence-level evidence. All responses are JSON except /api/export. Errors: 4xx with {"error": {"status", "message", "param"?}}. Unknown or repeated query parameters are refused.',
    },
    paths: {
      '/api/meta': { get: { summary: 'Totals, date range, languages and code lists for building filters', responses: { 200: json('Overview', { type: 'object' }) } } },
      '/api/events': {
        get: {
          summary: 'Events matching the filters, one page at a time',
          parameters: [...FILTERS, LIMIT(50, 500),
            { name: 'cursor', in: 'query', schema: str('The `next` value of the previous page') },
            { name: 'sort', in: 'query', schema: { type: 'string', enum: ['-date', 'date', 'goldstein', '-goldstein', 'ingest'], default: '-date', description: 'Newest first by default; ingest = order of storing' } }],
          responses: { 200: json('A page of events', { type: 'object', properties: { events: { type: 'array', items: ref('StoredEvent') }, next: { type: ['string', 'null'] } } }), ...ERRORS },
        },
      },
      '/api/events/{id}': {
        get: {
          summary: 'One event with its evidence (sentence, trigger/actor/cue offsets, rule ids, document link)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str('`<document key>:<event id>` (the gid of an event)') }],
          responses: { 200: json('Event and evidence', { type: 'object', properties: { event: ref('StoredEvent'), evidence: ref('Evidence') } }), 404: json('No such event', ref('Error')) },
        },
      },
      '/api/documents/{id}': {
        get: {
          summary: 'A document: text and every annotation layer (sentences, actors, events, quotes, amounts, times)',
          parameters: [{ name: 'id', in: 'path', required: true, schema: str('Document key or id') }],
          responses: { 200: json('The analysis JSON plus docKey and eventIds', { type: 'object' }), 404: json('No such document', ref('Error')) },
        },
      },
      '/api/documents': {
        post: {
          summary: writable ? 'Analyse and store documents (requires the bearer token)' : 'Disabled: the server was started without --token',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { oneOf: [ref('DocumentInput'), { type: 'array', items: ref('DocumentInput'), minItems: 1, maxItems: 100 }] } } },
          },
          responses: {
            201: json('Stored (inserted=false when the same content was stored before)', { type: 'object' }),
            400: json('Invalid document', ref('Error')), 401: json('Missing or wrong token', ref('Error')),
            403: json('Writing disabled', ref('Error')), 413: json('Body too large', ref('Error')), 415: json('Not JSON', ref('Error')),
          },
        },
      },
      '/api/actors': {
        get: {
          summary: 'Top actors by number of matching events (either side)', parameters: [...FILTERS, LIMIT(20, 500)],
          responses: { 200: json('Actors', { type: 'object', properties: { actors: { type: 'array', items: ref('ActorCount') } } }), ...ERRORS },
        },
      },
      '/api/dyads': {
        get: {
          summary: 'Actor pairs (either direction) with counts, direction split, QuadClass split and mean Goldstein', parameters: [...FILTERS, LIMIT(20, 500)],
          responses: { 200: json('Dyads', { type: 'object', properties: { dyads: { type: 'array', items: ref('DyadCount') } } }), ...ERRORS },
        },
      },
      '/api/timeline': {
        get: {
          summary: 'Event counts per day, week (Monday) or month, by QuadClass or PLOVER type',
          parameters: [...FILTERS,
            { name: 'bucket', in: 'query', schema: { type: 'string', enum: ['day', 'week', 'month'], default: 'month' } },
            { name: 'by', in: 'query', schema: { type: 'string', enum: ['quad', 'plover'], default: 'quad' } }],
          responses: { 200: json('Timeline', ref('Timeline')), ...ERRORS },
        },
      },
      '/api/search': {
        get: {
          summary: 'Full-text search over the documents (best first)',
          parameters: [{ name: 'q', in: 'query', required: true, schema: str('FTS5 query', { maxLength: 500 }) }, LIMIT(20, 200)],
          responses: { 200: json('Matching documents with plain-text snippet pieces', { type: 'object' }), ...ERRORS },
        },
      },
      '/api/export': {
        get: {
          summary: 'All matching events in an exchange format, streamed',
          parameters: [{ name: 'format', in: 'query', required: true, schema: { type: 'string', enum: [...EXPORT_FORMATS] } }, ...FILTERS,
            { name: 'sort', in: 'query', schema: { type: 'string', enum: ['date', '-date', 'goldstein', '-goldstein'] } },
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 0 } }],
          responses: {
            200: {
              description: 'gdelt: GDELT 2.0 TSV; plover: PLOVER JSONL; jsonl: stored events; csv: CSV with header (see docs/export-formats.md)',
              content: { 'text/tab-separated-values': {}, 'application/x-ndjson': {}, 'text/csv': {} },
            },
            ...ERRORS,
          },
        },
      },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json('OpenAPI 3.1', { type: 'object' }) } } },
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'object', required: ['status', 'message'], properties: { status: { type: 'integer' }, message: { type: 'string' }, param: { type: 'string' } } } } },
        StoredEvent: {
          type: 'object', description: 'The analysis EventRecord (docs/analysis-format.md) plus gid, docKey, docId, docDate, lang, url, title, sentenceText, seq, lead, added',
          required: ['gid', 'id', 'cameo', 'status', 'sentence', 'trigger', 'sentenceText'],
        },
        Evidence: { type: 'object', properties: { sentence: { type: 'object' }, spans: { type: 'array', items: { type: 'object' } }, rules: { type: 'array', items: { type: 'string' } }, document: { type: 'object' } } },
        ActorCount: { type: 'object', properties: { code: { type: 'string' }, name: { type: ['string', 'null'] }, events: { type: 'integer' }, asSource: { type: 'integer' }, asTarget: { type: 'integer' } } },
        DyadCount: {
          type: 'object',
          properties: {
            a: { type: 'string' }, b: { type: 'string' }, aName: { type: ['string', 'null'] }, bName: { type: ['string', 'null'] }, events: { type: 'integer' }, aToB: { type: 'integer' }, bToA: { type: 'integer' },
            meanGoldstein: { type: ['number', 'null'] }, quads: { type: 'array', items: { type: 'integer' }, minItems: 4, maxItems: 4 },
          },
        },
        Timeline: {
          type: 'object',
          properties: {
            bucket: { type: 'string' }, by: { type: 'string' }, keys: { type: 'array', items: { type: 'string' } }, coarse: { type: 'integer' }, undated: { type: 'integer' },
            points: { type: 'array', items: { type: 'object', properties: { bucket: { type: 'string' }, counts: { type: 'object', additionalProperties: { type: 'integer' } }, total: { type: 'integer' } } } },
          },
        },
        DocumentInput: {
          type: 'object', required: ['id', 'text'],
          properties: { id: { type: 'string' }, text: { type: 'string' }, date: { type: 'string' }, lang: { type: 'string' }, title: { type: 'string' }, url: { type: 'string' } },
        },
      },
    },
  };
}

// Event scoring (gold README, "Event"): which prediction matches which gold event,
// by sentence, dyad keys and CAMEO root (or PLOVER type), with intent equivalence.
import type { EventRecord, Span } from '../model/analysis.js';
import { cameoRoot } from '../model/cameo.js';
import { ploverFor } from '../model/plover.js';
import { maxWeightAssignment } from './assign.js';
import type { GoldEvent } from './gold.js';
import { slotAccepted } from './keys.js';
import { contains, locate } from './locate.js';

/** How a prediction's code fits a gold event; lower is preferred. */
export const Fit = { Exact: 0, Root: 1, Equivalent: 2, None: 3 } as const;
export type Fit = (typeof Fit)[keyof typeof Fit];

const INTENT_COOP = '03';
const INTENT_THREAT = '13';
const COOP_ACTIONS = new Set(['04', '05', '06', '07', '08']);
const HOSTILE_ACTIONS = new Set(['15', '16', '17', '18', '19', '20']);
const AGREE_ACTIONS = new Set(['CONSULT', 'SUPPORT', 'COOPERATE', 'AID', 'CONCEDE', 'RETREAT']);
const THREATEN_ACTIONS = new Set(['MOBILIZE', 'SANCTION', 'COERCE', 'ASSAULT']);
/** A prediction of the announced action counts for an intent only when not stated as done. */
const UNREALISED = new Set(['future', 'hypothetical']);
/** Statuses right for a prediction matched through an equivalence. */
const EQUIVALENT_STATUS_OK = new Set(['asserted', 'future', 'hypothetical']);

export function predictedPlover(p: EventRecord): string | null {
  return p.plover?.type ?? ploverFor(p.cameo)?.type ?? null;
}

/**
 * The intent-equivalence of the README, in both directions, for roots (CAMEO) or
 * types (PLOVER): `intent` is 03/13 or AGREE/THREATEN, `actions` the related set.
 */
function equivalent(
  goldValues: readonly string[], goldStatus: readonly string[], pred: string, predStatus: string,
  intent: string, actions: ReadonlySet<string>,
): boolean {
  // Gold is the action, announced (status future): the intent is accepted too.
  if (pred === intent && goldStatus.includes('future') && goldValues.some((g) => actions.has(g))) return true;
  // Gold is the intent: the announced action is accepted when the prediction is not asserted as done.
  return actions.has(pred) && goldValues.includes(intent) && UNREALISED.has(predStatus);
}

export function codeFit(g: GoldEvent, p: EventRecord): Fit {
  if (g.cameo) {
    if (g.cameo.includes(p.cameo)) return Fit.Exact;
    const root = cameoRoot(p.cameo);
    const roots = g.cameo.map(cameoRoot);
    if (roots.includes(root)) return Fit.Root;
    if (equivalent(roots, g.status, root, p.status, INTENT_COOP, COOP_ACTIONS)) return Fit.Equivalent;
    if (equivalent(roots, g.status, root, p.status, INTENT_THREAT, HOSTILE_ACTIONS)) return Fit.Equivalent;
    return Fit.None;
  }
  const type = predictedPlover(p);
  if (type === g.plover) return Fit.Exact; // includes null = null: a statement where PLOVER has none
  if (!type || !g.plover) return Fit.None;
  const golds = [g.plover];
  if (equivalent(golds, g.status, type, p.status, 'AGREE', AGREE_ACTIONS)) return Fit.Equivalent;
  if (equivalent(golds, g.status, type, p.status, 'THREATEN', THREATEN_ACTIONS)) return Fit.Equivalent;
  return Fit.None;
}

/** Why a prediction in the gold event's sentence does not match it (empty: it matches). */
export function mismatchReasons(g: GoldEvent, p: EventRecord): string[] {
  const why: string[] = [];
  if (!slotAccepted(g.source, p.source)) why.push(`source ${p.source?.code ?? '-'} not in [${g.source.map((k) => k ?? 'null').join(',')}]`);
  if (!slotAccepted(g.target, p.target)) why.push(`target ${p.target?.code ?? '-'} not in [${g.target.map((k) => k ?? 'null').join(',')}]`);
  if (codeFit(g, p) === Fit.None) {
    why.push(g.cameo ? `code ${p.cameo} (${p.status}) not in [${g.cameo.join(',')}]` : `type ${predictedPlover(p) ?? 'none'} (${p.status}) is not ${g.plover ?? 'none'}`);
  }
  return why;
}

export function strictCodeRight(g: GoldEvent, p: EventRecord): boolean {
  return g.cameo ? g.cameo.includes(p.cameo) : predictedPlover(p) === g.plover;
}

export function statusRight(g: GoldEvent, p: EventRecord, fit: Fit): boolean {
  return fit === Fit.Equivalent ? EQUIVALENT_STATUS_OK.has(p.status) : g.status.includes(p.status);
}

export interface EventPair {
  gold: number;
  pred: number;
  fit: Fit;
}

export interface EventMatching {
  /** The located `at` span of every gold event (null: not found in the text). */
  spans: Array<Span | null>;
  pairs: EventPair[];
  /** For every gold event, its prediction index or -1; for every prediction, its gold index or -1. */
  goldToPred: number[];
  predToGold: number[];
}

/**
 * Pairs gold events and predictions. The assignment maximises, in this order: required
 * gold events found, optional ones found (each spares a false positive), then the
 * preference exact code > direct root > equivalent.
 */
export function matchEvents(text: string, gold: readonly GoldEvent[], preds: readonly EventRecord[]): EventMatching {
  const spans = gold.map((g) => locate(text, g.at, g.at_n ?? 1));
  const fits: Fit[][] = gold.map((g, gi) => preds.map((p) => {
    const at = spans[gi];
    if (!at || !contains(p.sentence, at)) return Fit.None;
    if (!slotAccepted(g.source, p.source) || !slotAccepted(g.target, p.target)) return Fit.None;
    return codeFit(g, p);
  }));
  const weights = fits.map((row, gi) => row.map((fit) => fit === Fit.None ? 0 : (gold[gi].optional ? 1e4 : 1e8) + (Fit.None - fit)));
  const goldToPred = maxWeightAssignment(weights, preds.length);
  const predToGold = new Array<number>(preds.length).fill(-1);
  const pairs: EventPair[] = [];
  goldToPred.forEach((pi, gi) => {
    if (pi < 0) return;
    predToGold[pi] = gi;
    pairs.push({ gold: gi, pred: pi, fit: fits[gi][pi] });
  });
  return { spans, pairs, goldToPred, predToGold };
}

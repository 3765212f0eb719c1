// CAMEO event codes: lookup of names, Goldstein values and QuadClass, with the
// parent fallback coders need (an unknown sub-code inherits its parent's values).
import { CAMEO_ROWS } from './cameo-codes.js';

export interface CameoInfo {
  code: string;
  name: string;
  /** Goldstein conflict-cooperation scale, -10 .. +10. */
  goldstein: number;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad: 1 | 2 | 3 | 4;
}

const BY_CODE: ReadonlyMap<string, CameoInfo> = new Map(
  CAMEO_ROWS.map(([code, name, goldstein, quad]) => [code, Object.freeze({ code, name, goldstein, quad })]),
);

const SHAPE = /^\d{2,4}$/;

/** True when `code` is a CAMEO event code of the codebook (e.g. `01`, `112`, `1123`). */
export function isCameoCode(code: string): boolean {
  return typeof code === 'string' && BY_CODE.has(code);
}

/**
 * The codebook entry for `code`. A code of the right shape that the codebook lacks
 * (`0315`) falls back to its nearest listed parent (`031`, then the root `03`); the
 * returned `code` is then the parent's. Anything else yields undefined.
 */
export function cameoInfo(code: string): CameoInfo | undefined {
  if (typeof code !== 'string' || !SHAPE.test(code)) return undefined;
  for (let c = code; c.length >= 2; c = c.slice(0, -1)) {
    const info = BY_CODE.get(c);
    if (info) return info;
  }
  return undefined;
}

/** The root of a code: its first two digits (`1123` -> `11`). */
export function cameoRoot(code: string): string {
  return typeof code === 'string' ? code.slice(0, 2) : '';
}

/** Every code of the codebook, in codebook order. */
export function cameoCodes(): string[] {
  return [...BY_CODE.keys()];
}

// Counts for `lagebild kb stats`.
import type { KnowledgeBase } from './types.js';

export interface KbStats {
  countries: number;
  seats: number;
  regions: number;
  igos: number;
  groups: number;
  media: number;
  people: number;
  roles: number;
  /** Gazetteer: curated and generated places (location mentions). */
  places: number;
  /** Ethnic groups without a kin state (src/kb/ethnic.json). */
  ethnic: number;
  names: { de: number; en: number; any: number };
}

export function kbStats(kb: KnowledgeBase): KbStats {
  const s: KbStats = { countries: 0, seats: 0, regions: 0, igos: 0, groups: 0, media: 0, people: 0, roles: 0, places: 0, ethnic: 0, names: { de: 0, en: 0, any: 0 } };
  for (const e of kb.entities) {
    if (e.type === 'block') continue;
    if (e.type === 'country') s.countries++;
    else if (e.type === 'seat') s.seats++;
    else if (e.type === 'region') s.regions++;
    else if (e.type === 'igo') s.igos++;
    else if (e.type === 'group') s.groups++;
    else if (e.type === 'media') s.media++;
    else if (e.type === 'person') s.people++;
    else if (e.type === 'role') s.roles++;
    else if (e.type === 'ethnic') s.ethnic++;
    for (const n of e.names) s.names[n.lang ?? 'any']++;
  }
  // Place names are not added to `names` (that counts actor names).
  s.places = kb.places?.length ?? 0;
  return s;
}

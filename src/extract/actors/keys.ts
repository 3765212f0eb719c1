// Actor keys: the coarse identity events and gold files compare (gold/README.md).

/** IGO codes → their last three letters (IGOWSTNAT → NAT), others → the first three (USAGOV → USA). */
export function actorKey(code: string): string {
  if (code.startsWith('IGO') && code.length > 3) return code.slice(-3);
  return code.slice(0, 3);
}

const SECTORS = new Set(['GOV', 'MIL', 'REB', 'OPP', 'LEG', 'JUD', 'COP', 'SPY', 'MED', 'BUS', 'CVL', 'EDU', 'HLH', 'REL', 'LAB', 'REF', 'NGO', 'CRM', 'AGR', 'ELI']);

/** True for a role without an owner ("die Regierung" with no country): code is a bare sector. */
export function isBareSector(code: string): boolean {
  // Every sector is three letters: the length test spares hashing the (often freshly built) longer codes.
  return code.length === 3 && SECTORS.has(code);
}

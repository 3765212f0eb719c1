// The coder compares actor keys without building them (sameActorKey): it must agree with actorKey() on every
// kind of code — states, sectors, IGOs (keyed by their last three letters), short and odd codes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sameActorKey } from '../../../src/extract/events/coder.js';
import { actorKey } from '../../../src/model/actor-key.js';

const CODES = ['USA', 'USAGOV', 'USAMIL', 'RUS', 'RUSGOV', 'IGOWSTNAT', 'IGOEURNAT', 'IGOUNO', 'IGOEUREEC', 'NAT', 'IGO', 'IGOA',
  'GOV', 'MIL', 'REB', 'DEUREB', 'DE', 'D', '', 'UNO', 'NGOMSF', 'IGONAT', 'XYZNAT', 'ukr', 'UKRGOVPRO'];

test('sameActorKey agrees with actorKey on every pair of codes', () => {
  for (const a of CODES) for (const b of CODES) {
    assert.equal(sameActorKey(a, b), actorKey(a) === actorKey(b), `${a} / ${b}`);
  }
});

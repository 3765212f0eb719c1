// Generates src/kb/countries.generated.json: every ISO 3166-1 code with its CAMEO
// country code and the German and English names that ICU/CLDR knows (Intl.DisplayNames,
// long and short styles). Curated aliases, adjectives and inflections live in
// src/kb/countries.json; the loader merges both. Re-run after a Node/ICU upgrade:
//   node --import tsx src/kb/generate/countries.ts
import { writeFileSync } from 'node:fs';
import { dataPath } from '../../util/data.js';

// ISO alpha-2 → CAMEO code. CAMEO uses ISO alpha-3 for today's states; Kosovo (no ISO
// code) is KSV as in the CAMEO/PETRARCH dictionaries.
const ISO = `AF:AFG AX:ALA AL:ALB DZ:DZA AS:ASM AD:AND AO:AGO AI:AIA AQ:ATA AG:ATG AR:ARG AM:ARM AW:ABW AU:AUS AT:AUT
AZ:AZE BS:BHS BH:BHR BD:BGD BB:BRB BY:BLR BE:BEL BZ:BLZ BJ:BEN BM:BMU BT:BTN BO:BOL BQ:BES BA:BIH BW:BWA BV:BVT BR:BRA
IO:IOT BN:BRN BG:BGR BF:BFA BI:BDI CV:CPV KH:KHM CM:CMR CA:CAN KY:CYM CF:CAF TD:TCD CL:CHL CN:CHN CX:CXR CC:CCK CO:COL
KM:COM CG:COG CD:COD CK:COK CR:CRI CI:CIV HR:HRV CU:CUB CW:CUW CY:CYP CZ:CZE DK:DNK DJ:DJI DM:DMA DO:DOM EC:ECU EG:EGY
SV:SLV GQ:GNQ ER:ERI EE:EST SZ:SWZ ET:ETH FK:FLK FO:FRO FJ:FJI FI:FIN FR:FRA GF:GUF PF:PYF TF:ATF GA:GAB GM:GMB GE:GEO
DE:DEU GH:GHA GI:GIB GR:GRC GL:GRL GD:GRD GP:GLP GU:GUM GT:GTM GG:GGY GN:GIN GW:GNB GY:GUY HT:HTI HM:HMD VA:VAT HN:HND
HK:HKG HU:HUN IS:ISL IN:IND ID:IDN IR:IRN IQ:IRQ IE:IRL IM:IMN IL:ISR IT:ITA JM:JAM JP:JPN JE:JEY JO:JOR KZ:KAZ KE:KEN
KI:KIR KP:PRK KR:KOR KW:KWT KG:KGZ LA:LAO LV:LVA LB:LBN LS:LSO LR:LBR LY:LBY LI:LIE LT:LTU LU:LUX MO:MAC MG:MDG MW:MWI
MY:MYS MV:MDV ML:MLI MT:MLT MH:MHL MQ:MTQ MR:MRT MU:MUS YT:MYT MX:MEX FM:FSM MD:MDA MC:MCO MN:MNG ME:MNE MS:MSR MA:MAR
MZ:MOZ MM:MMR NA:NAM NR:NRU NP:NPL NL:NLD NC:NCL NZ:NZL NI:NIC NE:NER NG:NGA NU:NIU NF:NFK MK:MKD MP:MNP NO:NOR OM:OMN
PK:PAK PW:PLW PS:PSE PA:PAN PG:PNG PY:PRY PE:PER PH:PHL PN:PCN PL:POL PT:PRT PR:PRI QA:QAT RE:REU RO:ROU RU:RUS RW:RWA
BL:BLM SH:SHN KN:KNA LC:LCA MF:MAF PM:SPM VC:VCT WS:WSM SM:SMR ST:STP SA:SAU SN:SEN RS:SRB SC:SYC SL:SLE SG:SGP SX:SXM
SK:SVK SI:SVN SB:SLB SO:SOM ZA:ZAF GS:SGS SS:SSD ES:ESP LK:LKA SD:SDN SR:SUR SJ:SJM SE:SWE CH:CHE SY:SYR TW:TWN TJ:TJK
TZ:TZA TH:THA TL:TLS TG:TGO TK:TKL TO:TON TT:TTO TN:TUN TR:TUR TM:TKM TC:TCA TV:TUV UG:UGA UA:UKR AE:ARE GB:GBR US:USA
UM:UMI UY:URY UZ:UZB VU:VUT VE:VEN VN:VNM VG:VGB VI:VIR WF:WLF EH:ESH YE:YEM ZM:ZMB ZW:ZWE XK:KSV`;

// Dependent territories and other non-state areas (CAMEO codes them like countries).
const TERRITORIES = new Set(`AX AS AI AQ AW BM BQ BV IO KY CX CC CK CW FK FO GF PF TF GI GL GP GU GG HM HK IM JE MO MQ YT
MS NC NU NF MP PN PR RE BL SH MF PM SX GS SJ TC TK UM VG VI WF EH`.split(/\s+/));

export interface GeneratedCountry {
  id: string;
  code: string;
  iso2: string;
  territory: boolean;
  names: { de: string[]; en: string[] };
}

export function generateCountries(): GeneratedCountry[] {
  const out: GeneratedCountry[] = [];
  const styles = ['long', 'short'] as const;
  for (const pair of ISO.split(/\s+/)) {
    const [iso2, code] = pair.split(':');
    const names = { de: [] as string[], en: [] as string[] };
    for (const lang of ['de', 'en'] as const) {
      for (const style of styles) {
        const n = new Intl.DisplayNames([lang], { type: 'region', style }).of(iso2);
        // ICU answers the code itself when it has no name; typographic apostrophes become plain.
        if (!n || n === iso2) continue;
        const clean = n.replace(/[’]/g, "'");
        if (!names[lang].includes(clean)) names[lang].push(clean);
      }
    }
    out.push({ id: `kb.country.${code}`, code, iso2, territory: TERRITORIES.has(iso2), names });
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ''))) {
  const rows = generateCountries();
  writeFileSync(dataPath('src/kb/countries.generated.json'), '[\n' + rows.map((r) => JSON.stringify(r)).join(',\n') + '\n]\n');
  console.log(`wrote ${rows.length} countries`);
}

// Actor-coding policies (docs/actors.md): ethnic groups coded where they live, historical names of
// states and international bodies, dated codes of states and places, roles owned by the place they
// are in, and words that look like actors but are not. [text, date, expected]; see harness.ts.
import { runTable, type Case } from './harness.js';

const ethnicEn: Case[] = [
  // a state qualifier where the group lives wins
  ['Iraqi Kurds fled to the mountains.', '1991-04', ['Iraqi Kurds=IRQ']],
  ['Syrian Kurds held local elections.', '2019-03', ['Syrian Kurds=SYR']],
  ['Bosnian Serbs rejected the map.', '1994-07', ['Bosnian Serbs=BIH']],
  ['Bosnian Serb leaders met the envoy.', '1995-02', ['Bosnian Serb leaders=BIHGOV']],
  ['Bosnian Serb forces shelled the town.', '1995-05', ['Bosnian Serb forces=BIHMIL']],
  ['Croatian Serbs voted in the referendum.', '1991-05', ['Croatian Serbs=HRV']],
  ['Turkish Cypriots elected a new leader.', '2020-10', ['Turkish Cypriots=CYP']],
  ['Sri Lankan Tamils marched in Colombo.', '2010-03', ['Sri Lankan Tamils=LKA']],
  // "in <state or place>" moves a group without a state of its own, or a marked kin-state group
  ['Ethnic Albanians protested in Serbia on Monday.', '2000-05', ['Albanians=SRB']],
  ['Several ethnic Hungarians rallied in Slovakia.', '2009-08', ['Hungarians=SVK']],
  ['Kurds in northern Iraq celebrated the vote.', '2017-09', ['Kurds=IRQ']],
  ['Kurdish fighters in Syria took the town.', '2017-10', ['Kurdish fighters=SYRREB']],
  ['Thousands of Kurds rallied in the southeastern city of Diyarbakir.', '2016-03', ['Kurds=TUR']],
  ['Troops expelled the Albanian population in Kosovo.', '1999-04', ['Albanian population=SRBCVL']],
  ['The Albanian population in Kosovo voted.', '2010-04', ['Albanian population=KSVCVL']],
  // groups with one home state are coded there without a location
  ['Chechen rebels attacked a convoy.', '2000-03', ['Chechen rebels=RUSREB']],
  ['Uyghur activists called for sanctions.', '2021-03', ['Uyghur activists=CHNCVL']],
  ['Tamil civilians fled the fighting.', '2009-04', ['Tamil civilians=LKACVL']],
  ['Yoruba leaders backed the candidate.', '2003-02', ['Yoruba leaders=NGAGOV']],
  // negatives: kin-state adjectives with a non-civilian role keep the kin state; refugees keep their origin;
  // a group without a state and without a location gets no state; a hyphenated pair is a relation
  ['Brussels halted support for Albanian rebels in Macedonia.', '2001-03', ['Albanian rebels=ALBREB']],
  ['Chechen refugees in Georgia went on hunger strike.', '2002-03', ['Chechen refugees=RUSREF']],
  ['Kurdish fighters attacked a checkpoint.', '2016-02', ['Kurdish=-', 'fighters=REB']],
  ['Kurds gathered for the festival.', '2016-03', ['Kurds=-']],
  ['Albanians voted in Albania.', '2021-04', ['Albanians=ALB']],
  ['Ethnic Albanians want closer ties with Tirana.', '2000-05', ['Albanians=ALB']],
  ['Iraqi Kurds sought asylum in Germany.', '1991-05', ['Iraqi Kurds=IRQ', 'Germany=DEU']],
  ['The Greek-Albanian talks resumed.', '2020-10', ['Greek=GRC', 'Albanian=ALB']],
  ['Greek Albanian talks resumed.', '2020-10', ['Greek=GRC', 'Albanian=ALB']],
];

const ethnicDe: Case[] = [
  ['Irakische Kurden flohen in die Berge.', '1991-04', ['Irakische Kurden=IRQ']],
  ['Die bosnischen Serben lehnten den Plan ab.', '1994-07', ['bosnischen Serben=BIH']],
  ['Die türkischen Zyprer wählten.', '2020-10', ['türkischen Zyprer=CYP']],
  ['Ethnische Albaner demonstrierten in Serbien.', '2000-05', ['Albaner=SRB']],
  ['Kurden im Norden des Irak feierten.', '2017-09', ['Kurden=IRQ']],
  ['Kurdische Kämpfer in Syrien nahmen die Stadt ein.', '2017-10', ['Kurdische Kämpfer=SYRREB']],
  ['Tschetschenische Rebellen griffen an.', '2000-03', ['Tschetschenische Rebellen=RUSREB']],
  ['Uigurische Aktivisten forderten Sanktionen.', '2021-03', ['Uigurische Aktivisten=CHNCVL']],
  ['Albanische Rebellen in Mazedonien kämpften weiter.', '2001-03', ['Albanische Rebellen=ALBREB']],
  ['Kurden versammelten sich zum Fest.', '2016-03', ['Kurden=-']],
  ['Tschetschenische Flüchtlinge in Georgien traten in den Hungerstreik.', '2002-03', ['Tschetschenische Flüchtlinge=RUSREF']],
];

const historicalEn: Case[] = [
  ['The European Community lifted the embargo.', '1991-11', ['European Community=IGOEUREEC']],
  ['The EC sent monitors.', '1991-08', ['EC=IGOEUREEC']],
  ['The Organisation of African Unity called for a ceasefire.', '1994-05', ['Organisation of African Unity=IGOAFRAFU']],
  ['The OAU summit opened.', '1995-06', ['OAU=IGOAFRAFU']],
  ['The Warsaw Pact held manoeuvres.', '1984-09', ['Warsaw Pact=IGOEEUWAR']],
  ['The CSCE sent a mission.', '1992-07', ['CSCE=IGOEUROSC']],
  ['UNPROFOR troops escorted the convoy.', '1993-04', ['UNPROFOR troops=IGOUNOPKO']],
  ['Soviet troops left the country.', '1989-02', ['Soviet troops=RUSMIL']],
  ['The Soviet Union protested.', '1983-09', ['Soviet Union=RUS']],
  ['The Yugoslav army withdrew.', '1992-05', ['Yugoslav army=SRBMIL']],
  ['The Former Yugoslav Republic of Macedonia applied.', '1993-04', ['Former Yugoslav Republic of Macedonia=MKD']],
  ['Zaire closed its border.', '1994-07', ['Zaire=COD']],
  ['Kampuchean guerrillas fled.', '1985-01', ['Kampuchean guerrillas=KHMREB']],
  ['Croat forces shelled the village.', '1993-05', ['Croat forces=HRVMIL']],
  ['The Khmer Rouge rejected the plan.', '1992-06', ['Khmer Rouge=KHMREB']],
  ['The Liberation Tigers of Tamil Eelam announced a truce.', '2002-02', ['Liberation Tigers of Tamil Eelam=LKAREB']],
  ['The Islamic Salvation Front was banned.', '1992-03', ['Islamic Salvation Front=DZAOPP']],
  ['East Timor held a referendum.', '1999-08', ['East Timor=TLS']],
];

const historicalDe: Case[] = [
  ['Die Europäische Gemeinschaft hob das Embargo auf.', '1991-11', ['Europäische Gemeinschaft=IGOEUREEC']],
  ['Der Warschauer Pakt hielt ein Manöver ab.', '1984-09', ['Warschauer Pakt=IGOEEUWAR']],
  ['Die Organisation für Afrikanische Einheit tagte.', '1995-06', ['Organisation für Afrikanische Einheit=IGOAFRAFU']],
  ['Sowjetische Truppen verließen das Land.', '1989-02', ['Sowjetische Truppen=RUSMIL']],
  ['Die Roten Khmer lehnten ab.', '1992-06', ['Roten Khmer=KHMREB']],
  ['Die jugoslawische Armee zog ab.', '1992-05', ['jugoslawische Armee=SRBMIL']],
];

const datedEn: Case[] = [
  ['Rebels shelled Juba overnight.', '1995-06', ['Juba=SDN']],
  ['Rebels shelled Juba overnight.', '2016-07', ['Juba=SSD']],
  ['Kosovo held local elections.', '2000-10', ['Kosovo=SRB']],
  ['Kosovo held local elections.', '2021-10', ['Kosovo=KSV']],
  ['Police in Pristina detained two men.', '1998-03', ['Police in Pristina=SRBCOP']],
  ['Police in Pristina detained two men.', '2019-03', ['Police in Pristina=KSVCOP']],
  ['Troops entered Asmara.', '1990-02', ['Asmara=ETH']],
  ['Troops entered Asmara.', '1999-02', ['Asmara=ERI']],
  ['The Kosovo Liberation Army attacked a patrol.', '1998-06', ['Kosovo Liberation Army=SRBREB']],
  ['The SPLA attacked a garrison.', '1995-06', ['SPLA=SDNREB']],
  ['The SPLA attacked a garrison.', '2014-01', ['SPLA=SSDMIL']],
];

const datedDe: Case[] = [
  ['Rebellen beschossen Juba.', '1995-06', ['Juba=SDN']],
  ['Rebellen beschossen Juba.', '2016-07', ['Juba=SSD']],
  ['Das Kosovo wählte ein neues Parlament.', '2001-11', ['Kosovo=SRB']],
  ['Das Kosovo wählte ein neues Parlament.', '2021-02', ['Kosovo=KSV']],
];

const rolesPlaceEn: Case[] = [
  ['Police in Basra arrested three men.', '2019-11', ['Police=IRQCOP']],
  ['Students in Surabaya marched on the town hall.', '1998-05', ['Students=IDNEDU']],
  ['A militant group based in Peshawar claimed the attack.', '2014-12', ['militant group=PAKREB']],
  ['A terror group based in Mali claimed the attack.', '2019-01', ['terror group based in Mali=MLIREB']],
  ['Algerian landowners began a sit-in.', '1992-04', ['Algerian landowners=DZAAGR']],
  ['French farmers blocked the motorway.', '2024-01', ['French farmers=FRAAGR']],
  ['Angry French steel workers blocked the road.', '1990-05', ['French steel workers=FRALAB']],
  ['Indonesian university students demanded reforms.', '1998-05', ['Indonesian university students=IDNEDU']],
  ['Bangladeshi peacekeeping troops arrived.', '2000-08', ['Bangladeshi peacekeeping troops=BGDMIL']],
  // troops and refugees are often foreign where they are: no state from a city
  ['Troops in Basra fired warning shots.', '2004-05', ['Troops=MIL']],
  ['Refugees in Mosul waited for aid.', '2017-03', ['Refugees=REF']],
  // a verb between a state and a role is no owner
  ['Russia jailed the opposition leader.', '2024-05', ['Russia=RUS', 'opposition leader=OPP']],
  // a title with an unknown name and no state in the noun phrase: only the role
  ['Vice-President Adam Ndlovu declined to resign.', '2006-02', ['Adam Ndlovu=GOV']],
];

const rolesPlaceDe: Case[] = [
  ['Die Polizei in Basra nahm drei Männer fest.', '2019-11', ['Polizei=IRQCOP']],
  ['Studenten in Surabaya zogen vor das Rathaus.', '1998-05', ['Studenten=IDNEDU']],
  ['Französische Bauern blockierten die Autobahn.', '2024-01', ['Französische Bauern=FRAAGR']],
  ['Algerische Großgrundbesitzer begannen einen Sitzstreik.', '1992-04', ['Algerische Großgrundbesitzer=DZAAGR']],
  ['Truppen in Basra gaben Warnschüsse ab.', '2004-05', ['Truppen=MIL']],
];

const notActorsEn: Case[] = [
  ['A prominent anti-Syria journalist was killed.', '2005-06', ['Syria=-', 'journalist=MED']],
  ['Anti-American protesters marched.', '2003-03', ['American=-']],
  ['Pro-Russian separatists seized the building.', '2014-04', ['Russian=-', 'separatists=REB']],
  ['Workers blocked the Europe Bridge for hours.', '1992-06', ['Europe=-']],
  ['The plane landed at Kenya Airport.', '2010-06', ['Kenya=-']],
  ['Defence Secretary Tom King promised more aid.', '1990-09', ['Tom King=GOV']],
  ['British Defence Secretary Tom King visited the troops.', '1990-09', ['Tom King=GBRGOV']],
  ['King Abdullah met the envoy.', '2010-06', ['Abdullah=GOV']],
  ["Iran's Supreme Leader rejected talks.", '2020-01', ["Iran's Supreme Leader=IRNGOV"]],
  ['The Liberation Tigers announced a truce.', '2002-02', ['Liberation Tigers=LKAREB']],
  ['The newspaper Libération reported the story.', '2020-02', ['Libération=FRAMED']],
  ['The Moro Islamic Liberation Front signed.', '2014-03', ['Moro Islamic Liberation Front=PHLREB']],
];

const notActorsDe: Case[] = [
  ['Die anti-russischen Proteste gingen weiter.', '2022-03', ['russischen=-']],
  ['Autos stauten sich an der Europa-Brücke.', '2020-06', ['Europa=-']],
  ['Die Zeitung Libération berichtete.', '2020-02', ['Libération=FRAMED']],
];

runTable('policy ethnic en', 'en', ethnicEn);
runTable('policy ethnic de', 'de', ethnicDe);
runTable('policy historical en', 'en', historicalEn);
runTable('policy historical de', 'de', historicalDe);
runTable('policy dated en', 'en', datedEn);
runTable('policy dated de', 'de', datedDe);
runTable('policy role+place en', 'en', rolesPlaceEn);
runTable('policy role+place de', 'de', rolesPlaceDe);
runTable('policy not actors en', 'en', notActorsEn);
runTable('policy not actors de', 'de', notActorsDe);

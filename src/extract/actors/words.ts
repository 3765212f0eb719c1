// Closed word classes the composition rules consult (normalised keys).

const list = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Capitalised words that never start or belong to a person's name. */
export const NOT_NAME = list(`
der die das des dem den ein eine einer eines einem einen er sie es wir ihr ich man dies diese dieser dieses diesem diesen jene
auch aber und oder doch denn laut nach vor bei mit von aus zu zur zum im in am an auf fur uber unter gegen seit wahrend wegen
trotz als wie wenn ob dass damit so noch schon nun jetzt heute gestern morgen dann da hier dort alle andere anderen viele mehr
einige kein keine sein seine ihre ihr unser herr frau dr. prof. sowohl weder zudem zwar wer was wo warum wann welche welcher
montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz april mai juni juli august september oktober
november dezember
the a an he she it we they i you this that these those also but and or in on at for from by with of to as if when while after
before since during according mr mr. mrs mrs. ms ms. dr sir lord what who where why how there here then now today yesterday
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november
december its his her their our my however meanwhile`);

/** Determiners before a definite description ("die Allianz", "the alliance"). */
export const DETERMINERS = list('der die das des dem den diese dieser dieses diesem diesen jene jener the this that');

/** Words joining a role to its owner ("Sprecher des Außenministeriums", "minister of defence"). */
export const OWNER_LINKS = list('des der von vom aus of from');

/** Articles that may follow a comma before an appositive role ("Miller, der Sprecher …"). */
export const APPOSITION_ARTICLES = list('der die das ein eine the a an');

/** "für Rüstungskontrolle", "for Arms Control": the portfolio between a role and a name. */
export const PORTFOLIO = list('fur for');

/** German attributive adjective endings ("stellvertretende", "regulären"). */
export function isGermanAdjective(key: string, cls: number): boolean {
  return cls === 0 && key.length > 4 && /(e|en|er|es|em)$/.test(key);
}

/** Capitalised words that may stand next to a generated place without making it part of a longer
 *  name: "die Stadt Kasan", "Kherson Oblast", "Northern Basra". */
export const PLACE_NEIGHBOURS = list(`
stadt grossstadt hafenstadt metropole millionenstadt hauptstadt kleinstadt grenzstadt frontstadt industriestadt
provinzhauptstadt regionalhauptstadt region gebiet provinz oblast bezirk gouvernement distrikt ort dorf kreis raum
city town province region oblast governorate district county airport port harbour harbor village area municipality prefecture
north south east west northern southern eastern western central greater downtown`);

/** Titles before a surname: the next word is a person, never a place ("Frau Kassel"). */
export const TITLES = list('herr herrn frau mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir lady lord');

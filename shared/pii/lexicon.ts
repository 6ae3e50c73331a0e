/**
 * German words the name finder must know. A gazetteer name that is also a German word
 * ("Wolf", "Koch", "Richter", "nur") counts as a name only with context; a capitalised word
 * after "Frau" that is a German noun ("Frau Doktor") is not a surname.
 */
import { foldedList } from './fold';

// Function words, frequent verbs, adjectives and adverbs of case notes (lower case).
const FUNCTION_WORDS = `
der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner
und oder aber doch denn sondern sowie bzw bis seit ab an am auf aus bei beim durch für gegen
hinter in im ins mit nach neben ohne über um unter vom von vor während wegen zu zum zur zwischen
ich du er sie es wir ihr man mich mir dich dir ihn ihm uns euch ihnen sich mein meine meinen
meinem meiner dein deine sein seine seinen seinem seiner ihre ihren ihrem ihrer unser unsere
euer eure dieser diese dieses diesen diesem jener jene alle allem allen aller alles jeder jede
jedes jeden viel viele vielen wenig wenige mehr weniger etwas nichts jemand niemand wer was wie
wo wann warum weshalb wieso woher wohin ob dass weil wenn als damit falls obwohl nachdem bevor
sobald solange ja nein nicht nur noch schon auch sehr so dann da dort hier heute morgen gestern
jetzt gleich bald immer nie oft manchmal wieder erst zuerst danach später vorher eben gerade
leider bitte danke gut schlecht neu alt groß klein lang kurz jung hoch früh spät schnell langsam
wichtig dringend eilig offen klar krank gesund schwanger allein zusammen ganz halb fast kaum
ist sind war waren bin bist seid sei wäre hat haben hatte hatten habe hast hätte wird werden wurde
wurden worden kann können konnte konnten muss müssen musste soll sollen sollte will wollen wollte
darf dürfen mag möchte möchten geht gehen ging kommt kommen kam kamen gibt geben gab sagt sagen
sagte macht machen machte braucht brauchen brauchte sucht suchen weiß wissen wusste hilft helfen
lebt leben wohnt wohnen arbeitet arbeiten spricht sprechen versteht verstehen heißt heißen
geboren gestorben verheiratet geschieden ledig verwitwet getrennt unbegleitet minderjährig
volljährig anerkannt abgelehnt geduldet erlaubt beantragt bewilligt eingereicht erledigt laut
lt ca ggf zb usw etc inkl bzgl evtl tel nr abs art satz siehe vgl frist termin
`;

// English words that are names elsewhere ("Can", "Said", "Below"): notes quote English now and then.
const ENGLISH_WORDS = `
can will may said below above grace hope joy faith art bill rich sunny dawn summer june april august
the and for with you your this that from have has are was were not but all can't will be been only
`;

// Nouns and adjectives that double as names in the gazetteers, plus frequent nouns of case
// notes that would otherwise pass as unknown capitalised words (and so as surnames).
const NOUNS = `
rose rosa iris heide erika kai jan max mai juni juli april august martin roman adel lama tara nur
wolf fuchs vogel hahn koch bauer richter schneider fischer jäger jaeger meister schreiber schuster
gärtner gaertner maurer zimmermann kaiser könig koenig graf herzog ritter engel stein busch horn
bach berg nagel dorn stahl kern sturm sommer winter herbst frühling frank ernst sauer schwarz braun
weiß weiss groß gross lange länger langer klein jung wild stark staat alias schilling fink heller bayer schwab zimmer keller schenk
mark haben amen
frau herr herrn familie mann kind kinder sohn söhne tochter töchter mutter vater eltern bruder
schwester ehemann ehefrau onkel tante cousin cousine oma opa neffe nichte baby person personen
leute freund freundin nachbar nachbarin gast gäste helfer helferin ehrenamtliche
termin termine frist fristen antrag anträge bescheid bescheide brief briefe schreiben formular
unterlagen nachweis nachweise bescheinigung vertrag mietvertrag arbeitsvertrag kopie original
amt ämter behörde behörden stadt gemeinde land bund kreis landkreis büro stelle beratung
wohnung wohnungen unterkunft zimmer küche miete kaution vermieter vermieterin hausmeister
schule kita kindergarten klasse lehrer lehrerin kurs kurse prüfung zertifikat zeugnis ausbildung
arbeit job stelle praktikum arbeitgeber chef firma lohn gehalt geld euro konto bank rechnung
arzt ärztin doktor praxis klinik krankenhaus termin therapie medikament medikamente rezept
krankenkasse versicherung gesundheit schmerzen operation schwangerschaft geburt impfung
aufenthalt aufenthaltserlaubnis duldung asyl asylantrag anhörung klage gericht anwalt anwältin
rechtsanwalt rechtsanwältin pass reisepass ausweis visum botschaft abschiebung einbürgerung
sprache deutsch deutschkurs arabisch dari farsi persisch paschtu tigrinya kurdisch kurmandschi
sorani türkisch ukrainisch russisch englisch französisch somali amharisch
syrien afghanistan irak iran eritrea türkei ukraine russland somalia nigeria gambia georgien
syrer syrerin afghane afghanin iraker eritreer türke türkin ukrainer ukrainerin kurde kurdin
montag dienstag mittwoch donnerstag freitag samstag sonntag wochenende woche wochen monat monate
jahr jahre tag tage uhr stunde stunden minute minuten januar februar märz oktober november dezember
anfang ende mitte abend nachmittag vormittag mittag nacht heute morgen
hilfe problem probleme frage fragen info infos thema sache fall fälle anliegen sitzung treffen
protokoll ergebnis beschluss aufgabe kontakt nummer telefon handy mail email adresse name
status stand grund gründe ziel plan idee raum
caritas diakonie awo drk jobcenter landratsamt ausländerbehörde bamf vhs refugio tafel sparkasse aok
barmer dak stadtwerke polizei feuerwehr unhcr iom kita uni hochschule verein helferkreis gemeinderat
gmbh ag kg ohg gbr ug firma
konstanz singen radolfzell allensbach reichenau stockach engen kreuzlingen sigmaringen stuttgart
kabul herat aleppo damaskus homs idlib asmara kiew charkiw odessa bagdad mossul teheran bahnhof gebäude stock etage zug bus linie gleis
schalter notfall notruf himmelfahrt ostern pfingsten weihnachten unbekannt
`;

/** Folded common words (German function words and nouns, a few English words): never names on their own. */
export const GERMAN_WORDS: ReadonlySet<string> = new Set(foldedList(FUNCTION_WORDS + NOUNS + ENGLISH_WORDS));

/** Words that, written after Herr/Frau, name a role rather than a person ("Frau Doktor"). */
export const ROLE_WORDS: ReadonlySet<string> = new Set(
  foldedList(`
  doktor doktorin dr prof professor professorin dipl ing med mag rechtsanwalt rechtsanwältin anwalt
  anwältin richter richterin bürgermeister bürgermeisterin oberbürgermeister oberbürgermeisterin
  pfarrer pfarrerin pastor pastorin minister ministerin direktor direktorin präsident präsidentin
  vorsitzende vorsitzender kollege kollegin nachbar nachbarin lehrer lehrerin sachbearbeiter
  sachbearbeiterin dolmetscher dolmetscherin betreuer betreuerin sozialarbeiter sozialarbeiterin
  schulleiter schulleiterin leiter leiterin chef chefin hausmeister hausmeisterin vermieter
  vermieterin ober hebamme mutter vater
`),
);

/** The last word part of a school, street or institution named after a person ("Anne-Frank-Schule"). */
export const INSTITUTION_SUFFIXES: readonly string[] = foldedList(`
  schule gymnasium realschule grundschule kita kindergarten haus heim stiftung zentrum center klinik
  klinikum krankenhaus institut universität hochschule kirche gemeinde verein saal halle park preis
  brücke bibliothek museum straße strasse str weg gasse platz allee ring damm ufer steig pfad kaserne
  siedlung quartier areal campus turm tor markt hof apotheke werk stadion bad
`);

/** Words that mark organisations and public bodies: mailboxes and handles with them are functional. */
export const ORGANISATION_WORDS: readonly string[] = foldedList(`
  info kontakt contact beratung poststelle post office buero büro mail service team hallo hello
  anfrage anfragen verwaltung sekretariat sekretariat noreply no-reply presse webmaster support
  anmeldung termine bewerbung redaktion zentrale empfang rathaus integration asyl migration
  fluechtling flüchtling caritas diakonie awo drk jobcenter landratsamt lra lrakn sozialamt
  jugendamt auslaender ausländer abh bamf stadt konstanz gericht vhs refugio schule kita verein
  helferkreis netzwerk kirche gemeinde tafel bund land kreis amt familienkasse arbeitsagentur
  agentur verband stiftung initiative bug bugs list lists translators l10n i18n devel users announce help
  admin security sales press jobs newsletter vorstand vorsitz
`);

/** Particles inside Arabic, Persian and other names ("Abd al-Karim", "bin Laden", "van Dijk"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(foldedList('al el ul bin ibn bint abd abdel abdul abu abou umm oum van de ould'));

// Noun endings that almost never end a name: a capitalised word with one is a noun, not a surname.
// Matched against folded words, so umlauts are already plain vowels and ß is ss.
const NOUN_ENDINGS = /(?:ung|heit|keit|schaft|tion|tat|nis|tum|ment|ismus|chen|lein|amt|stelle|flache|seite|datei|liste|karte|nummer|gruppe|stufe|klasse|runde|phase|ebene|frage|regel|behorde|gericht|schule|kurs|geld|antrag|bescheid|termin|erin|eurin|istin|antin|entin|arztin|waltin|ratin|leute|sachen|zeit|kasse|platz|strasse|weg|haus|zimmer|stunde|stunden|woche|wochen|monat|jahr|jahre|tag|tage|ie|ien)$/;

/** True for a folded word that looks like a German noun by its ending. */
export function hasNounEnding(folded: string): boolean {
  return NOUN_ENDINGS.test(folded);
}

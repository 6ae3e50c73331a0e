import type { TopicArea } from '../../model/case';

/** The Anliegen of the demo: systemic problems many cases share, with statements and answers. */
export interface ConcernText {
  readonly topic: TopicArea;
  readonly title: string;
  readonly description: string;
  readonly statement: string;
  readonly addressees: readonly string[];
  readonly answer: string;
}

export const CONCERN_TEXTS: readonly ConcernText[] = [
  {
    topic: 'residence',
    title: 'Lange Wartezeiten bei der Ausländerbehörde',
    description: 'Termine zur Verlängerung von Aufenthaltstiteln sind oft erst nach Ablauf zu bekommen. Betroffene verlieren dadurch Arbeitsstellen und Leistungen.',
    statement: 'Der Runde Tisch bittet die Stadt, die Ausländerbehörde personell zu stärken und Fiktionsbescheinigungen ohne Termin auszustellen, wenn ein Antrag rechtzeitig gestellt wurde.',
    addressees: ['Oberbürgermeister', 'Gemeinderat', 'Ausländerbehörde'],
    answer: 'Die Verwaltung kündigt zusätzliche Stellen und eine Online-Antragsstrecke an.',
  },
  {
    topic: 'education',
    title: 'Fehlende Kita-Plätze für Familien im Sprachkurs',
    description: 'Ohne Betreuungsplatz können Eltern, meist Mütter, keinen Integrationskurs besuchen.',
    statement: 'Der Runde Tisch regt an, Familien im Integrationskurs bei der Platzvergabe zu berücksichtigen und kursbegleitende Kinderbetreuung auszubauen.',
    addressees: ['Gemeinderat', 'Jugendamt'],
    answer: 'Die Kita-Verwaltung prüft ein zusätzliches Kriterium für die Vergabe.',
  },
  {
    topic: 'housing',
    title: 'Mangel an bezahlbarem Wohnraum',
    description: 'Anerkannte Geflüchtete bleiben oft jahrelang in der Anschlussunterbringung, weil sie keine Wohnung finden.',
    statement: 'Der Runde Tisch fordert ein Kontingent an Sozialwohnungen für Haushalte aus der Anschlussunterbringung und eine Mietgarantie der Stadt.',
    addressees: ['Oberbürgermeister', 'Gemeinderat', 'Wohnungsbaugesellschaft'],
    answer: 'Die Wohnungsbaugesellschaft sagt ein jährliches Kontingent zu.',
  },
  {
    topic: 'family_reunification',
    title: 'Verzögerte Visumverfahren beim Familiennachzug',
    description: 'Angehörige warten oft länger als ein Jahr auf einen Termin bei den Auslandsvertretungen.',
    statement: 'Der Runde Tisch bittet die Abgeordneten des Wahlkreises, sich für schnellere Visumverfahren beim Familiennachzug einzusetzen.',
    addressees: ['Abgeordnete des Wahlkreises', 'Auswärtiges Amt'],
    answer: 'Das Auswärtige Amt verweist auf die Digitalisierung der Visumverfahren.',
  },
  {
    topic: 'language',
    title: 'Zu wenige Plätze in Integrations- und Berufssprachkursen',
    description: 'Wartelisten bei allen Kursträgern, besonders für B2 und für Kurse mit Kinderbetreuung.',
    statement: 'Der Runde Tisch bittet die Kursträger und das Bundesamt, zusätzliche Kurse einzurichten.',
    addressees: ['Volkshochschule', 'Bundesamt für Migration und Flüchtlinge'],
    answer: 'Ab dem Herbst wird ein zusätzlicher Abendkurs angeboten.',
  },
  {
    topic: 'health',
    title: 'Fehlende Sprachmittlung im Gesundheitswesen',
    description: 'Arztpraxen und Kliniken verlangen Dolmetschung, deren Kosten niemand übernimmt.',
    statement: 'Der Runde Tisch schlägt einen kommunalen Dolmetscherpool mit fester Finanzierung vor.',
    addressees: ['Gemeinderat', 'Landratsamt'],
    answer: '',
  },
  {
    topic: 'finances',
    title: 'Lange Bearbeitungszeiten beim Jobcenter',
    description: 'Erstanträge bleiben wochenlang liegen; Familien geraten in Not.',
    statement: 'Der Runde Tisch bittet das Jobcenter, Vorschüsse zügig zu bewilligen und eine Ansprechperson für Beratungsstellen zu benennen.',
    addressees: ['Jobcenter', 'Kreistag'],
    answer: 'Eine feste Ansprechperson wurde benannt.',
  },
  {
    topic: 'work',
    title: 'Anerkennung ausländischer Berufsabschlüsse dauert zu lange',
    description: 'Fachkräfte arbeiten lange unter ihrer Qualifikation, weil Anerkennungsverfahren Monate dauern.',
    statement: 'Der Runde Tisch regt eine Lotsenstelle für Anerkennungsverfahren an.',
    addressees: ['Industrie- und Handelskammer', 'Handwerkskammer'],
    answer: '',
  },
  {
    topic: 'psychosocial',
    title: 'Psychotherapeutische Versorgung für Geflüchtete',
    description: 'Für traumatisierte Menschen gibt es kaum Therapieplätze mit Sprachmittlung.',
    statement: 'Der Runde Tisch bittet um eine gesicherte Finanzierung des Psychosozialen Zentrums.',
    addressees: ['Landratsamt', 'Sozialministerium'],
    answer: 'Die Förderung wird für zwei Jahre verlängert.',
  },
  {
    topic: 'authorities',
    title: 'Termine bei Behörden nur noch online',
    description: 'Wer kein Smartphone hat oder die Sprache nicht liest, bekommt keinen Termin.',
    statement: 'Der Runde Tisch fordert, dass alle Ämter auch telefonische und persönliche Terminvergabe anbieten.',
    addressees: ['Oberbürgermeister', 'Bürgerbüro'],
    answer: '',
  },
  {
    topic: 'education',
    title: 'Wartezeiten auf Plätze in Vorbereitungsklassen',
    description: 'Neu zugezogene Kinder warten mehrere Wochen, bis sie eine Schule besuchen können.',
    statement: 'Der Runde Tisch bittet das Schulamt, Plätze in Vorbereitungsklassen vorausschauend zu planen.',
    addressees: ['Staatliches Schulamt'],
    answer: 'Zwei zusätzliche Vorbereitungsklassen werden eingerichtet.',
  },
  {
    topic: 'discrimination',
    title: 'Benachteiligung bei der Wohnungssuche',
    description: 'Mehrere Fälle zeigen Absagen wegen Herkunft oder Sprache.',
    statement: 'Der Runde Tisch regt eine städtische Anlaufstelle gegen Diskriminierung auf dem Wohnungsmarkt an.',
    addressees: ['Gemeinderat', 'Antidiskriminierungsstelle'],
    answer: '',
  },
];

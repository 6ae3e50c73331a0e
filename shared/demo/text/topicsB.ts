import type { TopicTexts } from './topics';

/** Demo texts for Gesundheit, Psychosoziales, Finanzen/Leistungen, Behörden, Diskriminierung, Sonstiges. */

export const HEALTH: TopicTexts = {
  titles: [
    'Krankenversicherung ungeklärt',
    'Behandlungsschein vom Sozialamt fehlt',
    'Facharzttermin mit Dolmetschung',
    'Chronische Erkrankung, Medikamente nicht gesichert',
    'Schwangerschaft ohne gesicherte Versorgung',
  ],
  intake: [
    '{person} ist {zeitraum} ohne geklärte Krankenversicherung. Arztbesuche werden aufgeschoben.',
    'Für eine dringende Behandlung fehlt der Behandlungsschein vom Sozialamt.',
    'Die {arzt} verlangt für das Gespräch eine Dolmetschung, die niemand bezahlt.',
  ],
  progress: [
    'Antrag auf Aufnahme in die gesetzliche Krankenversicherung gestellt.',
    'Das Sozialamt hat den Behandlungsschein ausgestellt. Termin in der {arzt} {wann}.',
    'Sprachmittlung über den Dolmetscherpool organisiert; die Kosten übernimmt vorerst ein Spendenfonds.',
    'Die Krankenkasse hat die Versichertenkarte zugeschickt.',
    'Medikamente sind bis Ende des Monats gesichert, danach muss die Kostenübernahme geklärt sein.',
    'Termin in der {arzt} abgesagt, weil keine Dolmetschung verfügbar war.',
  ],
  followUps: [
    ['Krankenversicherung klären', 'Bei der Krankenkasse den Versicherungsstatus erfragen und Antrag stellen.'],
    ['Behandlungsschein beim Sozialamt besorgen', 'Vor dem Arzttermin den Behandlungsschein abholen.'],
    ['Dolmetschung für den Arzttermin organisieren', 'Beim Dolmetscherpool anfragen und Kosten klären.'],
    ['Arzttermin begleiten', 'Zum Termin begleiten und Ergebnisse festhalten.'],
  ],
};

export const PSYCHOSOCIAL: TopicTexts = {
  titles: [
    'Psychotherapeutische Behandlung nach der Flucht',
    'Starke Belastung, Therapieplatz gesucht',
    'Unterstützung für unbegleitete junge Erwachsene',
    'Isolation in der Unterkunft',
  ],
  intake: [
    '{person} wirkt stark belastet und schläft kaum. Ein Therapieplatz mit Dolmetschung wird gesucht.',
    'Die Sozialarbeit der Unterkunft bittet um Unterstützung: seit der Ablehnung im Asylverfahren zieht sich die Person zurück.',
    'Erstgespräch mit der Psychosozialen Beratungsstelle vermittelt.',
  ],
  progress: [
    'Erstgespräch im Psychosozialen Zentrum hat stattgefunden; Warteliste für eine Therapie {frist}.',
    'Stabilisierungsgruppe einmal pro Woche vermittelt.',
    '{ehrenamt} hält regelmäßig Kontakt und begleitet zu Terminen.',
    'Kostenübernahme für die Therapie beim Sozialamt beantragt.',
    'Die Lage hat sich etwas entspannt; ein fester Tagesablauf mit Sprachkurs hilft.',
  ],
  followUps: [
    ['Therapieplatz mit Sprachmittlung suchen', 'Bei der Psychosozialen Beratungsstelle nach freien Plätzen fragen.'],
    ['Kostenübernahme für die Therapie beantragen', 'Antrag beim Sozialamt mit Stellungnahme der Beratungsstelle stellen.'],
    ['Freizeitangebot vermitteln', 'Kontakt zu einem Sportverein oder Begegnungscafé herstellen.'],
    ['Regelmäßigen Kontakt halten', 'Alle zwei Wochen nachfragen, wie es geht.'],
  ],
};

export const FINANCES: TopicTexts = {
  titles: [
    'Bürgergeld-Antrag wird nicht bearbeitet',
    'Rückforderung des Jobcenters',
    'Kindergeld seit Monaten nicht gezahlt',
    'Schulden und Mahnungen',
    'Wohngeld oder Kinderzuschlag?',
  ],
  intake: [
    'Der Antrag auf {leistung} ist {zeitraum} nicht beschieden. Die Familie hat kaum Geld für Lebensmittel.',
    '{person} hat eine Rückforderung über einen größeren Betrag erhalten und versteht den Bescheid nicht.',
    'Erstgespräch wegen mehrerer Mahnungen; die Post wurde lange nicht geöffnet.',
  ],
  progress: [
    'Vorschuss beim Jobcenter beantragt und bewilligt.',
    'Widerspruch gegen den Bescheid fristgerecht eingelegt.',
    'Die Familienkasse verlangt weitere Nachweise: {dokument}.',
    'Termin bei der Schuldnerberatung {wann}; Unterlagen wurden sortiert.',
    'Der Antrag auf {leistung} wurde bewilligt, die Nachzahlung kommt mit der nächsten Zahlung.',
    'Ratenzahlung mit dem Gläubiger vereinbart.',
  ],
  followUps: [
    ['Widerspruch gegen den Bescheid einlegen', 'Widerspruch fristgerecht schreiben und Eingang bestätigen lassen.'],
    ['Antrag auf {leistung} stellen', 'Antrag mit allen Nachweisen einreichen.'],
    ['Nachweise für die Familienkasse einreichen', 'Fehlende Unterlagen besorgen und einreichen.'],
    ['Schuldnerberatung vermitteln', 'Termin vereinbaren und Forderungen auflisten.'],
  ],
};

export const AUTHORITIES: TopicTexts = {
  titles: [
    'Keine Termine beim {amt}',
    'Post vom {amt} nicht verstanden',
    'Anmeldung beim Bürgerbüro nicht möglich',
    'Widersprüchliche Auskünfte der Behörden',
  ],
  intake: [
    '{person} bekommt {zeitraum} keinen Termin beim {amt}; Termine gibt es nur online.',
    'Mehrere Schreiben vom {amt} sind unbeantwortet, weil niemand sie übersetzen konnte.',
    'Erstgespräch: die Behörden verweisen sich gegenseitig, niemand fühlt sich zuständig.',
  ],
  progress: [
    'Termin beim {amt} über die Sammelanfrage der Migrationsberatung erhalten.',
    'Schreiben gemeinsam übersetzt und beantwortet.',
    'Zuständigkeit geklärt: der Antrag geht an das {amt}.',
    'E-Mail an die Teamleitung des {amt} geschrieben, Rückmeldung innerhalb von {frist} zugesagt.',
    'Online-Terminbuchung gemeinsam eingerichtet.',
  ],
  followUps: [
    ['Termin beim {amt} vereinbaren', 'Über das Onlineportal oder die Beratungsstelle einen Termin buchen.'],
    ['Schreiben vom {amt} beantworten', 'Schreiben übersetzen und fristgerecht antworten.'],
    ['Zuständigkeit klären', 'Bei den beteiligten Stellen nachfragen, wer zuständig ist.'],
  ],
};

export const DISCRIMINATION: TopicTexts = {
  titles: [
    'Benachteiligung bei der Wohnungssuche',
    'Diskriminierung am Arbeitsplatz',
    'Abweisung beim Zugang zu einem Angebot',
  ],
  intake: [
    '{person} berichtet von mehreren Absagen bei Wohnungsbesichtigungen mit abwertenden Bemerkungen.',
    'Erstgespräch zu Benachteiligung am Arbeitsplatz; Beratung zu den Rechten nach dem Gleichbehandlungsgesetz.',
  ],
  progress: [
    'Kontakt zur Antidiskriminierungsberatung hergestellt; Gedächtnisprotokoll erstellt.',
    'Beschwerde schriftlich eingereicht; Frist für eine Antwort {frist}.',
    'Der Vorfall wurde in der Sitzung anonymisiert besprochen und für das Anliegen gesammelt.',
  ],
  followUps: [
    ['Antidiskriminierungsberatung vermitteln', 'Termin vereinbaren und Vorfälle aufschreiben.'],
    ['Beschwerde schriftlich einreichen', 'Mit der Beratungsstelle eine Beschwerde formulieren.'],
  ],
};

export const OTHER: TopicTexts = {
  titles: ['Allgemeine Orientierung nach Zuzug', 'Begleitung im Alltag', 'Fahrrad und Mobilität für den Arbeitsweg', 'Vereinsmitgliedschaft für die Kinder'],
  intake: [
    '{person} ist neu in der Stadt und braucht Orientierung: Ämter, Beratungsstellen, Einkaufsmöglichkeiten.',
    'Anfrage über {ehrenamt}: Unterstützung im Alltag wird gewünscht.',
  ],
  progress: [
    'Stadtrundgang mit {ehrenamt} gemacht; wichtige Stellen gezeigt.',
    'Zuschuss für die Vereinsmitgliedschaft über Bildung und Teilhabe beantragt.',
    'Ein gespendetes Fahrrad wurde vermittelt.',
  ],
  followUps: [
    ['Patenschaft vermitteln', 'Eine ehrenamtliche Begleitung für die ersten Monate finden.'],
    ['Vereinsmitgliedschaft beantragen', 'Zuschuss über Bildung und Teilhabe beantragen.'],
  ],
};

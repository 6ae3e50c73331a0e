import type { TopicTexts } from './topics';

/** Demo texts for Aufenthalt/Asyl, Familiennachzug, Wohnen, Arbeit, Sprache, Bildung/Schule/Kita. */

export const RESIDENCE: TopicTexts = {
  titles: [
    'Verlängerung der Aufenthaltserlaubnis',
    'Termin bei der Ausländerbehörde seit Monaten offen',
    'Asylverfahren: Unterstützung nach der Anhörung',
    'Ablehnung im Asylverfahren, Klage läuft',
    'Wechsel von der Duldung in eine Aufenthaltserlaubnis',
    'Fiktionsbescheinigung läuft ab',
    'Passbeschaffung für die Aufenthaltserlaubnis',
    'Antrag auf Niederlassungserlaubnis',
  ],
  intake: [
    '{person} kommt mit einem Schreiben der Ausländerbehörde in die Beratung. Die {status} läuft in {frist} ab, ein Termin zur Verlängerung ist nicht zu bekommen.',
    'Erstgespräch in der Migrationsberatung. {person} hat die Anhörung beim Bundesamt hinter sich und wartet auf den Bescheid. Unterlagen wurden gemeinsam sortiert.',
    'Erstkontakt über {ehrenamt}. Es geht um die Frage, welche Aufenthaltsperspektive nach der Duldung besteht. Beratung zum Chancen-Aufenthaltsrecht angeboten.',
    '{person} bittet um Hilfe, weil die Ausländerbehörde einen gültigen Nationalpass verlangt und die Beschaffung schwierig ist.',
  ],
  progress: [
    'Termin bei der Ausländerbehörde für {wann} bestätigt. Die Begleitung übernimmt {ehrenamt}.',
    'Die Ausländerbehörde hat eine Fiktionsbescheinigung ausgestellt. Damit ist die Beschäftigung vorerst gesichert.',
    'Nachfrage bei der Ausländerbehörde per E-Mail, bisher keine Antwort. Erneute Erinnerung {wann} geplant.',
    'Fehlende Unterlage nachgereicht: {dokument}. Die Behörde prüft nun den Antrag.',
    'Gespräch mit der Rechtsberatung geführt. Die Klage hat aufschiebende Wirkung, eine Abschiebung droht derzeit nicht.',
    'Der Termin wurde kurzfristig abgesagt; neuer Termin erst in {frist} möglich. {person} ist verunsichert.',
    'Die Aufenthaltserlaubnis wurde für zwei Jahre verlängert. Der elektronische Aufenthaltstitel ist bestellt.',
    'Beratung zu den Voraussetzungen der Niederlassungserlaubnis: Sprachnachweis {niveau} und Rentenbeiträge fehlen noch.',
    'Die Botschaft des Herkunftslandes stellt Pässe nur gegen persönliche Vorsprache aus. Kostenübernahme für die Reise ist ungeklärt.',
  ],
  followUps: [
    ['Termin bei der Ausländerbehörde begleiten', 'Begleitung zum Termin, Unterlagen vorher gemeinsam durchsehen.'],
    ['Verlängerungsantrag vollständig einreichen', 'Antrag mit allen Nachweisen einreichen und Eingangsbestätigung sichern.'],
    ['Rechtsberatung für das Asylverfahren vermitteln', 'Kontakt zur Verfahrensberatung herstellen, Frist für die Klage beachten.'],
    ['Passbeschaffung klären', 'Klären, welche Dokumente die Botschaft verlangt und wer die Kosten trägt.'],
    ['Nachfrage zum Bearbeitungsstand stellen', 'Schriftliche Sachstandsanfrage an die Ausländerbehörde senden.'],
    ['Unterlagen für die Niederlassungserlaubnis zusammenstellen', 'Nachweise zu Sprache, Einkommen und Rentenversicherung sammeln.'],
  ],
};

export const FAMILY_REUNIFICATION: TopicTexts = {
  titles: [
    'Familiennachzug für {angehoerige}',
    'Visumverfahren zum Familiennachzug dauert an',
    'Familiennachzug: Termin bei der Auslandsvertretung fehlt',
    'Nachzug der Kinder nach Anerkennung',
    'Familienzusammenführung nach Trennung auf der Flucht',
  ],
  intake: [
    '{person} möchte {angehoerige} nachholen. Anerkennung liegt vor, die Frist für die fristwahrende Anzeige läuft.',
    'Erstgespräch zum Familiennachzug. Die Angehörigen warten {zeitraum} auf einen Termin bei {auslandsvertretung}.',
    'Der Kontakt kam über die Migrationsberatung. Es fehlen Urkunden, die im Herkunftsland nur schwer zu beschaffen sind.',
  ],
  progress: [
    'Fristwahrende Anzeige beim Auswärtigen Amt gestellt, Bestätigung liegt vor.',
    'Termin bei {auslandsvertretung} weiterhin nicht verfügbar; Warteliste laut Auskunft über ein Jahr.',
    'Die Ausländerbehörde hat der Visumerteilung zugestimmt. Jetzt fehlt nur noch die Entscheidung der Auslandsvertretung.',
    'Die Auslandsvertretung verlangt eine beglaubigte Übersetzung der {dokument}. Übersetzungsbüro angefragt.',
    'Wohnraumnachweis für den Nachzug fehlt: die bisherige Wohnung ist für die ganze Familie zu klein.',
    'Das Visum wurde erteilt. Die Einreise ist für {wann} geplant, die Anmeldung in der Schule wird vorbereitet.',
    'DNA-Gutachten zur Klärung der Verwandtschaft wurde angeordnet; die Kosten sind noch ungeklärt.',
  ],
  followUps: [
    ['Fristwahrende Anzeige für den Familiennachzug stellen', 'Online-Anzeige beim Auswärtigen Amt ausfüllen und Bestätigung speichern.'],
    ['Übersetzung der Urkunden beauftragen', 'Beglaubigte Übersetzung anfragen, Kostenübernahme klären.'],
    ['Sachstandsanfrage an die Auslandsvertretung', 'Schriftlich nach dem Stand des Visumverfahrens fragen.'],
    ['Zustimmung der Ausländerbehörde nachfragen', 'Klären, ob die Vorabzustimmung erteilt werden kann.'],
    ['Ankunft der Familie vorbereiten', 'Wohnung, Anmeldung und Schulplätze für die Ankunft vorbereiten.'],
  ],
};

export const HOUSING: TopicTexts = {
  titles: [
    'Wohnungssuche für Familie mit Kindern',
    'Auszug aus der Gemeinschaftsunterkunft',
    'Drohende Wohnungslosigkeit nach Kündigung',
    'Anschlussunterbringung zu klein für die Familie',
    'Mietschulden und Räumungsklage',
    'Schimmel in der Wohnung, Vermieter reagiert nicht',
    'Suche nach einer {wohnung}',
  ],
  intake: [
    '{person} lebt {zeitraum} in der Gemeinschaftsunterkunft und darf ausziehen, findet aber keine Wohnung.',
    'Erstgespräch wegen einer Kündigung der Wohnung. Eine Räumung steht im Raum, die Familie hat keine Alternative.',
    'Die Anschlussunterbringung ist für die Familie zu klein. Es wird eine {wohnung} gesucht.',
  ],
  progress: [
    'Wohnberechtigungsschein beantragt. Bearbeitung laut Wohnungsamt in {frist}.',
    'Besichtigung einer {wohnung} {wann}; {ehrenamt} begleitet.',
    'Absage nach der Besichtigung. Die Familie ist entmutigt, die Suche geht weiter.',
    'Zusicherung des Jobcenters zur Übernahme der Mietkosten liegt vor.',
    'Kontakt mit dem Mieterverein aufgenommen; die Mängel wurden schriftlich angezeigt.',
    'Die Wohnungsbaugesellschaft hat die Familie auf die Warteliste gesetzt.',
    'Mietvertrag unterschrieben. Einzug ist für {wann} geplant, Erstausstattung wird beim Jobcenter beantragt.',
    'Die Mietschulden konnten durch ein Darlehen des Jobcenters ausgeglichen werden; die Räumung ist abgewendet.',
  ],
  followUps: [
    ['Wohnberechtigungsschein beantragen', 'Antrag mit Einkommensnachweisen beim Wohnungsamt stellen.'],
    ['Wohnungsangebote sichten und Besichtigung begleiten', 'Wöchentlich die Angebote prüfen und zu Besichtigungen begleiten.'],
    ['Mietkostenübernahme beim Jobcenter klären', 'Vor der Unterschrift die Zusicherung zur Übernahme der Kosten einholen.'],
    ['Mängelanzeige an den Vermieter schicken', 'Mängel dokumentieren und schriftlich mit Frist anzeigen.'],
    ['Termin bei der Schuldnerberatung vereinbaren', 'Mietschulden aufstellen und Beratungstermin vereinbaren.'],
    ['Erstausstattung für die Wohnung beantragen', 'Antrag auf Erstausstattung beim Jobcenter stellen.'],
  ],
};

export const WORK: TopicTexts = {
  titles: [
    'Beschäftigungserlaubnis für eine Stelle in der {branche}',
    'Anerkennung des Berufsabschlusses',
    'Ausbildungsplatz gefunden, Ausbildungsduldung nötig',
    'Arbeitsvertrag unklar, Lohn nicht gezahlt',
    'Arbeitssuche nach dem Sprachkurs',
  ],
  intake: [
    '{person} hat ein Stellenangebot in der {branche}. Die Ausländerbehörde muss die Beschäftigung erlauben.',
    'Erstgespräch zur Anerkennung des im Herkunftsland erworbenen Abschlusses. Unterlagen liegen teilweise vor.',
    '{person} berichtet, dass der Arbeitgeber {zeitraum} keinen Lohn gezahlt hat.',
  ],
  progress: [
    'Antrag auf Beschäftigungserlaubnis gestellt; die Agentur für Arbeit prüft die Zustimmung.',
    'Die Beschäftigungserlaubnis wurde erteilt. Arbeitsbeginn {wann}.',
    'Unterlagen an die Anerkennungsstelle geschickt. Es fehlt noch eine Übersetzung der Zeugnisse.',
    'Teilanerkennung erhalten; eine Anpassungsqualifizierung in der {branche} wird empfohlen.',
    'Termin beim Arbeitgeberservice der Agentur für Arbeit vereinbart.',
    'Gespräch mit der Beratungsstelle für faire Beschäftigung: der ausstehende Lohn wird schriftlich eingefordert.',
    'Der Ausbildungsbetrieb hat den Vertrag geschickt. Ausbildungsduldung bei der Ausländerbehörde beantragt.',
  ],
  followUps: [
    ['Antrag auf Beschäftigungserlaubnis begleiten', 'Stellenbeschreibung des Arbeitgebers beilegen und Antrag einreichen.'],
    ['Zeugnisse übersetzen lassen', 'Beglaubigte Übersetzung der Zeugnisse für die Anerkennungsstelle besorgen.'],
    ['Kontakt zur Anerkennungsberatung herstellen', 'Beratungstermin zur Anerkennung des Abschlusses vereinbaren.'],
    ['Ausstehenden Lohn schriftlich einfordern', 'Mit der Beratungsstelle ein Schreiben an den Arbeitgeber aufsetzen.'],
    ['Bewerbungsunterlagen erstellen', 'Lebenslauf und Anschreiben gemeinsam erstellen.'],
  ],
};

export const LANGUAGE: TopicTexts = {
  titles: [
    'Platz im {kurs} gesucht',
    'Sprachkurs mit Kinderbetreuung fehlt',
    'Berufssprachkurs nach dem Integrationskurs',
    'Prüfung {niveau} nicht bestanden, Wiederholung klären',
  ],
  intake: [
    '{person} möchte Deutsch lernen, findet aber keinen {kurs} mit freien Plätzen.',
    'Der Integrationskurs wurde abgebrochen, weil die Kinderbetreuung fehlte. Es wird eine Lösung gesucht.',
    'Erstgespräch: Berechtigung für den Integrationskurs liegt vor, der Kursträger hat eine lange Warteliste.',
  ],
  progress: [
    'Anmeldung beim Kursträger erfolgt; Kursbeginn voraussichtlich {wann}.',
    'Prüfung {niveau} bestanden. Anschluss im Berufssprachkurs B2 wird geprüft.',
    'Antrag auf Wiederholung der Stunden beim Bundesamt gestellt.',
    '{ehrenamt} übt einmal pro Woche mit {person} für die Prüfung.',
    'Der Kurs mit Kinderbetreuung ist ausgebucht; Warteliste für das nächste Modul.',
    'Fahrtkostenzuschuss für den Kurs wurde bewilligt.',
  ],
  followUps: [
    ['Anmeldung zum {kurs}', 'Bei den Kursträgern nach freien Plätzen fragen und anmelden.'],
    ['Fahrtkostenzuschuss beantragen', 'Antrag auf Fahrtkostenerstattung beim Bundesamt stellen.'],
    ['Lernpatenschaft vermitteln', 'Eine ehrenamtliche Lernbegleitung für die Prüfungsvorbereitung finden.'],
    ['Kinderbetreuung während des Kurses klären', 'Beim Kursträger nach kursbegleitender Kinderbetreuung fragen.'],
  ],
};

export const EDUCATION: TopicTexts = {
  titles: [
    'Kita-Platz für das jüngste Kind',
    'Schulanmeldung nach Zuzug',
    'Platz in der Vorbereitungsklasse fehlt',
    'Schulbegleitung und Hausaufgabenhilfe',
    'Übergang von der Schule in die Ausbildung',
  ],
  intake: [
    'Die Familie sucht {zeitraum} einen Platz in einer {kita}. Ohne Betreuung kann die Mutter den Sprachkurs nicht besuchen.',
    'Die Kinder sind neu zugezogen und noch nicht an einer Schule angemeldet.',
    'Die Schulsozialarbeit meldet Schwierigkeiten in der {schule}; die Eltern wünschen Unterstützung.',
  ],
  progress: [
    'Anmeldung im zentralen Kita-Portal erfolgt; Rückmeldung steht aus.',
    'Zusage für einen Platz in der {kita} ab {wann}.',
    'Das Staatliche Schulamt hat einen Platz in der {schule} zugewiesen.',
    'Gespräch mit der Klassenleitung geführt, Hausaufgabenhilfe zweimal pro Woche vereinbart.',
    'Antrag auf Leistungen für Bildung und Teilhabe für Lernförderung gestellt.',
    'Weiterhin kein Kita-Platz; der Rechtsanspruch wurde schriftlich beim Jugendamt geltend gemacht.',
  ],
  followUps: [
    ['Kita-Anmeldung im Portal unterstützen', 'Gemeinsam die Anmeldung ausfüllen und Wunscheinrichtungen angeben.'],
    ['Rechtsanspruch auf einen Kita-Platz geltend machen', 'Schreiben an das Jugendamt mit Frist aufsetzen.'],
    ['Schulanmeldung beim Schulamt', 'Termin beim Schulamt vereinbaren und Unterlagen mitnehmen.'],
    ['Lernförderung beantragen', 'Antrag auf Lernförderung über Bildung und Teilhabe stellen.'],
    ['Gespräch mit der Schule führen', 'Termin mit Klassenleitung und Schulsozialarbeit vereinbaren.'],
  ],
};

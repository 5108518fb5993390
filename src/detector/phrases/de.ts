import type { LanguagePhrases } from './types';

export const de: LanguagePhrases = {
  pitch: {
    donation:
      'damit das so bleibt|das soll so bleiben|gibt es keine paywall|für alle frei zugänglich|frei zugänglich bleibt|frei zugänglich bleiben|bleibt frei zugänglich|verdoppeln sie ihre wirkung|wird verdoppelt|guter journalismus kostet geld|journalismus kostet geld|lade mich auf einen kaffee ein|lad mich auf einen kaffee ein|auf einen kaffee einladen|gefällt mein blog|gefällt dir mein blog|gefällt ihnen mein blog|unterstütze meinen blog|unterstützen sie meinen blog|unterstützen sie uns|unterstütze uns|unterstütze unsere arbeit|unterstütze meine arbeit|unterstützen sie meine arbeit|spendier mir einen kaffee|spendiere mir einen kaffee|spendiert uns einen kaffee|kaffee spendieren|kaffeekasse|schätzen sie unsere arbeit|unsere arbeit schätzen|gefällt ihnen unsere arbeit|ihnen gefällt unsere arbeit|unterstützen sie unsere arbeit|unterstützen sie unabhängigen journalismus|' +
      'ihre unterstützung|mit ihrer unterstützung|wir brauchen ihre hilfe|unabhängigen journalismus|' +
      'unabhängiger journalismus|jetzt spenden|spende*|spenden sie|mitglied werden|werden sie mitglied|' +
      'freiwillig bezahlen|finanziert von lesern|von unseren lesern|leserinnen und leser|' +
      'unterstützer werden|werbefrei*|ohne werbung|ohne werbebanner|unabhängige berichterstattung|unabhängigen berichterstattung|unterstützung|freiwilligen beitrag|freiwilliger beitrag|unsere unabhängigkeit|journalismus braucht|journalismus kostet',
    reminder:
      'später erinnern|erinnere mich später|nicht jetzt|vielleicht später|nein danke|werbeblocker|' +
      'deaktivieren sie ihren|adblocker aktiviert|adblocker deaktivieren|adblocker deaktiviert|adblocker ab|werbeblocker aktiviert|werbeblocker deaktivieren|werbeblocker deaktiviert|werbeblocker ab',
    newsletter:
      'newsletter abonnieren|melden sie sich|melde dich|meldet euch|in ihr postfach|ihr postfach|in dein postfach|dein postfach|ins postfach|deine e mail adresse|in ihrem postfach|ihrem postfach|per e mail|per mail|per email|' +
      'ihre e mail adresse|e mail adresse|deine email adresse|ihre email adresse|email adresse|jederzeit wieder abbestellen|jederzeit abbestellen|jederzeit abmelden|jederzeit wieder abmelden|' +
      'bleiben sie auf dem laufenden|auf dem laufenden',
    promo:
      'leserabend|für abonnenten kostenlos|treffen sie unsere|rätsel abo|kreuzworträtsel|ihnen benachrichtigungen|dir benachrichtigungen|benachrichtigungen senden|benachrichtigungen schicken|whatsapp kanal|unseren rss feed|auf whatsapp|e paper|epaper|als e paper|digital lesen|digitale ausgabe|wählen sie ihr abo|wählen sie ihr angebot|unserem kanal|unseren kanal|unser kanal|laden sie die app|unsere app|unserer app|die app|app herunterladen|folgen sie uns|folgen sie|folge uns|folgt uns|' +
      'gewinnspiel*|jetzt mitmachen|mitmachen und gewinnen|gewinnen sie|teilnahmeschluss|jetzt abonnieren|abonnieren|abo|werden sie abonnent|abonnent werden|werden sie abonnentin|abonnentin werden|abonnement|im abo|noch kein abo|jetzt testen|gratis testen|' +
      'kostenlos testen|wochen testen|wochen gratis|wochen kostenlos|probeabo|probeheft*|probeexemplar*|testlesen|werbefrei lesen|kostenlos registrieren|registrieren und weiterlesen|aktuelles heft|das heft|heft|ausgabe|benachrichtigungen aktivieren|benachrichtigungen|benachrichtigt werden|benachrichtigen lassen|' +
      'push benachrichtigung*|' +
      'verpassen sie|nichts mehr verpassen|nichts mehr zu verpassen|um nichts zu verpassen|verpasse keinen|verpasse nichts|keine nachricht mehr verpassen|keine nachricht verpassen|nichts verpassen|jederzeit kündbar|monatlich kündbar|pro monat|im monat|pro woche|für nur|ab nur|zugang zu allen|mit ... weiterlesen|monat gratis|angebot*|im ersten monat|ersten monat kostenlos|alle artikel lesen|alle artikel mit|nur für abonnenten|für abonnenten|' +
      'unser podcast|neue folge|neueste folge|unseren podcast|hören sie unseren|überall wo es podcasts gibt|abo verschenken|ein abo|geschenkabo|jetzt verschenken|verschenken sie|kostenlose artikel|kostenlosen artikel*|gratis artikel*|ihr limit|limit erreicht|tickets sichern|jetzt tickets sichern|karten sichern|in unserem shop|zum shop|unser shop|jetzt im shop|jetzt bestellen|an unserer umfrage|an der umfrage|leserumfrage|zur umfrage',
  },
  actions: {
    donate: 'ich helfe|spenden|kaffee spendieren|jetzt spenden|unterstützen|jetzt unterstützen|mitglied werden|beitragen|jetzt beitragen|beitrag leisten',
    subscribe: 'jetzt spielen|abonnieren|jetzt abonnieren|anmelden|jetzt anmelden|melde dich an|melde dich jetzt an|meldet euch an|registrieren|testen|zum e paper|zum angebot|tickets sichern|jetzt bestellen|testlesen|jetzt testlesen|probeheft anfordern|probeheft bestellen|zum shop|zur umfrage|jetzt teilnehmen|jetzt mitmachen|mitmachen|zum kanal|mehr erfahren|jetzt mehr erfahren|mehr infos|mehr informationen|weitere infos|weitere informationen|zur anmeldung',
    app: 'herunterladen|zur app|app laden|app herunterladen|in der app öffnen|installieren',
    follow: 'folgen',
    listen: 'anhören|jetzt anhören|reinhören|jetzt reinhören',
    putOff: 'ein anderes mal|vielleicht ein anderes mal|beim nächsten mal|abbrechen|nicht erlauben|blockieren|später erinnern|nicht jetzt|später|nein danke|überspringen|ablehnen',
    account: 'einloggen|abmelden|ausloggen|mein konto|mein profil|konto|passwort vergessen|passwort',
  },
  ownVoice: 'wir|uns|unser*',
  networks: 'social media|soziale medien|sozialen medien|soziale netzwerke|sozialen netzwerken|social web',
};

import type { LanguagePhrases } from './types';

export const nl: LanguagePhrases = {
  pitch: {
    donation:
      'steun ons|steun onze journalistiek|steun onafhankelijke journalistiek|steun ons werk|steun mijn werk|steun mijn blog|onafhankelijke journalistiek|' +
      'kwaliteitsjournalistiek kost geld|goede journalistiek kost geld|journalistiek kost geld|waardeer je ons werk|waardeert u ons werk|waardeer je mijn werk|vind je ons werk waardevol|vindt u ons werk waardevol|' +
      'trakteer me op een kopje koffie|trakteer me op koffie|trakteer mij op een kopje koffie|trakteer ons op koffie|koop een kopje koffie voor me|' +
      'met jouw steun|met uw steun|met je steun|jouw steun|uw steun|je steun|jouw bijdrage|uw bijdrage|we hebben je hulp nodig|wij hebben uw hulp nodig|we hebben jouw steun nodig|' +
      'help ons|doneer|doneer nu|doneren|donatie*|eenmalige gift|maandelijkse gift|een gift|vrijwillige bijdrage|maandelijkse bijdrage|word lid|lid worden|word donateur|donateur worden|word vriend|' +
      'voor iedereen toegankelijk blijft|voor iedereen gratis blijft|zodat het zo blijft|wordt verdubbeld|advertentievrij|steun',
    reminder:
      'herinner me later|later herinneren|herinner me eraan|niet nu|misschien later|nee bedankt|nee dank je|adblocker|advertentieblokker|' +
      'schakel je adblocker uit|schakel uw adblocker uit|zet je adblocker uit',
    newsletter:
      'nieuwsbrief*|schrijf je in|schrijf u in|meld je aan voor|meld u aan voor|in je inbox|in uw inbox|in je mailbox|in uw mailbox|je e mailadres|uw e mailadres|jouw e mailadres|e mailadres|per e mail|per mail|' +
      'je kunt je altijd afmelden|u kunt zich altijd afmelden|altijd afmelden|blijf op de hoogte|blijf op de hoogte van|op de hoogte blijven|blijf je op de hoogte',
    promo:
      'download de app|download onze app|onze app|de app|in de app|volg ons|volg ons op|abonneer je|abonneer nu|neem een abonnement|word abonnee|abonnee worden|abonnement|digitaal abonnement|proefabonnement|' +
      'alleen voor abonnees|voor abonnees|lees verder met|lees onbeperkt|onbeperkt lezen|onbeperkt toegang|eerste maand gratis|maand gratis|gratis proberen|probeer gratis|dagelijks opzegbaar|maandelijks opzegbaar|altijd opzegbaar|opzegbaar|' +
      'gratis artikelen|gratis artikel|je limiet|limiet bereikt|mis niets|mis niets meer|mis geen|pushmeldingen|pushberichten|meldingen ontvangen|meldingen inschakelen|meldingen aanzetten|ontvang meldingen|je meldingen sturen|u meldingen sturen|notificaties|' +
      'onze podcast|nieuwe aflevering|luister naar onze|overal waar je podcasts luistert|in onze webshop|naar de webshop|onze webshop|bestel nu|cadeauabonnement|geef een abonnement cadeau|' +
      'maak kans op|winactie|prijsvraag|lezersonderzoek|onze enquête|whatsapp kanaal|op whatsapp|e paper|digitale krant|de krant digitaal',
  },
  actions: {
    donate: 'doneer|doneren|doneer nu|ik doneer|steun ons|steunen|nu steunen|ik steun|word lid|lid worden|word vriend|draag bij|bijdragen|ik help mee|ik help',
    subscribe: 'abonneer|abonneren|abonneer nu|word abonnee|aanmelden|inschrijven|schrijf je in|meld je aan|registreren|probeer gratis|bekijk aanbod|naar het aanbod|bestel nu|naar de webshop|doe mee|meedoen|nu spelen|meer weten|meer informatie',
    app: 'download|downloaden|download de app|open in de app|open de app|naar de app|installeren',
    follow: 'volgen|volg ons',
    listen: 'luister|luisteren|nu luisteren|beluister',
    putOff: 'een andere keer|volgende keer|annuleren|niet toestaan|blokkeren|herinner me later|niet nu|misschien later|later|nee bedankt|nee dank je|overslaan|weigeren',
    account: 'inloggen|log in|uitloggen|mijn account|mijn profiel|account|wachtwoord vergeten|wachtwoord',
  },
  ownVoice: 'wij|we|ons|onze',
  networks: 'social media|sociale media',
};

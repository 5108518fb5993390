import type { LanguagePhrases } from './types';

/**
 * Finnish adds its endings to its words and may change a stem before them (lahjoitus,
 * lahjoituksen: a donation, of a donation): such nouns are listed as stems cut before the change.
 * Its "we" (me) is left out of the publication's voice: English "me" would speak as one.
 */
export const fi: LanguagePhrases = {
  pitch: {
    donation:
      'tue meitä|tukekaa meitä|tue journalismia|tue riippumatonta journalismia|riippumaton journalismi|riippumatonta journalismia|journalismiamme|tukesi|tukenne|lukijoiden tuella|' +
      'lahjoita|lahjoitu*|kuukausilahjoitu*|jokainen lahjoitus|ryhdy jäseneksi|liity jäseneksi|mainokseton|ilman mainoksia',
    reminder: 'muistuta myöhemmin|muistuta minua myöhemmin|ei nyt|ei kiitos|mainosten esto*|mainostenesto*|poista mainosten esto*',
    newsletter: 'uutiskirje*|tilaa uutiskirje*|sähköposti*|sähköpostiosoit*|sähköpostiisi|postilaatikkoosi|voit perua tilauksen milloin tahansa',
    promo:
      'seuraa meitä|lataa sovellus|lataa sovelluksemme|sovelluksemme|tilaa|tilaajaksi|vain tilaajille|tilaajille|ensimmäinen kuukausi|' +
      'ilmoitukset|salli ilmoitukset|ota ilmoitukset käyttöön|älä jää paitsi|podcastimme|uusi jakso|whatsapp kanava*',
  },
  actions: {
    donate: 'lahjoita|lahjoita nyt|tue|tue meitä|ryhdy jäseneksi',
    subscribe: 'tilaa|tilaa nyt|tilaa uutiskirje|rekisteröidy|kokeile ilmaiseksi',
    app: 'lataa|lataa sovellus|avaa sovelluksessa|asenna',
    follow: 'seuraa|seuraa meitä',
    listen: 'kuuntele|kuuntele nyt',
    putOff: 'myöhemmin|ei nyt|ei kiitos|muistuta myöhemmin|ohita|hylkää|älä salli',
    account: 'kirjaudu|kirjaudu sisään|kirjaudu ulos|oma tili|tili|salasana|unohditko salasanan',
  },
  ownVoice: 'meitä|meidän|meille|meiltä|meistä',
  networks: 'sosiaalinen media|sosiaalisessa mediassa|somessa',
};

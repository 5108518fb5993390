import type { LanguagePhrases } from './types';

/**
 * Croatian, read on Bosnian pages as well, and Serbian's pack in both its alphabets is made from
 * it (sr.ts): one language in several standards, so ekavian spellings are listed beside ijekavian
 * ones. Czech's pack often loads on the
 * same pages (se, na, je are the commonest words of all three), so wording both spell alike is
 * left to Czech's; "prijavite se" signs the reader in, so it is no newsletter's call.
 */
export const hr: LanguagePhrases = {
  pitch: {
    donation:
      'podržite nas|podrži nas|podržite neovisno novinarstvo|podržite nezavisno novinarstvo|neovisno novinarstvo|nezavisno novinarstvo|vaša podrška|vašu podršku|vaše podrške|uz vašu podršku|trebamo vašu pomoć|trebamo vašu podršku|' +
      'donirajte|doniraj|donacij*|postanite član|postani član|bez oglasa|čitatelji poput vas|čitaoci poput vas|svaki doprinos|jednokratna uplata',
    reminder: 'podsjeti me kasnije|podseti me kasnije|ne sada|možda kasnije|ne hvala|blokator oglasa|blokiranje oglasa|isključite blokator',
    newsletter:
      'naš bilten|bilten|primajte vijesti|primajte naše vijesti|primajte vesti|u vaš sandučić|u vaš inbox|na vaš e mail|vaša e mail adresa|vaša email adresa|e mail adresa|adresa e pošte|odjavite se od|odjava od primanja',
    promo:
      'pratite nas|zapratite nas|pratite nas na|na društvenim mrežama|preuzmite aplikaciju|preuzmi aplikaciju|naša aplikacija|našu aplikaciju|aplikacij*|pretplat*|pretplatnik*|samo za pretplatnike|za pretplatnike|' +
      'prvi mjesec|prvi mesec|mjesečno|mesečno|uključite obavijesti|push obavijesti|ne propustite|naš podcast|nova epizoda|whatsapp kanal|na whatsappu|na telegramu|digitalno izdanje|tiskano izdanje|neograničen pristup',
  },
  actions: {
    donate: 'doniraj|donirajte|podrži|podržite|podržite nas|postanite član|uplatite|daruj|darujte',
    subscribe: 'pretplati se|pretplatite se|pretplatiti se|registrirajte se|registrujte se|saznajte više|više informacija|isprobajte besplatno|primajte obavijesti',
    app: 'preuzmi|preuzmite|preuzmi aplikaciju|otvori u aplikaciji|instaliraj|instalirajte',
    follow: 'prati|pratite|zaprati|zapratite|prati nas|pratite nas',
    listen: 'slušaj|slušajte|poslušajte',
    putOff: 'kasnije|ne sada|ne hvala|podsjeti me kasnije|podseti me kasnije|preskoči|odbij|odbaci|ne dopusti|odustani',
    account: 'prijava|prijavi se|prijavite se|odjava|odjavi se|moj račun|moj profil|zaboravljena lozinka|lozinka',
  },
  ownVoice: 'nas|naš*',
  networks: 'društvene mreže|društvenim mrežama',
};

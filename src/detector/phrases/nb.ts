import type { LanguagePhrases } from './types';

/** Norwegian, Bokmål (pages tagged `no` and `nn` are read with it too: phrase-packs.ts). */
export const nb: LanguagePhrases = {
  pitch: {
    donation:
      'støtt oss|støtt vår journalistikk|støtt uavhengig journalistikk|støtt arbeidet vårt|støtt arbeidet mitt|uavhengig journalistikk|god journalistikk koster penger|journalistikk koster penger|' +
      'med din støtte|din støtte|ditt bidrag|vi trenger din hjelp|vi trenger din støtte|hjelp oss|gi et bidrag|gi en gave|frivillig bidrag|månedlig bidrag|vipps|' +
      'bli medlem|bli støttemedlem|støttemedlem|donasjon*|reklamefri|spander en kopp kaffe|kjøp meg en kopp kaffe|støtt',
    reminder: 'minn meg på senere|minn meg på det senere|ikke nå|kanskje senere|nei takk|annonseblokker|adblocker|slå av annonseblokkeren|skru av annonseblokkeren',
    newsletter:
      'nyhetsbrev*|meld deg på|i innboksen din|innboksen din|din e post|e postadresse|din epostadresse|epostadresse|på e post|på epost|meld deg av når som helst|hold deg oppdatert',
    promo:
      'last ned appen|hent appen|vår app|appen vår|appen|i appen|følg oss|følg oss på|abonner|bli abonnent|abonnement|digitalt abonnement|kun for abonnenter|for abonnenter|første måned gratis|prøv gratis|ingen binding|' +
      'gratis artikler|gå ikke glipp av|få varsler|slå på varsler|pushvarsler|pushvarsel|podkasten vår|vår podkast|ny episode|i nettbutikken|bestill nå|gi bort et abonnement|gaveabonnement|vinn billetter|på whatsapp|e avis|eavis',
  },
  actions: {
    donate: 'støtt|støtt oss|støtt nå|bli medlem|gi et bidrag|bidra|bidra nå|vipps',
    subscribe: 'abonner|bli abonnent|meld deg på|prøv gratis|se tilbud|se tilbudet|bestill nå|delta',
    app: 'last ned|last ned appen|hent appen|åpne i appen|installer',
    follow: 'følg|følg oss',
    listen: 'lytt|lytt nå',
    putOff: 'en annen gang|neste gang|avbryt|ikke tillat|minn meg på senere|ikke nå|kanskje senere|senere|nei takk|hopp over|avvis',
    account: 'logg inn|logg ut|min konto|min profil|konto|glemt passord|passord',
  },
  ownVoice: 'vi|oss|vår|vårt|våre',
  networks: 'sosiale medier',
};

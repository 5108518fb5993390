import type { LanguagePhrases } from './types';

/**
 * Romanian, written with the comma below (ș, ț); pages still written with the older cedilla (ş, ţ)
 * are read alike (phrase-matcher.ts folds one into the other). A hyphen parts an imperative from
 * its pronoun ("susține-ne", support us), as it parts the page's words.
 */
export const ro: LanguagePhrases = {
  pitch: {
    donation:
      'susține-ne|susțineți-ne|sprijină-ne|sprijiniți-ne|susține jurnalismul independent|susțineți jurnalismul independent|jurnalism independent|jurnalismul independent|jurnalismul nostru|' +
      'sprijinul tău|sprijinul dumneavoastră|susținerea ta|contribuția ta|avem nevoie de ajutorul tău|donează|donați|fă o donație|faceți o donație|donație|donații|contribuie|devino membru|deveniți membru|fără reclame|susținut de cititori|finanțat de cititori',
    reminder: 'amintește-mi mai târziu|reamintește-mi mai târziu|nu acum|nu mulțumesc|blocare reclame|blocarea reclamelor|blocantul de reclame',
    newsletter: 'newsletterul nostru|abonează-te la newsletter|abonați-vă la newsletter|pe email|adresa de email|adresa ta de email|în inbox|în căsuța de email|te poți dezabona oricând|dezabona*',
    promo:
      'urmărește-ne|urmăriți-ne|canalul nostru|canalul de youtube|canalul de whatsapp|canalul de telegram|descarcă aplicația|descărcați aplicația|aplicația noastră|' +
      'abonează-te|abonați-vă|abonament|abonamentul|doar pentru abonați|pentru abonați|prima lună gratuit|notificări|activează notificările|nu rata|episod nou',
  },
  actions: {
    donate: 'donează|donați|donează acum|susține|susțineți|sprijină|contribuie|devino membru',
    subscribe: 'abonează-te|abonați-vă|abonare|mă abonez|înscrie-te|înregistrare|încearcă gratuit|află mai multe',
    app: 'descarcă|descarcă aplicația|deschide în aplicație|instalează',
    follow: 'urmărește|urmăriți|urmărește-ne',
    listen: 'ascultă|ascultă acum',
    putOff: 'mai târziu|nu acum|nu mulțumesc|amintește-mi mai târziu|refuz|nu permite',
    account: 'autentificare|conectare|deconectare|contul meu|cont|parola|ai uitat parola',
  },
  ownVoice: 'noi|nostru|noastră|noștri|noastre|nouă',
  networks: 'rețele sociale|rețelele sociale',
};

import type { LanguagePhrases } from './types';

export const da: LanguagePhrases = {
  pitch: {
    donation:
      'støt os|støt vores journalistik|støt uafhængig journalistik|støt vores arbejde|støt mit arbejde|uafhængig journalistik|god journalistik koster penge|journalistik koster penge|' +
      'med din støtte|din støtte|dit bidrag|vi har brug for din hjælp|vi har brug for din støtte|hjælp os|giv et bidrag|giv en gave|frivilligt bidrag|månedligt bidrag|mobilepay|' +
      'bliv medlem|bliv støttemedlem|støttemedlem|donér|donation*|reklamefri|køb mig en kop kaffe|giv mig en kop kaffe|støt',
    reminder: 'påmind mig senere|mind mig om det senere|ikke nu|måske senere|nej tak|adblocker|annonceblokering|annonceblokker|slå din adblocker fra|slå annonceblokkeringen fra',
    newsletter:
      'nyhedsbrev*|tilmeld dig vores|tilmeld dig|i din indbakke|din indbakke|din e mail|e mailadresse|din mailadresse|på mail|per mail|afmeld når som helst|hold dig opdateret',
    promo:
      'download appen|hent appen|vores app|appen|i appen|følg os|følg os på|abonnér|abonner|bliv abonnent|abonnement|digitalt abonnement|kun for abonnenter|for abonnenter|første måned gratis|prøv gratis|ingen binding|opsig når som helst|' +
      'gratis artikler|gå ikke glip af|push beskeder|notifikationer|få notifikationer|slå notifikationer til|vores podcast|nyt afsnit|i vores webshop|vores butik|bestil nu|giv et abonnement|gaveabonnement|vind billetter|deltag i konkurrencen|på whatsapp|e avis|eavis',
  },
  actions: {
    donate: 'donér|støt|støt os|støt nu|bliv medlem|giv et bidrag|bidrag',
    subscribe: 'abonnér|abonner|bliv abonnent|tilmeld|tilmeld dig|prøv gratis|se tilbud|se tilbuddet|bestil nu|deltag',
    app: 'download|hent appen|download appen|åbn i appen|installer',
    follow: 'følg|følg os',
    listen: 'lyt|lyt nu',
    putOff: 'en anden gang|næste gang|annuller|tillad ikke|påmind mig senere|ikke nu|måske senere|senere|nej tak|spring over|afvis',
    account: 'log ind|log ud|min konto|min profil|konto|glemt adgangskode|adgangskode',
  },
  ownVoice: 'vi|vores',
  networks: 'sociale medier',
};

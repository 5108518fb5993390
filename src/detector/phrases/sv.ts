import type { LanguagePhrases } from './types';

export const sv: LanguagePhrases = {
  pitch: {
    donation:
      'stöd oss|stötta oss|stöd vår journalistik|stötta vår journalistik|stöd oberoende journalistik|stöd vårt arbete|stötta vårt arbete|stöd mitt arbete|oberoende journalistik|' +
      'kvalitetsjournalistik kostar pengar|bra journalistik kostar pengar|journalistik kostar pengar|uppskattar du vårt arbete|uppskattar du det vi gör|gillar du det vi gör|' +
      'bjud mig på en kopp kaffe|bjud mig på kaffe|bjud på en kopp kaffe|' +
      'med ditt stöd|med ert stöd|ditt stöd|ert stöd|ditt bidrag|vi behöver din hjälp|vi behöver ditt stöd|hjälp oss|' +
      'swisha|via swish|ge en gåva|engångsgåva|månadsgåva|månatlig gåva|frivilligt bidrag|bli medlem|bli månadsgivare|bli stödmedlem|stödmedlem|' +
      'fortsätter vara gratis för alla|så att det förblir så|fördubblas|reklamfri|donera|donera nu|donation*|stöd',
    reminder:
      'påminn mig senare|påminn mig|inte nu|kanske senare|nej tack|annonsblockerare|adblocker|' +
      'stäng av din annonsblockerare|stänga av din annonsblockerare',
    newsletter:
      'nyhetsbrev*|prenumerera på vårt nyhetsbrev|anmäl dig till|i din inkorg|till din inkorg|din e postadress|din mejladress|e postadress|mejladress|via e post|via mejl|på mejlen|' +
      'avsluta när du vill|avregistrera dig när du vill|håll dig uppdaterad|håll dig informerad',
    promo:
      'ladda ner appen|ladda ned appen|vår app|appen|i appen|följ oss|följ oss på|prenumerera|prenumerera nu|bli prenumerant|prenumeration|digital prenumeration|' +
      'är endast för prenumeranter|endast för prenumeranter|för prenumeranter|artikeln är låst|läs hela artikeln|redan prenumerant|läs vidare med|läs obegränsat|obegränsad tillgång|första månaden gratis|månaden gratis|prova gratis|testa gratis|ingen bindningstid|säg upp när du vill|' +
      'gratis artiklar|gratisartiklar|din gräns|missa inget|missa inga|pushnotiser|aviseringar|få notiser|slå på notiser|skicka notiser|skicka aviseringar|' +
      'vår podd|vår podcast|nytt avsnitt|senaste avsnittet|lyssna på vår|i vår webbutik|till webbutiken|vår butik|beställ nu|ge bort en prenumeration|presentprenumeration|' +
      'tävla och vinn|vinn biljetter|tävling|vår enkät|läsarundersökning|whatsapp kanal|på whatsapp|e tidning|etidning|digitala tidningen',
  },
  actions: {
    donate: 'donera|donera nu|swisha|ge en gåva|stöd oss|stötta|stötta oss|stöd|bli medlem|bidra|bidra nu|jag vill bidra|jag vill stödja',
    subscribe: 'prenumerera|prenumerera nu|bli prenumerant|anmäl dig|anmäl|registrera dig|prova gratis|testa gratis|se erbjudanden|se erbjudandet|till erbjudandet|beställ nu|till webbutiken|tävla|delta|spela nu',
    app: 'ladda ner|ladda ned|ladda ner appen|öppna i appen|öppna appen|installera',
    follow: 'följ|följ oss',
    listen: 'lyssna|lyssna nu',
    putOff: 'en annan gång|nästa gång|avbryt|tillåt inte|blockera|påminn mig senare|inte nu|kanske senare|senare|nej tack|hoppa över|neka',
    account: 'logga in|logga ut|mitt konto|min profil|konto|glömt lösenord|lösenord',
  },
  ownVoice: 'vi|oss|vår|vårt|våra',
  networks: 'sociala medier',
};

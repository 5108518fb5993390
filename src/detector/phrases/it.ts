import type { LanguagePhrases } from './types';

export const it: LanguagePhrases = {
  pitch: {
    donation:
      'resta gratuito|rimanga gratuito|resti gratuito|voglio aiutare|giornalismo di qualità ha un costo|il giornalismo ha un costo|vive grazie ai suoi lettori|offrimi un caffè|offrirmi un caffè|ti piace questo blog|sostieni questo blog|sostenere questo blog|sostieni il nostro giornalismo|apprezzi il nostro lavoro|ti piace il nostro lavoro|sostienici+|sostieni|il tuo sostegno|il tuo contributo|' +
      'abbiamo bisogno del tuo aiuto|fai una donazione|donazion*|dona ora|giornalismo indipendente|' +
      'diventa socio|diventa membro|diventa sostenitore|finanziato dai lettori|senza pubblicità',
    reminder:
      'ricordamelo più tardi|ricordami più tardi|non ora|forse più tardi|no grazie|blocco degli annunci|' +
      'disattiva',
    newsletter:
      'iscriviti alla newsletter|iscriviti alla nostra|nella tua casella|nella tua email|' +
      'il tuo indirizzo email|indirizzo email|indirizzo e mail|ricevi le notizie|iscriviti+|' +
      'resta aggiornato|rimani aggiornato',
    promo:
      'inviarti notifiche|inviarle notifiche|inviare notifiche|su whatsapp|canale whatsapp|sfoglia il giornale|sfoglia l edizione|edicola digitale|scegli il tuo piano|scegli la tua offerta|nostro canale|il nostro canale|scarica l app|la nostra app|seguici+|seguici su|abbonati|abbonamento|abbonarti|offerta speciale|' +
      'concorso|partecipa e vinci|concorso a premi|metti mi piace|primo mese|al mese|prova gratis|edizione digitale|attiva le notifiche|notifiche|non perderti|' +
      'riservato agli abbonati|accesso illimitato|account gratuito|per gli abbonati|il nostro podcast|nuovo episodio|ultimo episodio|nuova puntata|ascolta il nostro|ascoltaci su|regala un abbonamento|abbonamento regalo|articoli gratuiti|hai raggiunto il limite|il nostro shop|nel nostro negozio|partecipa al sondaggio|il nostro sondaggio|sondaggio dei lettori',
  },
  actions: {
    donate: 'voglio aiutare|dona|dona ora|sostienici|sostieni|contribuisci|fai una donazione',
    subscribe: 'abbonati|abbonati ora|iscriviti|registrati|prova gratis|acquista i biglietti|partecipa al sondaggio|vai allo shop|regala|regala ora|partecipa|scopri di più|maggiori informazioni',
    app: 'scarica|scarica l app|apri nell app|installa',
    follow: 'segui|seguici',
    listen: 'ascolta|ascoltare',
    putOff: 'altra volta|la prossima volta|annulla|non consentire|blocca|più tardi|non ora|no grazie|ricordamelo più tardi|salta|rifiuta',
    account: 'accedi|esci|il mio account|il mio profilo|password dimenticata|password',
  },
  ownVoice: 'noi|nostr*',
  networks: 'social network|social media',
};

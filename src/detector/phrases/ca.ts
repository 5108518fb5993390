import type { LanguagePhrases } from './types';

/**
 * Catalan. Pages in Catalan are often read with Spanish's pack as well (the two share their
 * commonest words), so wording spelt alike in both ("al mes", "primer mes") is left to Spanish's,
 * and the bare "dona" (woman, as well as give) is listed only inside longer calls.
 */
export const ca: LanguagePhrases = {
  pitch: {
    donation:
      'dona suport|doneu suport|dóna suport|fes una donació|feu una donació|fes un donatiu|feu un donatiu|donació|donacions|donatiu|donatius|fes-te soci|fes-te sòcia|fes-te\'n soci|fes-te\'n sòcia|feu-vos socis|' +
      'periodisme independent|el teu suport|el vostre suport|amb el teu suport|amb el vostre suport|necessitem el teu suport|necessitem la teva ajuda|necessitem la vostra ajuda|depenem dels lectors|depenem dels nostres lectors|' +
      'gràcies als nostres lectors|sense publicitat|quota única|una altra quantitat|contribueix|col·labora amb',
    reminder: 'recorda-m\'ho més tard|recordar-m\'ho més tard|més tard|ara no|potser més tard|no gràcies|bloquejador d\'anuncis|bloquejador de publicitat|desactiva el bloquejador',
    newsletter:
      'butlletí|butlletins|el nostre butlletí|subscriu-te al butlletí|al teu correu|a la teva safata d\'entrada|al teu correu electrònic|el teu correu electrònic|adreça electrònica|adreça de correu|rep les notícies|apunta\'t|donar-se de baixa|dona\'t de baixa',
    promo:
      'segueix-nos|seguiu-nos|a les xarxes|canal de whatsapp|al nostre canal|descarrega l\'aplicació|descarrega\'t l\'aplicació|la nostra app|la nostra aplicació|aplicació|subscriu-te|subscriviu-vos|subscripció|subscripcions|subscriptor*|' +
      'només per a subscriptors|per a subscriptors|per mes|prova gratis|prova-ho gratis|edició en paper|edició digital|activa les notificacions|notificacions|no et perdis|accés il·limitat|el nostre pòdcast|pòdcast|nou episodi|escolta\'ns|sorteig|participa al sorteig',
  },
  actions: {
    donate: 'dona ara|fes una donació|donar|col·labora|col·laborar|contribueix|contribuir|fes-te soci|fes-te\'n soci|dona suport|dóna suport',
    subscribe: 'subscriu-te|subscriure\'s|subscriviu-vos|registra\'t|registrar-se|prova gratis|apunta\'t|més informació|saber-ne més|vull rebre\'l',
    app: 'descarrega|descarregar|descarrega l\'aplicació|obre a l\'aplicació|instal·la|instal·lar',
    follow: 'segueix|seguir|segueix-nos|seguiu-nos',
    listen: 'escolta|escoltar|escolta-ho',
    putOff: 'més tard|ara no|no gràcies|recorda-m\'ho més tard|una altra vegada|omet|ometre|rebutja|rebutjar|cancel·la|no permetre',
    account: 'inicia la sessió|iniciar sessió|inicia sessió|tanca la sessió|el meu compte|el meu perfil|has oblidat la contrasenya|contrasenya',
  },
  ownVoice: 'nosaltres|ens|nostre|nostra|nostres',
  networks: 'xarxes socials',
};

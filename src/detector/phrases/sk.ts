import type { LanguagePhrases } from './types';

/** Slovak, Czech's neighbour: the words the two spell alike count once (under Czech, listed first). */
export const sk: LanguagePhrases = {
  pitch: {
    donation:
      'podporte nás|podpor nás|podporte nezávislú žurnalistiku|nezávislú žurnalistiku|nezávislá žurnalistika|nezávislé spravodajstvo|vaša podpora|vašu podporu|potrebujeme vašu pomoc|' +
      'darujte|darovať|príspev*|staňte sa členom|akoukoľvek sumou|prispejte',
    reminder: 'pripomenúť neskôr|teraz nie|možno neskôr|nie ďakujem|blokovanie reklám|blokovač* reklám',
    newsletter: 'do e mailu|do vašej schránky|e mailom|váš e mail|e mailová adresa|prihláste sa na odber|odber noviniek|odhlásiť*',
    promo:
      'upozornenia|zapnite si upozornenia|sledujte nás|na facebooku|na instagrame|stiahnite si aplikáciu|naša aplikácia|aplikáci*|predplatné|predplaťte si|predplatiteľ*|' +
      'len pre predplatiteľov|pre predplatiteľov|prvý mesiac|mesačne|nezmeškajte|náš podcast|nová časť|nový diel',
  },
  actions: {
    donate: 'podporiť|podporte|darovať|prispieť',
    subscribe: 'predplatiť|odoberať|prihlásiť na odber|registrovať|zistiť viac|viac informácií',
    app: 'stiahnuť|stiahnuť aplikáciu|otvoriť v aplikácii|nainštalovať',
    follow: 'sledovať',
    listen: 'vypočuť|počúvať',
    putOff: 'neskôr|teraz nie|nie ďakujem|pripomenúť neskôr|preskočiť|odmietnuť|nepovoliť|zrušiť',
    account: 'prihlásiť sa|odhlásiť sa|môj účet|môj profil|zabudnuté heslo|heslo',
  },
  ownVoice: 'my|nás|náš|naš*',
  networks: 'sociálne siete|sociálnych sieťach',
};

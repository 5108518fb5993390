import type { LanguagePhrases } from './types';

export const cs: LanguagePhrases = {
  pitch: {
    donation:
      'kvalitní žurnalistika něco stojí|žurnalistika něco stojí|financováni našimi čtenáři|kup mi kávu|kupte mi kávu|podpořte tento blog|podpořit tento blog|líbí se vám tento blog|podpořte nás|podpoř nás|podpořte nás darem|podpořte+|pomozte nám|nezávislé zpravodajství|nezávislou novinařinu|vaše podpora|vaši podporu|potřebujeme vaši pomoc|darujte|příspěv*|' +
      'nezávislou žurnalistiku|nezávislá žurnalistika|staňte se členem|libovolnou částkou|jakoukoli částkou|přispějte nám|přispějte',
    reminder: 'připomenout později|teď ne|možná později|ne děkuji|blokování reklam|blokátor* reklam',
    newsletter:
      'do e mailu|do vašeho e mailu|do vaší schránky|e mailem|váš e mail|e mailová adresa|přihlaste se k odběru|' +
      'odběr novinek|odhlásit*',
    promo:
      'upozornění|posílat upozornění|na facebooku|na twitteru|na instagramu|na youtube|náš kanál|našeho kanálu|stáhněte si aplikaci|naše aplikace|aplikac*|sledujte nás|předplatné|předplaťte si|' +
      'zvýhodněná nabídka|první měsíc|měsíčně|zapněte si upozornění|nenechte si ujít|pouze pro předplatitele|' +
      'pro předplatitele|předplatitel*|náš podcast|nový díl|nejnovější díl|poslechněte si náš|podcast*|článků zdarma|limit článků|náš e shop|v našem e shopu|vyplňte dotazník|náš dotazník|anketa pro čtenáře',
  },
  actions: {
    donate: 'podpořit|podpořte|darovat|přispět',
    subscribe: 'předplatit|odebírat|přihlásit k odběru|registrovat|koupit vstupenky|vyplnit dotazník|zjistit více|více informací',
    app: 'stáhnout|stáhnout aplikaci|otevřít v aplikaci|nainstalovat',
    follow: 'sledovat',
    listen: 'poslechnout|poslouchat',
    putOff: 'jindy|příště|zrušit|nepovolovat|blokovat|později|teď ne|ne děkuji|připomenout později|přeskočit|odmítnout',
    account: 'přihlásit se|odhlásit se|můj účet|můj profil|zapomenuté heslo|heslo',
  },
  ownVoice: 'my|nás|náš|naš*',
  networks: 'sociální sítě',
};

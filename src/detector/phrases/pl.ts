import type { LanguagePhrases } from './types';

export const pl: LanguagePhrases = {
  pitch: {
    donation:
      'dobre dziennikarstwo kosztuje|dziennikarstwo kosztuje|utrzymujemy się dzięki|postawić mi kawę|wesprzyj tego bloga|wesprzeć tego bloga|podoba ci się ten blog|wesprzyj nas|wesprzyj moją pracę|postaw mi kawę|postaw kawę|wesprzyj|wesprzyj niezależne dziennikarstwo|twoje wsparcie|twojego wsparcia|' +
      'potrzebujemy twojej pomocy|potrzebujemy waszego wsparcia|wpłać|darowizn*|przekaż darowiznę|' +
      'niezależne dziennikarstwo|niezależnego dziennikarstwa|zostań patronem|zostań naszym patronem|zostań członkiem|' +
      'dzięki wsparciu czytelników|dzięki wsparciu|wsparcie czytelników|wspieraj nas|wspierajcie nas|bez reklam',
    reminder: 'przypomnij później|przypomnij mi później|nie teraz|może później|nie dziękuję|blokad* reklam|bloker* reklam|adblock*',
    newsletter:
      'zapisz się do newslettera|zapisz się|na twoją skrzynkę|na skrzynkę|twój adres e mail|' +
      'adres e mail|adres email|na maila|na e mail|na email|codziennie rano',
    promo:
      'wysyłać ci powiadomienia|wysyłać powiadomienia|nasz kanał|naszego kanału|dołącz do nas|dołącz do naszego|pobierz aplikację|naszą aplikację|aplikacj*|obserwuj|obserwuj nas|śledź nas|czytaj nas|czytaj nas na|zaprenumeruj|prenumerat*|' +
      'subskrypcj*|wykup|kup dostęp|dostęp cyfrowy|czytaj bez ograniczeń|bez ograniczeń|oferta specjalna|pierwszy miesiąc|miesięcznie|za darmo|włącz powiadomienia|powiadomienia|' +
      'nie przegap|polub nas|obserwuj nas na|śledź nas na|tylko dla prenumeratorów|dla subskrybentów|nasz podcast|nowy odcinek|najnowszy odcinek|naszego podcastu|posłuchaj naszego|podcast*|darmowe artykuły|darmowych artykułów|limit darmowych|nasz sklep|w naszym sklepie|weź udział w ankiecie|wypełnij ankietę|nasza ankieta',
  },
  actions: {
    donate: 'wesprzyj|postaw kawę|wpłać|przekaż darowiznę|wspieram|wspieraj|zostań patronem',
    subscribe: 'subskrybuj|zamawiam|zamów|zaprenumeruj|zapisz się|zarejestruj się|wykup dostęp|kup dostęp|wykup prenumeratę|kup bilet|wypełnij ankietę|do sklepu|dowiedz się więcej',
    app: 'pobierz|pobierz aplikację|otwórz w aplikacji|zainstaluj',
    // A network's name as Polish declines it after "na" ("na Facebooku").
    follow: 'obserwuj|śledź|dołącz|na facebooku|na instagramie|na twitterze|na youtubie|na tiktoku|na linkedinie',
    listen: 'słuchaj|posłuchaj',
    putOff: 'innym razem|może innym razem|anuluj|nie zezwalaj|blokuj|przypomnij później|nie teraz|później|nie dziękuję|pomiń|odrzuć',
    account: 'zaloguj się|zaloguj|wyloguj|moje konto|mój profil|nie pamiętasz hasła|hasło|hasła',
  },
  ownVoice: 'my|nas|nasz*',
  networks: 'media społecznościowe|serwisy społecznościowe',
};

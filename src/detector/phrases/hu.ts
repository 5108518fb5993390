import type { LanguagePhrases } from './types';

/**
 * Hungarian fuses its endings onto its words ("hírlevelünkre", to our newsletter; "csatornánkat",
 * our channel), and a stem's vowel may change before them (hírlevél, hírlevelet): such nouns are
 * listed as stems cut before the change.
 */
export const hu: LanguagePhrases = {
  pitch: {
    donation:
      'támogass minket|támogasson minket|támogassatok minket|támogasd a munkánkat|támogassa munkánkat|támogasd a független újságírást|független újságírás*|független sajtó*|független médi*|' +
      'olvasóink támogatás*|az olvasók támogatás*|a támogatásod|a támogatása|támogatásoddal|adományoz*|adomány*|legyél támogatónk|legyen támogatónk|támogatói tagság|reklámmentes*|hirdetésmentes*',
    reminder: 'emlékeztess később|emlékeztessen később|most nem|nem köszönöm|hirdetésblokkoló*|reklámblokkoló*|kapcsold ki a hirdetésblokkolót',
    newsletter: 'hírlev*|iratkozz fel|iratkozzon fel|feliratkozás*|e mail cím*|postafiókodba|postafiókjába|bármikor leiratkozhatsz|leiratkoz*',
    promo:
      'kövess minket|kövessen minket|kövessetek minket|kövesd oldalunkat|google hírek|csatornánk*|youtube csatornánk*|töltsd le az alkalmazást|töltse le az alkalmazást|alkalmazásunk*|' +
      'előfizetés*|fizess elő|fizessen elő|előfizetőknek|csak előfizetőknek|első hónap ingyen|értesítések|kapcsold be az értesítéseket|ne maradj le|új epizód',
  },
  actions: {
    donate: 'támogatom|támogatás|támogass|adományozz|adományozok|adomány',
    subscribe: 'előfizetek|előfizetés|feliratkozom|feliratkozás|regisztráció|regisztrálok|kipróbálom',
    app: 'letöltés|letöltöm|megnyitás az alkalmazásban|telepítés',
    follow: 'követés|kövess|kövesd|követem',
    listen: 'meghallgatom|hallgasd meg',
    putOff: 'később|most nem|nem köszönöm|emlékeztess később|elutasítom|nem engedélyezem|kihagyás',
    account: 'bejelentkezés|kijelentkezés|fiókom|fiók|jelszó|elfelejtett jelszó',
  },
  ownVoice: 'minket|nekünk|velünk|tőlünk|rólunk',
  networks: 'közösségi média|közösségi oldalak',
};

import type { LanguagePhrases } from './types';

export const fr: LanguagePhrases = {
  pitch: {
    donation:
      'reste accessible à tous|restent accessibles à tous|reste accessible à toutes et à tous|pouvez vous nous aider|votre don est doublé|don est doublé|est doublé par|une information de qualité a un coût|information de qualité a un coût|le journalisme a un coût|ne dépend que de ses lecteurs|dépend de ses lecteurs|dépend de nos lecteurs|offrez moi un café|offre moi un café|offrir un café|ce blog vous plaît|vous aimez ce blog|soutenir ce blog|soutenez ce blog|soutenez nous|soutenez mon travail|soutiens mon travail|soutenir mon travail|soutenez le site|soutenez ce site|soutenir le site|vous appréciez notre travail|vous appréciez notre journalisme|vous aimez notre travail|soutenez notre journalisme|soutenir notre journalisme|nous soutenir|votre soutien|' +
      'grâce à votre soutien|nous avons besoin de vous|besoin de votre aide|faites un don|faire un don|' +
      'aidez nous|chaque don|rester indépendants|dons|vos dons|grâce à vos dons|grâce à vos contributions|chaque contribution|journalisme indépendant|information indépendante|presse indépendante|soutenez une presse|devenez membre|devenir membre|' +
      'financé par ses lecteurs|financé par nos lecteurs|grâce à ses lecteurs|grâce à nos lecteurs|rédaction indépendante|sans publicité|don défiscalisé|déductible de vos impôts|déductible des impôts|déductibles des impôts|journalisme libre|presse libre|dépend de vous|réduction d impôt',
    reminder:
      'me le rappeler plus tard|rappelez moi plus tard|pas maintenant|plus tard|non merci|' +
      'bloqueur de publicité|bloqueur de pub|adblock|désactivez votre',
    newsletter:
      'infolettre*|recevez gratuitement|lettre d information|recevoir la newsletter|inscrivez vous|' +
      'abonnez vous à notre newsletter|dans votre boîte|boîte mail|boîte de réception|par email|' +
      'par e mail|par courriel|votre adresse e mail|votre adresse email|adresse e mail|tous les matins',
    promo:
      'réservée aux abonnés|réservées aux abonnés|en illimité|rencontrez nos journalistes|mots croisés|vous envoyer des notifications|envoyer des notifications|sur whatsapp|chaîne whatsapp|édition numérique|feuilletez le journal|le journal en version numérique|choisissez votre offre|choisissez votre formule|notre chaîne|rejoignez notre chaîne|téléchargez l application|notre application|l application|suivez nous|suivez|suivez l actualité|' +
      'jeu concours|tentez de gagner|tentez votre chance|participation gratuite|gardons le contact|restons en contact|restez en contact|restons connectés|restez connectés|retrouvez nous sur|retrouvez ... sur|abonnez vous|abonnement*|offrez un abonnement|offrir un abonnement|abonnement cadeau|sans engagement|offre numérique|s abonner|offre spéciale|premier mois|à partir de|' +
      'par mois|essai gratuit|journal numérique|version numérique|feuilleter le journal|' +
      'activez les notifications|notifications|ne manquez rien|recevez nos alertes|nos alertes|réservé aux abonnés|' +
      'il vous reste|compte gratuit|accès illimité|notre podcast|nouvel épisode|dernier épisode|écoutez notre|à écouter sur|offrir un abonnement|articles gratuits|vous avez atteint|réservez votre place|réservez vos places|nos événements|réserver votre place|billetterie|notre boutique|la boutique|notre questionnaire|répondre au questionnaire|notre enquête|participez à notre',
  },
  actions: {
    donate: 'faire un don|je fais un don|je donne|donner|soutenir|je soutiens|contribuer',
    subscribe: 'jouer|s abonner|abonnez vous|je m abonne|j en profite|s inscrire|je m inscris|inscrivez vous|inscription|essayer|je réserve|je commande|j offre|offrir|répondre au questionnaire|je participe|participer|en savoir plus',
    app: 'télécharger|télécharger l application|ouvrir dans l application|installer',
    follow: 'suivre|suivez|suivez nous',
    listen: 'écouter|écoutez',
    putOff: 'une autre fois|la prochaine fois|annuler|ne pas autoriser|bloquer|plus tard|pas maintenant|non merci|me le rappeler plus tard|ignorer|refuser',
    account: 'se connecter|connexion|se déconnecter|déconnexion|mon compte|mon profil|mot de passe oublié|mot de passe',
  },
  ownVoice: 'nous|notre|nos',
  networks: 'réseaux sociaux|médias sociaux',
};

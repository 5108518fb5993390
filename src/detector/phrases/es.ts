import type { LanguagePhrases } from './types';

export const es: LanguagePhrases = {
  pitch: {
    donation:
      'siga siendo gratis|seguirá siendo gratis|siga siendo gratuito|seguirá siendo gratuito|quiero ayudar|no tenemos muro de pago|periodismo de calidad cuesta|el periodismo cuesta|dependemos de nuestros lectores|dependemos de los lectores|invitarme a un café|te gusta este blog|te gusta mi blog|apoya este blog|apoyar este blog|apoya nuestro periodismo|apoya nuestro trabajo|apoyar nuestro trabajo|una aportación|tu aportación|nos apoyas|apoyá|valoras nuestro trabajo|valorás nuestro trabajo|valoras nuestro periodismo|valorás nuestro periodismo|tu aporte|un aporte|es posible gracias a|apoyo de nuestros lectores|sin accionistas|apoya el periodismo|apóyanos+|apoyanos+|tu apoyo|su apoyo|con tu apoyo|' +
      'necesitamos tu ayuda|necesitamos su ayuda|haz una donación|hacer una donación|donación*|donar|' +
      'dona|periodismo independiente|hazte socio|hazte miembro|hazte mecenas|apoya mi trabajo|apoyá mi trabajo|apoyar mi trabajo|invítanos a un café|invítame a un café|invítame un café|' +
      'financiado por sus lectores|sin publicidad|pago único|otra cantidad|colabora con',
    reminder:
      'recuérdamelo más tarde|recordarme más tarde|ahora no|quizás más tarde|más tarde|no gracias|' +
      'bloqueador de anuncios|bloqueador de publicidad|desactiva tu bloqueador',
    newsletter:
      'boletín|boletines|apúntate+|apuntate+|nuestra newsletter|nuestro boletín|suscríbete a nuestro|suscríbete a nuestra newsletter|en tu correo|' +
      'en tu bandeja de entrada|en tu email|en tu e-mail|en tu mail|en tu casilla|tu correo electrónico|correo electrónico|recibe las noticias|regístrate',
    promo:
      'encuentro exclusivo|con nuestros periodistas|enviarte notificaciones|enviarle notificaciones|enviar notificaciones|en tu whatsapp|canal de whatsapp|elige tu plan|elige tu suscripción|nuestro canal|únete a nuestro canal|descarga la app|descarga nuestra app|nuestra app|la aplicación|nuestra aplicación|descarga la aplicación|' +
      'descarga nuestra aplicación|descargá la app|síguenos+|siguenos+|seguinos+|síguenos en|' +
      'sigue a|descuentos exclusivos|beneficios exclusivos|para suscriptores|club de suscriptores|súmate+|sumate+|sorteo|participa y gana|participa en el sorteo|bases del sorteo|suscríbete+|suscribite+|suscripción|suscriptor*|oferta especial|primer mes|al mes|por mes|' +
      'prueba gratis|edición impresa|edición digital|activa las notificaciones|notificaciones|no te pierdas|' +
      'exclusivo para suscriptores|acceso ilimitado|cuenta gratuita|nuestro podcast|pódcast*|nuevo episodio|último episodio|escucha nuestro|escúchanos en|regala una suscripción|suscripción de regalo|artículos gratuitos|límite de artículos|has alcanzado el límite|compra tus entradas|consigue tus entradas|nuestra tienda|la tienda|nuestra encuesta|responder la encuesta|encuesta a lectores|participa en nuestra',
  },
  actions: {
    donate: 'quiero ayudar|donar|dona|doná|dona ahora|apoyar|apóyanos|apoyá|contribuir|colaborar|colabora|colaborá|hazte socio|invítanos a un café|invítame a un café',
    subscribe: 'suscribirse|quiero recibirla|quiero recibirlo|suscríbete|suscribite|regístrate|registrate|registrarse|probar gratis|comprar entradas|responder la encuesta|ir a la tienda|regalar|regala ahora|participar|participa|quiero sumarme|sumate|súmate|apúntate|apuntate|me apunto|más información|saber más|conoce más',
    app: 'descargar|descárgala|descargá|descargala|descargar la app|abrir en la app|instalar',
    follow: 'seguir|síguenos|seguinos',
    listen: 'escuchar|escúchalo|escuchalo|escuchá',
    putOff: 'en otro momento|la próxima vez|otro día|cancelar|no permitir|bloquear|más tarde|ahora no|no gracias|recordarme más tarde|omitir|rechazar',
    account: 'iniciar sesión|inicia sesión|ingresar|cerrar sesión|mi cuenta|mi perfil|olvidaste tu contraseña|contraseña',
  },
  ownVoice: 'nosotros|nosotras|nos|nuestr*',
  networks: 'redes sociales',
};

import type { LanguagePhrases } from './types';

export const pt: LanguagePhrases = {
  pitch: {
    donation:
      'continua gratuito|continue gratuito|continuar gratuito|quero ajudar|jornalismo de qualidade custa|o jornalismo custa|dependemos dos nossos leitores|dependemos dos leitores|pague me um café|me pague um café|pagar um café|gosta deste blog|apoie este blog|apoiar este blog|apoie nosso jornalismo|valoriza o nosso trabalho|valoriza nosso trabalho|gosta do nosso trabalho|apoie o jornalismo|apoie nos|apoie|seu apoio|o seu apoio|com o seu apoio|' +
      'precisamos da sua ajuda|precisamos de você|faça uma doação|fazer uma doação|doação|doações|' +
      'jornalismo independente|seja membro|torne se membro|seja apoiador|financiado pelos leitores|' +
      'sem anúncios|contribua|faça um pix|via pix|chave pix|apoie nosso trabalho|apoie o nosso trabalho',
    reminder:
      'lembrar mais tarde|lembre me mais tarde|agora não|talvez mais tarde|mais tarde|não obrigado|' +
      'bloqueador de anúncios',
    newsletter:
      'boletim|assine nossa newsletter|inscreva se|cadastre se|no seu e mail|na sua caixa de entrada|' +
      'seu e mail|seu email|endereço de e mail|receba as notícias|escolha suas newsletters',
    promo:
      'enviar notificações|enviar lhe notificações|no seu whatsapp|canal no whatsapp|escolha seu plano|escolha o seu plano|nosso canal|entre no canal|entre no nosso canal|baixe o app|baixe o aplicativo|nosso aplicativo|o aplicativo|siga nos|siga a|siga o|google notícias|assine|assinatura*|' +
      'descontos exclusivos|benefícios exclusivos|clube de assinantes|para assinantes|sorteio|participe e concorra|concorra a|participe do sorteio|assinante*|primeiro mês|por mês|teste grátis|edição impressa|edição digital|' +
      'ative as notificações|acesso ilimitado|conta gratuita|notificações|não perca|exclusivo para assinantes|' +
      'nosso podcast|novo episódio|último episódio|ouça o nosso|ouça nosso|dê uma assinatura|assinatura de presente|presenteie|artigos gratuitos|você atingiu o limite|atingiu o limite|nossa loja|participe da pesquisa|nossa pesquisa|pesquisa com leitores',
  },
  actions: {
    donate: 'quero ajudar|doar|doe|doe agora|apoiar|apoie|contribuir|contribua',
    subscribe: 'assine|quero receber|assinar|assine já|inscreva se|cadastre se|cadastrar|comprar ingresso|responder à pesquisa|ir para a loja|presentear|dar de presente|participar|participe|saiba mais|mais informações',
    app: 'baixar|baixe|baixar o app|abrir no app',
    follow: 'siga nos|seguir|siga|entrar no canal',
    listen: 'ouvir|ouça',
    putOff: 'outra hora|fica para a próxima|da próxima vez|cancelar|não permitir|bloquear|mais tarde|agora não|não obrigado|não obrigada|lembrar mais tarde|pular|recusar',
    account: 'entrar|sair|minha conta|meu perfil|esqueceu a senha|senha',
  },
  ownVoice: 'nós|nosso|nossa|nossos|nossas',
  networks: 'redes sociais',
};

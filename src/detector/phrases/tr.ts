import type { LanguagePhrases } from './types';

export const tr: LanguagePhrases = {
  pitch: {
    donation:
      'bize destek olun|bize destek ol|destek olun|destek ol|bağımsız gazetecili*|bağımsız habercilik|desteğinizle|desteğiniz|desteğinize ihtiyacımız var|yardımınıza ihtiyacımız var|' +
      'bağış yapın|bağış yap|bağışta bulunun|bağışınız|bağış*|okur desteği|okurlarımızın desteği*|üye olun|destekçi olun|reklamsız|iyi gazetecilik pahalıdır|gazetecilik para gerektirir',
    reminder: 'daha sonra hatırlat|bana sonra hatırlat|şimdi değil|belki daha sonra|hayır teşekkürler|reklam engelleyici|reklam engelleyicinizi|reklam engelleyiciyi',
    newsletter: 'bülten*|e bülten|e posta adresiniz|e posta adresi|e postanıza|e posta kutunuza|gelen kutunuza|e posta ile|abonelikten istediğiniz zaman|haberdar olun|haberdar ol',
    promo:
      'uygulamayı indir|uygulamamızı indirin|uygulamamız*|bizi takip edin|bizi takip et|takip edin|abone olun|abone ol|abonelik|dijital abonelik|sadece abonelere|abonelere özel|ilk ay ücretsiz|ücretsiz deneyin|' +
      'bildirimleri aç|bildirimleri açın|bildirim almak|bildirim gönder*|hiçbir haberi kaçırmayın|kaçırmayın|whatsapp kanal*|bildirimlere izin ver*|anlık bildirim*|kanalımıza katılın|podcastimiz|yeni bölüm|mağazamız|çekiliş',
  },
  actions: {
    donate: 'bağış yap|bağış yapın|destek ol|destek olun|şimdi destek ol|katkıda bulun|üye ol',
    subscribe: 'abone ol|abone olun|hemen abone ol|kaydol|kayıt ol|ücretsiz dene|teklifleri gör|katıl|hemen katıl|daha fazla bilgi',
    app: 'indir|uygulamayı indir|uygulamada aç',
    follow: 'takip et|takip edin',
    listen: 'dinle|şimdi dinle',
    putOff: 'daha sonra hatırlat|şimdi değil|belki daha sonra|daha sonra|hayır teşekkürler|vazgeç|atla|izin verme|engelle|reddet',
    account: 'giriş yap|oturum aç|çıkış yap|hesabım|şifre|şifremi unuttum',
  },
  ownVoice: 'biz|bizi|bize|bizim|bizler|bizden',
  networks: 'sosyal medya',
};

import type { LanguagePhrases } from './types';

/** Indonesian, and Malay's own words beside it ("sertai", "muat turun", "langgan"): a Malay page is read with this pack. */
export const id: LanguagePhrases = {
  pitch: {
    donation:
      'dukung kami|dukung jurnalisme independen|dukung jurnalisme|dukung kerja kami|jurnalisme independen|jurnalisme berkualitas|dukungan anda|dukunganmu|dukungan pembaca|kami butuh dukungan|kami membutuhkan dukungan|bantu kami|' +
      'donasi*|berdonasi|traktir kami kopi|traktir saya kopi|traktir kopi|jadi anggota|menjadi anggota|bebas iklan|tanpa iklan|' +
      'sokong kami|sokong kewartawanan bebas|kewartawanan bebas|derma|derma sekarang',
    reminder: 'ingatkan saya nanti|ingatkan nanti|nanti saja|tidak sekarang|lain kali|tidak terima kasih|pemblokir iklan|adblock|matikan pemblokir|ingatkan saya kemudian|bukan sekarang|penyekat iklan|matikan penyekat iklan',
    newsletter: 'buletin*|newsletter kami|berlangganan newsletter|kotak masuk|alamat email|email anda|emailmu|lewat email|melalui email|dikirim ke email|ke email anda|surat berita|langgan surat berita|e mel anda|alamat e mel|peti masuk',
    promo:
      'unduh aplikasi|download aplikasi|aplikasi kami|ikuti kami|ikuti kami di|berlangganan|langganan|khusus pelanggan|hanya untuk pelanggan|khusus member|bulan pertama gratis|coba gratis|' +
      'aktifkan notifikasi|notifikasi|jangan lewatkan|saluran whatsapp|saluran whatsapp kami|grup telegram|saluran telegram|di whatsapp|di telegram|podcast kami|episode baru|toko kami|pesan sekarang|ikuti kuis|giveaway|muat turun aplikasi|sertai saluran|sertai kami|langgan sekarang|aktifkan pemberitahuan',
  },
  actions: {
    donate: 'donasi|donasi sekarang|dukung kami|dukung sekarang|beri dukungan|traktir kopi|derma|derma sekarang|sokong kami',
    subscribe: 'berlangganan|langganan sekarang|daftar sekarang|coba gratis|lihat penawaran|pesan sekarang|langgan|langgan sekarang',
    app: 'unduh|unduh aplikasi|download aplikasi|buka di aplikasi|muat turun|muat turun aplikasi',
    follow: 'ikuti|ikuti kami|gabung|gabung sekarang|sertai|sertai sekarang',
    listen: 'dengarkan|dengarkan sekarang',
    putOff: 'ingatkan saya nanti|nanti saja|tidak sekarang|lain kali|tidak terima kasih|lewati|jangan izinkan|ingatkan saya kemudian|bukan sekarang',
    account: 'masuk|keluar|akun saya|akun|kata sandi|lupa kata sandi|log masuk|log keluar|akaun saya|akaun|kata laluan|lupa kata laluan',
  },
  ownVoice: 'kami',
};

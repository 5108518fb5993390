import type { LanguagePhrases } from './types';

export const vi: LanguagePhrases = {
  pitch: {
    donation:
      'ủng hộ chúng tôi|hãy ủng hộ|ủng hộ báo chí độc lập|báo chí độc lập|sự ủng hộ của bạn|sự ủng hộ của độc giả|chúng tôi cần sự ủng hộ|chúng tôi cần bạn|giúp chúng tôi|' +
      'quyên góp|đóng góp cho chúng tôi|mời chúng tôi một ly cà phê|mời tôi một ly cà phê|trở thành thành viên|không quảng cáo',
    reminder: 'nhắc tôi sau|để sau|lúc khác|không cảm ơn|không phải bây giờ|trình chặn quảng cáo|chặn quảng cáo|tắt trình chặn',
    newsletter: 'bản tin|đăng ký nhận bản tin|nhận bản tin|hộp thư của bạn|địa chỉ email|email của bạn|qua email|gửi đến email|hủy đăng ký bất cứ lúc nào',
    promo:
      'tải ứng dụng|tải app|ứng dụng của chúng tôi|theo dõi chúng tôi|theo dõi chúng tôi trên|trên google news|gói thành viên|gói hội viên|chỉ dành cho thành viên|dành cho hội viên|tháng đầu miễn phí|dùng thử miễn phí|' +
      'bật thông báo|nhận thông báo|đừng bỏ lỡ|kênh zalo|trên zalo|podcast của chúng tôi|tập mới|cửa hàng của chúng tôi',
  },
  actions: {
    donate: 'ủng hộ ngay|ủng hộ chúng tôi|quyên góp ngay|đóng góp ngay',
    subscribe: 'đăng ký ngay|đăng ký nhận tin|dùng thử miễn phí|xem ưu đãi|mua gói',
    app: 'tải ứng dụng|tải app|tải về|mở trong ứng dụng',
    follow: 'theo dõi chúng tôi|theo dõi ngay',
    listen: 'nghe ngay|nghe podcast',
    putOff: 'nhắc tôi sau|để sau|lúc khác|không cảm ơn|không phải bây giờ|bỏ qua|không cho phép',
    account: 'đăng nhập|đăng xuất|tài khoản của tôi|tài khoản|mật khẩu|quên mật khẩu',
  },
  ownVoice: 'chúng tôi',
};

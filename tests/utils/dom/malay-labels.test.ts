import { describe, expect, it } from 'vitest';
import { isBoilerplateLine } from '../../../utils/dom/is-boilerplate-line';

describe('MALAY_FOLLOW_PITCH', () => {
  it.each([
    ['an Indonesian Google News close', 'Simak berita dan artikel lainnya di Google News.'],
    ['an Indonesian follow line naming the site', 'Ikuti berita terkini dari Kabar Pesisir di Google News'],
    [
      'an Indonesian Telegram group pitch after its first sentence',
      'Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, kemudian join.',
    ],
    [
      'an Indonesian WhatsApp channel pitch',
      'Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita WhatsApp Channel : https://www.whatsapp.com/channel/0029Va',
    ],
    ['a Malay channel pitch', 'Sertai saluran Telegram kami untuk berita terkini.'],
    ['an Indonesian follow-us line', 'Ikuti kami di Instagram dan TikTok.'],
  ])('should read %s as boilerplate', (_name, line) => {
    expect(isBoilerplateLine(line)).toBe(true);
  });

  it.each([
    [
      'an imperative with its speaker',
      'Ikuti petunjuk petugas di lokasi, kata Kapolres, yang juga menyebarkan pengumuman di grup WhatsApp warga.',
    ],
    [
      'a service line naming someone else’s WhatsApp',
      'Dapatkan formulir pendaftaran melalui WhatsApp panitia di nomor 0812-3456-7890.',
    ],
    ['a quote naming a group', 'Gabung saja ke grup WhatsApp kami kalau mau ikut, ujar Dewi.'],
    ['an imperative naming no network', 'Ikuti aturan lalu lintas selama mudik Lebaran.'],
    ['a story line naming Google News', 'Situs itu kini tidak lagi muncul di Google News sejak Senin.'],
  ])('should keep %s', (_name, line) => {
    expect(isBoilerplateLine(line)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { Slugger, slugify } from './slug.ts';

describe('slugify', () => {
  it.each([
    ['Risk & reward', 'risk-reward'],
    ['Zeithorizont (time)', 'zeithorizont-time'],
    ['Führung', 'fuhrung'],
    ['Time horizon', 'time-horizon'],
    ['  Leading   vs.  managing  ', 'leading-vs-managing'],
    ["A leader's view", 'a-leaders-view'],
    ['Straße', 'strasse'],
    ['Ørsted & Æsir', 'orsted-aesir'],
    ['領導與管理', '領導與管理'],
    // Korean syllables stay whole, and Japanese voiced kana keep their voicing: ジ is not シ.
    ['리더십과 관리', '리더십과-관리'],
    ['ジャズとシャズ', 'ジャズとシャズ'],
    ['ﾊﾟｽﾞﾙ', 'パズル'],
    ['Café—Crème', 'cafe-creme'],
    ['ＦＵＬＬ width', 'full-width'],
    ['2026: the year', '2026-the-year'],
    // Vowel signs and viramas are letters of their word, not accents on it: dropped, दृष्टि read दषट and ภาวะผู้นำ read ภาวะผนา.
    ['नेतृत्व की दृष्टि', 'नेतृत्व-की-दृष्टि'],
    ['ภาวะผู้นำ', 'ภาวะผู้นำ'],
    ['வழிநடத்தல்', 'வழிநடத்தல்'],
    // Marks that are accents still go, in every script that writes them so: Vietnamese, Greek, Arabic and Hebrew vowel marks.
    ['Tầm nhìn', 'tam-nhin'],
    ['Ἀθῆναι', 'αθηναι'],
    ['الرُّؤْيَة', 'الروية'],
    ['הַנְהָגָה', 'הנהגה'],
    ['1\uFE0F\u20E3 Keycap', '1-keycap'],
    ['Soft hy\u00ADphen', 'soft-hyphen'],
    ['🚀', ''],
    ['---', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });
});

describe('Slugger', () => {
  it('numbers repeats from 1 and never hands out a reserved id', () => {
    const slugger = new Slugger(['main', 'contrast-risk']);
    expect(slugger.slug('Risk')).toBe('risk');
    expect(slugger.slug('Risk')).toBe('risk-1');
    expect(slugger.slug('risk')).toBe('risk-2');
    expect(slugger.slug('Main')).toBe('main-1');
    expect(slugger.slug('Contrast: risk')).toBe('contrast-risk-1');
  });

  it('reserves an id once, saying whether it was free', () => {
    const slugger = new Slugger(['main']);
    expect([slugger.reserve('x'), slugger.reserve('x'), slugger.reserve('main')]).toEqual([true, false, false]);
    expect(slugger.slug('X')).toBe('x-1');
  });

  it('falls back to a name when the text has no letters', () => {
    const slugger = new Slugger();
    expect(slugger.slug('🚀')).toBe('section');
    expect(slugger.slug('✨')).toBe('section-1');
  });
});

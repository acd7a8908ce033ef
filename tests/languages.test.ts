// The languages of UCLG's regions: every element renders each of them (fingerprints written here
// from the translations, not read from the catalogs), and counts take each language's plural forms.
import {expect} from '@open-wc/testing';
import {unsafeStatic} from 'lit/static-html.js';
import {sectionCountries} from '../src/data/countries.js';
import {numberingSystems} from '../src/generated/directions.js';
import {$, $$, html, render, seen} from './helpers.js';

/** A text each element shows in each new language (its heading, or a sub-heading). */
const fingerprints: Record<string, Record<string, string>> = {
  ar: {
    'uclg-stats': 'صوت قوي وموحد أمام المجتمع الدولي',
    'uclg-contact': 'الأمانة العالمية',
    'uclg-commissions': 'اللجان وأفرقة العمل',
    'uclg-about': 'من نحن؟',
    'uclg-sections-map': 'فروع منظمة UCLG',
  },
  pt: {
    'uclg-stats': 'Uma voz forte e unida perante a comunidade internacional',
    'uclg-contact': 'Secretariado mundial',
    'uclg-commissions': 'Comissões e grupos de trabalho',
    'uclg-about': 'Quem somos?',
    'uclg-sections-map': 'As seções da CGLU',
  },
  ru: {
    'uclg-stats': 'Сильный и единый голос перед международным сообществом',
    'uclg-contact': 'Всемирный секретариат',
    'uclg-commissions': 'Комитеты и рабочие группы',
    'uclg-about': 'Кто мы?',
    'uclg-sections-map': 'Отделения ОГМВ',
  },
  tr: {
    'uclg-stats': 'Uluslararası topluluk önünde güçlü ve birleşik bir ses',
    'uclg-contact': 'Dünya Sekreterliği',
    'uclg-commissions': 'Komiteler ve çalışma grupları',
    'uclg-about': 'Biz kimiz?',
    'uclg-sections-map': 'UCLG’nin teşkilatları',
  },
  zh: {
    'uclg-stats': '在国际社会中发出强大而团结的声音',
    'uclg-contact': '世界秘书处',
    'uclg-commissions': '委员会与工作组',
    'uclg-about': '我们是谁？',
    'uclg-sections-map': 'UCLG各分部',
  },
};

describe('the languages of the regions', () => {
  for (const [lang, texts] of Object.entries(fingerprints)) {
    for (const [tagName, text] of Object.entries(texts)) {
      it(`<${tagName}> speaks ${lang}`, async () => {
        const tag = unsafeStatic(tagName);
        const el = await render(html`<${tag} lang=${lang}></${tag}>`);
        expect(seen(el)).to.contain(text);
        expect($(el, '[part~="base"]').getAttribute('lang')).to.equal(lang);
        // No French left: the French heading of the same element is not shown.
        const french = await render(html`<${tag} lang="fr"></${tag}>`);
        expect(seen(el)).not.to.contain(($(french, '[part="heading"]') as HTMLElement).textContent!.trim());
      });
    }
  }

  it('joins a section and its count with the comma of the script (Arabic ، , Chinese ，)', async () => {
    for (const [lang, comma] of [
      ['ar', '، '],
      ['zh', '，'],
      ['ru', ', '],
    ]) {
      const el = await render(html`<uclg-sections-map lang=${lang}></uclg-sections-map>`);
      const label = $(el, '[role="option"][data-section="africa"]').getAttribute('aria-label')!;
      expect(label, lang).to.contain(comma);
      if (lang !== 'ru') expect(label, lang).not.to.contain(',');
    }
  });

  it('counts with the plural forms of Arabic and Russian', async () => {
    /** Each language's form of "N countries and territories", by CLDR category (locales/*.xlf). */
    const forms: Record<string, Partial<Record<Intl.LDMLPluralRule, string>>> = {
      ar: {few: 'بلدان وأقاليم', many: 'بلدًا وإقليمًا'},
      ru: {few: 'страны и территории', many: 'стран и территорий'},
    };
    for (const [lang, form] of Object.entries(forms)) {
      const el = await render(html`<uclg-sections-map lang=${lang}></uclg-sections-map>`);
      const categories = new Set<string>();
      for (const li of $$(el, '[part="legend"] > li:not(.worldwide)')) {
        const section = li.querySelector('button')!.getAttribute('data-section')!;
        const n = sectionCountries[section as keyof typeof sectionCountries].length;
        const category = new Intl.PluralRules(lang).select(n);
        categories.add(category);
        const scope = seen(li.querySelector('.scope')!);
        expect(scope, `${lang}, ${section} (${n}: ${category})`).to.contain(
          new Intl.NumberFormat(lang, {numberingSystem: numberingSystems[lang]}).format(n),
        );
        expect(scope, `${lang}, ${section} (${n}: ${category})`).to.contain(form[category]!);
      }
      // Both forms are met: Eurasia's 10 is "few" in Arabic, "many" in Russian; North America's 3 is "few" in both.
      expect([...categories].sort()).to.deep.equal(['few', 'many']);
    }
  });
});

// The Link route's pages the WordPress test posts as an Author, with what a reader of each must see
// in the frame; the configurator's test checks that its WordPress task hands out one of them.
export const links = [
  {
    tag: 'uclg-stats',
    name: 'fr-light',
    title: 'CGLU en chiffres',
    intro: 'Les chiffres clés de CGLU :',
    text: 'Une voix forte et unie devant la communauté internationale',
  },
  {
    tag: 'uclg-sections-map',
    name: 'es-light-africa',
    title: 'CGLU en el mundo',
    intro: 'Las secciones de CGLU, África destacada:',
    text: 'Las secciones de CGLU',
    // The highlighted section, pressed in the legend, in Spanish.
    pressed: 'África',
  },
  {
    tag: 'uclg-sections-map',
    name: 'ru-light-eurasia',
    title: 'ОГМВ в мире',
    intro: 'Отделения ОГМВ, Евразия выделена:',
    text: 'Отделения ОГМВ',
    pressed: 'Евразия',
  },
  {
    tag: 'uclg-stats',
    name: 'tr-dark',
    title: 'Rakamlarla UCLG',
    intro: 'UCLG’nin temel rakamları:',
    text: 'Uluslararası topluluk önünde güçlü ve birleşik bir ses',
  },
  {tag: 'uclg-about', name: 'zh-light', title: '关于世界城地组织', intro: '世界城地组织简介：', text: '我们是谁'},
  {
    tag: 'uclg-commissions',
    name: 'ar-dark',
    title: 'لجان المنظمة',
    intro: 'لجان منظمة المدن والحكومات المحلية المتحدة وأفرقة عملها:',
    text: 'اللجان وأفرقة العمل',
  },
];

// What Wix's "Custom Element" does with our recipe: it creates the tag with the attributes set in
// its panel, inside its own wrapper, and loads the "server URL" as a classic script.
const wrap = (tag, attributes) => {
  const box = document.createElement('div');
  box.className = 'wix-custom-element';
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  box.append(element);
  document.querySelector('#SITE_CONTAINER').append(box);
  return element;
};
wrap('blush-faq', { id: 'faq', pack: 'botox' });
wrap('blush-before-after', {
  id: 'slider',
  before: '/test/e2e/pages/img/before.svg',
  after: '/test/e2e/pages/img/after.svg',
  'before-alt': 'Before (illustration)',
  'after-alt': 'After (illustration)',
  'aspect-ratio': '4/3',
});
const script = document.createElement('script');
script.src = '/cdn/blush-widgets.iife.js';
script.addEventListener('load', () => {
  // Elements Wix adds after the script has run upgrade at once.
  wrap('blush-gallery', { id: 'gallery', src: '/test/e2e/pages/gallery.json', 'url-param': '' });
  wrap('blush-next-due', { id: 'next-due', treatment: 'botox', today: '2026-11-25' });
  wrap('blush-consult-form', { id: 'consult', action: '/e2e/consult' });
});
document.head.append(script);

// Adds the scripts named in ?load=a,b (in order) the way a theme and a plugin both would.
const SOURCES = {
  cdn: { src: '/cdn/blush-widgets.js', module: true },
  'cdn-copy': { src: '/cdn/blush-widgets.js?copy=2', module: true },
  loader: { src: '/cdn/loader.js', module: true },
  iife: { src: '/cdn/blush-widgets.iife.js', module: false },
  older: { src: '/e2e/older/blush-widgets.js', module: true },
};
for (const name of (new URLSearchParams(location.search).get('load') ?? '').split(',').filter(Boolean)) {
  const script = document.createElement('script');
  if (SOURCES[name].module) script.type = 'module';
  script.async = false;
  script.src = SOURCES[name].src;
  document.head.append(script);
}

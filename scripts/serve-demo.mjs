#!/usr/bin/env node
// `npm start` (after the build): serves the demo clinic page, the embed builder (/builder/ →
// dist/builder/, which previews the files of dist/cdn/ beside it) and the local consultation
// endpoint that prints every request it receives. PORT picks the port (default 8080, or the next free one).
// --strict-csp serves every file with the strict Content-Security-Policy clinics may use.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

if (!existsSync('dist/cdn/blush-widgets.js')) {
  console.error('dist/cdn/blush-widgets.js is missing: run `npm run build` first (npm start does it for you).');
  process.exit(1);
}

const handlers = [];
try {
  const { handleConsultRequest } = await import('./consult-endpoint.mjs');
  if (handleConsultRequest) handlers.push(handleConsultRequest);
} catch (error) {
  if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
}
handlers.push((request, response) => {
  if (request.url === '/' || request.url === '') {
    response.writeHead(302, { Location: '/demo/' }).end();
    return true;
  }
  // The builder keeps its setup in the URL fragment, which the browser carries across this redirect.
  if (/^\/builder\/?$/.test(request.url ?? '')) {
    response.writeHead(302, { Location: '/dist/builder/' }).end();
    return true;
  }
  return false;
});

const headers = process.argv.includes('--strict-csp')
  ? {
      'Content-Security-Policy':
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; require-trusted-types-for 'script'",
    }
  : {};

let port = Number(process.env.PORT ?? 8080);
for (let attempt = 0; ; attempt += 1) {
  try {
    const { url } = await startStaticServer({ port, handlers, headers, host: process.env.HOST ?? '127.0.0.1' });
    console.log(`\n  Blush Widgets demo clinic page: ${url}/demo/`);
    if (existsSync('dist/builder/index.html')) console.log(`  Embed builder:                  ${url}/builder/`);
    console.log('  Consultation requests are printed here. Ctrl+C stops.\n');
    break;
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || attempt > 20) throw error;
    port += 1;
  }
}

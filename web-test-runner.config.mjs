// Tests run in real engines: Debian's Chromium, Firefox ESR (WebDriver BiDi through Puppeteer)
// and WebKitGTK's MiniBrowser (WebDriver classic, started by scripts/test.mjs under Xvfb).
// BROWSERS=chromium (or a comma list) narrows the run while developing.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { countReporter } from './test/plugins/count-reporter.mjs';
import { defaultReporter } from '@web/test-runner';
import { testPlugins } from './test/plugins/index.mjs';
import { DATE_TEST_FILES } from './test/plugins/zones.mjs';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

/** The package version, as the build injects it (src/core/version.ts). */
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());

/** WebKitGTK's MiniBrowser through a WebKitWebDriver that scripts/test.mjs started on `port`. */
function webkitLauncher(port) {
  const webkit = webdriverLauncher({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    port,
    capabilities: {
      browserName: 'MiniBrowser',
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    },
  });
  // WebKitWebDriver drives one session at a time: test files in parallel iframes lose key events
  // ("Invalid frame ID"). The launcher picks its one-session mode from the global concurrency, so
  // hand it concurrency 1 whatever TEST_CONCURRENCY says for the other engines.
  webkit.concurrency = 1;
  const initialize = webkit.initialize.bind(webkit);
  webkit.initialize = (config, testFiles) => initialize({ ...config, concurrency: 1 }, testFiles);
  return webkit;
}

const firefoxLauncher = (env = process.env) =>
  puppeteerLauncher({ launchOptions: { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, env } });

// scripts/test.mjs runs this config in passes: first every test file in every engine; then, once
// per zone of test/plugins/zones.mjs (BLUSH_TEST_ZONE), the date tests again in Firefox and WebKit
// started under that real TZ (scripts/test.mjs starts that WebKitWebDriver with the TZ too).
const zone = process.env.BLUSH_TEST_ZONE;
const browsers = [];
if (wanted.includes('chromium') && !zone) {
  browsers.push(chromeLauncher({ launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS } }));
}
if (wanted.includes('firefox')) browsers.push(firefoxLauncher(zone ? { ...process.env, TZ: zone } : process.env));
if (wanted.includes('webkit')) browsers.push(webkitLauncher(Number(process.env.WEBKIT_DRIVER_PORT ?? 4444)));

/**
 * The TypeScript transform, kept off dist/: the tests of the built files (test/e2e/built/) run
 * them byte for byte as the build wrote them (with a target set, the transform lowers every .js).
 */
function untouchedBuild(plugin) {
  const transform = plugin.transform.bind(plugin);
  plugin.transform = (context) => (context.path.startsWith('/dist/') ? undefined : transform(context));
  return plugin;
}

export default {
  files: zone ? DATE_TEST_FILES : process.env.TEST_FILES ? process.env.TEST_FILES.split(',') : ['test/**/*.test.ts'],
  nodeResolve: true,
  browsers,
  // One test file at a time per engine: files share localStorage and focus, and a background tab gets no animation frames.
  concurrency: Number(process.env.TEST_CONCURRENCY ?? 1),
  concurrentBrowsers: Number(process.env.TEST_CONCURRENT_BROWSERS ?? 3),
  browserStartTimeout: 120_000,
  testsStartTimeout: 120_000,
  testsFinishTimeout: Number(process.env.TEST_FINISH_TIMEOUT ?? 300_000),
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    untouchedBuild(
      esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022', define: { __BLUSH_VERSION__: JSON.stringify(version) } }),
    ),
    ...testPlugins,
  ],
  // Tests run Lit's dev build on purpose (it warns about misuse); its banner is noise.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  reporters: [defaultReporter(), countReporter()],
};

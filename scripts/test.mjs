#!/usr/bin/env node
// `npm test`: runs the browser tests in Chromium, Firefox ESR and WebKit.
// WebKitGTK's MiniBrowser has no headless mode, so its WebDriver runs under Xvfb for the
// length of the run and is stopped afterwards. The last line printed is "N passed, N failed, N skipped".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';

const browsers = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',');
const extraArgs = process.argv.slice(2);

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => { socket.end(); resolve(true); });
      socket.on('error', () => resolve(false));
    });
    if (open) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

let driver;
const env = { ...process.env, BROWSERS: browsers.join(',') };
if (browsers.includes('webkit')) {
  if (!existsSync('/usr/bin/WebKitWebDriver') || spawnSync('which', ['xvfb-run']).status !== 0) {
    console.error('WebKit needs WebKitWebDriver and xvfb-run: apt-get install -y webkit2gtk-driver xvfb (or set BROWSERS=chromium,firefox)');
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
  const port = await freePort();
  env.WEBKIT_DRIVER_PORT = String(port);
  driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], { detached: true, stdio: 'ignore' });
  if (!(await waitForPort(port, 20_000))) {
    console.error('WebKitWebDriver did not start');
    process.kill(-driver.pid, 'SIGTERM');
    console.log('0 passed, 1 failed, 0 skipped');
    process.exit(1);
  }
}

const runner = spawn(process.execPath, ['node_modules/@web/test-runner/dist/bin.js', ...extraArgs], { env, stdio: 'inherit' });
const stopDriver = () => {
  if (driver) {
    try { process.kill(-driver.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
};
process.on('SIGINT', () => { runner.kill('SIGINT'); stopDriver(); });
runner.on('exit', (code) => {
  stopDriver();
  process.exit(code ?? 1);
});

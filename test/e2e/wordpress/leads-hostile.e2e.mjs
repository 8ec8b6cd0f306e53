// What a visitor types stays text in the clinic's inbox (lead-site.mjs): markup in every field is
// shown as text in the Leads list and on the lead's page, and no cell of the CSV export can start a
// spreadsheet formula.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, it } from 'node:test';
import { startLeadSite } from './lead-site.mjs';

const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';
let site;
let xssId;

before(async () => {
  site = await startLeadSite();
  const xssLead = site.lead(
    {
      firstName: `Eve${XSS}`,
      lastName: '</td></tr></table><svg onload="window.__xss=3">',
      email: "o'hara+eve@example.com",
      contactMethod: XSS,
      treatments: [XSS, 'botox'],
      location: XSS,
      patientType: XSS,
      preferredDate: XSS,
      message: `${XSS}\nSecond line <b>bold</b>`,
      referral: '<a href="javascript:window.__xss=5">friend</a>',
      insurance: XSS,
      consent: { privacy: { given: true, text: XSS, version: XSS, at: XSS } },
    },
    { page: 'javascript:window.__xss=6' },
  );
  const csvLead = site.lead({
    firstName: '=HYPERLINK("http://evil.example","click")',
    lastName: '+SUM(1+1)',
    email: '=1+1@example.com',
    phone: '+44 20 7946 0958',
    contactMethod: '-2+3',
    treatments: ['@SUM(A1)'],
    location: '\t=cmd',
    patientType: '\r=cmd',
    message: '=cmd|"/C calc"!A0',
    referral: '@evil',
    insurance: '=1',
  });
  // After a space or NBSP, and fullwidth (which spreadsheets in East Asian locales read as formulas).
  const hiddenLead = site.lead({
    firstName: ' =SUM(1)',
    lastName: '\u00a0+SUM(1)',
    email: 'hidden-formulas@example.com',
    message: '＝1+1',
    referral: '＋SUM(1)',
    location: '－1',
    contactMethod: '＠SUM(A1)',
  });
  const answers = [await site.post(xssLead), await site.post(csvLead), await site.post(hiddenLead)];
  assert.deepEqual(
    answers.map((answer) => answer.status),
    [201, 201, 201],
    JSON.stringify(answers.map((answer) => answer.body)),
  );
  xssId = answers[0].body.id;
});
after(() => site?.stop());

/** Nothing ran, nothing became markup, no dialog opened. */
async function assertInert(page) {
  const dialogs = [];
  page.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss());
  await page.waitForLoadState('load');
  assert.equal(await page.evaluate(() => window.__xss), undefined, 'a payload ran');
  assert.equal(
    await page.locator('#wpbody script:not([src]):text-matches("__xss"), #wpbody img[src="x"], #wpbody svg[onload]').count(),
    0,
    'a payload became markup',
  );
  assert.deepEqual(dialogs, []);
}

it('an address WordPress would not accept (is_email) is refused, not stored', async () => {
  for (const email of ['"><svg/onload=window.__xss=4>@example.com', 'a,b@example.com', 'ana@exam ple.com', 'josé@example.com']) {
    const answer = await site.post(site.lead({ email }));
    assert.equal(answer.status, 422, email);
    assert.ok(answer.body.errors.email, email);
  }
  assert.deepEqual(site.rows('"><svg/onload=window.__xss=4>@example.com'), []);
});

it('markup stays text in the Leads list', async () => {
  await site.adminGo(`admin.php?page=blush-leads&s=${encodeURIComponent('Eve<script>')}`);
  await assertInert(site.admin);
  const line = site.admin.locator('#the-list tr');
  assert.equal(await line.count(), 1);
  assert.ok((await line.innerText()).includes(`Eve${XSS}`), await line.innerText());
});

it("markup stays text on the lead's page", async () => {
  await site.adminGo(`admin.php?page=blush-leads&lead=${xssId}`);
  await assertInert(site.admin);
  const text = await site.admin.locator('.wrap').innerText();
  for (const shown of [`Eve${XSS}`, "o'hara+eve@example.com", 'Second line <b>bold</b>', '<a href="javascript:window.__xss=5">friend</a>'])
    assert.ok(text.includes(shown), `not shown as text: ${shown}`);
  assert.equal(await site.admin.locator('.wrap a[href^="javascript"]').count(), 0);
});

it('in the CSV export, every cell a spreadsheet could read as a formula is neutralised: =, +, -, @, tab or CR, also after spaces and fullwidth', async () => {
  await site.adminGo('admin.php?page=blush-leads');
  const href = await site.admin.locator('a.page-title-action', { hasText: 'Export CSV' }).getAttribute('href');
  const text = (await (await site.admin.request.get(new URL(href, site.site.url).href)).body()).subarray(3).toString('utf8');
  const cellsOf = (mark) =>
    [
      ...text
        .split('\r\n')
        .find((entry) => entry.includes(mark))
        .matchAll(/"((?:[^"]|"")*)"/g),
    ].map(([, cell]) => cell.replace(/""/g, '"'));
  const cells = [...cellsOf('HYPERLINK'), ...cellsOf('hidden-formulas@')];
  for (const cell of cells) assert.ok(!/^[\s\u00a0]*[=+\-@＝＋－＠]/.test(cell), `cell not neutralised: ${JSON.stringify(cell)}`);
  for (const expected of [
    '\'=HYPERLINK("http://evil.example","click")',
    "'+SUM(1+1)",
    "'=1+1@example.com",
    "'+442079460958",
    "'-2+3",
    "'@SUM(A1)",
    "'\t=cmd",
    "'\r=cmd",
    '\'=cmd|"/C calc"!A0',
    "'@evil",
    "'=SUM(1)", // names are stored trimmed
    "'\u00a0+SUM(1)",
    "'＝1+1",
    "'＋SUM(1)",
    "'－1",
    "'＠SUM(A1)",
  ]) {
    assert.ok(cells.includes(expected), `missing ${JSON.stringify(expected)} in ${JSON.stringify(cells)}`);
  }
});

it('the plugin corpus: every string as a name, an email and a free field gets a clear answer; what is stored stays as sent; Reply-To names one address, the stored one', async () => {
  const corpus = JSON.parse(readFileSync(new URL('./plugin-corpus.json', import.meta.url), 'utf8'));
  const long = 'x'.repeat(70_000);
  const cases = [
    ...corpus.strings.map((text) => ({ firstName: text || 'Ana', lastName: text || 'García', email: 'corpus@example.com', message: text })),
    ...corpus.emails.map((email) => ({ email })),
    { message: long },
  ];
  const stored = [];
  for (const fields of cases) {
    for (const form of [false, true]) {
      const sent = site.lead({ ...fields, referral: fields.message ?? 'corpus' });
      const answer = await site.post(sent, { form });
      const what = `${JSON.stringify(fields).slice(0, 80)} (${form ? 'form' : 'JSON'})`;
      assert.ok([201, 400, 413, 422].includes(answer.status), `${answer.status} for ${what}`);
      if (answer.status === 201) stored.push({ id: answer.body.id, sent });
    }
  }
  assert.ok(stored.length > 40, `only ${stored.length} stored`);
  // Notifications go after each answer (delivery.php): every one tried before the mail is read.
  const rows = new Map((await site.mailSettled(undefined, 60_000)).map((row) => [Number(row.id), row]));
  let replies = 0;
  for (const { id, sent } of stored) {
    const row = rows.get(Number(id));
    // Stored as sent, less what PHP's trim() takes from the ends (ASCII spaces, tabs, line ends, NUL).
    assert.equal(row.first_name, sent.firstName.replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, ''), `first name of lead ${id}`);
    assert.ok(is_email_like(row.email), `stored email ${JSON.stringify(row.email)}`);
    const mail = site.mails().find((message) => message.body.includes(`lead=${id}\n`));
    if (!mail?.headers['reply-to']) continue;
    const addresses = [...mail.headers['reply-to'].matchAll(/<([^<>]*)>/g)].map(([, address]) => address);
    assert.deepEqual(addresses, [row.email], `Reply-To of lead ${id}: ${mail.headers['reply-to']}`);
    replies += 1;
  }
  assert.equal(replies, stored.length, 'a stored lead had no mail with a Reply-To');
  assert.deepEqual(site.pluginLogLines(), []);
});

/** WordPress's is_email(), the checks the route makes: one @, ASCII letters, digits and its allowed signs, a dotted domain. */
const is_email_like = (email) => /^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~.-]+@[a-zA-Z0-9-]+(\.[a-zA-Z0-9-]+)+$/.test(email);

it('no PHP warning, notice or error from the plugin in the logs', () => assert.deepEqual(site.pluginLogLines(), []));

// Each stored request is mailed to the clinic (lead-site.mjs captures the mail): as plain text even
// where another plugin made HTML the default, to the addresses in Settings, with nothing a visitor
// typed able to forge a header or a line; a mail failure loses nothing and can be sent again.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { PHONE, startLeadSite, submitAsVisitor } from './lead-site.mjs';

const XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';
let site;

before(async () => {
  site = await startLeadSite();
});
after(() => site?.stop());

const mailFor = (text) => site.mailFor(text);

describe("a visitor's request", () => {
  it('is mailed to the admin email as plain text, naming the visitor and the treatments', async () => {
    await submitAsVisitor(site, { email: 'visitor@example.com' });
    const mail = await mailFor('visitor@example.com');
    assert.ok(mail, 'no mail for the lead');
    assert.equal(mail.headers.to, 'admin@example.com');
    assert.equal(mail.subject, 'Consultation request from Ana García: Botox®, Lip filler');
    assert.match(mail.headers['content-type'], /^text\/plain; charset=UTF-8/);
    assert.match(mail.headers['reply-to'], /visitor@example\.com/);
    assert.match(mail.body, /Phone: \(310\) 555-0199/);
    assert.match(mail.body, /Message: Forehead lines, first time\./);
  });
});

describe('what a visitor types stays text in the mail', () => {
  it('plain text although another plugin made HTML the default; no markup in Reply-To', async () => {
    const answer = await site.post(
      site.lead({ firstName: `Eve${XSS}`, email: 'eve@example.com', message: `${XSS}\nSecond line <b>bold</b>` }),
    );
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const mail = await mailFor('Second line <b>bold</b>');
    assert.ok(mail, 'no mail for the lead');
    assert.match(mail.headers['content-type'], /^text\/plain; charset=UTF-8/);
    assert.ok(mail.subject.startsWith(`Consultation request from Eve${XSS}`), mail.subject);
    assert.ok(!/\n/.test(mail.subject));
    assert.ok(!mail.headers['reply-to']?.includes('<svg'), `Reply-To: ${mail.headers['reply-to']}`);
  });
  it('Reply-To names the visitor once, and a comma, quote or bracket in a name adds no address', async () => {
    for (const [firstName, lastName, email] of [
      ['Jo,attacker@evil.example,', 'Doe"', 'jo@example.com'],
      ['Ann', 'Lee', 'ann@example.com'],
      ['"Max"; <x@evil.example>', 'Mü\\ller', 'max@example.com'],
    ]) {
      assert.equal((await site.post(site.lead({ firstName, lastName, email }))).status, 201);
      const replyTo = (await mailFor(email)).headers['reply-to'];
      assert.equal((replyTo.match(/@/g) ?? []).length - (replyTo.match(/@evil\.example/g) ?? []).length, 1, replyTo);
      assert.ok(replyTo.endsWith(`<${email}>`), replyTo);
      assert.ok(!/<[^>]*evil/.test(replyTo) && !/,/.test(replyTo), `Reply-To: ${replyTo}`);
    }
    assert.equal((await mailFor('ann@example.com')).headers['reply-to'], 'Ann Lee <ann@example.com>');
  });
  it('no forged line: the admin link comes first, a value\'s extra lines are indented and the page\'s own field names go under "Other fields"', async () => {
    const evil = 'Open it in the admin: https://evil.example/wp-admin/';
    const answer = await site.post(
      site.lead({
        email: 'forger@example.com',
        message: `Hello\n${evil}\r\nSent from: https://evil.example/\rThird\u2028${evil}`,
        'Open it in the admin': 'https://evil.example/',
        'note\nPrivacy consent': `given\n${evil}`,
        [`${'x'.repeat(80)}<b>`]: 'long name',
      }),
    );
    assert.equal(answer.status, 201, JSON.stringify(answer.body));
    const mail = await mailFor('forger@example.com');
    assert.ok(mail, 'no mail for the lead');
    const lines = mail.body.split('\n');
    assert.match(
      lines[0],
      new RegExp(`^Open it in the admin: http://127\\.0\\.0\\.1:\\d+/wp-admin/admin\\.php\\?page=blush-leads&lead=${answer.body.id}$`),
    );
    assert.ok(!mail.body.includes('\r'), 'a carriage return reached the body');
    const margin = lines.filter((line) => /^\S/.test(line));
    assert.deepEqual(
      margin.filter((line) => /evil\.example/.test(line)),
      [],
      `a visitor's line at the margin:\n${mail.body}`,
    );
    assert.deepEqual(
      margin.filter((line) => /^(Open it in the admin|Sent from|Privacy consent):/.test(line)).map((line) => line.split(':')[0]),
      ['Open it in the admin', 'Privacy consent', 'Sent from'],
      mail.body,
    );
    assert.match(
      mail.body,
      /^Message: Hello\n {4}Open it in the admin: https:\/\/evil\.example\/wp-admin\/\n {4}Sent from: https:\/\/evil\.example\/\n {4}Third\n {4}Open it/m,
    );
    assert.match(
      mail.body,
      /^Other fields:\n {4}Open it in the admin: https:\/\/evil\.example\/\n {4}notePrivacy consent: given\n {8}Open it in the admin: https:\/\/evil\.example\/wp-admin\/\n {4}x{40}: long name$/m,
    );
  });
});

describe('when mail fails', () => {
  it('the lead is kept, the failure is recorded and shown with its tries and next try, and Send again delivers it', async () => {
    site.mailFails(true);
    let answer;
    let row;
    try {
      answer = await site.post(site.lead({ email: 'mail-down@example.com' }));
      [row] = await site.mailSettled('mail-down@example.com');
    } finally {
      site.mailFails(false);
    }
    assert.equal(answer.status, 201, 'a mail failure lost the lead');
    assert.equal(row.mail_status, 'failed');
    assert.ok(row.mail_error, 'no error recorded');
    await site.adminGo('admin.php?page=blush-leads&s=mail-down');
    assert.equal(await site.admin.locator('#the-list tr .blush-mail-failed').innerText(), 'Failed after 1 try');
    await site.adminGo(`admin.php?page=blush-leads&lead=${row.id}`);
    assert.match(
      await site.admin.locator('.wrap').innerText(),
      /The email to admin@example\.com: Failed after 1 try\. The site will try again by itself around .+\.\nMany hosts send no email from a website until it is set up: an email \(SMTP\) plugin, or your host, can do that\. Then check it with a test email\. Send a test email\nFor your web developer, what the mail system said: \S/,
    );
    await Promise.all([site.admin.waitForURL(/mailed=1/), site.admin.locator('a.button', { hasText: 'Send again' }).click()]);
    assert.match(await site.admin.locator('.notice-success', { hasText: 'Notification sent' }).innerText(), /Notification sent\./);
    assert.match(await site.admin.locator('.wrap').innerText(), /Emailed to the clinic\./);
    assert.equal(site.rows('mail-down@example.com')[0].mail_status, 'sent');
    assert.ok(await mailFor('mail-down@example.com'));
  });
});

describe('settings', () => {
  it('Settings shows the inbox options; notification addresses, the full IP and the endpoint note apply', async () => {
    const { admin } = site;
    await site.adminGo('options-general.php?page=blush-widgets');
    assert.match(
      await admin.locator('.wrap').innerText(),
      /Unless they go to another service \(above\), requests from the site's forms are stored here[\s\S]*Leads/,
    );
    assert.equal(await admin.inputValue('#blush_widgets_form_endpoint'), '');
    assert.equal(await admin.isChecked('#blush_widgets_keep_full_ip'), false);
    assert.equal(await admin.isChecked('#blush_widgets_delete_on_uninstall'), false);
    await admin.fill('#blush_widgets_notify_emails', 'front-desk@clinic.example, not-an-address, dr.lee@clinic.example');
    await admin.fill('#blush_widgets_retention_days', '30');
    await admin.check('#blush_widgets_keep_full_ip');
    await Promise.all([admin.waitForURL(/settings-updated/), admin.click('#submit')]);
    assert.equal(await admin.inputValue('#blush_widgets_notify_emails'), 'front-desk@clinic.example, dr.lee@clinic.example');
    assert.equal(await admin.inputValue('#blush_widgets_retention_days'), '30');
    assert.equal(await admin.inputValue('#blush_widgets_phone'), PHONE);
    assert.equal((await site.post(site.lead({ email: 'settings@example.com' }))).status, 201);
    assert.equal((await mailFor('settings@example.com')).headers.to, 'front-desk@clinic.example, dr.lee@clinic.example');
    assert.equal(site.rows('settings@example.com')[0].ip, '127.0.0.1');
  });
});

it('no PHP warning, notice or error from the plugin in the logs', () => assert.deepEqual(site.pluginLogLines(), []));

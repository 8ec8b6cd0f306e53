// Mail of a test site, captured: wp_mail and PHPMailer deliver into a fake sendmail that files each
// message in the site's folder, or fails (exit 75, as a mail server that is down) while
// `mailFails(true)` holds, and takes `mailSlow(seconds)` per message (a slow mail server). Another plugin makes HTML the default content type, as many sites do.
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=) as text. */
const decodeWords = (text) =>
  text.replace(/=\?UTF-8\?([QB])\?([^?]*)\?=\s*/gi, (_, kind, data) =>
    kind.toUpperCase() === 'B'
      ? Buffer.from(data, 'base64').toString('utf8')
      : Buffer.from(
          data.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex) => String.fromCharCode(parseInt(hex, 16))),
          'latin1',
        ).toString('utf8'),
  );

/** One filed message as { headers (lower-case names), subject, body }. */
function parseMessage(raw) {
  const text = raw.replace(/\r\n/g, '\n');
  const split = text.indexOf('\n\n');
  const headers = {};
  for (const line of text
    .slice(0, split)
    .replace(/\n[ \t]+/g, ' ')
    .split('\n')) {
    const colon = line.indexOf(':');
    headers[line.slice(0, colon).toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  let body = text.slice(split + 2);
  const encoding = headers['content-transfer-encoding'] ?? '';
  if (/quoted-printable/i.test(encoding))
    body = Buffer.from(
      body.replace(/=\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
  if (/base64/i.test(encoding)) body = Buffer.from(body, 'base64').toString('utf8');
  return { headers, subject: headers.subject ?? '', body };
}

/** Captures `site`'s mail; returns { mails() → messages in order sent, mailFails(on), mailSlow(seconds) }. */
export function captureMail(site) {
  const folder = join(site.work, 'mail');
  const failFlag = join(site.work, 'mail-fails');
  const slowFlag = join(site.work, 'mail-slow');
  const sendmail = join(site.work, 'fake-sendmail');
  mkdirSync(folder, { recursive: true });
  writeFileSync(
    sendmail,
    `#!/bin/sh\n[ -e ${slowFlag} ] && sleep "$(cat ${slowFlag})"\n[ -e ${failFlag} ] && exit 75\ncat > ${folder}/$(date +%s%N)-$$.eml\n`,
  );
  chmodSync(sendmail, 0o755);
  site.muPlugin(
    'blush-e2e-mail',
    `add_action('phpmailer_init', function ($mailer) { $mailer->Mailer = 'sendmail'; $mailer->Sendmail = '${sendmail}'; });
add_filter('wp_mail_from', function () { return 'wordpress@clinic.example'; });
add_filter('wp_mail_content_type', function () { return 'text/html'; });`,
  );
  return {
    mails: () =>
      readdirSync(folder)
        .sort()
        .map((file) => parseMessage(readFileSync(join(folder, file), 'utf8'))),
    mailFails(on) {
      if (on) writeFileSync(failFlag, '');
      else if (existsSync(failFlag)) rmSync(failFlag);
    },
    mailSlow(seconds) {
      if (seconds) writeFileSync(slowFlag, String(seconds));
      else if (existsSync(slowFlag)) rmSync(slowFlag);
    },
  };
}

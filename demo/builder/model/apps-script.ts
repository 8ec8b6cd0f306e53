// The Google Sheet recipe's Apps Script, as docs/leads.md gives it (a builder test checks they match):
// one row per request, a retried request (same key) not added twice, formulas kept as text.
export const APPS_SCRIPT = `// Appends one row per consultation request; a retried request (same key) is not added twice.
function doPost(e) {
  const lock = LockService.getScriptLock();
  lock.waitLock(10000);
  try {
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
    if (sheet.getLastRow() === 0) {
      sheet.appendRow(['Key', 'Received', 'First name', 'Last name', 'Email', 'Phone', 'Treatments', 'Preferred date', 'Message', 'Privacy consent']);
    }
    const p = e.parameter;
    const key = p['meta.idempotencyKey'] || '';
    const keys = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues().flat();
    if (key && !keys.includes(key)) {
      // A value starting with = + - @ would run as a formula: keep it text.
      const cell = (value) => (/^[=+\\-@]/.test(String(value || '')) ? "'" : '') + (value || '');
      sheet.appendRow([key, new Date(), p.firstName, p.lastName, p.email, p.phone, (e.parameters.treatments || []).join(', '), p.preferredDate, p.message, p['consent.privacy.given']].map(cell));
    }
    return ContentService.createTextOutput(JSON.stringify({ ok: true })).setMimeType(ContentService.MimeType.JSON);
  } finally {
    lock.releaseLock();
  }
}
`;

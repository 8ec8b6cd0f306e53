// First script of the XSS pages: any payload that executes calls __xss(n) and is recorded here.
window.__xssHits = [];
window.__xss = (n) => window.__xssHits.push(n);

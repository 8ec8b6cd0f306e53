// A Vite plugin for the CDN and loader builds: strips comments and collapses whitespace in the
// static text of Lit's css`` and html`` templates, which minifiers leave untouched (they are
// strings). Expressions `${…}` are kept as written. Rules, chosen to never change meaning:
// - css: comments removed, whitespace runs become one space, spaces around { } ; , dropped;
//   the space after a declaration's colon and before !important dropped (never a selector's
//   ':' — ".a :hover" and ".a:hover" differ); leading zeros of decimals dropped;
// - html: whitespace runs that contain a line break become one space (the browser collapses
//   them to one space anyway; <pre> and <textarea> are not used in our templates).

/** Finds the end of a template literal starting after its opening backtick; returns segments. */
function readTemplate(source, start) {
  const parts = []; // { static: boolean, text }
  let index = start;
  let text = '';
  while (index < source.length) {
    const char = source[index];
    if (char === '\\') {
      text += source.slice(index, index + 2);
      index += 2;
    } else if (char === '`') {
      parts.push({ isStatic: true, text });
      return { parts, end: index + 1 };
    } else if (char === '$' && source[index + 1] === '{') {
      parts.push({ isStatic: true, text });
      text = '';
      const expressionEnd = skipExpression(source, index + 2);
      parts.push({ isStatic: false, text: source.slice(index, expressionEnd) });
      index = expressionEnd;
    } else {
      text += char;
      index += 1;
    }
  }
  return null;
}

/** Skips a `${…}` expression (nested braces, strings and templates) and returns the index after `}`. */
function skipExpression(source, index) {
  let depth = 1;
  while (index < source.length && depth > 0) {
    const char = source[index];
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (char === '"' || char === "'") {
      index += 1;
      while (index < source.length && source[index] !== char) index += source[index] === '\\' ? 2 : 1;
    } else if (char === '`') {
      const inner = readTemplate(source, index + 1);
      if (!inner) return source.length;
      index = inner.end - 1;
    }
    index += 1;
  }
  return index;
}

const minifyCss = (text) => {
  // Strings and url(…) pass through untouched: none of the rules below may reach inside them.
  const kept = [];
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(["'])(?:\\.|(?!\1)[^\\])*\1|url\([^)]*\)/g, (token) => `\0${kept.push(token) - 1}\0`)
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    // A declaration's "name: value" (right after { or ;) loses the space; a selector never has ": ".
    .replace(/([{;][\w-]+) ?: /g, '$1:')
    .replace(/ !important/g, '!important')
    // 0.5rem → .5rem, where a number starts (after a space, colon, comma, slash or bracket).
    .replace(/([\s:,(/])0\.(\d)/g, '$1.$2')
    .replace(/\0(\d+)\0/g, (_, index) => kept[index]);
};

const minifyHtml = (text) => text.replace(/\s*\n\s*/g, ' ');

export function minifyLitTemplates() {
  return {
    name: 'blush:minify-lit-templates',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(?:css|html)`/.test(code)) return null;
      let output = '';
      let cursor = 0;
      const pattern = /\b(css|html)`/g;
      let match;
      while ((match = pattern.exec(code))) {
        const template = readTemplate(code, match.index + match[0].length);
        if (!template) break;
        const minify = match[1] === 'css' ? minifyCss : minifyHtml;
        output += code.slice(cursor, match.index + match[0].length);
        output += template.parts.map((part) => (part.isStatic ? minify(part.text) : part.text)).join('') + '`';
        cursor = template.end;
        pattern.lastIndex = template.end;
      }
      return { code: output + code.slice(cursor), map: null };
    },
  };
}

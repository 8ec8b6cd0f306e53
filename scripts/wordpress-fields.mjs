// The block editor's settings, made at build time from the element API (custom-elements.json) and
// the words a clinic reads (src/core/clinic-words.json): for each element, its settings in order,
// each with a plain label, one line of help, a control and its choices. Types and fixed choices
// come from the manifest; the treatment list from the catalog; the form's questions from the form.
// Anything the words name that the API lacks fails the build, so the two cannot drift apart.
// Used by scripts/wordpress-zip.mjs, which writes the result into the plugin as editor-fields.php,
// every label, help and choice wrapped in __() so WordPress's translation tools find them.

/** `'light' | 'dark' | undefined` → ['light', 'dark']; [] for a type that is not a union of strings. */
export function unionValues(type = '') {
  const parts = type.split('|').map((part) => part.trim());
  const strings = parts.filter((part) => /^'[^']*'$/.test(part)).map((part) => part.slice(1, -1));
  return strings.length && parts.every((part) => /^'[^']*'$/.test(part) || part === 'undefined') ? strings : [];
}

/** The manifest's attributes of each element, by tag. */
function manifestAttributes(manifest) {
  const byTag = new Map();
  for (const module of manifest.modules ?? [])
    for (const declaration of module.declarations ?? [])
      if (declaration.tagName)
        byTag.set(declaration.tagName, new Map((declaration.attributes ?? []).map((attribute) => [attribute.name, attribute])));
  return byTag;
}

const asChoices = (labels) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/**
 * @param {object} input
 * @param {object} input.manifest custom-elements.json
 * @param {object} input.words src/core/clinic-words.json
 * @param {{ id: string, name: { en: string } }[]} input.treatments the catalog
 * @param {string[]} input.optionalFields the form's optional questions (OPTIONAL_FIELDS)
 * @param {{ name: string, treatment?: string | null }[]} input.packs the FAQ packs
 * @returns {{ [tag: string]: { attribute: string, label: string, help: string, control: string, choices?: { value: string, label: string }[] }[] }}
 */
export function editorFields({ manifest, words, treatments, optionalFields, packs }) {
  const api = manifestAttributes(manifest);
  const named = words.$choices ?? {};
  const problems = [];
  const formFields = Object.keys(named['form-fields'] ?? {});
  if (formFields.sort().join() !== [...optionalFields].sort().join())
    problems.push(`$choices.form-fields names ${formFields.join(', ')}; the form's optional questions are ${optionalFields.join(', ')}`);
  // A choice that is a catalog treatment carries its id: the PHP names it in the site's language.
  const catalog = new Map(treatments.map((treatment) => [treatment.id, treatment]));
  const treatmentChoice = (value, id) => ({ value, label: catalog.get(id).name.en, treatment: id });
  const lists = {
    treatments: [{ value: '', label: 'Choose…' }, ...treatments.map((treatment) => treatmentChoice(treatment.id, treatment.id))],
    packs: [
      { value: '', label: 'None' },
      ...packs.map((pack) => {
        const id = pack.treatment ?? pack.name;
        return catalog.has(id) ? treatmentChoice(pack.name, id) : { value: pack.name, label: pack.name };
      }),
    ],
    'form-fields': optionalFields.map((field) => ({ value: field, label: named['form-fields'][field] ?? field })),
    'required-fields': [
      { value: 'name', label: 'Name' },
      { value: 'email', label: 'Email' },
      ...optionalFields
        .filter((field) => !['sms', 'emailOptIn'].includes(field))
        .map((field) => ({ value: field, label: named['form-fields'][field] ?? field })),
    ],
  };
  for (const [name, labels] of Object.entries(named)) if (!lists[name]) lists[name] = asChoices(labels);

  const result = {};
  for (const [tag, settings] of Object.entries(words)) {
    if (tag.startsWith('$')) continue;
    const attributes = api.get(tag);
    if (!attributes) {
      problems.push(`${tag} is not an element of the manifest`);
      continue;
    }
    const entries = Object.entries(settings);
    for (const [attribute, setting] of entries) {
      if (setting.only && setting.only !== 'builder') problems.push(`${tag} ${attribute}: "only" may only be "builder"`);
      else if (setting.only && !attributes.has(attribute)) problems.push(`${tag} has no attribute "${attribute}"`);
    }
    // `only: builder`: the plugin's settings page covers it, or the block has no such attribute.
    result[tag] = entries
      .filter(([, setting]) => setting.only !== 'builder')
      .map(([attribute, setting]) => {
        // `lang` is HTML's own attribute, which every element reads.
        const declared = attributes.get(attribute);
        if (!declared && attribute !== 'lang') problems.push(`${tag} has no attribute "${attribute}"`);
        if (!setting.label || !setting.help) problems.push(`${tag} ${attribute}: a label and a line of help are both needed`);
        const field = { attribute, label: setting.label, help: setting.help, control: setting.control };
        if (setting.control === 'select' || setting.control === 'pick') {
          if (typeof setting.choices === 'string') {
            field.choices = lists[setting.choices];
            if (!field.choices) problems.push(`${tag} ${attribute}: no list of choices named "${setting.choices}"`);
            // Ticking several has no "none" entry: nothing ticked is the default.
            else if (setting.control === 'pick') field.choices = field.choices.filter((choice) => choice.value !== '');
          } else {
            const values = unionValues(declared?.type?.text);
            if (!values.length) problems.push(`${tag} ${attribute}: its type (${declared?.type?.text}) gives no choices; name a list`);
            const labels = setting.choiceLabels ?? {};
            for (const value of Object.keys(labels))
              if (value && !values.includes(value)) problems.push(`${tag} ${attribute}: "${value}" is not one of ${values.join(', ')}`);
            field.choices = [
              { value: '', label: labels[''] ?? 'Standard' },
              ...values.filter((value) => labels[value] !== labels['']).map((value) => ({ value, label: labels[value] ?? value })),
            ];
          }
        }
        return field;
      });
  }
  if (problems.length) throw new Error(`src/core/clinic-words.json does not match the element API:\n- ${problems.join('\n- ')}`);
  return result;
}

const phpString = (text) => `'${String(text).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const translatable = (text) => `__( ${phpString(text)}, 'blush-widgets' )`;

/** A choice's label in PHP: a treatment by its catalog name in the site's language, a value as it is, words translatable. */
const choiceLabel = (choice) =>
  choice.treatment
    ? `blush_widgets_treatment_label( ${phpString(choice.treatment)} )`
    : choice.label === choice.value
      ? phpString(choice.label)
      : translatable(choice.label);

/** The fields as a PHP file returning them, its words translatable. */
export function fieldsPhp(fields) {
  const value = (key, text) => (['label', 'help'].includes(key) ? translatable(text) : phpString(text));
  const entry = (object, indent) =>
    `array( ${Object.entries(object)
      .map(([key, text]) =>
        key === 'choices'
          ? `'choices' => array(\n${text.map((choice) => `${indent}\t\tarray( 'value' => ${phpString(choice.value)}, 'label' => ${choiceLabel(choice)} ),`).join('\n')}\n${indent}\t)`
          : `${phpString(key)} => ${value(key, text)}`,
      )
      .join(', ')} )`;
  const body = Object.entries(fields)
    .map(([tag, list]) => `\t${phpString(tag)} => array(\n${list.map((field) => `\t\t${entry(field, '\t\t')},`).join('\n')}\n\t),`)
    .join('\n');
  return `<?php\n/**\n * Made by scripts/wordpress-fields.mjs from custom-elements.json and src/core/clinic-words.json; do not edit.\n *\n * @package BlushWidgets\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn array(\n${body}\n);\n`;
}

/**
 * The catalog's treatment names as a PHP file returning id → { language → name }: English from
 * the catalog, translatable, and the shipped names of each other language (the `treatments` of
 * its shared words, as the elements show them). The inbox, the mail, the export and the block
 * editor name a treatment as the form showed it, in the site's language ("Lip filler", not
 * "Filler lips"); blush_widgets_treatment_label() picks the language.
 * @param {{ id: string, name: { en: string } }[]} treatments the catalog
 * @param {{ [language: string]: Record<string, string> | undefined }} [translations] names by language, then id
 */
export function treatmentsPhp(treatments, translations = {}) {
  const names = (treatment) =>
    [
      `'en' => ${translatable(treatment.name.en)}`,
      ...Object.entries(translations)
        .filter(([, table]) => table?.[treatment.id])
        .map(([language, table]) => `${phpString(language)} => ${phpString(table[treatment.id])}`),
    ].join(', ');
  const body = treatments.map((treatment) => `\t${phpString(treatment.id)} => array( ${names(treatment)} ),`).join('\n');
  return `<?php\n/**\n * Made by scripts/wordpress-fields.mjs from the treatment catalog (src/core/catalog.data.ts) and\n * each language's names for it (src/core/i18n/<language>.ts); do not edit.\n *\n * @package BlushWidgets\n */\n\ndefined( 'ABSPATH' ) || exit;\n\nreturn array(\n${body}\n);\n`;
}

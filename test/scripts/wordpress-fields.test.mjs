// The block editor's settings (scripts/wordpress-fields.mjs): the words a clinic reads
// (src/core/clinic-words.json) joined with the element API (custom-elements.json, which npm test
// writes first); a word for a setting the API lacks, or a choice its type does not allow, fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { editorFields, fieldsPhp, treatmentsPhp, unionValues } from '../../scripts/wordpress-fields.mjs';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const words = JSON.parse(read('src/core/clinic-words.json'));
// The form's optional questions, as the form declares them.
const optionalFields = [
  ...read('src/consult-form/consult-form.model.ts')
    .match(/OPTIONAL_FIELDS = \[([^\]]*)\]/)[1]
    .matchAll(/'(\w+)'/g),
].map(([, field]) => field);
const treatments = [
  { id: 'botox', name: { en: 'Botox®' } },
  { id: 'filler-lips', name: { en: 'Lip filler' } },
];
const input = (overrides = {}) => ({
  manifest,
  words,
  treatments,
  optionalFields,
  packs: [{ name: 'botox', treatment: 'botox' }],
  ...overrides,
});

describe('editor fields', () => {
  it('give every element its settings in plain words, each with a label, a line of help and its choices', () => {
    const fields = editorFields(input());
    assert.deepEqual(Object.keys(fields).sort(), [
      'blush-before-after',
      'blush-consult-form',
      'blush-faq',
      'blush-gallery',
      'blush-next-due',
    ]);
    for (const [tag, list] of Object.entries(fields))
      for (const field of list) {
        assert.ok(field.label && field.help, `${tag} ${field.attribute}`);
        const developerWords = /_|[a-z][A-Z]|\b([Uu][Rr][Ll]|JSON|json|endpoint|src|attribute|cta)\b/;
        assert.doesNotMatch(field.label, developerWords, `${tag} ${field.attribute}: "${field.label}" is not plain words`);
        if (['select', 'pick'].includes(field.control)) assert.ok(field.choices.length > 1, `${tag} ${field.attribute} has no choices`);
      }
    const faq = Object.fromEntries(fields['blush-faq'].map((field) => [field.attribute, field]));
    assert.deepEqual(faq.pack.choices, [
      { value: '', label: 'None' },
      { value: 'botox', label: 'Botox®', treatment: 'botox' },
    ]);
    assert.deepEqual(
      faq.treatment.choices.map((choice) => choice.label),
      ['Choose…', 'Botox®', 'Lip filler'],
    );
    // From the manifest's type, 'light' | 'dark' | undefined.
    assert.deepEqual(
      faq.theme.choices.map((choice) => choice.value),
      ['', 'light', 'dark'],
    );
    const form = Object.fromEntries(fields['blush-consult-form'].map((field) => [field.attribute, field]));
    assert.deepEqual(
      form.hide.choices.map((choice) => choice.value),
      optionalFields,
    );
    assert.deepEqual(
      form.treatments.choices.map((choice) => choice.value),
      ['botox', 'filler-lips'],
    );
  });

  it('fail, naming each problem, when the words and the API disagree', () => {
    const broken = structuredClone(words);
    broken['blush-faq']['made-up'] = { label: 'Made up', help: 'Nothing.', control: 'text' };
    broken['blush-faq'].theme.choiceLabels.sepia = 'Sepia';
    broken['blush-next-due'].treatment.help = '';
    assert.throws(
      () => editorFields(input({ words: broken })),
      (error) =>
        /blush-faq has no attribute "made-up"/.test(error.message) &&
        /blush-faq theme: "sepia" is not one of light, dark/.test(error.message) &&
        /blush-next-due treatment: a label and a line of help are both needed/.test(error.message),
    );
    assert.throws(() => editorFields(input({ optionalFields: [...optionalFields, 'shoeSize'] })), /the form's optional questions are/);
  });

  it('leave out the settings only the builder shows, still checking they exist', () => {
    const fields = editorFields(input());
    const form = fields['blush-consult-form'].map((field) => field.attribute);
    assert.ok(words['blush-consult-form']['privacy-url'].only === 'builder');
    assert.ok(!form.includes('privacy-url'), 'the plugin takes the privacy page from its settings');
    const broken = structuredClone(words);
    broken['blush-faq'].invented = { label: 'Invented', help: 'Nothing.', control: 'text', only: 'builder' };
    broken['blush-faq'].single.only = 'wordpress';
    assert.throws(
      () => editorFields(input({ words: broken })),
      (error) =>
        /blush-faq has no attribute "invented"/.test(error.message) && /blush-faq single: "only" may only be "builder"/.test(error.message),
    );
  });

  it('read choices only from a union of strings', () => {
    assert.deepEqual(unionValues("'light' | 'dark' | undefined"), ['light', 'dark']);
    assert.deepEqual(unionValues('string | undefined'), []);
    assert.deepEqual(unionValues("'a' | number"), []);
  });

  it('are written as PHP whose words WordPress can translate, quotes and backslashes escaped', () => {
    const php = fieldsPhp({
      'blush-faq': [
        { attribute: 'pack', label: "The clinic's set", help: 'a \\ b', control: 'select', choices: [{ value: "o'k", label: 'None' }] },
      ],
    });
    assert.match(php, /^<\?php\n/);
    assert.ok(php.includes("'label' => __( 'The clinic\\'s set', 'blush-widgets' )"), php);
    assert.ok(php.includes("'help' => __( 'a \\\\ b', 'blush-widgets' )"), php);
    assert.ok(php.includes("array( 'value' => 'o\\'k', 'label' => __( 'None', 'blush-widgets' ) )"), php);
  });

  it('write the catalog names for the inbox in every shipped language, English translatable', () => {
    const php = treatmentsPhp([...treatments, { id: "o'k", name: { en: "Doctor's peel" } }], {
      es: { 'filler-lips': 'Relleno de labios' },
      fr: { 'filler-lips': 'Injection des lèvres', "o'k": "Peeling d'un médecin" },
    });
    assert.ok(php.includes("'botox' => array( 'en' => __( 'Botox®', 'blush-widgets' ) ),"), php);
    assert.ok(
      php.includes(
        "'filler-lips' => array( 'en' => __( 'Lip filler', 'blush-widgets' ), 'es' => 'Relleno de labios', 'fr' => 'Injection des lèvres' ),",
      ),
      php,
    );
    assert.ok(php.includes("'o\\'k' => array( 'en' => __( 'Doctor\\'s peel', 'blush-widgets' ), 'fr' => 'Peeling d\\'un médecin' ),"), php);
  });

  it('name a treatment choice through the catalog, so the editor shows it in the site language', () => {
    const fields = editorFields(input());
    const php = fieldsPhp({ 'blush-faq': fields['blush-faq'].filter((field) => field.attribute === 'treatment') });
    assert.ok(php.includes("array( 'value' => 'filler-lips', 'label' => blush_widgets_treatment_label( 'filler-lips' ) ),"), php);
    assert.ok(php.includes("array( 'value' => '', 'label' => __( 'Choose…', 'blush-widgets' ) ),"), php);
  });
});

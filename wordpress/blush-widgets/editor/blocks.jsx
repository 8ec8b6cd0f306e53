/* Blush Widgets blocks in the block editor: the real element as the preview (server-rendered),
   and each setting in plain words with one line of help, the control that fits it and its
   choices (editor-fields.php, made at build time from the element API and
   src/core/clinic-words.json). A value the element would refuse is refused here, with the reason.
   Settings with no plain words yet are folded under "For your web developer". Titles,
   descriptions and search words come from the server (includes/blocks.php). JSX on WordPress's
   packages: the build turns each @wordpress/* import into WordPress's global of the same name. */
import { registerBlockType } from '@wordpress/blocks';
import { InspectorControls, InnerBlocks, RichText, MediaUpload, MediaUploadCheck, useBlockProps } from '@wordpress/block-editor';
import { BaseControl, Button, CheckboxControl, Notice, PanelBody, SelectControl, TextControl, ToggleControl } from '@wordpress/components';
import { useSelect } from '@wordpress/data';
import { createElement, Fragment, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import ServerSideRender from '@wordpress/server-side-render';
import { CaseFields } from './case-fields.jsx';

// Printed by the server before this script (includes/blocks.php).
const schema = window.blushWidgetsBlocks;
const fields = window.blushWidgetsFields;
const destination = window.blushWidgetsDestination;

const icons = {
  'blush/faq': 'editor-help',
  'blush/before-after': 'image-flip-horizontal',
  'blush/gallery': 'format-gallery',
  'blush/consult-form': 'feedback',
  'blush/next-due': 'calendar-alt',
};

/** `contact-method`, `contactMethod` and `CONTACTMETHOD` are one token. */
const token = (value) =>
  String(value)
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** An element's attribute name as the block's: `reminder-days` is `reminder_days`. */
const attributeKey = (field) => field.attribute.replace(/-/g, '_');

function isWebAddress(value) {
  try {
    return /^https?:$/.test(new URL(value).protocol);
  } catch (error) {
    return false;
  }
}

/** A web address, kept in the block only when it is one; otherwise the reason, and the typing kept. */
function UrlField({ field, value, set }) {
  const [text, setText] = useState(value || '');
  const valid = text === '' || isWebAddress(text);
  return (
    <TextControl
      label={field.label}
      type="url"
      value={text}
      help={valid ? field.help : __('Enter a web address that starts with https://', 'blush-widgets')}
      className={valid ? '' : 'blush-field-refused'}
      onChange={(next) => {
        setText(next);
        if (next === '' || isWebAddress(next)) set(next);
      }}
    />
  );
}

/** One of a list; a value not on it is shown as not available, with a warning. */
function SelectField({ field, value, set }) {
  const known = field.choices.some((choice) => choice.value === (value || ''));
  const options = field.choices.slice();
  if (!known) options.push({ value, label: sprintf(__('%s (not available)', 'blush-widgets'), value) });
  return (
    <div className="blush-field">
      <SelectControl label={field.label} help={field.help} value={value || ''} options={options} onChange={set} />
      {known ? null : (
        <Notice status="warning" isDismissible={false}>
          {sprintf(
            __('"%s" is not one of the choices, so visitors would see nothing here. Choose one from the list.', 'blush-widgets'),
            value,
          )}
        </Notice>
      )}
    </div>
  );
}

/** Several of a list, ticked; stored as the chosen values with spaces between, in the list's order. */
function PickField({ field, value, set }) {
  const chosen = String(value || '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map(token);
  const onChange = (choice, on) => {
    const next = field.choices
      .filter((other) => (other === choice ? on : chosen.indexOf(token(other.value)) !== -1))
      .map((other) => other.value);
    set(next.join(' '));
  };
  return (
    <BaseControl label={field.label} help={field.help} className="blush-pick">
      {field.choices.map((choice) => (
        <CheckboxControl
          key={choice.value}
          label={choice.label}
          checked={chosen.indexOf(token(choice.value)) !== -1}
          onChange={(on) => onChange(choice, on)}
        />
      ))}
    </BaseControl>
  );
}

/** A photo from the Media Library, stored as its address, with the photo's own alternative text when it has one. */
function MediaField({ field, attribute, attributes, setAttributes }) {
  const url = attributes[attribute] || '';
  const onSelect = (image) => {
    const next = {};
    next[attribute] = image.url;
    // A new photo brings its own description; the old photo's would describe the wrong picture.
    if (image.alt) next[attribute + '_alt'] = image.alt;
    setAttributes(next);
  };
  return (
    <BaseControl label={field.label} help={field.help} className="blush-media">
      {url ? <img src={url} alt="" style={{ display: 'block', maxWidth: '100%', marginBottom: '8px' }} /> : null}
      <MediaUploadCheck>
        <MediaUpload
          allowedTypes={['image']}
          onSelect={onSelect}
          render={(upload) => (
            <Button variant="secondary" onClick={upload.open}>
              {url ? __('Replace photo', 'blush-widgets') : __('Choose a photo', 'blush-widgets')}
            </Button>
          )}
        />
      </MediaUploadCheck>
    </BaseControl>
  );
}

/** The control that fits a setting. */
function Control({ field, attribute, type, attributes, setAttributes }) {
  const value = attributes[attribute];
  const set = (next) => {
    const change = {};
    change[attribute] = next;
    setAttributes(change);
  };
  switch (field.control) {
    case 'toggle':
      return <ToggleControl label={field.label} help={field.help} checked={!!value} onChange={set} />;
    case 'select':
      return <SelectField field={field} value={value} set={set} />;
    case 'pick':
      return <PickField field={field} value={value} set={set} />;
    case 'url':
      return <UrlField field={field} value={value} set={set} />;
    case 'media':
      return <MediaField field={field} attribute={attribute} attributes={attributes} setAttributes={setAttributes} />;
    case 'number':
      return (
        <TextControl
          label={field.label}
          help={field.help}
          type="number"
          value={value === undefined || value === null ? '' : String(value)}
          onChange={(next) => {
            // A number attribute is stored as a number (block.json), or WordPress drops it on reload.
            if (next === '') set(undefined);
            else if (isFinite(Number(next))) set(type === 'number' ? Number(next) : next);
          }}
        />
      );
    default:
      return <TextControl label={field.label} help={field.help} value={value || ''} onChange={set} />;
  }
}

// The FAQ's own questions: each a question and its answer, saved as <details><summary>, which
// the element reads as items (WordPress 6.3 and later also offer their own Details block here).
const ANSWER = ['core/paragraph', 'core/list'];

function FaqItemEdit({ attributes, setAttributes }) {
  return (
    <div {...useBlockProps({ className: 'blush-faq-item' })}>
      <RichText
        tagName="p"
        className="blush-faq-question"
        style={{ fontWeight: 600 }}
        value={attributes.question}
        allowedFormats={[]}
        placeholder={__('Question, e.g. Do you offer payment plans?', 'blush-widgets')}
        onChange={(question) => setAttributes({ question })}
      />
      <InnerBlocks allowedBlocks={ANSWER} template={[['core/paragraph', { placeholder: __('Answer', 'blush-widgets') }]]} />
    </div>
  );
}

function FaqItemSave({ attributes }) {
  return (
    <details>
      <RichText.Content tagName="summary" value={attributes.question} />
      <InnerBlocks.Content />
    </details>
  );
}

/** Where the consultation form's requests go, said in the sidebar. */
function WherePanel() {
  return (
    <PanelBody title={__('Where requests go', 'blush-widgets')}>
      <p className="blush-destination">{destination}</p>
    </PanelBody>
  );
}

/** The settings with plain words. */
function SettingsPanel({ plain, types, attributes, setAttributes }) {
  return (
    <PanelBody title={__('Settings', 'blush-widgets')}>
      {plain.map((field) => {
        const attribute = attributeKey(field);
        return (
          <div key={attribute}>
            <Control field={field} attribute={attribute} type={types[attribute]} attributes={attributes} setAttributes={setAttributes} />
          </div>
        );
      })}
    </PanelBody>
  );
}

/** The settings with no plain words yet, folded. */
function DeveloperPanel({ rest, types, attributes, setAttributes }) {
  return (
    <PanelBody title={__('For your web developer', 'blush-widgets')} initialOpen={false}>
      {rest.map((attribute) => {
        // No plain words yet: the attribute's own name, with a toggle, a number or a text box.
        const control = { boolean: 'toggle', number: 'number' }[types[attribute]] || 'text';
        const field = { label: attribute, help: '', control };
        return (
          <div key={attribute}>
            <Control field={field} attribute={attribute} type={types[attribute]} attributes={attributes} setAttributes={setAttributes} />
          </div>
        );
      })}
    </PanelBody>
  );
}

/** The FAQ's own questions, below its preview. */
function FaqOwn() {
  return (
    <div className="blush-faq-own">
      <p className="blush-faq-own-title">
        <strong>{__('Your own questions', 'blush-widgets')}</strong>
      </p>
      <InnerBlocks allowedBlocks={['blush/faq-item', 'core/details']} renderAppender={() => <InnerBlocks.ButtonBlockAppender />} />
    </div>
  );
}

/** The gallery's own cases, below its preview: each two photos picked from the Media Library. */
function GalleryOwn() {
  return (
    <div className="blush-gallery-own">
      <p className="blush-gallery-own-title">
        <strong>{__('Your own cases', 'blush-widgets')}</strong>
        <br />
        {__(
          'Add before-and-after photos from your Media Library here; with none, the gallery shows your published results.',
          'blush-widgets',
        )}
      </p>
      <InnerBlocks allowedBlocks={['blush/gallery-case']} renderAppender={() => <InnerBlocks.ButtonBlockAppender />} />
    </div>
  );
}

/** A case of the gallery's own: its photos and details in the page, where the clinic fills them in. */
function GalleryCaseEdit({ attributes, setAttributes }) {
  const set = (key, value) => {
    const next = {};
    next[key] = value;
    setAttributes(next);
  };
  const photos = attributes.before_image && attributes.after_image;
  return (
    <div {...useBlockProps({ className: 'blush-gallery-case' })}>
      {photos ? null : (
        <Notice status="info" isDismissible={false}>
          {__('Visitors see this case once it has both photos.', 'blush-widgets')}
        </Notice>
      )}
      <CaseFields values={attributes} set={set} sideBySide />
    </div>
  );
}

/** An element block's editor: the settings in the sidebar, the real element as the preview. */
function makeEdit(name, types, plain, rest) {
  return function Edit({ attributes, setAttributes, clientId }) {
    const ownCount = useSelect((store) => store('core/block-editor').getBlockCount(clientId), [clientId]);
    // With questions or cases of its own only, the preview (drawn from the settings alone) would
    // show the wrong content: an empty FAQ, or the published results the page will not show.
    const ownOnly = ownCount > 0 && ((name === 'blush/faq' && !attributes.pack) || (name === 'blush/gallery' && !attributes.src));
    return (
      <div {...useBlockProps()}>
        <InspectorControls>
          {name === 'blush/consult-form' && destination ? <WherePanel /> : null}
          <SettingsPanel plain={plain} types={types} attributes={attributes} setAttributes={setAttributes} />
          {rest.length ? <DeveloperPanel rest={rest} types={types} attributes={attributes} setAttributes={setAttributes} /> : null}
        </InspectorControls>
        {/* Then the clinic's own questions or cases show as they are written, below. */}
        {ownOnly ? null : <ServerSideRender block={name} attributes={attributes} />}
        {name === 'blush/faq' ? <FaqOwn /> : null}
        {name === 'blush/gallery' ? <GalleryOwn /> : null}
      </div>
    );
  };
}

/** One element's block: its attributes from the server's types, its settings split into plain and the rest. */
function registerElement(name) {
  const types = schema[name];
  const tag = 'blush-' + name.slice('blush/'.length);
  const plain = ((fields || {})[tag] || []).filter((field) => attributeKey(field) in types);
  const described = plain.map(attributeKey);
  const rest = Object.keys(types).filter((key) => described.indexOf(key) === -1);
  const attributes = {};
  Object.keys(types).forEach((key) => {
    attributes[key] = { type: types[key] };
  });
  registerBlockType(name, {
    apiVersion: 3,
    icon: icons[name],
    attributes,
    edit: makeEdit(name, types, plain, rest),
    save: () => (name === 'blush/faq' || name === 'blush/gallery' ? <InnerBlocks.Content /> : null),
  });
}

if (schema) {
  registerBlockType('blush/faq-item', { apiVersion: 3, icon: 'editor-help', edit: FaqItemEdit, save: FaqItemSave });
  registerBlockType('blush/gallery-case', { apiVersion: 3, icon: 'images-alt2', edit: GalleryCaseEdit, save: () => null });
  Object.keys(schema).forEach(registerElement);
}

// A before-and-after case's fields, shared by a result's side panel (result.jsx) and a case picked
// in the gallery block (blocks.jsx): the two photos from the Media Library, the treatment, when
// consent ends, the day the photos were taken and the sessions.
import { MediaUpload, MediaUploadCheck } from '@wordpress/block-editor';
import { Button, CheckboxControl, SelectControl, TextControl } from '@wordpress/components';
// The photos are read from the 'core' store by name; this import only makes WordPress load it.
import '@wordpress/core-data';
import { useSelect } from '@wordpress/data';
import { createElement, Fragment } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

// Printed by the server before the editor scripts (includes/results-admin.php, includes/blocks.php).
const treatments = () => window.blushWidgetsTreatments || [];

/** One of the two photos: its thumbnail, and a button to choose or replace it. */
function Photo({ id, label, choose, onChange }) {
  const image = useSelect((store) => (id ? store('core').getMedia(id) : null), [id]);
  const thumbnail = image && ((image.media_details && image.media_details.sizes && image.media_details.sizes.thumbnail) || image);
  return (
    <div className="blush-result-photo" style={{ marginBlockEnd: '16px' }}>
      <p style={{ fontWeight: 600, marginBlockEnd: '4px' }}>{label}</p>
      {thumbnail ? (
        <img src={thumbnail.source_url} alt={image.alt_text || ''} style={{ maxWidth: '100%', display: 'block', marginBlockEnd: '8px' }} />
      ) : null}
      <MediaUploadCheck>
        <MediaUpload
          allowedTypes={['image']}
          value={id}
          onSelect={(chosen) => onChange(chosen.id)}
          render={(upload) => (
            <Button variant="secondary" onClick={upload.open}>
              {id ? __('Replace photo', 'blush-widgets') : choose}
            </Button>
          )}
        />
      </MediaUploadCheck>
    </div>
  );
}

/** The treatment, the two days and the sessions. */
function Details({ values, set }) {
  return (
    <Fragment>
      <SelectControl
        label={__('Treatment', 'blush-widgets')}
        help={__('Visitors filter your gallery by treatment.', 'blush-widgets')}
        value={values.treatment || ''}
        options={[{ value: '', label: __('Choose…', 'blush-widgets') }].concat(treatments())}
        onChange={(value) => set('treatment', value)}
      />
      <TextControl
        type="date"
        label={__('Consent to show these photos ends on', 'blush-widgets')}
        help={__('The last day visitors see this result. You are reminded a month before.', 'blush-widgets')}
        value={values.consent_expires || ''}
        onChange={(value) => set('consent_expires', value)}
      />
      <TextControl
        type="date"
        label={__('Photos taken on', 'blush-widgets')}
        help={__('The day of the after photo.', 'blush-widgets')}
        value={values.taken_on || ''}
        onChange={(value) => set('taken_on', value)}
      />
      <TextControl
        type="number"
        min={0}
        label={__('Sessions', 'blush-widgets')}
        help={__('How many treatments between the two photos.', 'blush-widgets')}
        value={values.sessions || ''}
        onChange={(value) => set('sessions', parseInt(value, 10) || 0)}
      />
    </Fragment>
  );
}

/**
 * Every field of a case: the two photos (side by side in the page, one above the other in a
 * narrow side panel), the details, and whether it is an illustration. `set(key, value)` stores one.
 */
export function CaseFields({ values, set, sideBySide = false }) {
  return (
    <Fragment>
      <div style={sideBySide ? { display: 'grid', gridTemplateColumns: '1fr 1fr', gap: '16px' } : undefined}>
        <Photo
          label={__('Before photo', 'blush-widgets')}
          choose={__('Choose the before photo', 'blush-widgets')}
          id={values.before_image}
          onChange={(id) => set('before_image', id)}
        />
        <Photo
          label={__('After photo', 'blush-widgets')}
          choose={__('Choose the after photo', 'blush-widgets')}
          id={values.after_image}
          onChange={(id) => set('after_image', id)}
        />
      </div>
      <Details values={values} set={set} />
      <CheckboxControl
        label={__('This is an illustration, not a real patient', 'blush-widgets')}
        help={__('Tick this when the photos are not of a real patient.', 'blush-widgets')}
        checked={!!values.illustration}
        onChange={(value) => set('illustration', value)}
      />
    </Fragment>
  );
}

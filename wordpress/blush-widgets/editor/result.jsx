// A before-and-after result's details, in the block editor's side panel: the two photos from the
// Media Library, the treatment, when consent ends, the sessions, the day the photos were taken, and
// whether it is an illustration. Stored as the result's meta (includes/results.php).
import { MediaUpload, MediaUploadCheck } from '@wordpress/block-editor';
import { Button, CheckboxControl, SelectControl, TextControl } from '@wordpress/components';
// The photos are read from the 'core' store by name; this import only makes WordPress load it.
import '@wordpress/core-data';
import { dispatch, select, useDispatch, useSelect } from '@wordpress/data';
import * as editPost from '@wordpress/edit-post';
import * as editor from '@wordpress/editor';
import { createElement, Fragment, useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';

// Printed by the server before this script (includes/results-admin.php).
const treatments = window.blushWidgetsTreatments;

// WordPress 6.6 moved the panel from the post editor to the editor; earlier ones have only the first.
const Panel = editor.PluginDocumentSettingPanel || editPost.PluginDocumentSettingPanel;
const PANEL = 'blush-result/blush-result'; // the plugin's name, then the panel's

/** The result's meta, and a function to change one of it. */
function useMeta() {
  const meta = useSelect((store) => store('core/editor').getEditedPostAttribute('meta') || {}, []);
  const edit = useDispatch('core/editor').editPost;
  return [
    meta,
    (key, value) => {
      const next = {};
      next[key] = value;
      edit({ meta: next });
    },
  ];
}

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
function Details({ meta, set }) {
  return (
    <Fragment>
      <SelectControl
        label={__('Treatment', 'blush-widgets')}
        help={__('Visitors filter your gallery by treatment.', 'blush-widgets')}
        value={meta.treatment || ''}
        options={[{ value: '', label: __('Choose…', 'blush-widgets') }].concat(treatments || [])}
        onChange={(value) => set('treatment', value)}
      />
      <TextControl
        type="date"
        label={__('Consent to show these photos ends on', 'blush-widgets')}
        help={__('The last day visitors see this result. You are reminded a month before.', 'blush-widgets')}
        value={meta.consent_expires || ''}
        onChange={(value) => set('consent_expires', value)}
      />
      <TextControl
        type="date"
        label={__('Photos taken on', 'blush-widgets')}
        help={__('The day of the after photo.', 'blush-widgets')}
        value={meta.taken_on || ''}
        onChange={(value) => set('taken_on', value)}
      />
      <TextControl
        type="number"
        min={0}
        label={__('Sessions', 'blush-widgets')}
        help={__('How many treatments between the two photos.', 'blush-widgets')}
        value={meta.sessions || ''}
        onChange={(value) => set('sessions', parseInt(value, 10) || 0)}
      />
    </Fragment>
  );
}

/** Opens the panel: newer WordPress keeps which panels are open in the editor's store, older in the post editor's. */
function openPanel() {
  const store = select('core/editor').isEditorPanelOpened ? 'core/editor' : 'core/edit-post';
  if (!select(store).isEditorPanelOpened(PANEL)) dispatch(store).toggleEditorPanelOpened(PANEL);
}

function ResultPanel() {
  const [meta, set] = useMeta();
  const postType = useSelect((store) => store('core/editor').getCurrentPostType(), []);
  // Open while the result has no photos yet: they are the one thing to fill in here.
  const empty = !meta.before_image && !meta.after_image;
  useEffect(() => {
    if (!empty) return undefined;
    openPanel();
    // WordPress restores the editor's saved panel state as it starts (its preferences load
    // asynchronously), which can fold the panel again just after this: open it once more then.
    const again = setTimeout(openPanel, 1500);
    return () => clearTimeout(again);
  }, []);
  if (postType !== 'blush_result') return null;
  return (
    <Panel name="blush-result" title={__('Before and after', 'blush-widgets')} className="blush-result-panel">
      <Photo
        label={__('Before photo', 'blush-widgets')}
        choose={__('Choose the before photo', 'blush-widgets')}
        id={meta.before_image}
        onChange={(id) => set('before_image', id)}
      />
      <Photo
        label={__('After photo', 'blush-widgets')}
        choose={__('Choose the after photo', 'blush-widgets')}
        id={meta.after_image}
        onChange={(id) => set('after_image', id)}
      />
      <Details meta={meta} set={set} />
      <CheckboxControl
        label={__('This is an illustration, not a real patient', 'blush-widgets')}
        help={__('Tick this when the photos are not of a real patient.', 'blush-widgets')}
        checked={!!meta.illustration}
        onChange={(value) => set('illustration', value)}
      />
    </Panel>
  );
}

registerPlugin('blush-result', { render: ResultPanel, icon: 'images-alt2' });

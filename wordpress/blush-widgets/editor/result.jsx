// A before-and-after result's details, in the block editor's side panel: the two photos from the
// Media Library, the treatment, when consent ends, the sessions, the day the photos were taken, and
// whether it is an illustration. Stored as the result's meta (includes/results.php).
import { dispatch, select, useDispatch, useSelect } from '@wordpress/data';
import * as editPost from '@wordpress/edit-post';
import * as editor from '@wordpress/editor';
import { createElement, useEffect } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import { registerPlugin } from '@wordpress/plugins';
import { CaseFields } from './case-fields.jsx';

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
      <CaseFields values={meta} set={set} />
    </Panel>
  );
}

registerPlugin('blush-result', { render: ResultPanel, icon: 'images-alt2' });

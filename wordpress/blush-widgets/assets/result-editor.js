// A before-and-after result's details, in the block editor's side panel: the two photos from the
// Media Library, the treatment, when consent ends, the sessions, the day the photos were taken, and
// whether it is an illustration. Stored as the result's meta (includes/results.php).
(function (wp, treatments) {
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var c = wp.components;
  var blockEditor = wp.blockEditor;
  var Panel = (wp.editor && wp.editor.PluginDocumentSettingPanel) || wp.editPost.PluginDocumentSettingPanel;
  var PANEL = 'blush-result/blush-result'; // the plugin's name, then the panel's

  function useMeta() {
    var meta = wp.data.useSelect(function (select) {
      return select('core/editor').getEditedPostAttribute('meta') || {};
    }, []);
    var edit = wp.data.useDispatch('core/editor').editPost;
    return [
      meta,
      function (key, value) {
        var next = {};
        next[key] = value;
        edit({ meta: next });
      },
    ];
  }

  function Photo(props) {
    var image = wp.data.useSelect(
      function (select) {
        return props.id ? select('core').getMedia(props.id) : null;
      },
      [props.id],
    );
    var thumbnail = image && ((image.media_details && image.media_details.sizes && image.media_details.sizes.thumbnail) || image);
    return el(
      'div',
      { className: 'blush-result-photo', style: { marginBlockEnd: '16px' } },
      el('p', { style: { fontWeight: 600, marginBlockEnd: '4px' } }, props.label),
      thumbnail
        ? el('img', {
            src: thumbnail.source_url,
            alt: image.alt_text || '',
            style: { maxWidth: '100%', display: 'block', marginBlockEnd: '8px' },
          })
        : null,
      el(blockEditor.MediaUploadCheck, null, [
        el(blockEditor.MediaUpload, {
          key: 'choose',
          allowedTypes: ['image'],
          value: props.id,
          onSelect: function (chosen) {
            props.onChange(chosen.id);
          },
          render: function (upload) {
            return el(
              c.Button,
              { variant: 'secondary', onClick: upload.open },
              props.id ? __('Replace photo', 'blush-widgets') : props.choose,
            );
          },
        }),
      ]),
    );
  }

  function ResultPanel() {
    var state = useMeta();
    var meta = state[0];
    var set = state[1];
    var postType = wp.data.useSelect(function (select) {
      return select('core/editor').getCurrentPostType();
    }, []);
    // Open on a result's first visit: it is the one thing to fill in here.
    wp.element.useEffect(function () {
      var store = wp.data.select('core/editor').isEditorPanelOpened ? 'core/editor' : 'core/edit-post';
      if (!wp.data.select(store).isEditorPanelOpened(PANEL)) wp.data.dispatch(store).toggleEditorPanelOpened(PANEL);
    }, []);
    if (postType !== 'blush_result') return null;
    return el(
      Panel,
      { name: 'blush-result', title: __('Before and after', 'blush-widgets'), className: 'blush-result-panel' },
      el(Photo, {
        label: __('Before photo', 'blush-widgets'),
        choose: __('Choose the before photo', 'blush-widgets'),
        id: meta.before_image,
        onChange: function (id) {
          set('before_image', id);
        },
      }),
      el(Photo, {
        label: __('After photo', 'blush-widgets'),
        choose: __('Choose the after photo', 'blush-widgets'),
        id: meta.after_image,
        onChange: function (id) {
          set('after_image', id);
        },
      }),
      el(c.SelectControl, {
        label: __('Treatment', 'blush-widgets'),
        help: __('Visitors filter your gallery by treatment.', 'blush-widgets'),
        value: meta.treatment || '',
        options: [{ value: '', label: __('Choose…', 'blush-widgets') }].concat(treatments || []),
        onChange: function (value) {
          set('treatment', value);
        },
      }),
      el(c.TextControl, {
        type: 'date',
        label: __('Consent to show these photos ends on', 'blush-widgets'),
        help: __('On this day the result leaves your gallery. You are reminded a month before.', 'blush-widgets'),
        value: meta.consent_expires || '',
        onChange: function (value) {
          set('consent_expires', value);
        },
      }),
      el(c.TextControl, {
        type: 'date',
        label: __('Photos taken on', 'blush-widgets'),
        help: __('The day of the after photo.', 'blush-widgets'),
        value: meta.taken_on || '',
        onChange: function (value) {
          set('taken_on', value);
        },
      }),
      el(c.TextControl, {
        type: 'number',
        min: 0,
        label: __('Sessions', 'blush-widgets'),
        help: __('How many treatments between the two photos.', 'blush-widgets'),
        value: meta.sessions || '',
        onChange: function (value) {
          set('sessions', parseInt(value, 10) || 0);
        },
      }),
      el(c.CheckboxControl, {
        label: __('This is an illustration, not a real patient', 'blush-widgets'),
        help: __('Tick this when the photos are not of a real patient.', 'blush-widgets'),
        checked: !!meta.illustration,
        onChange: function (value) {
          set('illustration', value);
        },
      }),
    );
  }

  wp.plugins.registerPlugin('blush-result', { render: ResultPanel, icon: 'images-alt2' });
})(window.wp, window.blushWidgetsTreatments);

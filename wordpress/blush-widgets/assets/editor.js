/* Blush Widgets blocks in the block editor: the real element as the preview (server-rendered),
   and each setting in plain words with one line of help, the control that fits it and its
   choices (editor-fields.php, made at build time from the element API and
   src/core/clinic-words.json). A value the element would refuse is refused here, with the reason.
   Settings with no plain words yet are folded under "For your web developer". Titles,
   descriptions and search words come from the server (includes/blocks.php). Plain JavaScript on
   WordPress's globals, so there is no build step. */
(function (wp, schema, fields, destination) {
  if (!wp || !wp.blocks || !schema) return;
  var el = wp.element.createElement;
  var useState = wp.element.useState;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var blockEditor = wp.blockEditor;
  var c = wp.components;
  var ServerSideRender = wp.serverSideRender;
  var icons = {
    'blush/faq': 'editor-help',
    'blush/before-after': 'image-flip-horizontal',
    'blush/gallery': 'format-gallery',
    'blush/consult-form': 'feedback',
    'blush/next-due': 'calendar-alt',
  };

  /** `contact-method`, `contactMethod` and `CONTACTMETHOD` are one token. */
  var token = function (value) {
    return String(value)
      .toLowerCase()
      .replace(/[^a-z0-9]/g, '');
  };

  function isWebAddress(value) {
    try {
      return /^https?:$/.test(new URL(value).protocol);
    } catch (error) {
      return false;
    }
  }

  /** A web address, kept in the block only when it is one; otherwise the reason, and the typing kept. */
  function UrlField(props) {
    var state = useState(props.value || '');
    var text = state[0];
    var valid = text === '' || isWebAddress(text);
    return el(c.TextControl, {
      label: props.field.label,
      type: 'url',
      value: text,
      help: valid ? props.field.help : __('Enter a web address that starts with https://', 'blush-widgets'),
      className: valid ? '' : 'blush-field-refused',
      onChange: function (next) {
        state[1](next);
        if (next === '' || isWebAddress(next)) props.set(next);
      },
    });
  }

  function select(field, value, set) {
    var known = field.choices.some(function (choice) {
      return choice.value === (value || '');
    });
    var options = field.choices.slice();
    if (!known) options.push({ value: value, label: sprintf(__('%s (not available)', 'blush-widgets'), value) });
    return el(
      'div',
      { className: 'blush-field' },
      el(c.SelectControl, { label: field.label, help: field.help, value: value || '', options: options, onChange: set }),
      known
        ? null
        : el(
            c.Notice,
            { status: 'warning', isDismissible: false },
            sprintf(
              __('"%s" is not one of the choices, so visitors would see nothing here. Choose one from the list.', 'blush-widgets'),
              value,
            ),
          ),
    );
  }

  function pick(field, value, set) {
    var chosen = String(value || '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(token);
    return el(
      c.BaseControl,
      { label: field.label, help: field.help, className: 'blush-pick' },
      field.choices.map(function (choice) {
        return el(c.CheckboxControl, {
          key: choice.value,
          label: choice.label,
          checked: chosen.indexOf(token(choice.value)) !== -1,
          onChange: function (on) {
            var next = field.choices
              .filter(function (other) {
                return other === choice ? on : chosen.indexOf(token(other.value)) !== -1;
              })
              .map(function (other) {
                return other.value;
              });
            set(next.join(' '));
          },
        });
      }),
    );
  }

  function media(field, key, props) {
    var url = props.attributes[key] || '';
    return el(
      c.BaseControl,
      { label: field.label, help: field.help, className: 'blush-media' },
      url ? el('img', { src: url, alt: '', style: { display: 'block', maxWidth: '100%', marginBottom: '8px' } }) : null,
      el(blockEditor.MediaUploadCheck, null, [
        el(blockEditor.MediaUpload, {
          key: 'choose',
          allowedTypes: ['image'],
          onSelect: function (image) {
            var next = {};
            next[key] = image.url;
            if (!props.attributes[key + '_alt'] && image.alt) next[key + '_alt'] = image.alt;
            props.setAttributes(next);
          },
          render: function (upload) {
            return el(
              c.Button,
              { variant: 'secondary', onClick: upload.open },
              url ? __('Replace photo', 'blush-widgets') : __('Choose a photo', 'blush-widgets'),
            );
          },
        }),
      ]),
    );
  }

  function control(field, key, props) {
    var value = props.attributes[key];
    var set = function (next) {
      var change = {};
      change[key] = next;
      props.setAttributes(change);
    };
    switch (field.control) {
      case 'toggle':
        return el(c.ToggleControl, { label: field.label, help: field.help, checked: !!value, onChange: set });
      case 'select':
        return select(field, value, set);
      case 'pick':
        return pick(field, value, set);
      case 'url':
        return el(UrlField, { field: field, value: value, set: set });
      case 'media':
        return media(field, key, props);
      case 'number':
        return el(c.TextControl, {
          label: field.label,
          help: field.help,
          type: 'number',
          value: value || '',
          onChange: function (next) {
            if (next === '' || isFinite(Number(next))) set(next);
          },
        });
      default:
        return el(c.TextControl, { label: field.label, help: field.help, value: value || '', onChange: set });
    }
  }

  // The FAQ's own questions: each a question and its answer, saved as <details><summary>, which
  // the element reads as items (WordPress 6.3 and later also offer their own Details block here).
  var InnerBlocks = blockEditor.InnerBlocks;
  var RichText = blockEditor.RichText;
  var ANSWER = ['core/paragraph', 'core/list'];
  wp.blocks.registerBlockType('blush/faq-item', {
    apiVersion: 3,
    icon: 'editor-help',
    edit: function (props) {
      return el(
        'div',
        blockEditor.useBlockProps({ className: 'blush-faq-item' }),
        el(RichText, {
          tagName: 'p',
          className: 'blush-faq-question',
          style: { fontWeight: 600 },
          value: props.attributes.question,
          allowedFormats: [],
          placeholder: __('Question, e.g. Do you offer payment plans?', 'blush-widgets'),
          onChange: function (question) {
            props.setAttributes({ question: question });
          },
        }),
        el(InnerBlocks, { allowedBlocks: ANSWER, template: [['core/paragraph', { placeholder: __('Answer', 'blush-widgets') }]] }),
      );
    },
    save: function (props) {
      return el('details', null, el(RichText.Content, { tagName: 'summary', value: props.attributes.question }), el(InnerBlocks.Content));
    },
  });

  Object.keys(schema).forEach(function (name) {
    var types = schema[name];
    var tag = 'blush-' + name.slice('blush/'.length);
    var plain = ((fields || {})[tag] || []).filter(function (field) {
      return field.attribute.replace(/-/g, '_') in types;
    });
    var described = plain.map(function (field) {
      return field.attribute.replace(/-/g, '_');
    });
    var rest = Object.keys(types).filter(function (key) {
      return described.indexOf(key) === -1;
    });
    var attributes = {};
    Object.keys(types).forEach(function (key) {
      attributes[key] = { type: types[key] };
    });
    wp.blocks.registerBlockType(name, {
      apiVersion: 3,
      icon: icons[name],
      attributes: attributes,
      edit: function (props) {
        var where =
          name === 'blush/consult-form' && destination
            ? el(c.PanelBody, { title: __('Where requests go', 'blush-widgets') }, el('p', { className: 'blush-destination' }, destination))
            : null;
        var settings = el(
          c.PanelBody,
          { title: __('Settings', 'blush-widgets') },
          plain.map(function (field) {
            var key = field.attribute.replace(/-/g, '_');
            return el('div', { key: key }, control(field, key, props));
          }),
        );
        var developer = rest.length
          ? el(
              c.PanelBody,
              { title: __('For your web developer', 'blush-widgets'), initialOpen: false },
              rest.map(function (key) {
                // No plain words yet: the attribute's own name, with a toggle or a text box.
                var field = { label: key, help: '', control: types[key] === 'boolean' ? 'toggle' : 'text' };
                return el('div', { key: key }, control(field, key, props));
              }),
            )
          : null;
        var ownCount = wp.data.useSelect(
          function (store) {
            return store('core/block-editor').getBlockCount(props.clientId);
          },
          [props.clientId],
        );
        var ownOnly = name === 'blush/faq' && !props.attributes.pack && ownCount > 0;
        var own =
          name === 'blush/faq'
            ? el(
                'div',
                { className: 'blush-faq-own' },
                el('p', { className: 'blush-faq-own-title' }, el('strong', null, __('Your own questions', 'blush-widgets'))),
                el(InnerBlocks, {
                  allowedBlocks: ['blush/faq-item', 'core/details'],
                  renderAppender: function () {
                    return el(InnerBlocks.ButtonBlockAppender);
                  },
                }),
              )
            : null;
        return el(
          'div',
          blockEditor.useBlockProps(),
          el(blockEditor.InspectorControls, null, where, settings, developer),
          // An FAQ of only the clinic's own questions shows them as they are written, below.
          ownOnly ? null : el(ServerSideRender, { block: name, attributes: props.attributes }),
          own,
        );
      },
      save: function () {
        return name === 'blush/faq' ? el(InnerBlocks.Content) : null;
      },
    });
  });
})(window.wp, window.blushWidgetsBlocks, window.blushWidgetsFields, window.blushWidgetsDestination);

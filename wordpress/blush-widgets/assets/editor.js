/* Blush Widgets blocks in the block editor: a server-rendered preview and a text or toggle
   control per attribute; titles, descriptions and search words come from the server
   (includes/blocks.php). Plain JavaScript on WordPress's globals, so there is no build step. */
(function (wp, schema, destination) {
  if (!wp || !wp.blocks || !schema) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var InspectorControls = wp.blockEditor.InspectorControls;
  var useBlockProps = wp.blockEditor.useBlockProps;
  var PanelBody = wp.components.PanelBody;
  var TextControl = wp.components.TextControl;
  var ToggleControl = wp.components.ToggleControl;
  var ServerSideRender = wp.serverSideRender;
  var icons = {
    'blush/faq': 'editor-help',
    'blush/before-after': 'image-flip-horizontal',
    'blush/gallery': 'format-gallery',
    'blush/consult-form': 'feedback',
    'blush/next-due': 'calendar-alt',
  };

  Object.keys(schema).forEach(function (name) {
    var fields = schema[name];
    var attributes = {};
    Object.keys(fields).forEach(function (key) {
      attributes[key] = { type: fields[key] };
    });
    wp.blocks.registerBlockType(name, {
      apiVersion: 2,
      icon: icons[name],
      attributes: attributes,
      edit: function (props) {
        var controls = Object.keys(fields).map(function (key) {
          var label = key.replace(/_/g, ' ');
          var set = function (value) {
            var next = {};
            next[key] = value;
            props.setAttributes(next);
          };
          return fields[key] === 'boolean'
            ? el(ToggleControl, { key: key, label: label, checked: !!props.attributes[key], onChange: set })
            : el(TextControl, { key: key, label: label, value: props.attributes[key] || '', onChange: set });
        });
        var where =
          name === 'blush/consult-form' && destination
            ? el(PanelBody, { title: __('Where requests go', 'blush-widgets') }, el('p', { className: 'blush-destination' }, destination))
            : null;
        return el(
          'div',
          useBlockProps(),
          el(InspectorControls, null, where, el(PanelBody, { title: __('Settings', 'blush-widgets') }, controls)),
          el(ServerSideRender, { block: name, attributes: props.attributes }),
        );
      },
      save: function () {
        return null;
      },
    });
  });
})(window.wp, window.blushWidgetsBlocks, window.blushWidgetsDestination);

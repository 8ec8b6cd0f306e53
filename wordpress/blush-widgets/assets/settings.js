// Settings › Blush Widgets: WordPress's colour picker for the accent, and a warning, as the clinic
// picks, when the colour is too light to read with white text or on a white page (WCAG 2, under
// 4.5:1). The same check runs when the settings are saved (includes/settings.php).
(function ($, wp) {
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;

  function contrastWithWhite(hex) {
    var match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(hex || '').trim());
    if (!match) return null;
    var digits = match[1].length === 3 ? match[1].replace(/./g, '$&$&') : match[1];
    var channel = function (offset) {
      var value = parseInt(digits.slice(offset, offset + 2), 16) / 255;
      return value <= 0.04045 ? value / 12.92 : Math.pow((value + 0.055) / 1.055, 2.4);
    };
    var luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
    return 1.05 / (luminance + 0.05);
  }

  function warn(field, hex) {
    var ratio = contrastWithWhite(hex);
    var note = field.closest('td').find('.blush-contrast');
    note.text(
      ratio !== null && ratio < 4.5
        ? sprintf(
            /* translators: %s: a contrast ratio, e.g. 2.1 */
            __(
              'This colour is hard to read with white text and on a white page (%s:1). Choose a darker one: 4.5:1 or more reads well for everyone.',
              'blush-widgets',
            ),
            ratio.toFixed(1),
          )
        : '',
    );
  }

  $(function () {
    $('.blush-color-field').each(function () {
      var field = $(this);
      field.wpColorPicker({
        change: function (event, ui) {
          warn(field, ui.color.toString());
        },
        clear: function () {
          warn(field, '');
        },
      });
      // A colour typed into the box is checked as it is typed, not only once the picker takes it.
      field.on('input', function () {
        warn(field, field.val());
      });
    });
  });
})(window.jQuery, window.wp);

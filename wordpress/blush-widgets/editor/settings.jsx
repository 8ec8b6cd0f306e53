// Settings › Blush Widgets: WordPress's colour picker for the accent, and a warning, as the clinic
// picks, when the colour is too light to read with white text or on a white page (WCAG 2, under
// 4.5:1). The same check runs when the settings are saved (includes/settings.php). The contrast
// maths is the widgets' own (src/core/contrast.ts), bundled in by the build.
import { __, sprintf } from '@wordpress/i18n';
import { contrastRatio, hexChannels } from '../../../src/core/contrast.ts';

const WHITE = [255, 255, 255];

function warn(field, hex) {
  const channels = hexChannels(String(hex || ''));
  const ratio = channels && contrastRatio(channels, WHITE);
  field
    .closest('td')
    .find('.blush-contrast')
    .text(
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

const $ = window.jQuery;
$(() => {
  $('.blush-color-field').each(function () {
    const field = $(this);
    field.wpColorPicker({
      change: (event, ui) => warn(field, ui.color.toString()),
      clear: () => warn(field, ''),
    });
    // A colour typed into the box is checked as it is typed, not only once the picker takes it.
    field.on('input', () => warn(field, field.val()));
  });
});

<?php
/**
 * Plugin Name:       Blush Widgets
 * Plugin URI:        https://www.jsdelivr.com/package/npm/blush-widgets
 * Description:       Accessible treatment FAQ, before-and-after slider and gallery, consultation form and "next treatment due" calculator for aesthetic clinics, added as blocks from the editor's + button.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       blush-widgets
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

// A second copy of the plugin (a renamed folder, a theme bundling it) must not declare everything twice.
if ( defined( 'BLUSH_WIDGETS_VERSION' ) ) {
	return;
}

define( 'BLUSH_WIDGETS_VERSION', '0.1.0' );
define( 'BLUSH_WIDGETS_FILE', __FILE__ );
define( 'BLUSH_WIDGETS_DIR', plugin_dir_path( __FILE__ ) );

require_once BLUSH_WIDGETS_DIR . 'includes/api.php';
require_once BLUSH_WIDGETS_DIR . 'includes/settings.php';
require_once BLUSH_WIDGETS_DIR . 'includes/assets.php';
require_once BLUSH_WIDGETS_DIR . 'includes/render.php';
require_once BLUSH_WIDGETS_DIR . 'includes/faq-packs.php';
require_once BLUSH_WIDGETS_DIR . 'includes/treatments.php';
require_once BLUSH_WIDGETS_DIR . 'includes/shortcodes.php';
require_once BLUSH_WIDGETS_DIR . 'includes/blocks.php';
require_once BLUSH_WIDGETS_DIR . 'includes/kses.php';
require_once BLUSH_WIDGETS_DIR . 'includes/routing.php';
require_once BLUSH_WIDGETS_DIR . 'includes/guidance.php';
require_once BLUSH_WIDGETS_DIR . 'includes/results.php';
// The lead inbox: forms send here when Settings has no endpoint.
require_once BLUSH_WIDGETS_DIR . 'includes/leads/schema.php';
require_once BLUSH_WIDGETS_DIR . 'includes/leads/rules.php';
require_once BLUSH_WIDGETS_DIR . 'includes/leads/rate-limit.php';
require_once BLUSH_WIDGETS_DIR . 'includes/leads/rest.php';
require_once BLUSH_WIDGETS_DIR . 'includes/leads/mail.php';
require_once BLUSH_WIDGETS_DIR . 'includes/leads/delivery.php';
require_once BLUSH_WIDGETS_DIR . 'includes/leads/privacy.php';
if ( is_admin() ) {
	require_once BLUSH_WIDGETS_DIR . 'includes/leads/admin.php';
	require_once BLUSH_WIDGETS_DIR . 'includes/leads/export.php';
}

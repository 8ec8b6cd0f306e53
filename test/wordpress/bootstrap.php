<?php
/**
 * PHPUnit (Debian's phpunit 9.6) for the plugin's pure functions: the pieces of the security
 * review whose unit is PHP (CSV formula guard, Reply-To, address matching, proxy ranges, nesting)
 * and the notification's back-off (delivery.php).
 * Their files are loaded as WordPress would; the few WordPress calls they make when loaded
 * (registering hooks) are no-ops here. Whole paths run on a real WordPress in test/e2e/wordpress/.
 *
 * @package BlushWidgets
 */

define( 'ABSPATH', __DIR__ . '/' );

function add_action() {}
function add_filter() {}
function apply_filters( $hook, $value ) {
	return $GLOBALS['blush_widgets_test_filters'][ $hook ] ?? $value;
}

function __( $text ) {
	return $text;
}
function wp_parse_url( $url, $component = -1 ) {
	return parse_url( $url, $component ); // phpcs:ignore WordPress.WP.AlternativeFunctions.parse_url_parse_url
}

define( 'MINUTE_IN_SECONDS', 60 );
define( 'HOUR_IN_SECONDS', 3600 );

foreach ( array( 'delivery', 'export', 'mail', 'privacy', 'rate-limit', 'rules' ) as $blush_widgets_file ) {
	require_once __DIR__ . '/../../wordpress/blush-widgets/includes/leads/' . $blush_widgets_file . '.php';
}

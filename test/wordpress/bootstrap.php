<?php
/**
 * PHPUnit (Debian's phpunit 9.6) for the plugin's pure functions: the pieces of the security
 * review whose unit is PHP (CSV formula guard, Reply-To, address matching, proxy ranges, nesting).
 * Their files are loaded as WordPress would; the few WordPress calls they make when loaded
 * (registering hooks) are no-ops here. Whole paths run on a real WordPress in test/e2e/wordpress/.
 *
 * @package BlushWidgets
 */

define( 'ABSPATH', __DIR__ . '/' );

function add_action() {}
function add_filter() {}

foreach ( array( 'export', 'mail', 'privacy', 'rate-limit', 'rules' ) as $blush_widgets_file ) {
	require_once __DIR__ . '/../../wordpress/blush-widgets/includes/leads/' . $blush_widgets_file . '.php';
}

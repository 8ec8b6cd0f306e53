<?php
/**
 * Removes the plugin's only stored data: its settings.
 *
 * @package BlushWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'blush_widgets_options' );

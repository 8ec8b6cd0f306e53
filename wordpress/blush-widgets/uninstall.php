<?php
/**
 * Deleting the plugin keeps the clinic's consultation requests and settings, unless "Delete every
 * stored request and these settings when the plugin is deleted" is ticked in the settings: then
 * the leads table, the options and the capability go too. The scheduled events go either way.
 *
 * @package BlushWidgets
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

wp_clear_scheduled_hook( 'blush_widgets_leads_retention' );
wp_clear_scheduled_hook( 'blush_widgets_leads_mail_sweep' );

$blush_widgets_options = get_option( 'blush_widgets_options', array() );
if ( is_array( $blush_widgets_options ) && ! empty( $blush_widgets_options['delete_on_uninstall'] ) ) {
	global $wpdb;
	$wpdb->query( "DROP TABLE IF EXISTS {$wpdb->prefix}blush_leads, {$wpdb->prefix}blush_rate_limits" ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.SchemaChange, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- dropping the plugin's own tables on uninstall; there is no API for it and nothing to cache.
	foreach ( array( 'blush_widgets_options', 'blush_widgets_leads_schema', 'blush_widgets_spam_honeypot', 'blush_widgets_spam_too_fast', 'blush_widgets_mail_failing_since' ) as $blush_widgets_option ) {
		delete_option( $blush_widgets_option );
	}
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s", $wpdb->esc_like( '_transient_blush_rl_' ) . '%', $wpdb->esc_like( '_transient_timeout_blush_rl_' ) . '%' ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- one-off removal of the rate-limit transients by prefix; no API deletes by prefix.
	foreach ( wp_roles()->role_objects as $blush_widgets_role ) {
		$blush_widgets_role->remove_cap( 'blush_manage_leads' );
	}
}

<?php
/**
 * The lead inbox's storage: a table of its own, created and upgraded with dbDelta whenever the
 * stored schema version differs from this file's (activation, or a plugin update without
 * reactivation), the `blush_manage_leads` capability for administrators and editors, the daily
 * retention event and the five-minute notification sweep, and the few queries the rest of the inbox shares.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'BLUSH_WIDGETS_LEADS_SCHEMA', '3' );
define( 'BLUSH_WIDGETS_LEADS_CAP', 'blush_manage_leads' );
define( 'BLUSH_WIDGETS_LEADS_CRON', 'blush_widgets_leads_retention' );

/** The statuses a lead moves through, with their labels. */
function blush_widgets_lead_statuses() {
	return array(
		'new'       => __( 'New', 'blush-widgets' ),
		'contacted' => __( 'Contacted', 'blush-widgets' ),
		'booked'    => __( 'Booked', 'blush-widgets' ),
		'closed'    => __( 'Closed', 'blush-widgets' ),
	);
}

/** The leads table's name, with the site's prefix. */
function blush_widgets_leads_table() {
	global $wpdb;
	return $wpdb->prefix . 'blush_leads';
}

/**
 * Creates or upgrades the table, grants the capability and schedules the retention event.
 * dbDelta wants two spaces after PRIMARY KEY and one field per line.
 */
function blush_widgets_leads_install() {
	global $wpdb;
	require_once ABSPATH . 'wp-admin/includes/upgrade.php';
	$table   = blush_widgets_leads_table();
	$charset = $wpdb->get_charset_collate();
	dbDelta(
		"CREATE TABLE {$table} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  idempotency_key varchar(100) NOT NULL,
  created_at datetime NOT NULL,
  status varchar(20) NOT NULL DEFAULT 'new',
  first_name varchar(191) NOT NULL DEFAULT '',
  last_name varchar(191) NOT NULL DEFAULT '',
  email varchar(191) NOT NULL DEFAULT '',
  phone varchar(64) NOT NULL DEFAULT '',
  treatments text NOT NULL,
  fields longtext NOT NULL,
  consent longtext NOT NULL,
  consent_version varchar(64) NOT NULL DEFAULT '',
  consent_at datetime DEFAULT NULL,
  page_url text NOT NULL,
  language varchar(35) NOT NULL DEFAULT '',
  ip varchar(64) NOT NULL DEFAULT '',
  mail_status varchar(20) NOT NULL DEFAULT 'pending',
  mail_error text NOT NULL,
  mail_attempts smallint(5) unsigned NOT NULL DEFAULT 0,
  mail_next_at datetime DEFAULT NULL,
  mail_claimed_at datetime DEFAULT NULL,
  PRIMARY KEY  (id),
  UNIQUE KEY idempotency_key (idempotency_key),
  KEY email (email),
  KEY status (status),
  KEY created_at (created_at),
  KEY mail_status (mail_status)
) {$charset};"
	);
	$rates = blush_widgets_rate_table();
	dbDelta(
		"CREATE TABLE {$rates} (
  bucket char(64) NOT NULL,
  window_start int(10) unsigned NOT NULL,
  hits int(10) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (bucket)
) {$charset};"
	);
	foreach ( array( 'administrator', 'editor' ) as $name ) {
		$role = get_role( $name );
		if ( $role ) {
			$role->add_cap( BLUSH_WIDGETS_LEADS_CAP );
		}
	}
	foreach ( array( 'blush_widgets_spam_honeypot', 'blush_widgets_spam_too_fast' ) as $counter ) {
		add_option( $counter, 0, '', 'no' );
	}
	blush_widgets_leads_schedule();
	update_option( 'blush_widgets_leads_schema', BLUSH_WIDGETS_LEADS_SCHEMA );
}

/** The daily retention event and the five-minute notification sweep (delivery.php). */
function blush_widgets_leads_schedule() {
	if ( ! wp_next_scheduled( BLUSH_WIDGETS_LEADS_CRON ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', BLUSH_WIDGETS_LEADS_CRON );
	}
	if ( ! wp_next_scheduled( BLUSH_WIDGETS_MAIL_SWEEP ) ) {
		wp_schedule_event( time() + 5 * MINUTE_IN_SECONDS, 'blush_widgets_five_minutes', BLUSH_WIDGETS_MAIL_SWEEP );
	}
}

register_activation_hook( BLUSH_WIDGETS_FILE, 'blush_widgets_leads_install' );
/** On deactivation: the plugin's scheduled tasks stop. */
function blush_widgets_deactivate() {
	wp_clear_scheduled_hook( BLUSH_WIDGETS_LEADS_CRON );
	wp_clear_scheduled_hook( BLUSH_WIDGETS_MAIL_SWEEP );
	wp_clear_scheduled_hook( 'blush_widgets_consent_daily' );
}
register_deactivation_hook( BLUSH_WIDGETS_FILE, 'blush_widgets_deactivate' );

/** Upgrades the leads table when its schema version is out of date. */
function blush_widgets_leads_maybe_upgrade() {
	if ( get_option( 'blush_widgets_leads_schema' ) !== BLUSH_WIDGETS_LEADS_SCHEMA ) {
		blush_widgets_leads_install();
	}
}
// An update that replaced the files without reactivating the plugin: upgrade on the next request.
add_action( 'plugins_loaded', 'blush_widgets_leads_maybe_upgrade' );

/**
 * Adds one to a spam counter in a single statement, so concurrent requests all count.
 *
 * @param string $counter `honeypot` or `too_fast` (the option is `blush_widgets_spam_<counter>`).
 */
function blush_widgets_leads_count( $counter ) {
	global $wpdb;
	$name = 'blush_widgets_spam_' . $counter;
	add_option( $name, 0, '', 'no' );
	$wpdb->query( $wpdb->prepare( "UPDATE {$wpdb->options} SET option_value = option_value + 1 WHERE option_name = %s", $name ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- one atomic increment of the plugin's own counter option, so concurrent requests all count; its cache is cleared below.
	wp_cache_delete( $name, 'options' );
}

/**
 * One lead as an array (JSON columns decoded), or null.
 *
 * @param int $id Lead ID.
 */
function blush_widgets_lead( $id ) {
	global $wpdb;
	$table = blush_widgets_leads_table();
	$row   = $wpdb->get_row( $wpdb->prepare( "SELECT * FROM {$table} WHERE id = %d", $id ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table; leads are read fresh.
	return $row ? blush_widgets_lead_decode( $row ) : null;
}

/**
 * A lead row with its JSON columns (`fields`, `consent`, `treatments`) decoded; an empty array when one is not valid JSON.
 *
 * @param array $row A row of the leads table.
 */
function blush_widgets_lead_decode( array $row ) {
	foreach ( array( 'fields', 'consent', 'treatments' ) as $column ) {
		$value          = json_decode( (string) $row[ $column ], true );
		$row[ $column ] = is_array( $value ) ? $value : array();
	}
	return $row;
}

/**
 * The WHERE clause for the list and the export: a status and a search over names, email, phone
 * and the submitted values.
 *
 * @param array $args `status`, `search`.
 */
function blush_widgets_leads_where( array $args ) {
	global $wpdb;
	$where = array( '1=1' );
	if ( ! empty( $args['status'] ) && isset( blush_widgets_lead_statuses()[ $args['status'] ] ) ) {
		$where[] = $wpdb->prepare( 'status = %s', $args['status'] );
	}
	$search = trim( (string) ( $args['search'] ?? '' ) );
	if ( '' !== $search ) {
		$like    = '%' . $wpdb->esc_like( $search ) . '%';
		$where[] = $wpdb->prepare( '(first_name LIKE %s OR last_name LIKE %s OR CONCAT(first_name, \' \', last_name) LIKE %s OR email LIKE %s OR phone LIKE %s OR fields LIKE %s)', $like, $like, $like, $like, $like, $like );
	}
	return implode( ' AND ', $where );
}

/**
 * Leads for the list or the export, newest first.
 *
 * @param array $args `status`, `search`, `per_page` (0: all), `page`, `orderby`, `order`.
 */
function blush_widgets_leads_query( array $args ) {
	global $wpdb;
	$table   = blush_widgets_leads_table();
	$where   = blush_widgets_leads_where( $args );
	$orderby = in_array( $args['orderby'] ?? '', array( 'created_at', 'last_name', 'email', 'status' ), true ) ? $args['orderby'] : 'created_at';
	$order   = 'asc' === strtolower( (string) ( $args['order'] ?? '' ) ) ? 'ASC' : 'DESC';
	$limit   = '';
	if ( ! empty( $args['per_page'] ) ) {
		$limit = $wpdb->prepare( ' LIMIT %d OFFSET %d', $args['per_page'], max( 0, ( (int) ( $args['page'] ?? 1 ) - 1 ) * $args['per_page'] ) );
	}
	// $where is built from prepared parts; $orderby and $order come from the lists above.
	$rows = $wpdb->get_results( "SELECT * FROM {$table} WHERE {$where} ORDER BY {$orderby} {$order}, id {$order}{$limit}", ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table, $where is built from prepared parts, $orderby and $order come from fixed lists and $limit is prepared.
	return array_map( 'blush_widgets_lead_decode', $rows ? $rows : array() );
}

/**
 * How many leads match the list's filters.
 *
 * @param array $args `status`, `search`.
 */
function blush_widgets_leads_total( array $args ) {
	global $wpdb;
	$table = blush_widgets_leads_table();
	$where = blush_widgets_leads_where( $args );
	return (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE {$where}" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table and $where is built from prepared parts.
}

/** Count per status, for the list's views and the menu bubble. */
function blush_widgets_leads_counts() {
	global $wpdb;
	$table  = blush_widgets_leads_table();
	$counts = array_fill_keys( array_keys( blush_widgets_lead_statuses() ), 0 );
	foreach ( (array) $wpdb->get_results( "SELECT status, COUNT(*) AS n FROM {$table} GROUP BY status", ARRAY_A ) as $row ) { // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table; the counts are read fresh.
		$counts[ $row['status'] ] = (int) $row['n'];
	}
	return $counts;
}

/**
 * Deletes leads by id; returns how many went.
 *
 * @param int[] $ids Lead ids.
 */
function blush_widgets_leads_delete( array $ids ) {
	global $wpdb;
	$ids = array_values( array_filter( array_map( 'absint', $ids ) ) );
	if ( ! $ids ) {
		return 0;
	}
	$table        = blush_widgets_leads_table();
	$placeholders = implode( ',', array_fill( 0, count( $ids ), '%d' ) );
	return (int) $wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE id IN ({$placeholders})", $ids ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.PreparedSQLPlaceholders.UnfinishedPrepare, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table and $placeholders is one %d per id.
}

/** Deletes leads older than the chosen retention period. */
function blush_widgets_leads_apply_retention() {
	global $wpdb;
	$days = absint( blush_widgets_options()['retention_days'] );
	if ( ! $days ) {
		return;
	}
	$table = blush_widgets_leads_table();
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE created_at < %s", gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table; a retention cleanup, nothing to cache.
}
// Retention: leads older than the clinic's chosen number of days go, once a day.
add_action( BLUSH_WIDGETS_LEADS_CRON, 'blush_widgets_leads_apply_retention' );

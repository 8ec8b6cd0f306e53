<?php
/**
 * Tools › Export / Erase Personal Data: the leads sent with an email address, exported with
 * every submitted value and the consent evidence, and erased on request.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether two addresses are one person's: the same characters, ignoring only ASCII letter case
 * (mail providers treat `Jose@` and `jose@` as one mailbox). The column's collation would also
 * match `josé@`, `jöse@`, fullwidth `ｊｏｓｅ@` and `straße@` for `strasse@`: other people, whose
 * requests an export or erasure must never reach.
 *
 * @param string $a An email address.
 * @param string $b Another email address.
 */
function blush_widgets_same_email( $a, $b ) {
	return strtolower( (string) $a ) === strtolower( (string) $b ); // strtolower() is ASCII-only from PHP 8.2 (and locale-free in "C").
}

/**
 * Ids of the leads sent with exactly this email (see blush_widgets_same_email()), a page of 100 at a time.
 *
 * @param string $email The email address asked about.
 * @param int    $page  Page number, from 1.
 */
function blush_widgets_leads_by_email( $email, $page ) {
	global $wpdb;
	$table = blush_widgets_leads_table();
	// The collation's match is a superset (one person's requests and their look-alikes): small, then narrowed here.
	$rows  = (array) $wpdb->get_results( $wpdb->prepare( "SELECT id, email FROM {$table} WHERE email = %s ORDER BY id", $email ), ARRAY_A ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table; a personal-data request reads it fresh.
	$exact = array_values(
		array_filter(
			$rows,
			function ( $row ) use ( $email ) {
				return blush_widgets_same_email( $row['email'], $email );
			}
		)
	);
	return array_map( 'intval', array_column( array_slice( $exact, max( 0, ( (int) $page - 1 ) * 100 ), 100 ), 'id' ) );
}

/**
 * Registers the personal data exporter for leads.
 *
 * @param array $exporters Personal data exporters.
 */
function blush_widgets_register_leads_exporter( $exporters ) {
	$exporters['blush-widgets-leads'] = array(
		'exporter_friendly_name' => __( 'Consultation requests (Blush Widgets)', 'blush-widgets' ),
		'callback'               => 'blush_widgets_leads_export_personal_data',
	);
	return $exporters;
}
add_filter( 'wp_privacy_personal_data_exporters', 'blush_widgets_register_leads_exporter' );

/**
 * Registers the personal data eraser for leads.
 *
 * @param array $erasers Personal data erasers.
 */
function blush_widgets_register_leads_eraser( $erasers ) {
	$erasers['blush-widgets-leads'] = array(
		'eraser_friendly_name' => __( 'Consultation requests (Blush Widgets)', 'blush-widgets' ),
		'callback'             => 'blush_widgets_leads_erase_personal_data',
	);
	return $erasers;
}
add_filter( 'wp_privacy_personal_data_erasers', 'blush_widgets_register_leads_eraser' );

/**
 * The exporter: one item per lead.
 *
 * @param string $email Email address.
 * @param int    $page  Page, from 1.
 */
function blush_widgets_leads_export_personal_data( $email, $page = 1 ) {
	$ids   = blush_widgets_leads_by_email( (string) $email, $page );
	$items = array();
	foreach ( $ids as $id ) {
		$lead = blush_widgets_lead( $id );
		if ( ! $lead ) {
			continue;
		}
		$data = array();
		foreach ( blush_widgets_lead_lines( $lead['fields'] ) as $label => $value ) {
			$data[] = array(
				'name'  => $label,
				'value' => $value,
			);
		}
		$data[] = array(
			'name'  => __( 'Received', 'blush-widgets' ),
			'value' => $lead['created_at'] . ' UTC',
		);
		$data[] = array(
			'name'  => __( 'Status', 'blush-widgets' ),
			'value' => blush_widgets_lead_statuses()[ $lead['status'] ] ?? $lead['status'],
		);
		$data[] = array(
			'name'  => __( 'Page', 'blush-widgets' ),
			'value' => $lead['page_url'],
		);
		$data[] = array(
			'name'  => __( 'IP address', 'blush-widgets' ),
			'value' => $lead['ip'],
		);
		foreach ( $lead['consent'] as $kind => $record ) {
			$data[] = array(
				/* translators: %s: consent kind (privacy, sms, emailOptIn) */
				'name'  => sprintf( __( 'Consent: %s', 'blush-widgets' ), blush_widgets_consent_label( $kind ) ),
				'value' => ( $record['given'] ? __( 'Given', 'blush-widgets' ) : __( 'Not given', 'blush-widgets' ) ) . ' (' . $record['version'] . ', ' . $record['at'] . '): ' . $record['text'],
			);
		}
		$items[] = array(
			'group_id'    => 'blush-widgets-leads',
			'group_label' => __( 'Consultation requests', 'blush-widgets' ),
			'item_id'     => 'blush-lead-' . $id,
			'data'        => $data,
		);
	}
	return array(
		'data' => $items,
		'done' => count( $ids ) < 100,
	);
}

/**
 * The eraser: deletes the leads (a request is nothing without the person's details).
 *
 * @param string $email Email address.
 */
function blush_widgets_leads_erase_personal_data( $email ) {
	$ids     = blush_widgets_leads_by_email( (string) $email, 1 );
	$removed = blush_widgets_leads_delete( $ids );
	return array(
		'items_removed'  => $removed > 0,
		'items_retained' => false,
		'messages'       => array(),
		'done'           => count( $ids ) < 100,
	);
}

/** Suggests text for the site's privacy policy. */
function blush_widgets_add_privacy_policy_content() {
	if ( function_exists( 'wp_add_privacy_policy_content' ) ) {
		wp_add_privacy_policy_content(
			__( 'Blush Widgets', 'blush-widgets' ),
			'<p>' . esc_html__( 'When you request a consultation, we store the details you enter (name, contact details, the treatments you ask about, your message and your consent with the words you agreed to), the page you sent it from and a shortened form of your IP address, and email them to our staff. We keep them until we delete them or for the period set by the clinic; you can ask us to export or erase them.', 'blush-widgets' ) . '</p>'
		);
	}
}
// Suggested text for the site's privacy policy (Settings › Privacy › Policy guide).
add_action( 'admin_init', 'blush_widgets_add_privacy_policy_content' );

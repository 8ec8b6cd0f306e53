<?php
/**
 * Leads › Export CSV: UTF-8 with a byte-order mark and CRLF line ends, so Excel opens names with
 * accents correctly; a cell that a spreadsheet could read as a formula (`=`, `+`, `-`, `@`, also
 * fullwidth or after spaces, a leading tab or carriage return) is prefixed with `'` so none runs
 * (CSV injection). Behind the
 * capability and a nonce; follows the list's status and search.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Whether a spreadsheet could read the cell as a formula: its first character that is not a space
 * (any Unicode space, NBSP included, or a control character) is `=`, `+`, `-` or `@`, in ASCII or
 * fullwidth (`＝ ＋ － ＠`, which spreadsheets in East Asian locales also read), or the cell starts
 * with a tab or a carriage return.
 *
 * @param string $value The cell's text.
 */
function blush_widgets_csv_is_formula( $value ) {
	if ( '' === $value || false !== strpos( "\t\r", $value[0] ) ) {
		return '' !== $value;
	}
	return 1 === preg_match( '/^[\p{Z}\s\x00-\x1F\x7F\x{FEFF}]*[=+\-@\x{FF1D}\x{FF0B}\x{FF0D}\x{FF20}\x{2212}]/u', $value );
}

/**
 * One CSV cell: neutralised, then quoted.
 *
 * @param mixed $value The cell's value (read as a string).
 */
function blush_widgets_csv_cell( $value ) {
	$value = (string) $value;
	if ( blush_widgets_csv_is_formula( $value ) ) {
		$value = "'" . $value;
	}
	return '"' . str_replace( '"', '""', $value ) . '"';
}

/**
 * One CSV line: the cells, each neutralised and quoted, then CRLF.
 *
 * @param array $cells The line's values.
 */
function blush_widgets_csv_line( array $cells ) {
	return implode( ',', array_map( 'blush_widgets_csv_cell', $cells ) ) . "\r\n";
}

/**
 * Header => cell for one lead.
 *
 * @param array $lead The lead, as blush_widgets_leads_query() returns it.
 */
function blush_widgets_lead_csv_row( array $lead ) {
	$fields  = $lead['fields'];
	$list    = function ( $value ) {
		return implode( ', ', array_filter( (array) $value, 'is_scalar' ) );
	};
	$privacy = $lead['consent']['privacy'] ?? array();
	$known   = array( 'firstName', 'lastName', 'email', 'phone', 'contactMethod', 'treatments', 'location', 'patientType', 'preferredDays', 'preferredTimes', 'preferredDate', 'message', 'referral', 'adult' );
	$extra   = array_diff_key( $fields, array_flip( $known ) );
	return array(
		__( 'ID', 'blush-widgets' )               => $lead['id'],
		__( 'Received', 'blush-widgets' )         => blush_widgets_lead_date( $lead['created_at'] ),
		__( 'Status', 'blush-widgets' )           => blush_widgets_lead_statuses()[ $lead['status'] ] ?? $lead['status'],
		__( 'First name', 'blush-widgets' )       => $lead['first_name'],
		__( 'Last name', 'blush-widgets' )        => $lead['last_name'],
		__( 'Email', 'blush-widgets' )            => $lead['email'],
		__( 'Phone', 'blush-widgets' )            => blush_widgets_lead_format_phone( $lead['phone'] ),
		__( 'Contact by', 'blush-widgets' )       => $list( $fields['contactMethod'] ?? '' ),
		__( 'Treatments', 'blush-widgets' )       => $list( $fields['treatments'] ?? array() ),
		__( 'Location', 'blush-widgets' )         => $list( $fields['location'] ?? '' ),
		__( 'Patient', 'blush-widgets' )          => $list( $fields['patientType'] ?? '' ),
		__( 'Preferred days', 'blush-widgets' )   => $list( $fields['preferredDays'] ?? array() ),
		__( 'Preferred times', 'blush-widgets' )  => $list( $fields['preferredTimes'] ?? array() ),
		__( 'Preferred date', 'blush-widgets' )   => $list( $fields['preferredDate'] ?? '' ),
		__( 'Message', 'blush-widgets' )          => $list( $fields['message'] ?? '' ),
		__( 'Heard about us', 'blush-widgets' )   => $list( $fields['referral'] ?? '' ),
		__( 'Source', 'blush-widgets' )           => blush_widgets_lead_source( $fields ),
		__( '18 or older', 'blush-widgets' )      => isset( $fields['adult'] ) ? ( $fields['adult'] ? __( 'Yes', 'blush-widgets' ) : __( 'No', 'blush-widgets' ) ) : '',
		__( 'Privacy consent', 'blush-widgets' )  => $privacy ? ( $privacy['given'] ? __( 'Yes', 'blush-widgets' ) : __( 'No', 'blush-widgets' ) ) : '',
		__( 'Consent text', 'blush-widgets' )     => $privacy['text'] ?? '',
		__( 'Consent version', 'blush-widgets' )  => $privacy['version'] ?? '',
		__( 'Consent given at', 'blush-widgets' ) => $privacy['at'] ?? '',
		__( 'Other consents', 'blush-widgets' )   => implode(
			'; ',
			array_map(
				function ( $kind, $record ) {
					return blush_widgets_consent_label( $kind ) . ': ' . ( $record['given'] ? __( 'Yes', 'blush-widgets' ) : __( 'No', 'blush-widgets' ) );
				},
				array_keys( array_diff_key( $lead['consent'], array( 'privacy' => 1 ) ) ),
				array_diff_key( $lead['consent'], array( 'privacy' => 1 ) )
			)
		),
		__( 'Page', 'blush-widgets' )             => $lead['page_url'],
		__( 'IP address', 'blush-widgets' )       => $lead['ip'],
		__( 'Notification', 'blush-widgets' )     => $lead['mail_status'] . ( $lead['mail_error'] ? ': ' . $lead['mail_error'] : '' ),
		__( 'Other fields', 'blush-widgets' )     => $extra ? wp_json_encode( $extra, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES ) : '',
	);
}

/**
 * The whole CSV for these filters, as a string.
 *
 * @param array $filters `status`, `search` (as Blush_Widgets_Leads_Table::filters() gives them).
 */
function blush_widgets_leads_csv( array $filters ) {
	$csv  = "\xEF\xBB\xBF";
	$head = false;
	$page = 1;
	do {
		$leads = blush_widgets_leads_query(
			$filters + array(
				'per_page' => 500,
				'page'     => $page++,
			)
		);
		foreach ( $leads as $lead ) {
			$row = blush_widgets_lead_csv_row( $lead );
			if ( ! $head ) {
				$csv .= blush_widgets_csv_line( array_keys( $row ) );
				$head = true;
			}
			$csv .= blush_widgets_csv_line( array_values( $row ) );
		}
		$count = count( $leads );
	} while ( 500 === $count );
	if ( ! $head ) {
		$csv .= blush_widgets_csv_line( array_keys( blush_widgets_lead_csv_row( blush_widgets_lead_decode( array_fill_keys( array( 'id', 'created_at', 'status', 'first_name', 'last_name', 'email', 'phone', 'treatments', 'fields', 'consent', 'page_url', 'ip', 'mail_status', 'mail_error' ), '' ) ) ) ) );
	}
	return $csv;
}

/** Sends the filtered leads as a CSV download. */
function blush_widgets_leads_export_download() {
	blush_widgets_leads_gate();
	check_admin_referer( 'blush-leads-export' );
	require_once __DIR__ . '/class-blush-widgets-leads-table.php';
	$csv = blush_widgets_leads_csv( Blush_Widgets_Leads_Table::filters() );
	nocache_headers();
	header( 'Content-Type: text/csv; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="leads-' . gmdate( 'Y-m-d' ) . '.csv"' );
	header( 'X-Content-Type-Options: nosniff' );
	echo $csv; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- CSV, not HTML; cells are neutralised and quoted.
	exit;
}
add_action( 'admin_post_blush_leads_export', 'blush_widgets_leads_export_download' );

<?php
/**
 * Leads in the admin menu, for users with `blush_manage_leads` (administrators and editors by
 * default): the list (class-blush-widgets-leads-table.php), one lead's page with its status and consent evidence, and
 * the actions, each behind the capability and a nonce: status changes, delete, bulk actions,
 * resending the notification and the CSV export (export.php).
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A stored UTC time in the site's time zone and format.
 *
 * @param string $mysql_gmt A `Y-m-d H:i:s` time in UTC, or '' for none.
 */
function blush_widgets_lead_date( $mysql_gmt ) {
	return $mysql_gmt ? blush_widgets_lead_time( $mysql_gmt . ' UTC' ) : '';
}

/**
 * How a lead's notification stands, in words: Sent, Sending, Not sent yet, Failed after 3 tries.
 *
 * @param array $lead The lead, as blush_widgets_lead() returns it.
 */
function blush_widgets_lead_mail_label( array $lead ) {
	$tries = (int) ( $lead['mail_attempts'] ?? 0 );
	switch ( $lead['mail_status'] ) {
		case 'sent':
			return __( 'Sent', 'blush-widgets' );
		case 'sending':
			return __( 'Sending', 'blush-widgets' );
		case 'failed':
			/* translators: %d: number of tries */
			return sprintf( _n( 'Failed after %d try', 'Failed after %d tries', $tries, 'blush-widgets' ), $tries );
		default:
			return __( 'Not sent yet', 'blush-widgets' );
	}
}

/**
 * The nonced admin link that sends a lead's notification again.
 *
 * @param int $id Lead ID.
 */
function blush_widgets_lead_resend_url( $id ) {
	return wp_nonce_url( admin_url( 'admin-post.php?action=blush_lead_resend&lead=' . (int) $id ), 'blush-lead-resend_' . (int) $id );
}

/**
 * The nonced admin link that deletes a lead.
 *
 * @param int $id Lead ID.
 */
function blush_widgets_lead_delete_url( $id ) {
	return wp_nonce_url( admin_url( 'admin-post.php?action=blush_lead_delete&lead=' . (int) $id ), 'blush-lead-delete_' . (int) $id );
}

/** Stops a request from someone without the capability. */
function blush_widgets_leads_gate() {
	if ( ! current_user_can( BLUSH_WIDGETS_LEADS_CAP ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to manage consultation requests.', 'blush-widgets' ), 403 );
	}
}

/**
 * Back to the list (or a lead) with a notice.
 *
 * @param array $args Query arguments: `lead`, and the notice's key and value.
 */
function blush_widgets_leads_redirect( array $args ) {
	wp_safe_redirect( add_query_arg( $args, admin_url( 'admin.php?page=blush-leads' ) ) );
	exit;
}

/** Adds the Leads menu with its count of new requests. */
function blush_widgets_leads_add_menu() {
	$new   = current_user_can( BLUSH_WIDGETS_LEADS_CAP ) ? blush_widgets_leads_counts()['new'] : 0;
	$title = __( 'Leads', 'blush-widgets' ) . ( $new ? sprintf( ' <span class="awaiting-mod count-%1$d"><span class="pending-count">%1$d</span></span>', $new ) : '' );
	$hook  = add_menu_page( __( 'Leads', 'blush-widgets' ), $title, BLUSH_WIDGETS_LEADS_CAP, 'blush-leads', 'blush_widgets_leads_page', 'dashicons-email-alt', 26 );
	add_action( 'load-' . $hook, 'blush_widgets_leads_load' );
}
add_action( 'admin_menu', 'blush_widgets_leads_add_menu' );

/**
 * Keeps the leads-per-page screen option between 1 and 200.
 *
 * @param mixed  $keep   Value to save; false to skip.
 * @param string $option Option name.
 * @param int    $value  Submitted value.
 */
function blush_widgets_leads_save_per_page( $keep, $option, $value ) {
	return max( 1, min( 200, (int) $value ) );
}
add_filter( 'set_screen_option_blush_leads_per_page', 'blush_widgets_leads_save_per_page', 10, 3 );

/** Before the screen prints: bulk actions, then the table. */
function blush_widgets_leads_load() {
	global $blush_widgets_leads_table;
	blush_widgets_leads_gate();
	require_once __DIR__ . '/class-blush-widgets-leads-table.php';
	add_screen_option(
		'per_page',
		array(
			'default' => 20,
			'option'  => 'blush_leads_per_page',
		)
	);
	$blush_widgets_leads_table = new Blush_Widgets_Leads_Table();
	$action                    = $blush_widgets_leads_table->current_action();
	if ( $action ) {
		check_admin_referer( 'bulk-leads' );
		$ids = isset( $_REQUEST['lead'] ) ? array_map( 'absint', (array) wp_unslash( $_REQUEST['lead'] ) ) : array();
		if ( 'delete' === $action ) {
			blush_widgets_leads_redirect( array( 'deleted' => blush_widgets_leads_delete( $ids ) ) );
		}
		$status = substr( $action, 7 );
		if ( 0 === strpos( $action, 'status-' ) && isset( blush_widgets_lead_statuses()[ $status ] ) ) {
			foreach ( $ids as $id ) {
				blush_widgets_lead_set_status( $id, $status );
			}
			blush_widgets_leads_redirect( array( 'updated' => count( $ids ) ) );
		}
	}
}

/**
 * Sets a lead's status; the number of rows changed, or false on a database error.
 *
 * @param int    $id     Lead ID.
 * @param string $status One of blush_widgets_lead_statuses()'s keys.
 */
function blush_widgets_lead_set_status( $id, $status ) {
	global $wpdb;
	return $wpdb->update( blush_widgets_leads_table(), array( 'status' => $status ), array( 'id' => (int) $id ) ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- the plugin's own leads table; nothing caches it.
}

/** The Leads screen: one lead when `lead` is given, else the list. */
function blush_widgets_leads_page() {
	global $blush_widgets_leads_table;
	blush_widgets_leads_gate();
	// phpcs:disable WordPress.Security.NonceVerification.Recommended -- reading which notice to show.
	$id = isset( $_GET['lead'] ) && ! is_array( $_GET['lead'] ) ? absint( $_GET['lead'] ) : 0;
	echo '<div class="wrap">';
	$notices = array(
		/* translators: %d: number of requests */
		'deleted' => __( 'Requests deleted: %d.', 'blush-widgets' ),
		/* translators: %d: number of requests */
		'updated' => __( 'Requests updated: %d.', 'blush-widgets' ),
		'mailed'  => __( 'Notification sent.', 'blush-widgets' ),
		'unsent'  => __( 'The notification could not be sent.', 'blush-widgets' ),
		'busy'    => __( 'The notification is being sent right now.', 'blush-widgets' ),
	);
	foreach ( $notices as $key => $text ) {
		if ( isset( $_GET[ $key ] ) ) {
			printf( '<div class="notice notice-%s is-dismissible"><p>%s</p></div>', 'unsent' === $key ? 'error' : 'success', esc_html( sprintf( $text, absint( $_GET[ $key ] ) ) ) );
		}
	}
	// phpcs:enable
	if ( $id ) {
		blush_widgets_lead_view( $id );
		echo '</div>';
		return;
	}
	$filters = Blush_Widgets_Leads_Table::filters();
	printf( '<h1 class="wp-heading-inline">%s</h1>', esc_html__( 'Leads', 'blush-widgets' ) );
	printf(
		' <a class="page-title-action" href="%s">%s</a><hr class="wp-header-end" />',
		esc_url(
			wp_nonce_url(
				add_query_arg(
					array_filter(
						array(
							'status' => $filters['status'],
							's'      => $filters['search'],
						)
					),
					admin_url( 'admin-post.php?action=blush_leads_export' )
				),
				'blush-leads-export'
			)
		),
		esc_html__( 'Export CSV', 'blush-widgets' )
	);
	$endpoint = blush_widgets_options()['form_endpoint'];
	if ( $endpoint ) {
		printf(
			'<div class="notice notice-info"><p>%s <code>%s</code>. <a href="%s">%s</a></p></div>',
			esc_html__( 'Forms on this site send to', 'blush-widgets' ),
			esc_html( $endpoint ),
			esc_url( blush_widgets_settings_url() ),
			esc_html__( 'Clear "Form endpoint" in the settings to keep requests here.', 'blush-widgets' )
		);
	}
	$blush_widgets_leads_table->prepare_items();
	$blush_widgets_leads_table->views();
	echo '<form method="get">';
	echo '<input type="hidden" name="page" value="blush-leads" />';
	if ( $filters['status'] ) {
		printf( '<input type="hidden" name="status" value="%s" />', esc_attr( $filters['status'] ) );
	}
	$blush_widgets_leads_table->search_box( __( 'Search requests', 'blush-widgets' ), 'blush-leads' );
	$blush_widgets_leads_table->display();
	echo '</form>';
	$honeypot = (int) get_option( 'blush_widgets_spam_honeypot', 0 );
	$too_fast = (int) get_option( 'blush_widgets_spam_too_fast', 0 );
	printf(
		'<p class="description" id="blush-spam-count">%s</p>',
		esc_html(
			sprintf(
				/* translators: 1: total, 2: hidden field filled, 3: sent too fast */
				__( 'Set aside as spam and not stored: %1$d (hidden field filled: %2$d; sent faster than a person could: %3$d).', 'blush-widgets' ),
				$honeypot + $too_fast,
				$honeypot,
				$too_fast
			)
		)
	);
}

/**
 * One lead: every value as text, the consent evidence, the notification, status and delete.
 *
 * @param int $id Lead ID.
 */
function blush_widgets_lead_view( $id ) {
	$lead = blush_widgets_lead( $id );
	if ( ! $lead ) {
		printf( '<h1>%s</h1><p>%s</p>', esc_html__( 'Lead not found', 'blush-widgets' ), esc_html__( 'It may have been deleted.', 'blush-widgets' ) );
		return;
	}
	$name = trim( $lead['first_name'] . ' ' . $lead['last_name'] );
	printf( '<p><a href="%s">&larr; %s</a></p>', esc_url( admin_url( 'admin.php?page=blush-leads' ) ), esc_html__( 'All leads', 'blush-widgets' ) );
	printf( '<h1 class="blush-lead-name">%s</h1>', esc_html( $name ) );
	echo '<table class="widefat striped blush-lead" style="max-width:60em"><tbody>';
	$row = function ( $label, $value ) {
		printf( '<tr><th scope="row" style="width:14em">%s</th><td style="white-space:pre-wrap">%s</td></tr>', esc_html( $label ), esc_html( $value ) );
	};
	foreach ( blush_widgets_lead_lines( $lead['fields'] ) as $label => $value ) {
		$row( $label, $value );
	}
	$row( __( 'Received', 'blush-widgets' ), blush_widgets_lead_date( $lead['created_at'] ) );
	$row( __( 'Page', 'blush-widgets' ), $lead['page_url'] );
	$row( __( 'IP address', 'blush-widgets' ), $lead['ip'] );
	echo '</tbody></table>';

	printf( '<h2>%s</h2><table class="widefat striped" style="max-width:60em"><tbody>', esc_html__( 'Consent', 'blush-widgets' ) );
	foreach ( $lead['consent'] as $kind => $record ) {
		$row(
			blush_widgets_consent_label( $kind ),
			sprintf(
				/* translators: 1: given or not given, 2: version, 3: time, 4: the words shown */
				__( "%1\$s (version %2\$s, %3\$s)\n“%4\$s”", 'blush-widgets' ),
				$record['given'] ? __( 'Given', 'blush-widgets' ) : __( 'Not given', 'blush-widgets' ),
				$record['version'],
				blush_widgets_lead_time( $record['at'] ),
				$record['text']
			)
		);
	}
	echo '</tbody></table>';

	printf( '<h2>%s</h2><p>', esc_html__( 'Notification', 'blush-widgets' ) );
	$failed = 'failed' === $lead['mail_status'];
	if ( $failed ) {
		$again = (int) $lead['mail_attempts'] < blush_widgets_mail_max_attempts() && $lead['mail_next_at']
			/* translators: %s: date and time */
			? sprintf( __( 'The site will try again by itself around %s.', 'blush-widgets' ), blush_widgets_lead_date( $lead['mail_next_at'] ) )
			: __( 'The site has stopped trying by itself.', 'blush-widgets' );
		printf(
			'<strong class="blush-mail-failed">%s</strong> %s<br />%s <a href="%s">%s</a><br />%s <code>%s</code><br />',
			/* translators: 1: email addresses, 2: "Failed after 3 tries" */
			esc_html( sprintf( __( 'The email to %1$s: %2$s.', 'blush-widgets' ), implode( ', ', blush_widgets_lead_recipients() ), blush_widgets_lead_mail_label( $lead ) ) ),
			esc_html( $again ),
			esc_html__( 'Many hosts send no email from a website until it is set up: an email (SMTP) plugin, or your host, can do that. Then check it with a test email.', 'blush-widgets' ),
			esc_url( blush_widgets_settings_url() . '#blush-test-email' ),
			esc_html__( 'Send a test email', 'blush-widgets' ),
			esc_html__( 'For your web developer, what the mail system said:', 'blush-widgets' ),
			esc_html( $lead['mail_error'] )
		);
	} else {
		$words = array(
			'sent'    => __( 'Emailed to the clinic.', 'blush-widgets' ),
			'sending' => __( 'Being emailed to the clinic now.', 'blush-widgets' ),
		);
		echo esc_html( $words[ $lead['mail_status'] ] ?? __( 'Not emailed yet; the site sends it within a few minutes.', 'blush-widgets' ) ) . ' ';
	}
	printf(
		'<a class="button" href="%s">%s</a></p>',
		esc_url( blush_widgets_lead_resend_url( $id ) ),
		esc_html( $failed ? __( 'Send again', 'blush-widgets' ) : __( 'Send the notification again', 'blush-widgets' ) )
	);

	printf( '<h2>%s</h2><form method="post" action="%s">', esc_html__( 'Status', 'blush-widgets' ), esc_url( admin_url( 'admin-post.php' ) ) );
	wp_nonce_field( 'blush-lead-status_' . (int) $id );
	printf( '<input type="hidden" name="action" value="blush_lead_status" /><input type="hidden" name="lead" value="%d" />', (int) $id );
	printf( '<label for="blush-lead-status" class="screen-reader-text">%s</label><select id="blush-lead-status" name="status">', esc_html__( 'Status', 'blush-widgets' ) );
	foreach ( blush_widgets_lead_statuses() as $status => $label ) {
		printf( '<option value="%s"%s>%s</option>', esc_attr( $status ), selected( $lead['status'], $status, false ), esc_html( $label ) );
	}
	printf( '</select> <button type="submit" class="button button-primary">%s</button></form>', esc_html__( 'Save status', 'blush-widgets' ) );
	printf( '<p><a class="submitdelete" style="color:#b32d2e" href="%s">%s</a></p>', esc_url( blush_widgets_lead_delete_url( $id ) ), esc_html__( 'Delete this request', 'blush-widgets' ) );
}

/** Saves a lead's status from its screen. */
function blush_widgets_lead_handle_status() {
	blush_widgets_leads_gate();
	$id = isset( $_POST['lead'] ) ? absint( $_POST['lead'] ) : 0;
	check_admin_referer( 'blush-lead-status_' . $id );
	$status = isset( $_POST['status'] ) ? sanitize_key( wp_unslash( $_POST['status'] ) ) : '';
	if ( ! isset( blush_widgets_lead_statuses()[ $status ] ) ) {
		wp_die( esc_html__( 'Unknown status.', 'blush-widgets' ), 400 );
	}
	blush_widgets_lead_set_status( $id, $status );
	blush_widgets_leads_redirect(
		array(
			'lead'    => $id,
			'updated' => 1,
		)
	);
}
add_action( 'admin_post_blush_lead_status', 'blush_widgets_lead_handle_status' );

/** Deletes one lead from its link. */
function blush_widgets_lead_handle_delete() {
	blush_widgets_leads_gate();
	$id = isset( $_GET['lead'] ) ? absint( $_GET['lead'] ) : 0;
	check_admin_referer( 'blush-lead-delete_' . $id );
	blush_widgets_leads_redirect( array( 'deleted' => blush_widgets_leads_delete( array( $id ) ) ) );
}
add_action( 'admin_post_blush_lead_delete', 'blush_widgets_lead_handle_delete' );

/** Sends a lead's notification again from its link. */
function blush_widgets_lead_handle_resend() {
	blush_widgets_leads_gate();
	$id = isset( $_GET['lead'] ) ? absint( $_GET['lead'] ) : 0;
	check_admin_referer( 'blush-lead-resend_' . $id );
	$sent = blush_widgets_lead_notify( $id, true );
	blush_widgets_leads_redirect(
		array(
			'lead' => $id,
			null === $sent ? 'busy' : ( $sent ? 'mailed' : 'unsent' ) => 1,
		)
	);
}
add_action( 'admin_post_blush_lead_resend', 'blush_widgets_lead_handle_resend' );

<?php
/**
 * Getting each lead's notification to the clinic exactly once, whatever happens to the request
 * that stored it (the mail itself is composed in mail.php):
 *
 * - After the answer. The REST route stores the lead and answers; the mail goes once the visitor
 *   has the 201 (fastcgi_finish_request(), or LiteSpeed's equivalent), or else in a single WP-Cron
 *   event. A slow mail server then never holds the visitor, only a worker after the answer.
 * - The sweep. Every five minutes WP-Cron sends what is still `pending` (a request cut off after
 *   the insert, a lost cron event) or `failed` and due again, with back-off between tries and an
 *   attempt limit. It is what guarantees delivery: WordPress's cron option is read, changed and
 *   written back, so events scheduled by simultaneous requests can overwrite each other.
 * - The claim. One UPDATE moves a lead to `sending`; only a sender whose UPDATE changed the row
 *   mails it, so two senders (the sweep running twice at once, the sweep and the request) never
 *   mail one lead twice. A claim left for ten minutes (a sender that died) may be taken again.
 * - Site Health says so when mail has been failing for an hour.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

define( 'BLUSH_WIDGETS_MAIL_SWEEP', 'blush_widgets_leads_mail_sweep' );
define( 'BLUSH_WIDGETS_MAIL_EVENT', 'blush_widgets_lead_mail' );

/** Tries before the sweep stops sending a notification by itself (Send again still works). */
function blush_widgets_mail_max_attempts() {
	/** Tries before the sweep gives up on a lead's notification; default 8 (about ten hours of back-off). */
	return max( 1, (int) apply_filters( 'blush_widgets_lead_mail_attempts', 8 ) );
}

/**
 * Seconds to wait after the given number of failed tries: 5 minutes, doubling, at most 6 hours.
 *
 * @param int $attempts Tries so far.
 */
function blush_widgets_mail_retry_delay( $attempts ) {
	return (int) min( 6 * HOUR_IN_SECONDS, 5 * MINUTE_IN_SECONDS * 2 ** max( 0, (int) $attempts - 1 ) );
}

/**
 * The notifications an automatic sender may take, as SQL: within the attempt limit, and pending,
 * or failed and due again, or claimed by a sender that died ten minutes ago. The claim and the
 * sweep both use it, so what the sweep picks is exactly what it can claim.
 */
function blush_widgets_mail_due_sql() {
	global $wpdb;
	return $wpdb->prepare(
		"mail_attempts < %d AND (mail_status = 'pending' OR (mail_status = 'failed' AND (mail_next_at IS NULL OR mail_next_at <= %s)) OR (mail_status = 'sending' AND (mail_claimed_at IS NULL OR mail_claimed_at < %s)))",
		blush_widgets_mail_max_attempts(),
		current_time( 'mysql', true ),
		gmdate( 'Y-m-d H:i:s', time() - 10 * MINUTE_IN_SECONDS )
	);
}

/**
 * Claims a lead's notification for this sender: true when this call moved it to `sending`.
 * Automatic senders take a lead that is pending, or failed and due again within the attempt
 * limit; `$manual` (Send again) takes any lead not being sent right now.
 *
 * @param int  $id     Lead id.
 * @param bool $manual Asked for by someone in the admin.
 */
function blush_widgets_lead_claim( $id, $manual = false ) {
	global $wpdb;
	$table = blush_widgets_leads_table();
	$now   = current_time( 'mysql', true );
	$stale = gmdate( 'Y-m-d H:i:s', time() - 10 * MINUTE_IN_SECONDS );
	$open  = $manual
		? $wpdb->prepare( "(mail_status <> 'sending' OR mail_claimed_at IS NULL OR mail_claimed_at < %s)", $stale )
		: blush_widgets_mail_due_sql();
	// $open is built from prepared parts above.
	$changed = $wpdb->query( $wpdb->prepare( "UPDATE {$table} SET mail_status = 'sending', mail_claimed_at = %s, mail_attempts = mail_attempts + 1 WHERE id = %d AND {$open}", $now, $id ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table and $open is prepared above; an atomic claim, never cached.
	return 1 === $changed;
}

/**
 * Claims, mails and records one lead's notification. Returns true when sent, false when it
 * failed (recorded with the error and the time of the next try), null when another sender has
 * it or it is not due.
 *
 * @param int  $id     Lead id.
 * @param bool $manual Asked for by someone in the admin.
 */
function blush_widgets_lead_notify( $id, $manual = false ) {
	global $wpdb;
	if ( ! blush_widgets_lead_claim( $id, $manual ) ) {
		return null;
	}
	$lead = blush_widgets_lead( $id );
	if ( ! $lead ) {
		return null;
	}
	$error = blush_widgets_lead_mail( $lead );
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- the plugin's own leads table; records the outcome, nothing to cache.
	$wpdb->update(
		blush_widgets_leads_table(),
		'' === $error
			? array(
				'mail_status'  => 'sent',
				'mail_error'   => '',
				'mail_next_at' => null,
			)
			: array(
				'mail_status'  => 'failed',
				'mail_error'   => $error,
				'mail_next_at' => gmdate( 'Y-m-d H:i:s', time() + blush_widgets_mail_retry_delay( $lead['mail_attempts'] ) ),
			),
		array(
			'id'          => (int) $id,
			'mail_status' => 'sending',
		)
	);
	if ( '' === $error ) {
		delete_option( 'blush_widgets_mail_failing_since' );
		return true;
	}
	// Set once, at the first failure since the last success (add_option keeps an existing value).
	add_option( 'blush_widgets_mail_failing_since', time(), '', 'no' );
	return false;
}

/**
 * The leads this request stored, to be mailed once its answer has gone.
 *
 * @param int|null $id A lead to add to the queue; null only reads it.
 */
function blush_widgets_mail_queue( $id = null ) {
	static $ids = array();
	if ( null !== $id ) {
		$ids[] = (int) $id;
	}
	return $ids;
}

/**
 * Mails a lead once the visitor has the answer: on `shutdown`, after the response is finished,
 * where the server can finish it early; otherwise in a WP-Cron event due at once.
 *
 * @param int $id Lead id.
 */
function blush_widgets_lead_notify_after_response( $id ) {
	if ( ! function_exists( 'fastcgi_finish_request' ) && ! function_exists( 'litespeed_finish_request' ) ) {
		wp_schedule_single_event( time(), BLUSH_WIDGETS_MAIL_EVENT, array( (int) $id ) );
		return;
	}
	if ( ! blush_widgets_mail_queue() ) {
		// After WordPress flushes its output buffers (priority 1), so the answer is complete.
		add_action( 'shutdown', 'blush_widgets_lead_notify_queued', 100 );
	}
	blush_widgets_mail_queue( $id );
}

/** Finishes the response, then mails what this request stored. */
function blush_widgets_lead_notify_queued() {
	if ( function_exists( 'fastcgi_finish_request' ) ) {
		fastcgi_finish_request();
	} elseif ( function_exists( 'litespeed_finish_request' ) ) {
		litespeed_finish_request();
	}
	ignore_user_abort( true );
	foreach ( blush_widgets_mail_queue() as $id ) {
		blush_widgets_lead_notify( $id );
	}
}

/**
 * Mails the notification of a lead scheduled for after the response.
 *
 * @param int $id Lead id.
 */
function blush_widgets_lead_notify_event( $id ) {
	blush_widgets_lead_notify( (int) $id );
}
add_action( BLUSH_WIDGETS_MAIL_EVENT, 'blush_widgets_lead_notify_event' );

/**
 * The sweep: sends every notification of the last week that is pending, failed and due again,
 * or claimed by a sender that died, oldest first. Two failures in a row end the run (the mail
 * server is likely down; each lead waits its own back-off).
 */
function blush_widgets_leads_mail_sweep() {
	global $wpdb;
	$table = blush_widgets_leads_table();
	$due   = blush_widgets_mail_due_sql();
	// $due is prepared in blush_widgets_mail_due_sql().
	$ids      = $wpdb->get_col( $wpdb->prepare( "SELECT id FROM {$table} WHERE created_at >= %s AND {$due} ORDER BY id LIMIT 50", gmdate( 'Y-m-d H:i:s', time() - WEEK_IN_SECONDS ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table and $due is prepared in blush_widgets_mail_due_sql(); the sweep needs current rows.
	$failures = 0;
	foreach ( (array) $ids as $id ) {
		$sent     = blush_widgets_lead_notify( (int) $id );
		$failures = false === $sent ? $failures + 1 : 0;
		if ( $failures >= 2 ) {
			break;
		}
	}
}
add_action( BLUSH_WIDGETS_MAIL_SWEEP, 'blush_widgets_leads_mail_sweep' );

/**
 * Adds the five-minute cron schedule the mail sweep runs on.
 *
 * @param array $schedules Cron schedules.
 */
function blush_widgets_add_five_minute_schedule( $schedules ) {
	$schedules['blush_widgets_five_minutes'] = array(
		'interval' => 5 * MINUTE_IN_SECONDS,
		'display'  => __( 'Every five minutes', 'blush-widgets' ),
	);
	return $schedules;
}
add_filter( 'cron_schedules', 'blush_widgets_add_five_minute_schedule' ); // phpcs:ignore WordPress.WP.CronInterval.CronSchedulesInterval -- five minutes is the point.

/** Site Health: critical once the clinic's notifications have failed for an hour with no success since. */
function blush_widgets_site_health_mail() {
	global $wpdb;
	$since   = (int) get_option( 'blush_widgets_mail_failing_since', 0 );
	$failing = $since && time() - $since >= HOUR_IN_SECONDS;
	$result  = array(
		'label'       => __( 'New consultation requests are emailed to you', 'blush-widgets' ),
		'status'      => 'good',
		'badge'       => array(
			'label' => __( 'Consultation requests', 'blush-widgets' ),
			'color' => 'blue',
		),
		'description' => '<p>' . esc_html__( 'Each new request from the site\'s consultation forms is kept in Leads and emailed to the addresses in Settings › Blush Widgets.', 'blush-widgets' ) . '</p>',
		'actions'     => '',
		'test'        => 'blush_widgets_lead_mail',
	);
	if ( ! $failing ) {
		return $result;
	}
	$table   = blush_widgets_leads_table();
	$waiting = (int) $wpdb->get_var( "SELECT COUNT(*) FROM {$table} WHERE mail_status = 'failed'" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table; Site Health reads it fresh.
	$error   = (string) $wpdb->get_var( "SELECT mail_error FROM {$table} WHERE mail_status = 'failed' ORDER BY mail_claimed_at DESC LIMIT 1" ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table; Site Health reads it fresh.

	$result['label']          = __( 'New consultation requests are not reaching your email', 'blush-widgets' );
	$result['status']         = 'critical';
	$result['badge']['color'] = 'red';
	$result['description']    = '<p>' . esc_html(
		sprintf(
			/* translators: 1: date and time, 2: number of requests */
			_n(
				'Since %1$s the site has not been able to email new consultation requests to you (%2$d request waiting). Every request is kept in Leads, and the site keeps trying.',
				'Since %1$s the site has not been able to email new consultation requests to you (%2$d requests waiting). Every request is kept in Leads, and the site keeps trying.',
				$waiting,
				'blush-widgets'
			),
			wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $since ),
			$waiting
		)
	) . '</p><p>' . esc_html__( 'Many hosts need an email (SMTP) plugin, or their help, before a site can send mail.', 'blush-widgets' ) . '</p>'
		. ( '' !== $error ? '<p>' . esc_html__( 'For your web developer, what the mail system said:', 'blush-widgets' ) . ' <code>' . esc_html( $error ) . '</code></p>' : '' );
	$result['actions'] = sprintf( '<p><a href="%s">%s</a></p>', esc_url( admin_url( 'admin.php?page=blush-leads' ) ), esc_html__( 'Open Leads', 'blush-widgets' ) );
	return $result;
}

/**
 * Adds the notification emails test to Site Health.
 *
 * @param array $tests Site Health tests.
 */
function blush_widgets_add_site_health_mail_test( $tests ) {
	$tests['direct']['blush_widgets_lead_mail'] = array(
		'label' => __( 'Consultation request emails', 'blush-widgets' ),
		'test'  => 'blush_widgets_site_health_mail',
	);
	return $tests;
}
add_filter( 'site_status_tests', 'blush_widgets_add_site_health_mail_test' );

<?php
/**
 * POST /wp-json/blush-widgets/v1/leads: where the site's consultation forms send when Settings
 * has no endpoint. In order: every request is counted against its visitor (rate-limit.php); a
 * test request (`meta.test`) is checked and answered 200, nothing stored or mailed; a key seen
 * before gets the first answer again (nothing new is stored); a visitor over the budget gets 429
 * with Retry-After; the honeypot and the fill-time check get a thank-you, are counted and not
 * stored; invalid fields get 422 in the element's shape; the lead is inserted (the unique key settles
 * concurrent duplicates) and answered 201, and mailed after the answer (delivery.php). A database
 * error is a 503, which the element retries for half a minute before it offers to try again.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The REST URL forms post to when Settings has no endpoint. */
function blush_widgets_leads_url() {
	return rest_url( 'blush-widgets/v1/leads' );
}

/**
 * A form-level error in the shape the element reads (`{"errors":[{"message":"…"}]}`).
 *
 * @param int    $status  HTTP status.
 * @param string $code    Error code.
 * @param string $message What the visitor reads.
 */
function blush_widgets_lead_error( $status, $code, $message ) {
	return new WP_REST_Response(
		array(
			'code'    => $code,
			'message' => $message,
			'errors'  => array( array( 'message' => $message ) ),
		),
		$status
	);
}

/** Registers the route that receives consultation requests. */
function blush_widgets_register_lead_route() {
	register_rest_route(
		'blush-widgets/v1',
		'/leads',
		array(
			'methods'             => 'POST',
			'callback'            => 'blush_widgets_lead_receive',
			'permission_callback' => '__return_true', // Visitors are anonymous; see the checks in the callback.
		)
	);
}
add_action( 'rest_api_init', 'blush_widgets_register_lead_route' );

/**
 * Answers a lead body WordPress refused as invalid JSON in the element's shape.
 *
 * @param WP_REST_Response|WP_HTTP_Response|WP_Error|mixed $response Result so far.
 * @param array                                            $handler  Route handler.
 * @param WP_REST_Request                                  $request  Request.
 */
function blush_widgets_lead_invalid_json( $response, $handler, $request ) {
	if ( is_wp_error( $response ) && 'rest_invalid_json' === $response->get_error_code() && '/blush-widgets/v1/leads' === $request->get_route() ) {
		return blush_widgets_lead_error( 400, 'blush_lead_body', __( 'Send the request as JSON or form-encoded fields.', 'blush-widgets' ) );
	}
	return $response;
}
// A body that is not JSON, refused by WordPress before the callback, answered in the element's shape.
add_filter( 'rest_request_before_callbacks', 'blush_widgets_lead_invalid_json', 10, 3 );

/**
 * Allows the Idempotency-Key header across origins.
 *
 * @param string[] $headers Allowed headers.
 */
function blush_widgets_allow_idempotency_key_header( $headers ) {
	$headers[] = 'Idempotency-Key';
	return $headers;
}
// A form on another of the clinic's sites may send the key header across origins.
add_filter( 'rest_allowed_cors_headers', 'blush_widgets_allow_idempotency_key_header' );

/**
 * Is this request marked as a test (`meta.test` true in JSON, `meta.test=true` in a form)?
 *
 * @param array $data The request's decoded body.
 */
function blush_widgets_lead_is_test( array $data ) {
	$test = is_array( $data['meta'] ?? null ) ? ( $data['meta']['test'] ?? null ) : null;
	return true === $test || ( is_string( $test ) && in_array( strtolower( trim( $test ) ), array( 'true', '1' ), true ) );
}

/**
 * The key the element sends as a header and in `meta.idempotencyKey`; '' when absent or unusable.
 *
 * @param WP_REST_Request $request The request.
 * @param array           $data    The request's decoded body.
 */
function blush_widgets_lead_key( WP_REST_Request $request, array $data ) {
	$key = (string) $request->get_header( 'idempotency_key' );
	if ( '' === $key && is_array( $data['meta'] ?? null ) && is_scalar( $data['meta']['idempotencyKey'] ?? null ) ) {
		$key = (string) $data['meta']['idempotencyKey'];
	}
	$key = trim( $key );
	return preg_match( '/^[A-Za-z0-9._:\-]{8,100}$/', $key ) ? $key : '';
}

/**
 * The answer a stored lead gets, the first time and on every repeat of its key.
 *
 * @param int  $id       Lead ID.
 * @param bool $replayed Whether this repeats an earlier answer (adds `Idempotent-Replayed`).
 */
function blush_widgets_lead_answer( $id, $replayed = false ) {
	$response = new WP_REST_Response(
		array(
			'ok' => true,
			'id' => (int) $id,
		),
		201
	);
	if ( $replayed ) {
		$response->header( 'Idempotent-Replayed', 'true' );
	}
	return $response;
}

/**
 * The id of the lead stored under this key: an int, 0 when none, or null when the database did not answer.
 *
 * @param string $key Idempotency key.
 */
function blush_widgets_lead_by_key( $key ) {
	global $wpdb;
	$table = blush_widgets_leads_table();
	$id    = $wpdb->get_var( $wpdb->prepare( "SELECT id FROM {$table} WHERE idempotency_key = %s", $key ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own leads table; an idempotency check must ask the database.
	if ( null === $id && '' !== $wpdb->last_error ) {
		return null;
	}
	return (int) $id;
}

/**
 * The route's callback.
 *
 * @param WP_REST_Request $request The request.
 */
function blush_widgets_lead_receive( WP_REST_Request $request ) {
	global $wpdb;
	if ( strlen( (string) $request->get_body() ) > 65536 ) {
		return blush_widgets_lead_error( 413, 'blush_lead_too_large', __( 'The request is too large.', 'blush-widgets' ) );
	}
	$data = blush_widgets_lead_body( $request );
	if ( null === $data ) {
		return blush_widgets_lead_error( 400, 'blush_lead_body', __( 'Send the request as JSON or form-encoded fields.', 'blush-widgets' ) );
	}
	if ( ! blush_widgets_lead_utf8( $data ) ) {
		return blush_widgets_lead_error( 400, 'blush_lead_encoding', __( 'The request is not valid UTF-8 text.', 'blush-widgets' ) );
	}

	// Every request counts against its visitor, whatever becomes of it (rate-limit.php).
	$ip   = blush_widgets_lead_client_ip();
	$wait = blush_widgets_lead_rate_hit( $ip );

	// A test (the embed builder's "Test endpoint"): checked like a lead, then neither stored nor mailed.
	if ( ! $wait && blush_widgets_lead_is_test( $data ) ) {
		list( , $errors ) = blush_widgets_lead_check( $data );
		if ( $errors ) {
			return new WP_REST_Response( array( 'errors' => $errors ), 422 );
		}
		return new WP_REST_Response(
			array(
				'ok'   => true,
				'test' => true,
			),
			200
		);
	}

	$key = blush_widgets_lead_key( $request, $data );
	if ( '' !== $key ) {
		$id = blush_widgets_lead_by_key( $key );
		if ( null === $id ) {
			return blush_widgets_lead_error( 503, 'blush_lead_database', __( 'The request could not be stored just now. Please try again.', 'blush-widgets' ) );
		}
		if ( $id ) {
			return blush_widgets_lead_answer( $id, true );
		}
	}

	// A repeated key was answered above, so a retry of an accepted request is never refused.
	if ( $wait ) {
		$response = blush_widgets_lead_error( 429, 'blush_lead_rate_limited', __( 'Too many requests from this address. Please try again later.', 'blush-widgets' ) );
		$response->header( 'Retry-After', (string) $wait );
		return $response;
	}

	// Spam signals: thanked, counted, not stored.
	$meta = is_array( $data['meta'] ?? null ) ? $data['meta'] : array();
	$trap = $data['bcf_trap'] ?? '';
	$fill = $meta['fillTimeMs'] ?? null;
	/** Milliseconds under which a request's `meta.fillTimeMs` marks it as a bot (autofill makes people quick too). */
	$min_fill = (int) apply_filters( 'blush_widgets_lead_min_fill_ms', 1000 );
	$spam     = '' !== ( is_scalar( $trap ) ? trim( (string) $trap ) : 'x' ) ? 'honeypot' : '';
	if ( ! $spam && is_numeric( $fill ) && (float) $fill < $min_fill ) {
		$spam = 'too_fast';
	}
	if ( $spam ) {
		blush_widgets_leads_count( $spam );
		return new WP_REST_Response( array( 'ok' => true ), 200 );
	}

	list( $lead, $errors ) = blush_widgets_lead_check( $data );
	if ( $errors ) {
		return new WP_REST_Response( array( 'errors' => $errors ), 422 );
	}

	$options    = blush_widgets_options();
	$json       = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES;
	$row        = array(
		'idempotency_key' => '' !== $key ? $key : 'server-' . wp_generate_uuid4(),
		'created_at'      => current_time( 'mysql', true ),
		'status'          => 'new',
		'first_name'      => $lead['first_name'],
		'last_name'       => $lead['last_name'],
		'email'           => $lead['email'],
		'phone'           => $lead['phone'],
		'treatments'      => (string) wp_json_encode( $lead['treatments'], $json ),
		'fields'          => (string) wp_json_encode( $lead['fields'], $json ),
		'consent'         => (string) wp_json_encode( $lead['consent'], $json ),
		'consent_version' => $lead['consent_version'],
		'consent_at'      => $lead['consent_at'],
		'page_url'        => $lead['page_url'],
		'language'        => $lead['language'],
		'ip'              => $options['keep_full_ip'] ? $ip : ( $ip ? wp_privacy_anonymize_ip( $ip ) : '' ),
		'mail_status'     => 'pending',
		'mail_error'      => '',
	);
	$suppressed = $wpdb->suppress_errors( true );
	$inserted   = $wpdb->insert( blush_widgets_leads_table(), $row ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery -- stores the lead in the plugin's own leads table.
	$error      = $wpdb->last_error;
	$wpdb->suppress_errors( $suppressed );
	if ( ! $inserted ) {
		// The same key arrived twice at once: the unique index let one in; answer as it was answered.
		$id = false !== stripos( $error, 'Duplicate entry' ) ? blush_widgets_lead_by_key( $row['idempotency_key'] ) : 0;
		if ( $id ) {
			return blush_widgets_lead_answer( $id, true );
		}
		error_log( 'Blush Widgets: a consultation request could not be stored: ' . $error ); // phpcs:ignore WordPress.PHP.DevelopmentFunctions.error_log_error_log -- the request is lost otherwise; the server's error log keeps the database's reason.
		return blush_widgets_lead_error( 503, 'blush_lead_database', __( 'The request could not be stored just now. Please try again.', 'blush-widgets' ) );
	}
	$id = (int) $wpdb->insert_id;
	// Mailed once the visitor has the answer; the sweep sends it if this request dies first (delivery.php).
	blush_widgets_lead_notify_after_response( $id );
	return blush_widgets_lead_answer( $id );
}

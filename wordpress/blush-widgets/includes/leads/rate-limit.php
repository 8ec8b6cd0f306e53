<?php
/**
 * The lead route's rate limit: every request counts (refused, spam and tests too), per visitor,
 * in a fixed window, in a table of its own with one atomic statement per request, so requests
 * arriving together cannot overrun it.
 *
 * A visitor is the address the request came from; behind a proxy or CDN listed under *Trusted
 * proxies*, the address that proxy reports. IPv4 counts per address, IPv6 per /64 (one home or
 * phone). A request with no usable address is counted by its browser's headers, never in one
 * bucket shared by all. Buckets are keyed by an HMAC with the site's secret, so the table holds no
 * address that could be read back.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The rate-limit table's name, with the site's prefix. */
function blush_widgets_rate_table() {
	global $wpdb;
	return $wpdb->prefix . 'blush_rate_limits';
}

/**
 * The rate limit: `blush_widgets_lead_rate_limit` filter (`requests`, `seconds`); by default 30
 * requests per 10 minutes from one visitor. `0` requests turns it off.
 */
function blush_widgets_lead_rate_limit() {
	$limit = (array) apply_filters(
		'blush_widgets_lead_rate_limit',
		array(
			'requests' => 30,
			'seconds'  => 600,
		)
	);
	return array(
		'requests' => absint( $limit['requests'] ?? 30 ),
		'seconds'  => max( 1, absint( $limit['seconds'] ?? 600 ) ),
	);
}

/**
 * Whether `$ip` is in one of `$ranges` (addresses or CIDR blocks, IPv4 or IPv6).
 *
 * @param string   $ip     An IP address.
 * @param string[] $ranges Addresses or CIDR blocks.
 */
function blush_widgets_ip_in( $ip, array $ranges ) {
	$address = @inet_pton( $ip ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- an invalid address is simply not in any range.
	if ( false === $address ) {
		return false;
	}
	foreach ( $ranges as $range ) {
		list( $net, $bits ) = array_pad( explode( '/', trim( $range ), 2 ), 2, null );
		$network            = @inet_pton( (string) $net ); // phpcs:ignore WordPress.PHP.NoSilencedErrors.Discouraged -- an invalid range is skipped.
		if ( false === $network || strlen( $network ) !== strlen( $address ) ) {
			continue;
		}
		$bits = null === $bits ? strlen( $address ) * 8 : min( strlen( $address ) * 8, max( 0, (int) $bits ) );
		$mask = str_repeat( "\xFF", intdiv( $bits, 8 ) ) . ( $bits % 8 ? chr( 0xFF << ( 8 - $bits % 8 ) & 0xFF ) : '' );
		$mask = str_pad( $mask, strlen( $address ), "\x00" );
		if ( ( $address & $mask ) === ( $network & $mask ) ) {
			return true;
		}
	}
	return false;
}

/** The *Trusted proxies* setting as a list of addresses and CIDR blocks (none by default). */
function blush_widgets_trusted_proxies() {
	return preg_split( '/[\s,]+/', (string) blush_widgets_options()['trusted_proxies'], -1, PREG_SPLIT_NO_EMPTY );
}

/**
 * The visitor's address: REMOTE_ADDR; when that is a trusted proxy, the nearest address in
 * X-Forwarded-For that is not one (read from the right, the part a proxy appended). Filter
 * `blush_widgets_lead_client_ip` for other set-ups. '' when there is no valid address.
 */
function blush_widgets_lead_client_ip() {
	$ip      = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	$proxies = blush_widgets_trusted_proxies();
	if ( $proxies && blush_widgets_ip_in( $ip, $proxies ) && isset( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) {
		$chain = array_reverse( array_map( 'trim', explode( ',', sanitize_text_field( wp_unslash( $_SERVER['HTTP_X_FORWARDED_FOR'] ) ) ) ) );
		foreach ( $chain as $hop ) {
			if ( ! filter_var( $hop, FILTER_VALIDATE_IP ) ) {
				break;
			}
			$ip = $hop;
			if ( ! blush_widgets_ip_in( $hop, $proxies ) ) {
				break;
			}
		}
	}
	$ip = (string) apply_filters( 'blush_widgets_lead_client_ip', $ip );
	return filter_var( $ip, FILTER_VALIDATE_IP ) ? $ip : '';
}

/**
 * The bucket a request counts in, as an HMAC with the site's secret: the IPv4 address, the IPv6
 * /64, or, with no address, the browser's own headers (never one bucket for all such requests).
 *
 * @param string $ip The visitor's IP address, or '' when unknown.
 */
function blush_widgets_rate_bucket( $ip ) {
	if ( filter_var( $ip, FILTER_VALIDATE_IP, FILTER_FLAG_IPV6 ) ) {
		$visitor = 'v6|' . bin2hex( substr( inet_pton( $ip ), 0, 8 ) );
	} elseif ( '' !== $ip ) {
		$visitor = 'v4|' . $ip;
	} else {
		$headers = array();
		foreach ( array( 'HTTP_USER_AGENT', 'HTTP_ACCEPT_LANGUAGE', 'HTTP_ACCEPT_ENCODING' ) as $name ) {
			$headers[] = isset( $_SERVER[ $name ] ) ? sanitize_text_field( wp_unslash( $_SERVER[ $name ] ) ) : '';
		}
		$visitor = 'headers|' . implode( '|', $headers );
	}
	return hash_hmac( 'sha256', $visitor, wp_salt( 'nonce' ) . 'blush-rate' );
}

/**
 * Counts one request for `$ip` and answers the seconds to wait when it is over the limit, else 0.
 * One statement adds the request (or starts a new window) and returns this request's own count
 * through LAST_INSERT_ID(), so concurrent requests each see a distinct count.
 *
 * @param string $ip The visitor's IP address, or '' when unknown.
 */
function blush_widgets_lead_rate_hit( $ip ) {
	global $wpdb;
	$limit = blush_widgets_lead_rate_limit();
	if ( ! $limit['requests'] ) {
		return 0;
	}
	$table   = blush_widgets_rate_table();
	$bucket  = blush_widgets_rate_bucket( $ip );
	$now     = time();
	$expired = $now - $limit['seconds'];
	// phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- an atomic counter in the plugin's own rate-limit table; a cache would defeat it.
	$counted = $wpdb->query(
		$wpdb->prepare(
			// phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared -- {$table} is the plugin's own rate-limit table.
			"INSERT INTO {$table} (bucket, window_start, hits) VALUES (%s, %d, LAST_INSERT_ID(1))
			ON DUPLICATE KEY UPDATE hits = LAST_INSERT_ID(IF(window_start <= %d, 1, hits + 1)), window_start = IF(window_start <= %d, %d, window_start)",
			$bucket,
			$now,
			$expired,
			$expired,
			$now
		)
	);
	if ( false === $counted ) {
		return 0; // The database did not answer: the insert that follows will say so.
	}
	$hits = (int) $wpdb->get_var( 'SELECT LAST_INSERT_ID()' ); // phpcs:ignore WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- LAST_INSERT_ID() of the statement above, on this connection.
	if ( $hits <= $limit['requests'] ) {
		return 0;
	}
	$start = (int) $wpdb->get_var( $wpdb->prepare( "SELECT window_start FROM {$table} WHERE bucket = %s", $bucket ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own rate-limit table; the window must be current.
	return max( 1, $start + $limit['seconds'] - $now );
}

/** Forgets windows that have run out (daily, with the retention event). */
function blush_widgets_rate_sweep() {
	global $wpdb;
	$table = blush_widgets_rate_table();
	$wpdb->query( $wpdb->prepare( "DELETE FROM {$table} WHERE window_start < %d", time() - DAY_IN_SECONDS ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared, WordPress.DB.DirectDatabaseQuery.DirectQuery, WordPress.DB.DirectDatabaseQuery.NoCaching -- {$table} is the plugin's own rate-limit table; a cleanup, nothing to cache.
}
add_action( 'blush_widgets_leads_retention', 'blush_widgets_rate_sweep' );

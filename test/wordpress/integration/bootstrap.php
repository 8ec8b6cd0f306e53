<?php
/**
 * PHPUnit on a real WordPress: the REST routes, the rate limiter, rendering, kses, blocks and
 * results, run inside the site the end-to-end suite starts (test/e2e/wordpress/phpunit.e2e.mjs
 * passes its address in the environment). We use the real WordPress and MariaDB rather than
 * wp-phpunit or Brain Monkey, which come from Composer, which these machines cannot reach.
 * Each test runs in a database transaction that is rolled back, so tests leave nothing behind.
 *
 * @package BlushWidgets
 */

foreach ( array( 'BLUSH_WP_ROOT', 'BLUSH_WP_PORT', 'BLUSH_WP_CONFIG' ) as $blush_widgets_name ) {
	if ( ! getenv( $blush_widgets_name ) ) {
		fwrite( STDERR, "$blush_widgets_name is not set: these tests run inside the site test/e2e/wordpress/phpunit.e2e.mjs starts.\n" );
		exit( 1 );
	}
}
$_SERVER['HTTP_HOST']        = '127.0.0.1:' . getenv( 'BLUSH_WP_PORT' );
$_SERVER['SERVER_NAME']      = '127.0.0.1';
$_SERVER['SERVER_PORT']      = getenv( 'BLUSH_WP_PORT' );
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'BLUSH_WP_CONFIG' );
$_SERVER['REMOTE_ADDR']      = '192.0.2.1';

// PHPUnit includes this file inside a function: WordPress's file-scope globals must be declared
// global first, as WordPress's own test bootstrap does, or they become this function's locals.
global $wpdb, $current_site, $current_blog, $wp_rewrite, $shortcode_tags, $wp, $phpmailer, $wp_theme_directories, $wp_version, $wp_db_version, $table_prefix, $wp_locale, $wp_embed;

require getenv( 'BLUSH_WP_ROOT' ) . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

// Mail is kept, not sent.
$GLOBALS['blush_widgets_test_mail'] = array();
add_filter(
	'pre_wp_mail',
	function ( $short, $mail ) {
		$GLOBALS['blush_widgets_test_mail'][] = $mail;
		return true;
	},
	10,
	2
);

/** A test on the site, in a transaction rolled back afterwards, as no user, with a fresh REST server. */
abstract class Blush_Widgets_TestCase extends PHPUnit\Framework\TestCase {
	protected function setUp(): void {
		global $wpdb, $wp_rest_server;
		$wpdb->query( 'START TRANSACTION' );
		$wp_rest_server = null;
		wp_set_current_user( 0 );
		$_SERVER['REMOTE_ADDR']               = '198.51.100.' . wp_rand( 1, 254 );
		$GLOBALS['blush_widgets_test_mail'] = array();
	}

	protected function tearDown(): void {
		global $wpdb;
		$wpdb->query( 'ROLLBACK' );
		remove_all_filters( 'blush_widgets_lead_rate_limit' );
		wp_set_current_user( 0 );
	}

	/** An image attachment with its size, without a file on disk (WordPress reads the size from its metadata). */
	protected function photo( $name ) {
		$id = wp_insert_attachment(
			array(
				'post_title'     => $name,
				'post_mime_type' => 'image/png',
				'post_status'    => 'inherit',
			),
			'2026/12/' . $name . '.png'
		);
		wp_update_attachment_metadata(
			$id,
			array(
				'width'  => 480,
				'height' => 600,
				'file'   => '2026/12/' . $name . '.png',
			)
		);
		update_post_meta( $id, '_wp_attachment_image_alt', 'Forehead ' . $name );
		return $id;
	}

	/** A request to the plugin's lead route, as the element sends it. */
	protected function post_lead( array $body, array $headers = array() ) {
		$request = new WP_REST_Request( 'POST', '/blush-widgets/v1/leads' );
		$request->set_header( 'Content-Type', 'application/json' );
		foreach ( $headers as $name => $value ) {
			$request->set_header( $name, $value );
		}
		$request->set_body( wp_json_encode( $body ) );
		return rest_do_request( $request );
	}

	/** A valid request body with its own idempotency key. */
	protected function lead( array $fields = array() ) {
		return array_merge(
			array(
				'firstName'  => 'Ana',
				'lastName'   => 'García',
				'email'      => 'ana@example.com',
				'phone'      => '+13105550199',
				'treatments' => array( 'botox' ),
				'consent'    => array(
					'privacy' => array(
						'given'   => true,
						'text'    => 'I agree to be contacted.',
						'version' => '1',
						'at'      => gmdate( 'c' ),
					),
				),
				'meta'       => array(
					'language'       => 'en',
					'fillTimeMs'     => 8000,
					'idempotencyKey' => wp_generate_uuid4(),
				),
			),
			$fields
		);
	}

	/** Stored leads with this email. */
	protected function stored( $email ) {
		global $wpdb;
		return (int) $wpdb->get_var( $wpdb->prepare( "SELECT COUNT(*) FROM {$wpdb->prefix}blush_leads WHERE email = %s", $email ) );
	}
}

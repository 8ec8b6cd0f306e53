<?php
/**
 * The lead route (includes/leads/rest.php) through WordPress's REST server.
 *
 * @package BlushWidgets
 */

class LeadRouteTest extends Blush_Widgets_TestCase {
	public function test_a_valid_request_is_stored_once_per_key_and_a_repeat_is_replayed() {
		$body  = $this->lead( array( 'email' => 'once@example.com' ) );
		$first = $this->post_lead( $body );
		$this->assertSame( 201, $first->get_status() );
		$this->assertTrue( $first->get_data()['ok'] );
		$again = $this->post_lead( $body );
		$this->assertSame( 201, $again->get_status() );
		$this->assertSame( $first->get_data()['id'], $again->get_data()['id'] );
		$this->assertSame( 'true', $again->get_headers()['Idempotent-Replayed'] ?? null );
		$this->assertSame( 1, $this->stored( 'once@example.com' ) );
	}

	public function test_a_request_without_consent_gets_the_fields_errors_and_is_not_stored() {
		$response = $this->post_lead( $this->lead( array( 'email' => 'no-consent@example.com', 'consent' => array() ) ) );
		$this->assertSame( 422, $response->get_status() );
		$this->assertArrayHasKey( 'privacy', $response->get_data()['errors'] );
		$this->assertSame( 0, $this->stored( 'no-consent@example.com' ) );
	}

	public function test_a_filled_honeypot_is_thanked_and_not_stored() {
		$response = $this->post_lead( $this->lead( array( 'email' => 'bot@example.com', 'bcf_trap' => 'http://spam.example' ) ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( 0, $this->stored( 'bot@example.com' ) );
	}

	public function test_a_test_from_the_embed_builder_is_checked_and_not_stored() {
		$body                 = $this->lead( array( 'email' => 'test@example.com' ) );
		$body['meta']['test'] = true;
		$response             = $this->post_lead( $body );
		$this->assertSame( 200, $response->get_status() );
		$this->assertTrue( $response->get_data()['test'] ?? false );
		$this->assertSame( 0, $this->stored( 'test@example.com' ) );
	}

	public function test_a_visitor_over_the_limit_is_told_when_to_try_again() {
		add_filter(
			'blush_widgets_lead_rate_limit',
			function () {
				return array(
					'requests' => 2,
					'seconds'  => 600,
				);
			}
		);
		$this->assertSame( 201, $this->post_lead( $this->lead( array( 'email' => 'r1@example.com' ) ) )->get_status() );
		$this->assertSame( 201, $this->post_lead( $this->lead( array( 'email' => 'r2@example.com' ) ) )->get_status() );
		$limited = $this->post_lead( $this->lead( array( 'email' => 'r3@example.com' ) ) );
		$this->assertSame( 429, $limited->get_status() );
		$wait = (int) ( $limited->get_headers()['Retry-After'] ?? 0 );
		$this->assertGreaterThan( 0, $wait );
		$this->assertLessThanOrEqual( 600, $wait );
		$this->assertSame( 0, $this->stored( 'r3@example.com' ) );
	}

	public function test_the_route_takes_only_posts() {
		$response = rest_do_request( new WP_REST_Request( 'GET', '/blush-widgets/v1/leads' ) );
		$this->assertSame( 404, $response->get_status() );
	}

	public function test_the_idempotency_key_header_is_allowed_across_origins() {
		$this->assertContains( 'Idempotency-Key', apply_filters( 'rest_allowed_cors_headers', array() ) );
	}
}

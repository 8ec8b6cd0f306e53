<?php
/**
 * The rate limiter (includes/leads/rate-limit.php): one statement counts each request.
 *
 * @package BlushWidgets
 */

class RateLimitTest extends Blush_Widgets_TestCase {
	public function test_each_request_is_counted_and_the_window_starts_again_when_it_runs_out() {
		global $wpdb;
		add_filter(
			'blush_widgets_lead_rate_limit',
			function () {
				return array(
					'requests' => 3,
					'seconds'  => 60,
				);
			}
		);
		$ip = '203.0.113.7';
		$this->assertSame( array( 0, 0, 0 ), array( blush_widgets_lead_rate_hit( $ip ), blush_widgets_lead_rate_hit( $ip ), blush_widgets_lead_rate_hit( $ip ) ) );
		$wait = blush_widgets_lead_rate_hit( $ip );
		$this->assertGreaterThan( 0, $wait );
		$this->assertLessThanOrEqual( 60, $wait );
		$this->assertSame( 0, blush_widgets_lead_rate_hit( '203.0.113.8' ), 'another visitor has their own count' );
		// The window ran out a second ago.
		$table = blush_widgets_rate_table();
		$wpdb->query( $wpdb->prepare( "UPDATE {$table} SET window_start = %d WHERE bucket = %s", time() - 61, blush_widgets_rate_bucket( $ip ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
		$this->assertSame( 0, blush_widgets_lead_rate_hit( $ip ) );
		$this->assertSame( 1, (int) $wpdb->get_var( $wpdb->prepare( "SELECT hits FROM {$table} WHERE bucket = %s", blush_widgets_rate_bucket( $ip ) ) ) ); // phpcs:ignore WordPress.DB.PreparedSQL.InterpolatedNotPrepared
	}

	public function test_zero_requests_turns_the_limit_off() {
		add_filter(
			'blush_widgets_lead_rate_limit',
			function () {
				return array( 'requests' => 0 );
			}
		);
		for ( $i = 0; $i < 5; $i++ ) {
			$this->assertSame( 0, blush_widgets_lead_rate_hit( '203.0.113.9' ) );
		}
	}
}

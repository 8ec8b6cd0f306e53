<?php
/**
 * The notification's back-off and attempt limit (includes/leads/delivery.php); the sending itself,
 * the claim and the sweep run on a real WordPress in test/e2e/wordpress/leads-delivery.e2e.mjs.
 *
 * @package BlushWidgets
 */

use PHPUnit\Framework\TestCase;

final class DeliveryTest extends TestCase {
	protected function tearDown(): void {
		unset( $GLOBALS['blush_widgets_test_filters'] );
	}

	public function test_the_wait_doubles_from_five_minutes_to_at_most_six_hours() {
		$waits = array_map( 'blush_widgets_mail_retry_delay', range( 1, 9 ) );
		$this->assertSame( array( 300, 600, 1200, 2400, 4800, 9600, 19200, 21600, 21600 ), $waits );
		$this->assertSame( 300, blush_widgets_mail_retry_delay( 0 ) );
	}

	public function test_eight_tries_by_default_at_least_one_whatever_the_filter_says() {
		$this->assertSame( 8, blush_widgets_mail_max_attempts() );
		$GLOBALS['blush_widgets_test_filters'] = array( 'blush_widgets_lead_mail_attempts' => 3 );
		$this->assertSame( 3, blush_widgets_mail_max_attempts() );
		$GLOBALS['blush_widgets_test_filters'] = array( 'blush_widgets_lead_mail_attempts' => -5 );
		$this->assertSame( 1, blush_widgets_mail_max_attempts() );
	}
}

<?php
/**
 * The security review's PHP units (docs/leads.md, "Security model").
 *
 * @package BlushWidgets
 */

use PHPUnit\Framework\TestCase;

final class SecurityTest extends TestCase {
	/** @dataProvider formulas */
	public function test_a_cell_a_spreadsheet_could_run_is_caught( $cell ) {
		$this->assertTrue( blush_widgets_csv_is_formula( $cell ), json_encode( $cell ) );
		$this->assertSame( '"\'' . str_replace( '"', '""', $cell ) . '"', blush_widgets_csv_cell( $cell ) );
	}

	public function formulas() {
		return array_map(
			function ( $cell ) {
				return array( $cell );
			},
			array( '=1+1', '+SUM(1)', '-2', '@A1', "\t=1", "\r=1", ' =1', "\u{00A0}+1", "\u{3000}=1", "\u{FEFF}=1", '＝1', '＋1', '－1', '＠A1', "\u{2212}1" )
		);
	}

	public function test_text_is_left_as_it_is() {
		foreach ( array( '', 'Ana', 'a=b', 'ana@example.com', '(310) 555-0142', 'Botox, Filler lips' ) as $cell ) {
			$this->assertFalse( blush_widgets_csv_is_formula( $cell ), $cell );
		}
	}

	public function test_reply_to_is_one_name_and_one_address() {
		$this->assertSame( 'Ann Lee <ann@example.com>', blush_widgets_reply_to( 'Ann Lee', 'ann@example.com' ) );
		$this->assertSame( '<ann@example.com>', blush_widgets_reply_to( ' "" ', 'ann@example.com' ) );
		foreach ( array( 'Jo,attacker@evil.example,', 'Jo; x@evil.example', '"Jo" <x@evil.example>', "Jo\r\nBcc: x@evil.example", 'Jo\\,x' ) as $name ) {
			$header = blush_widgets_reply_to( $name, 'jo@example.com' );
			$this->assertSame( 1, substr_count( $header, '<' ), $header );
			$this->assertStringEndsWith( ' <jo@example.com>', $header );
			$this->assertDoesNotMatchRegularExpression( '/[,;"\\\\\r\n]/', $header );
		}
	}

	public function test_one_person_is_one_address_ascii_case_aside() {
		$this->assertTrue( blush_widgets_same_email( 'JOSE@Example.com', 'jose@example.com' ) );
		foreach ( array( 'josé@example.com', 'jöse@example.com', 'ｊｏｓｅ@example.com', 'jose@example.co' ) as $other ) {
			$this->assertFalse( blush_widgets_same_email( $other, 'jose@example.com' ), $other );
		}
		$this->assertFalse( blush_widgets_same_email( 'straße@example.com', 'strasse@example.com' ) );
	}

	public function test_proxy_ranges_match_by_prefix() {
		$this->assertTrue( blush_widgets_ip_in( '173.245.49.7', array( '173.245.48.0/20' ) ) );
		$this->assertFalse( blush_widgets_ip_in( '173.245.64.1', array( '173.245.48.0/20' ) ) );
		$this->assertTrue( blush_widgets_ip_in( '127.0.0.1', array( '10.0.0.0/8', '127.0.0.1' ) ) );
		$this->assertTrue( blush_widgets_ip_in( '2400:cb00:12::1', array( '2400:cb00::/32' ) ) );
		$this->assertFalse( blush_widgets_ip_in( '2400:cb01::1', array( '2400:cb00::/32' ) ) );
		$this->assertFalse( blush_widgets_ip_in( '::ffff:127.0.0.1', array( '127.0.0.1' ) ), 'an IPv6 address never matches an IPv4 range' );
		$this->assertFalse( blush_widgets_ip_in( 'not an address', array( '0.0.0.0/0' ) ) );
	}

	public function test_nesting_is_measured_without_walking_past_the_limit() {
		$this->assertSame( 0, blush_widgets_lead_depth( 'text' ) );
		$this->assertSame( 3, blush_widgets_lead_depth( array( 'consent' => array( 'privacy' => array( 'given' => true ) ) ) ) );
		$deep = 1;
		for ( $level = 0; $level < 5000; $level++ ) {
			$deep = array( 'a' => $deep );
		}
		$this->assertGreaterThan( BLUSH_WIDGETS_LEAD_DEPTH, blush_widgets_lead_depth( $deep ) );
		$this->assertLessThanOrEqual( BLUSH_WIDGETS_LEAD_DEPTH + 2, blush_widgets_lead_depth( $deep ) );
	}
}

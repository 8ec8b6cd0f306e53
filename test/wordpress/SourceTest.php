<?php
/**
 * The Leads screen's and the CSV's "Source" (includes/leads/rules.php): the visit's campaign in
 * words, from the attribution the form sent.
 *
 * @package BlushWidgets
 */

use PHPUnit\Framework\TestCase;

final class SourceTest extends TestCase {
	public function test_ad_clicks_name_their_platform_and_campaign() {
		$this->assertSame( 'Google Ads (spring)', blush_widgets_lead_source( array( 'attribution' => array( 'gclid' => 'Cj0', 'utm_source' => 'google', 'utm_campaign' => 'spring' ) ) ) );
		$this->assertSame( 'Google Ads', blush_widgets_lead_source( array( 'attribution' => array( 'wbraid' => 'x' ) ) ) );
		$this->assertSame( 'Meta ads', blush_widgets_lead_source( array( 'attribution' => array( '_fbc' => 'fb.1.2.x' ) ) ) );
		$this->assertSame( 'Microsoft Ads', blush_widgets_lead_source( array( 'attribution' => array( 'msclkid' => 'x' ) ) ) );
		$this->assertSame( 'TikTok ads', blush_widgets_lead_source( array( 'attribution' => array( 'ttclid' => 'x' ) ) ) );
	}

	public function test_campaigns_without_ads_then_referring_sites_then_nothing() {
		$this->assertSame( 'newsletter (email)', blush_widgets_lead_source( array( 'attribution' => array( 'utm_source' => 'newsletter', 'utm_medium' => 'email' ) ) ) );
		$this->assertSame( 'From google.com', blush_widgets_lead_source( array( 'attribution' => array( 'referrer' => 'https://www.google.com/' ) ) ) );
		// Meta's browser cookie alone (_fbp) is any visitor of a site with the pixel, not an ad click.
		$this->assertSame( '', blush_widgets_lead_source( array( 'attribution' => array( '_fbp' => 'fb.1.2.3' ) ) ) );
		$this->assertSame( '', blush_widgets_lead_source( array() ) );
		$this->assertSame( '', blush_widgets_lead_source( array( 'attribution' => 'not a list' ) ) );
	}
}

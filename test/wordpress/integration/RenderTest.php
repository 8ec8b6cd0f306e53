<?php
/**
 * Rendering (includes/render.php, api.php), kses and the blocks, from the element API the build
 * wrote (element-api.php, blocks/<name>/block.json).
 *
 * @package BlushWidgets
 */

class RenderTest extends Blush_Widgets_TestCase {
	public function test_every_attribute_of_the_api_reaches_the_shortcode() {
		$html = do_shortcode( '[blush_faq src="https://clinic.example/faq.json" structured_data show_sources heading_level="2" searchable="yes"]' );
		$this->assertStringContainsString( 'src="https://clinic.example/faq.json"', $html );
		foreach ( array( ' structured-data', ' show-sources', ' searchable', 'heading-level="2"' ) as $expected ) {
			$this->assertStringContainsString( $expected, $html );
		}
		$gallery = do_shortcode( '[blush_gallery src="https://clinic.example/cases.json" url_param="results" aspect_ratio="4/5"]' );
		$this->assertStringContainsString( 'url-param="results"', $gallery );
		$this->assertStringContainsString( 'aspect-ratio="4/5"', $gallery );
	}

	public function test_an_faq_with_questions_comes_with_the_size_of_its_rows() {
		$html = do_shortcode( '[blush_faq pack="botox"]' );
		$this->assertMatchesRegularExpression( '#^<style class="blush-faq-rows">blush-faq\{display:block\}[^<]*summary\{[^<]*</style><blush-faq pack="botox"><details data-id=#', $html );
		$this->assertStringNotContainsString( '<style', do_shortcode( '[blush_faq src="https://clinic.example/faq.json"]' ) );
	}

	public function test_web_addresses_keep_only_their_protocols() {
		$this->assertStringNotContainsString( 'booking-url', do_shortcode( '[blush_next_due treatment="botox" booking_url="javascript:alert(1)"]' ) );
		$this->assertStringContainsString( 'booking-url="tel:+13105550142"', do_shortcode( '[blush_next_due treatment="botox" booking_url="tel:+13105550142"]' ) );
		$this->assertStringContainsString( 'booking-url="https://book.example/{treatment}"', do_shortcode( '[blush_faq pack="botox" booking_url="https://book.example/{treatment}"]' ) );
		$this->assertStringNotContainsString( 'data:', do_shortcode( '[blush_before_after before="data:image/png;base64,AAAA" after="https://clinic.example/a.jpg"]' ) );
	}

	public function test_a_value_its_type_does_not_allow_is_left_out() {
		$html = do_shortcode( '[blush_before_after before="https://clinic.example/b.jpg" after="https://clinic.example/a.jpg" orientation="diagonal" view="side-by-side" theme="neon" value="forty"]' );
		$this->assertStringNotContainsString( 'orientation=', $html );
		$this->assertStringNotContainsString( 'theme=', $html );
		$this->assertStringNotContainsString( 'value=', $html );
		$this->assertStringContainsString( 'view="side-by-side"', $html );
	}

	public function test_the_form_sends_to_the_clinics_settings_by_default() {
		$html = do_shortcode( '[blush_consult_form]' );
		$this->assertStringContainsString( 'action="' . esc_url( blush_widgets_leads_url() ) . '"', $html );
		$this->assertStringContainsString( 'clinic-name="' . esc_attr( get_bloginfo( 'name' ) ) . '"', $html );
	}

	public function test_authors_may_write_content_attributes_but_not_the_owners() {
		$kept = wp_kses_post( '<blush-consult-form action="https://evil.example" success-url="https://evil.example/t" phone="555" hide="referral" class="x"></blush-consult-form><blush-faq src="https://evil.example/faq.json" pack="botox" searchable></blush-faq>' );
		foreach ( array( 'evil.example', 'phone=' ) as $removed ) {
			$this->assertStringNotContainsString( $removed, $kept );
		}
		foreach ( array( 'hide="referral"', 'class="x"', 'pack="botox"', 'searchable' ) as $expected ) {
			$this->assertStringContainsString( $expected, $kept );
		}
	}

	public function test_each_element_is_an_api_version_3_block_from_its_block_json() {
		$registry = WP_Block_Type_Registry::get_instance();
		foreach ( array( 'faq', 'before-after', 'gallery', 'consult-form', 'next-due' ) as $slug ) {
			$block = $registry->get_registered( 'blush/' . $slug );
			$this->assertNotNull( $block, $slug );
			$this->assertSame( 3, $block->api_version, $slug );
			$this->assertSame( 'widgets', $block->category );
			$this->assertArrayHasKey( 'lang', $block->attributes, $slug );
			$this->assertIsCallable( $block->render_callback, $slug );
		}
		$this->assertArrayHasKey( 'src', $registry->get_registered( 'blush/faq' )->attributes );
		$this->assertSame( array( 'light', 'dark' ), $registry->get_registered( 'blush/faq' )->attributes['theme']['enum'] );
		$this->assertContains( 'consultation', $registry->get_registered( 'blush/consult-form' )->keywords );
	}

	public function test_a_block_renders_through_its_render_file_with_its_class_and_anchor() {
		$html = do_blocks( '<!-- wp:blush/next-due {"treatment":"botox","className":"my-reminder","anchor":"due"} /-->' );
		$this->assertMatchesRegularExpression( '/<blush-next-due [^>]*treatment="botox"/', $html );
		$this->assertStringContainsString( 'class="my-reminder"', $html );
		$this->assertStringContainsString( 'id="due"', $html );
	}
}

<?php
/**
 * Results as WordPress content (includes/results.php): only those whose consent lasts reach a
 * visitor, and REST is for the clinic's team.
 *
 * @package BlushWidgets
 */

class ResultsTest extends Blush_Widgets_TestCase {
	private function result( $consent, $title = 'Forehead lines' ) {
		wp_set_current_user( 1 );
		$id = wp_insert_post(
			array(
				'post_type'    => 'blush_result',
				'post_status'  => 'publish',
				'post_title'   => $title,
				'post_content' => '<!-- wp:paragraph --><p>Two sessions, three months apart.</p><!-- /wp:paragraph -->',
				'meta_input'   => array(
					'before_image'    => $this->photo( 'before-' . $title ),
					'after_image'     => $this->photo( 'after-' . $title ),
					'treatment'       => 'botox',
					'consent_expires' => $consent,
					'sessions'        => 2,
				),
			)
		);
		wp_set_current_user( 0 );
		return $id;
	}

	public function test_a_gallery_without_a_cases_file_lists_results_whose_consent_lasts() {
		$shown  = $this->result( '2027-06-01', 'Lasting' );
		$ended  = $this->result( '2026-12-01', 'Ended' );
		$html   = blush_widgets_results_html( '2026-12-07' );
		$this->assertStringContainsString( 'id="result-' . $shown . '" treatment="botox" sessions="2" consent-expires="2027-06-01" caption="Two sessions, three months apart."', $html );
		$this->assertMatchesRegularExpression( '/<img slot="before" src="[^"]+before-Lasting\.png" alt="Forehead before-Lasting" width="480" height="600" loading="lazy" \/>/', $html );
		$this->assertStringNotContainsString( 'result-' . $ended, $html );
		$this->assertStringNotContainsString( 'Ended', $html );
	}

	public function test_a_result_is_shown_through_the_last_day_of_consent_as_the_gallery_does() {
		$id = $this->result( '2026-12-07' );
		$this->assertStringContainsString( 'result-' . $id, blush_widgets_results_html( '2026-12-07' ) );
		$this->assertStringNotContainsString( 'result-' . $id, blush_widgets_results_html( '2026-12-08' ) );
		$this->assertMatchesRegularExpression( '/^Ends today \(.+\): from tomorrow visitors no longer see it$/', blush_widgets_consent_words( '2026-12-07', '2026-12-07' ) );
		$this->assertMatchesRegularExpression( '/^Ended on .+: hidden from visitors/', blush_widgets_consent_words( '2026-12-07', '2026-12-08' ) );
	}

	public function test_the_report_names_what_ended_and_what_ends_within_a_month() {
		$this->result( '2026-12-01', 'Ended' );
		$this->result( '2026-12-20', 'Soon' );
		$this->result( '2027-06-01', 'Later' );
		$report = blush_widgets_results_consent_report( '2026-12-07' );
		$titles = function ( $entries ) {
			return array_map(
				function ( $entry ) {
					return $entry[0]->post_title;
				},
				$entries
			);
		};
		$this->assertSame( array( 'Ended' ), $titles( $report['ended'] ) );
		$this->assertSame( array( 'Soon' ), $titles( $report['ending'] ) );
		$this->assertMatchesRegularExpression( '/^Ends in 13 days \(.+\): ask the patient to renew$/', blush_widgets_consent_words( '2026-12-20', '2026-12-07' ) );
	}

	public function test_an_illustration_is_marked_for_the_gallery() {
		$id = $this->result( '2027-06-01', 'Drawn' );
		update_post_meta( $id, 'illustration', true );
		$this->assertMatchesRegularExpression( '/<blush-before-after id="result-' . $id . '"[^>]* illustration[ >]/', blush_widgets_results_html( '2026-12-07' ) );
	}

	public function test_a_date_that_is_not_a_day_is_not_stored() {
		$this->assertSame( '', blush_widgets_result_date( '2027-02-30' ) );
		$this->assertSame( '', blush_widgets_result_date( 'next year' ) );
		$this->assertSame( '2027-02-28', blush_widgets_result_date( ' 2027-02-28 ' ) );
	}

	public function test_visitors_cannot_read_results_through_rest_and_editors_can() {
		$id = $this->result( '2027-06-01' );
		foreach ( array( '/wp/v2/blush-results', '/wp/v2/blush-results/' . $id ) as $route ) {
			$this->assertSame( 401, rest_do_request( new WP_REST_Request( 'GET', $route ) )->get_status(), $route );
		}
		wp_set_current_user( 1 );
		$response = rest_do_request( new WP_REST_Request( 'GET', '/wp/v2/blush-results/' . $id ) );
		$this->assertSame( 200, $response->get_status() );
		$this->assertSame( '2027-06-01', $response->get_data()['meta']['consent_expires'] );
	}

	/** A gallery block whose own cases are the given gallery-case blocks, rendered as on a page. */
	private function gallery_with( array $cases ) {
		$inner = '';
		foreach ( $cases as $case ) {
			$inner .= '<!-- wp:blush/gallery-case ' . wp_json_encode( $case ) . ' /-->';
		}
		return do_blocks( '<!-- wp:blush/gallery -->' . $inner . '<!-- /wp:blush/gallery -->' );
	}

	public function test_the_gallery_block_shows_its_own_cases_picked_from_the_media_library_instead_of_the_results() {
		$result = $this->result( '2027-06-01', 'Published' );
		$before = $this->photo( 'before-own' );
		$after  = $this->photo( 'after-own' );
		$html   = $this->gallery_with(
			array(
				array(
					'before_image'    => $before,
					'after_image'     => $after,
					'treatment'       => 'filler-lips',
					'consent_expires' => '2099-01-01',
					'sessions'        => 1,
					'illustration'    => true,
				),
			)
		);
		$this->assertMatchesRegularExpression( '/<blush-gallery[^>]*>\s*<blush-before-after id="case-' . $before . '-' . $after . '" treatment="filler-lips" sessions="1" consent-expires="2099-01-01" illustration>/', $html );
		$this->assertMatchesRegularExpression( '/<img slot="before" src="[^"]+before-own\.png" alt="Forehead before-own"/', $html );
		$this->assertMatchesRegularExpression( '/<img slot="after" src="[^"]+after-own\.png"/', $html );
		$this->assertStringNotContainsString( 'result-' . $result, $html, 'own cases take the place of the published results' );
	}

	public function test_a_gallery_case_whose_consent_has_ended_or_that_lacks_a_photo_never_reaches_the_page() {
		$html = $this->gallery_with(
			array(
				array(
					'before_image'    => $this->photo( 'before-ended' ),
					'after_image'     => $this->photo( 'after-ended' ),
					'treatment'       => 'botox',
					'consent_expires' => '2020-01-01',
				),
				array(
					'before_image' => $this->photo( 'before-alone' ),
					'treatment'    => 'botox',
				),
				array(
					'before_image' => $this->photo( 'before-kept' ),
					'after_image'  => $this->photo( 'after-kept' ),
					'treatment'    => 'botox',
				),
			)
		);
		$this->assertStringNotContainsString( 'ended', $html );
		$this->assertStringNotContainsString( 'alone', $html );
		$this->assertSame( 1, substr_count( $html, '<blush-before-after' ), $html );
		$this->assertStringContainsString( 'after-kept.png', $html );
	}

	public function test_a_gallery_case_with_a_consent_day_that_cannot_be_read_is_withheld_not_shown_forever() {
		foreach ( array( '2024-02-30', '31/12/2099', 'soon' ) as $written ) {
			$html = $this->gallery_with(
				array(
					array(
						'before_image'    => $this->photo( 'before-unreadable' ),
						'after_image'     => $this->photo( 'after-unreadable' ),
						'consent_expires' => $written,
					),
				)
			);
			$this->assertStringNotContainsString( 'unreadable', $html, $written );
		}
	}

	public function test_a_gallery_whose_own_cases_are_all_withheld_shows_none_rather_than_every_published_result() {
		$result = $this->result( '2027-06-01', 'Published' );
		$html   = $this->gallery_with(
			array(
				array(
					'before_image'    => $this->photo( 'before-over' ),
					'after_image'     => $this->photo( 'after-over' ),
					'consent_expires' => '2020-01-01',
				),
			)
		);
		$this->assertStringContainsString( '<blush-gallery', $html );
		$this->assertStringNotContainsString( 'result-' . $result, $html );
		$this->assertStringNotContainsString( '<blush-before-after', $html );
	}

	public function test_the_same_two_photos_twice_on_a_page_get_distinct_ids() {
		$case = array(
			'before_image' => $this->photo( 'before-twice' ),
			'after_image'  => $this->photo( 'after-twice' ),
		);
		$html = $this->gallery_with( array( $case, $case ) );
		preg_match_all( '/<blush-before-after id="([^"]+)"/', $html, $ids );
		$this->assertCount( 2, $ids[1] );
		$this->assertCount( 2, array_unique( $ids[1] ), implode( ', ', $ids[1] ) );
	}
}

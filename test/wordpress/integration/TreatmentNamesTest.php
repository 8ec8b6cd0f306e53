<?php
/**
 * Treatment names in the plugin (includes/treatments.php, reading treatments.php written by the build):
 * the catalog's names, in the language of whoever reads them, the same in the inbox, the mail,
 * the results list and the block editor's choices.
 *
 * @package BlushWidgets
 */

class TreatmentNamesTest extends Blush_Widgets_TestCase {
	/** What `$read` returns while WordPress's language is `$locale`. */
	private function in_locale( $locale, $read ) {
		$filter = function () use ( $locale ) {
			return $locale;
		};
		add_filter( 'determine_locale', $filter );
		try {
			return $read();
		} finally {
			remove_filter( 'determine_locale', $filter );
		}
	}

	private function label_in( $locale, $id ) {
		return $this->in_locale(
			$locale,
			function () use ( $id ) {
				return blush_widgets_treatment_label( $id );
			}
		);
	}

	public function test_a_treatment_is_named_as_the_form_names_it_in_the_readers_language() {
		$this->assertSame( 'Lip filler', $this->label_in( 'en_US', 'filler-lips' ) );
		$this->assertSame( 'Relleno de labios', $this->label_in( 'es_MX', 'filler-lips' ) );
		$this->assertSame( 'Injection des lèvres', $this->label_in( 'fr_FR', 'filler-lips' ) );
		$this->assertSame( 'تزریق ژل لب', $this->label_in( 'fa_IR', 'filler-lips' ) );
		$this->assertSame( 'بوتاکس®', $this->label_in( 'fa_IR', 'botox' ) );
		// A brand keeps its registered name; a language the plugin does not ship reads English.
		$this->assertSame( 'Botox®', $this->label_in( 'fr_FR', 'botox' ) );
		$this->assertSame( 'Lip filler', $this->label_in( 'de_DE', 'filler-lips' ) );
		// An id the catalog lacks reads as words.
		$this->assertSame( 'Prp hair', $this->label_in( 'fr_FR', 'prp-hair' ) );
	}

	public function test_the_mail_the_results_list_and_the_editor_share_those_names() {
		$this->assertSame(
			'Botox®, Relleno de labios',
			$this->in_locale(
				'es_ES',
				function () {
					return blush_widgets_lead_treatments_text( array( 'botox', 'filler-lips' ) );
				}
			)
		);
		$choices = $this->in_locale( 'fr_FR', 'blush_widgets_treatment_choices' );
		$this->assertContains(
			array(
				'value' => 'filler-lips',
				'label' => 'Injection des lèvres',
			),
			$choices
		);
		$fields = $this->in_locale(
			'fr_FR',
			function () {
				return include BLUSH_WIDGETS_DIR . 'editor-fields.php';
			}
		);
		$treatment = array_values(
			array_filter(
				$fields['blush-faq'],
				function ( $field ) {
					return 'treatment' === $field['attribute'];
				}
			)
		)[0];
		$this->assertContains(
			array(
				'value' => 'filler-lips',
				'label' => 'Injection des lèvres',
			),
			$treatment['choices']
		);
	}
}

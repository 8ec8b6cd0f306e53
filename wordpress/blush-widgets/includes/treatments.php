<?php
/**
 * Treatment names from the catalog, in every language the widgets speak (treatments.php at the
 * plugin's root, written by the build from the same tables as the elements): for the lead inbox,
 * the mail, the CSV, the results list and the block editor's treatment choices.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The catalog's treatment names, by id then language, from the treatments.php the build writes.
 *
 * @return array<string, array<string, string>>
 */
function blush_widgets_treatment_names() {
	static $names = null;
	if ( null === $names ) {
		$file  = defined( 'BLUSH_WIDGETS_DIR' ) ? BLUSH_WIDGETS_DIR . 'treatments.php' : '';
		$names = $file && is_readable( $file ) ? (array) include $file : array();
	}
	return $names;
}

/**
 * A treatment as the form showed it, in the language of whoever reads it (the site's, or the
 * admin's own in the dashboard): the catalog's name (`filler-lips` → `Lip filler`, `Injection
 * des lèvres` on a French site), English where the catalog has no name in that language; for an
 * id the catalog lacks, the id as words.
 *
 * @param string $id A treatment id.
 */
function blush_widgets_treatment_label( $id ) {
	$name = blush_widgets_treatment_names()[ (string) $id ] ?? null;
	if ( ! is_array( $name ) ) {
		return ucfirst( str_replace( array( '-', '_' ), ' ', (string) $id ) );
	}
	$language = strtolower( substr( (string) determine_locale(), 0, 2 ) );
	return $name[ $language ] ?? $name['en'];
}

/**
 * Every catalog treatment as a choice for the editor, named as blush_widgets_treatment_label() names it.
 *
 * @return array<int, array{value: string, label: string}>
 */
function blush_widgets_treatment_choices() {
	$choices = array();
	foreach ( array_keys( blush_widgets_treatment_names() ) as $id ) {
		$choices[] = array(
			'value' => (string) $id,
			'label' => blush_widgets_treatment_label( $id ),
		);
	}
	return $choices;
}

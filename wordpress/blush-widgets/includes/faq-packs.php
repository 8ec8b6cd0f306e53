<?php
/**
 * Built-in FAQ packs rendered on the server as `<details><summary>` items, so search engines and
 * visitors without JavaScript read the answers. `packs/<name>.json` is exported from the
 * library's own packs at build time (scripts/wordpress-zip.mjs); answers are already HTML made
 * from the packs' small markup subset, and pass through wp_kses once more here.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The pack's items for a language (falling back to English), or an empty list.
 *
 * @param string $pack     Pack name (a file in packs/, without `.json`).
 * @param string $language Language code, such as `en`.
 */
function blush_widgets_faq_pack( $pack, $language ) {
	static $cache = array();
	$pack         = sanitize_key( $pack );
	if ( ! isset( $cache[ $pack ] ) ) {
		$file           = BLUSH_WIDGETS_DIR . 'packs/' . $pack . '.json';
		$data           = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a JSON file shipped inside the plugin, never a URL.
		$cache[ $pack ] = is_array( $data ) ? $data : array();
	}
	$languages = $cache[ $pack ]['languages'] ?? array();
	$items     = $languages[ $language ] ?? ( $languages['en'] ?? array() );
	return is_array( $items ) ? $items : array();
}

/**
 * The pack's items as `<details><summary>` HTML, each answer passed through wp_kses.
 *
 * @param string $pack     Pack name (a file in packs/, without `.json`).
 * @param string $language Language code, such as `en`.
 */
function blush_widgets_faq_pack_html( $pack, $language ) {
	$allowed = array(
		'p'      => array(),
		'ul'     => array(),
		'ol'     => array(),
		'li'     => array(),
		'em'     => array(),
		'strong' => array(),
		'a'      => array( 'href' => true ),
	);
	$html    = '';
	foreach ( blush_widgets_faq_pack( $pack, $language ) as $item ) {
		if ( empty( $item['question'] ) || empty( $item['answer_html'] ) ) {
			continue;
		}
		$html .= sprintf(
			'<details data-id="%s"><summary>%s</summary>%s</details>',
			esc_attr( $item['id'] ?? '' ),
			esc_html( $item['question'] ),
			wp_kses( $item['answer_html'], $allowed, array( 'http', 'https', 'mailto', 'tel' ) )
		);
	}
	return $html;
}

/** Names of the packs shipped with the plugin. */
function blush_widgets_faq_pack_names() {
	$files = glob( BLUSH_WIDGETS_DIR . 'packs/*.json' );
	return array_map(
		function ( $file ) {
			return basename( $file, '.json' );
		},
		is_array( $files ) ? $files : array()
	);
}

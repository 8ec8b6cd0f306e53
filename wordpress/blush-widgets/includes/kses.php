<?php
/**
 * Lets roles without `unfiltered_html` (Authors, Contributors) write our tags, with the
 * attributes that describe content and nothing else: no scripts, no event handlers, no `style`,
 * and no attribute that decides where data goes (the form's `action`, `headers`, `success-url`
 * come from the clinic's settings). URL attributes go through kses's protocol check.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Tag => allowed attributes for non-admin content: every attribute of the element API except those
 * flagged `@owner` (where data goes, what is fetched), and on `<blush-before-after>` the attributes a
 * gallery reads from its cases.
 */
function blush_widgets_allowed_tags() {
	$common = array(
		'id'    => true,
		'class' => true,
		'lang'  => true,
		'dir'   => true,
	);
	$tags   = array();
	foreach ( blush_widgets_api()['elements'] as $tag => $attributes ) {
		$tags[ $tag ] = $common;
		foreach ( $attributes as $name => $facts ) {
			if ( empty( $facts['owner'] ) ) {
				$tags[ $tag ][ $name ] = true;
			}
		}
	}
	if ( isset( $tags['blush-before-after'] ) ) {
		foreach ( blush_widgets_api()['case'] as $name ) {
			$tags['blush-before-after'][ $name ] = true;
		}
		unset( $tags['blush-before-after']['src'] );
	}
	return $tags;
}

/**
 * Our tags and their content attributes in post content.
 *
 * @param array  $tags    Allowed tags.
 * @param string $context The kses context.
 */
function blush_widgets_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( blush_widgets_allowed_tags() as $tag => $attributes ) {
		$tags[ $tag ] = $attributes;
	}
	// Light-DOM content of our elements: slotted images and captions, FAQ items.
	foreach ( array( 'img', 'picture', 'p', 'span', 'div', 'figure', 'figcaption' ) as $tag ) {
		if ( isset( $tags[ $tag ] ) ) {
			$tags[ $tag ]['slot'] = true;
		}
	}
	$tags['details'] = array_merge(
		$tags['details'] ?? array(),
		array(
			'open'    => true,
			'data-id' => true,
			'id'      => true,
		)
	);
	$tags['summary'] = $tags['summary'] ?? array();
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'blush_widgets_kses_allowed_html', 10, 2 );

/**
 * Our URL attributes, for kses's protocol check.
 * Our URL attributes get the same protocol check as href and src (javascript: and data: removed).
 *
 * @param string[] $attributes Attribute names kses checks as URLs.
 */
function blush_widgets_kses_uri_attributes( $attributes ) {
	return array_merge( $attributes, blush_widgets_api_flagged( 'url' ) );
}
add_filter( 'wp_kses_uri_attributes', 'blush_widgets_kses_uri_attributes' );

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

/** Tag => allowed attributes for non-admin content. */
function blush_widgets_allowed_tags() {
	$common = array(
		'id'    => true,
		'class' => true,
		'lang'  => true,
		'dir'   => true,
		'theme' => true,
	);
	$case   = array(
		'treatment'       => true,
		'area'            => true,
		'sessions'        => true,
		'time-since'      => true,
		'photo-date'      => true,
		'unretouched'     => true,
		'consent-expires' => true,
		'sensitive'       => true,
	);
	return array(
		'blush-faq'          => $common + array(
			'pack'            => true,
			'single'          => true,
			'searchable'      => true,
			'heading-level'   => true,
			'cta'             => true,
			'booking-url'     => true,
			'treatment'       => true,
			'show-sources'    => true,
			'structured-data' => true,
		),
		'blush-before-after' => $common + $case + array(
			'before'       => true,
			'after'        => true,
			'before-alt'   => true,
			'after-alt'    => true,
			'caption'      => true,
			'value'        => true,
			'orientation'  => true,
			'aspect-ratio' => true,
		),
		'blush-gallery'      => $common + array(
			'treatment'    => true,
			'disclaimer'   => true,
			'aspect-ratio' => true,
		),
		'blush-consult-form' => $common + array(
			'hide'            => true,
			'required-fields' => true,
			'treatments'      => true,
		),
		'blush-next-due'     => $common + array(
			'treatment'     => true,
			'booking-url'   => true,
			'reminder-days' => true,
		),
	);
}

add_filter(
	'wp_kses_allowed_html',
	function ( $tags, $context ) {
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
		$tags['details'] = array_merge( $tags['details'] ?? array(), array( 'open' => true, 'data-id' => true, 'id' => true ) );
		$tags['summary'] = $tags['summary'] ?? array();
		return $tags;
	},
	10,
	2
);

// Our URL attributes get the same protocol check as href and src (javascript: and data: removed).
add_filter(
	'wp_kses_uri_attributes',
	function ( $attributes ) {
		return array_merge( $attributes, array( 'before', 'after', 'booking-url' ) );
	}
);

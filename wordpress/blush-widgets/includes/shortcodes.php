<?php
/**
 * Shortcodes for the classic editor and page builders:
 * [blush_faq pack="botox"], [blush_before_after before="…" after="…"], [blush_gallery]…[/blush_gallery],
 * [blush_consult_form], [blush_next_due treatment="botox"]. Attribute names use underscores
 * (heading_level, booking_url, before_alt…). Shortcodes run after wpautop and wptexturize, so
 * their output is never curled or wrapped; the content filter below removes the `<p>` wpautop
 * put around the shortcode itself, which would otherwise split the element when parsed.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Shortcode attributes with typographic quotes undone (`pack=”botox”` from a texturized paste). */
function blush_widgets_shortcode_atts( $atts ) {
	$clean = array();
	foreach ( (array) $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			// A bare flag: [blush_faq pack="botox" single]. A destination is never a flag.
			if ( ! blush_widgets_is_routing( $value ) ) {
				$clean[ sanitize_key( $value ) ] = 'true';
			}
			continue;
		}
		$clean[ strtolower( (string) $key ) ] = trim( html_entity_decode( (string) $value, ENT_QUOTES, 'UTF-8' ), " \t\n\"'\u{201C}\u{201D}\u{2018}\u{2019}\u{2033}" );
	}
	return $clean;
}

// Our shortcodes' and elements' content is the clinic's data (questions, answers, cases, JSON),
// shown as typed: WordPress's typography filter would turn its quotes, -- and ... into curly
// quotes, dashes and ellipses, and break JSON. It runs on post content before shortcodes, and
// block themes run it again on the whole rendered template, after our shortcodes became tags.
add_filter(
	'no_texturize_shortcodes',
	function ( $shortcodes ) {
		return array_merge( (array) $shortcodes, array( 'blush_faq', 'blush_before_after', 'blush_gallery', 'blush_consult_form', 'blush_next_due' ) );
	}
);
add_filter(
	'no_texturize_tags',
	function ( $tags ) {
		return array_merge( (array) $tags, array( 'blush-faq', 'blush-before-after', 'blush-gallery', 'blush-consult-form', 'blush-next-due' ) );
	}
);

add_action(
	'init',
	function () {
		add_shortcode(
			'blush_faq',
			function ( $atts, $content = '' ) {
				return blush_widgets_render_faq( array( 'content' => $content ) + blush_widgets_shortcode_atts( $atts ) );
			}
		);
		add_shortcode(
			'blush_before_after',
			function ( $atts ) {
				return blush_widgets_render_before_after( blush_widgets_shortcode_atts( $atts ) );
			}
		);
		add_shortcode(
			'blush_gallery',
			function ( $atts, $content = '' ) {
				return blush_widgets_render_gallery( array( 'content' => do_shortcode( (string) $content ) ) + blush_widgets_shortcode_atts( $atts ) );
			}
		);
		add_shortcode(
			'blush_consult_form',
			function ( $atts ) {
				return blush_widgets_render_consult_form( blush_widgets_shortcode_atts( $atts ) );
			}
		);
		add_shortcode(
			'blush_next_due',
			function ( $atts, $content = '' ) {
				return blush_widgets_render_next_due( array( 'content' => $content ) + blush_widgets_shortcode_atts( $atts ) );
			}
		);
	}
);

/**
 * After shortcodes (priority 11): unwrap our elements from the paragraphs wpautop put them in,
 * and give plain `<blush-consult-form>` tags the clinic's settings when they set none themselves
 * (tags written by authors cannot carry an `action`; see kses.php).
 */
function blush_widgets_content_filter( $content ) {
	if ( ! is_string( $content ) || false === strpos( $content, '<blush-' ) ) {
		return $content;
	}
	// wpautop's paragraphs around our tags. A stray `<p>` before a closing `</blush-faq>` is the
	// worst: the HTML parser then ignores that end tag and the rest of the page falls inside the element.
	$tag     = '</?blush-(?:faq|before-after|gallery|consult-form|next-due)\b[^>]*>';
	$content = preg_replace( '#<p>\s*(?=' . $tag . ')#', '', $content );
	$content = preg_replace( '#(' . $tag . ')\s*(?:<br\s*/?>\s*)*(?:</p>)?#', '$1', $content );
	$content = preg_replace_callback(
		'#<blush-consult-form\b([^>]*)>#',
		function ( $match ) {
			$add = array();
			foreach ( array( 'action' => blush_widgets_form_action(), 'privacy-url' => blush_widgets_privacy_url(), 'phone' => blush_widgets_options()['phone'] ) as $name => $value ) {
				if ( $value && ! preg_match( '/\s' . $name . '\s*=/', $match[1] ) ) {
					$add[ $name ] = $value;
				}
			}
			return '<blush-consult-form' . $match[1] . blush_widgets_attributes( $add ) . '>';
		},
		$content
	);
	blush_widgets_enqueue();
	return $content;
}
add_filter( 'the_content', 'blush_widgets_content_filter', 12 );
// The same for tags typed outside post content: Custom HTML blocks in templates and block
// widgets, and the classic Text and Custom HTML widgets (see assets.php).
add_filter(
	'render_block',
	function ( $html, $block ) {
		return 'core/html' === ( $block['blockName'] ?? '' ) ? blush_widgets_content_filter( $html ) : $html;
	},
	10,
	2
);
add_filter( 'widget_text_content', 'blush_widgets_content_filter', 12 );
add_filter( 'widget_custom_html_content', 'blush_widgets_content_filter', 12 );

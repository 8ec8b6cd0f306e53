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

/**
 * Shortcode attributes with typographic quotes undone (`pack=”botox”` from a texturized paste).
 *
 * @param array|string $atts The attributes WordPress parsed ('' when there are none).
 */
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

/** Our shortcodes' names, the element each renders. */
function blush_widgets_shortcodes() {
	return array(
		'blush_faq'          => 'blush_widgets_shortcode_faq',
		'blush_before_after' => 'blush_widgets_shortcode_before_after',
		'blush_gallery'      => 'blush_widgets_shortcode_gallery',
		'blush_consult_form' => 'blush_widgets_shortcode_consult_form',
		'blush_next_due'     => 'blush_widgets_shortcode_next_due',
	);
}

// Our shortcodes' and elements' content is the clinic's data (questions, answers, cases, JSON),
// shown as typed: WordPress's typography filter would turn its quotes, -- and ... into curly
// quotes, dashes and ellipses, and break JSON. It runs on post content before shortcodes, and
// block themes run it again on the whole rendered template, after our shortcodes became tags.
/**
 * Our shortcodes' content is left untexturized.
 *
 * @param string[] $shortcodes Shortcodes wptexturize skips.
 */
function blush_widgets_no_texturize_shortcodes( $shortcodes ) {
	return array_merge( (array) $shortcodes, array_keys( blush_widgets_shortcodes() ) );
}
add_filter( 'no_texturize_shortcodes', 'blush_widgets_no_texturize_shortcodes' );

/**
 * Our elements' content is left untexturized.
 *
 * @param string[] $tags Tags wptexturize skips.
 */
function blush_widgets_no_texturize_tags( $tags ) {
	return array_merge( (array) $tags, array_map( 'blush_widgets_shortcode_tag', array_keys( blush_widgets_shortcodes() ) ) );
}
add_filter( 'no_texturize_tags', 'blush_widgets_no_texturize_tags' );

/**
 * `blush_consult_form` → `blush-consult-form`.
 *
 * @param string $shortcode A shortcode of ours.
 */
function blush_widgets_shortcode_tag( $shortcode ) {
	return str_replace( '_', '-', $shortcode );
}

/**
 * `[blush_faq pack="botox"]…[/blush_faq]`: its content is the clinic's own questions.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string       $content Enclosed content.
 */
function blush_widgets_shortcode_faq( $atts, $content = '' ) {
	return blush_widgets_render_faq( array( 'content' => $content ) + blush_widgets_shortcode_atts( $atts ) );
}

/**
 * `[blush_before_after before="…" after="…"]`.
 *
 * @param array|string $atts Shortcode attributes.
 */
function blush_widgets_shortcode_before_after( $atts ) {
	return blush_widgets_render_before_after( blush_widgets_shortcode_atts( $atts ) );
}

/**
 * `[blush_gallery]…[/blush_gallery]`: its content is the cases, as `[blush_before_after]`.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string       $content Enclosed content.
 */
function blush_widgets_shortcode_gallery( $atts, $content = '' ) {
	return blush_widgets_render_gallery( array( 'content' => do_shortcode( (string) $content ) ) + blush_widgets_shortcode_atts( $atts ) );
}

/**
 * `[blush_consult_form]`.
 *
 * @param array|string $atts Shortcode attributes.
 */
function blush_widgets_shortcode_consult_form( $atts ) {
	return blush_widgets_render_consult_form( blush_widgets_shortcode_atts( $atts ) );
}

/**
 * `[blush_next_due treatment="botox"]…[/blush_next_due]`: its content is an introduction.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string       $content Enclosed content.
 */
function blush_widgets_shortcode_next_due( $atts, $content = '' ) {
	return blush_widgets_render_next_due( array( 'content' => $content ) + blush_widgets_shortcode_atts( $atts ) );
}

/** Registers our shortcodes. */
function blush_widgets_add_shortcodes() {
	foreach ( blush_widgets_shortcodes() as $shortcode => $callback ) {
		add_shortcode( $shortcode, $callback );
	}
}
add_action( 'init', 'blush_widgets_add_shortcodes' );

/**
 * After shortcodes (priority 11): unwrap our elements from the paragraphs wpautop put them in,
 * and give plain `<blush-consult-form>` tags the clinic's settings when they set none themselves
 * (tags written by authors cannot carry an `action`; see kses.php).
 *
 * @param mixed $content The rendered content (left alone unless it is a string with our tags).
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
		function ( $matches ) {
			$add      = array();
			$settings = array(
				'action'      => blush_widgets_form_action(),
				'privacy-url' => blush_widgets_privacy_url(),
				'phone'       => blush_widgets_options()['phone'],
			);
			foreach ( $settings as $name => $value ) {
				if ( $value && ! preg_match( '/\s' . $name . '\s*=/', $matches[1] ) ) {
					$add[ $name ] = $value;
				}
			}
			return '<blush-consult-form' . $matches[1] . blush_widgets_attributes( $add ) . '>';
		},
		$content
	);
	blush_widgets_enqueue();
	return $content;
}
add_filter( 'the_content', 'blush_widgets_content_filter', 12 );
// The same for tags typed outside post content: Custom HTML blocks in templates and block
// widgets, and the classic Text and Custom HTML widgets (see assets.php).
/**
 * Custom HTML blocks get the same treatment as post content.
 *
 * @param string $html  The block's HTML.
 * @param array  $block The parsed block.
 */
function blush_widgets_custom_html_block( $html, $block ) {
	return 'core/html' === ( $block['blockName'] ?? '' ) ? blush_widgets_content_filter( $html ) : $html;
}
add_filter( 'render_block', 'blush_widgets_custom_html_block', 10, 2 );
add_filter( 'widget_text_content', 'blush_widgets_content_filter', 12 );
add_filter( 'widget_custom_html_content', 'blush_widgets_content_filter', 12 );

<?php
/**
 * One server-rendered block per element (category "Widgets"), sharing the shortcodes' renderers.
 * Each block's block.json (apiVersion 3: attributes, plain title, description, search words) is
 * made at build time from the element API. The editor script is built from editor/blocks.jsx
 * (scripts/wordpress-editor.mjs).
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Block name => its renderer (shared with the shortcodes). */
function blush_widgets_blocks() {
	return array(
		'blush/faq'          => 'blush_widgets_render_faq',
		'blush/before-after' => 'blush_widgets_render_before_after',
		'blush/gallery'      => 'blush_widgets_render_gallery',
		'blush/consult-form' => 'blush_widgets_render_consult_form',
		'blush/next-due'     => 'blush_widgets_render_next_due',
	);
}

/** Is this request the block editor's preview of a block (the block renderer's REST route)? */
function blush_widgets_is_editor_preview() {
	global $wp;
	$route = isset( $wp->query_vars['rest_route'] ) ? (string) $wp->query_vars['rest_route'] : '';
	return defined( 'REST_REQUEST' ) && REST_REQUEST && 0 === strpos( $route, '/wp/v2/block-renderer/' );
}

/**
 * A block's HTML, by its shortcode's renderer. In the editor's preview the form is inert: it
 * shows as visitors see it, but nothing in it can be typed into or sent.
 *
 * @param array    $attributes The block's attributes.
 * @param string   $content    What the block saved: the FAQ's own questions, the gallery's own cases, for the others nothing.
 * @param WP_Block $block      The block.
 */
function blush_widgets_render_block( $attributes, $content, $block ) {
	$blocks = blush_widgets_blocks();
	$name   = is_object( $block ) && isset( $block->name ) ? $block->name : '';
	if ( ! isset( $blocks[ $name ] ) ) {
		return '';
	}
	$attributes = is_array( $attributes ) ? $attributes : array();
	// The FAQ's own questions (its inner blocks, saved as <details><summary> items) and the
	// gallery's own cases (blocks/gallery-case, each rendered as a <blush-before-after>).
	if ( in_array( $name, array( 'blush/faq', 'blush/gallery' ), true ) && '' !== trim( (string) $content ) ) {
		$attributes['content'] = $content;
	}
	// A gallery with cases of its own never falls back to the published results, even when every
	// one of them is withheld (consent ended, a photo missing): the page shows what it was made with.
	if ( 'blush/gallery' === $name && is_object( $block ) ) {
		foreach ( (array) ( $block->parsed_block['innerBlocks'] ?? array() ) as $inner ) {
			if ( 'blush/gallery-case' === ( $inner['blockName'] ?? '' ) ) {
				$attributes['own_cases'] = true;
			}
		}
	}
	$html = call_user_func( $blocks[ $name ], $attributes );
	if ( 'blush/consult-form' === $name && blush_widgets_is_editor_preview() ) {
		$html = '<div inert class="blush-editor-preview">' . $html . '</div><p class="blush-editor-note">'
			. esc_html__( 'Preview: the form does not send from the editor. Try it on the published page.', 'blush-widgets' ) . '</p>';
	}
	return $html;
}

/** Registers the editor script and every block (their block.json), and hands the editor each block's attribute types and field texts. */
function blush_widgets_register_blocks() {
	blush_widgets_register_editor_script( 'blush-widgets-editor', 'blocks' );
	// One question of the FAQ's own (blocks/faq-item), and one block per element: block.json made
	// at build time from the element API (scripts/wordpress-api.mjs), rendered by render.php.
	register_block_type( BLUSH_WIDGETS_DIR . 'blocks/faq-item' );
	// One case of the gallery's own, its photos from the Media Library (rendered by results.php).
	register_block_type( BLUSH_WIDGETS_DIR . 'blocks/gallery-case', array( 'render_callback' => 'blush_widgets_render_gallery_case' ) );
	$schema = array();
	foreach ( array_keys( blush_widgets_blocks() ) as $name ) {
		$registered = register_block_type( BLUSH_WIDGETS_DIR . 'blocks/' . substr( $name, strlen( 'blush/' ) ) );
		if ( $registered ) {
			$schema[ $name ] = array_map(
				function ( $attribute ) {
					return $attribute['type'];
				},
				array_diff_key( $registered->attributes, array_flip( array( 'className', 'anchor', 'lock', 'metadata', 'style' ) ) )
			);
		}
	}
	// Each setting in plain words, made at build time (scripts/wordpress-fields.mjs).
	$file   = BLUSH_WIDGETS_DIR . 'editor-fields.php';
	$fields = is_readable( $file ) ? include $file : null;
	wp_add_inline_script(
		'blush-widgets-editor',
		'window.blushWidgetsBlocks = ' . wp_json_encode( $schema ) . '; window.blushWidgetsFields = ' . wp_json_encode( $fields ) . '; window.blushWidgetsDestination = ' . wp_json_encode( blush_widgets_destination_text() ) . '; window.blushWidgetsTreatments = ' . wp_json_encode( blush_widgets_treatment_choices() ) . ';',
		'before'
	);
}
add_action( 'init', 'blush_widgets_register_blocks' );

// The editor preview renders the real elements: load the script inside the editor too, and inside
// the editor's iframe where WordPress frames it (enqueue_block_assets runs there).
add_action( 'enqueue_block_editor_assets', 'blush_widgets_enqueue' );
add_action( 'enqueue_block_assets', 'blush_widgets_enqueue_in_editor' );

/** The elements' script in the editor's frame (enqueue_block_assets also runs on the front end, where rendering enqueues it). */
function blush_widgets_enqueue_in_editor() {
	if ( is_admin() ) {
		blush_widgets_enqueue();
	}
}

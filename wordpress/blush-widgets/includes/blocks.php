<?php
/**
 * One server-rendered block per element (category "Widgets"), sharing the shortcodes' renderers,
 * with plain titles and search words.
 * The editor script is plain JavaScript on WordPress's globals: no build step.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Block name => [renderer, attributes (name => type)]. Attribute names match the shortcodes'. */
function blush_widgets_blocks() {
	$common = array(
		'lang'  => 'string',
		'theme' => 'string',
	);
	return array(
		'blush/faq'          => array(
			'blush_widgets_render_faq',
			array(
				'pack'            => 'string',
				'single'          => 'boolean',
				'searchable'      => 'boolean',
				'heading_level'   => 'string',
				'structured_data' => 'boolean',
				'show_sources'    => 'boolean',
				'cta'             => 'boolean',
				'booking_url'     => 'string',
				'treatment'       => 'string',
			) + $common,
		),
		'blush/before-after' => array(
			'blush_widgets_render_before_after',
			array(
				'before'       => 'string',
				'after'        => 'string',
				'before_alt'   => 'string',
				'after_alt'    => 'string',
				'caption'      => 'string',
				'value'        => 'string',
				'orientation'  => 'string',
				'aspect_ratio' => 'string',
			) + $common,
		),
		'blush/gallery'      => array(
			'blush_widgets_render_gallery',
			array(
				'src'          => 'string',
				'treatment'    => 'string',
				'disclaimer'   => 'string',
				'aspect_ratio' => 'string',
			) + $common,
		),
		'blush/consult-form' => array(
			'blush_widgets_render_consult_form',
			array(
				'hide'            => 'string',
				'required_fields' => 'string',
				'treatments'      => 'string',
				'success_url'     => 'string',
			) + $common,
		),
		'blush/next-due'     => array(
			'blush_widgets_render_next_due',
			array(
				'treatment'   => 'string',
				'booking_url' => 'string',
			) + $common,
		),
	);
}

/** What the inserter shows for each block: a plain title, one line of help and the words it is found by. */
function blush_widgets_block_words() {
	return array(
		'blush/faq'          => array(
			__( 'Treatment FAQ', 'blush-widgets' ),
			__( 'Questions and answers about a treatment, from a ready-made set or your own.', 'blush-widgets' ),
			array( __( 'faq', 'blush-widgets' ), __( 'questions', 'blush-widgets' ), __( 'answers', 'blush-widgets' ), __( 'treatment', 'blush-widgets' ) ),
		),
		'blush/before-after' => array(
			__( 'Before and after slider', 'blush-widgets' ),
			__( 'Two photos of one result, compared with a slider.', 'blush-widgets' ),
			array( __( 'before', 'blush-widgets' ), __( 'after', 'blush-widgets' ), __( 'photos', 'blush-widgets' ), __( 'results', 'blush-widgets' ) ),
		),
		'blush/gallery'      => array(
			__( 'Before and after gallery', 'blush-widgets' ),
			__( 'Your results, which visitors can filter by treatment.', 'blush-widgets' ),
			array( __( 'gallery', 'blush-widgets' ), __( 'results', 'blush-widgets' ), __( 'before', 'blush-widgets' ), __( 'photos', 'blush-widgets' ) ),
		),
		'blush/consult-form' => array(
			__( 'Consultation request form', 'blush-widgets' ),
			__( 'Visitors ask for a consultation; each request reaches Leads and your email.', 'blush-widgets' ),
			array( __( 'consultation', 'blush-widgets' ), __( 'booking', 'blush-widgets' ), __( 'contact', 'blush-widgets' ), __( 'appointment', 'blush-widgets' ), __( 'form', 'blush-widgets' ) ),
		),
		'blush/next-due'     => array(
			__( 'Next treatment due', 'blush-widgets' ),
			__( 'Visitors enter the date of their last treatment and see when the next one is due.', 'blush-widgets' ),
			array( __( 'reminder', 'blush-widgets' ), __( 'next', 'blush-widgets' ), __( 'calendar', 'blush-widgets' ), __( 'booking', 'blush-widgets' ) ),
		),
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
 * @param string   $content    What the block saved: the FAQ's own questions, for the others nothing.
 * @param WP_Block $block      The block.
 */
function blush_widgets_render_block( $attributes, $content, $block ) {
	$blocks = blush_widgets_blocks();
	$name   = is_object( $block ) && isset( $block->name ) ? $block->name : '';
	if ( ! isset( $blocks[ $name ] ) ) {
		return '';
	}
	$attributes = is_array( $attributes ) ? $attributes : array();
	// The FAQ's own questions: its inner blocks, saved as <details><summary> items.
	if ( 'blush/faq' === $name && '' !== trim( (string) $content ) ) {
		$attributes['content'] = $content;
	}
	$html = call_user_func( $blocks[ $name ][0], $attributes );
	if ( 'blush/consult-form' === $name && blush_widgets_is_editor_preview() ) {
		$html = '<div inert class="blush-editor-preview">' . $html . '</div><p class="blush-editor-note">'
			. esc_html__( 'Preview: the form does not send from the editor. Try it on the published page.', 'blush-widgets' ) . '</p>';
	}
	return $html;
}

function blush_widgets_register_blocks() {
	wp_register_script(
		'blush-widgets-editor',
		plugins_url( 'assets/editor.js', BLUSH_WIDGETS_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-data', 'wp-server-side-render', 'wp-i18n' ),
		BLUSH_WIDGETS_VERSION,
		true
	);
	// One question of the FAQ's own: the question, and its answer as paragraphs and lists.
	register_block_type(
		'blush/faq-item',
		array(
			'api_version'   => 2,
			'title'         => __( 'Question and answer', 'blush-widgets' ),
			'description'   => __( 'One of your own questions, with its answer.', 'blush-widgets' ),
			'category'      => 'widgets',
			'parent'        => array( 'blush/faq' ),
			'attributes'    => array(
				'question' => array(
					'type'     => 'string',
					'source'   => 'html',
					'selector' => 'summary',
				),
			),
			'editor_script' => 'blush-widgets-editor',
		)
	);
	$words  = blush_widgets_block_words();
	$schema = array();
	foreach ( blush_widgets_blocks() as $name => $block ) {
		$types = array();
		foreach ( $block[1] as $attribute => $type ) {
			$types[ $attribute ] = array( 'type' => $type );
		}
		$schema[ $name ] = $block[1];
		register_block_type(
			$name,
			array(
				'api_version'     => 2,
				'title'           => $words[ $name ][0],
				'description'     => $words[ $name ][1],
				'keywords'        => $words[ $name ][2],
				'category'        => 'widgets',
				'attributes'      => $types,
				'editor_script'   => 'blush-widgets-editor',
				'render_callback' => 'blush_widgets_render_block',
			)
		);
	}
	// Each setting in plain words, made at build time (scripts/wordpress-fields.mjs).
	$file   = BLUSH_WIDGETS_DIR . 'editor-fields.php';
	$fields = is_readable( $file ) ? include $file : null;
	wp_add_inline_script(
		'blush-widgets-editor',
		'window.blushWidgetsBlocks = ' . wp_json_encode( $schema ) . '; window.blushWidgetsFields = ' . wp_json_encode( $fields ) . '; window.blushWidgetsDestination = ' . wp_json_encode( blush_widgets_destination_text() ) . ';',
		'before'
	);
}
add_action( 'init', 'blush_widgets_register_blocks' );

// The editor preview renders the real elements: load the script inside the editor too, and inside
// the editor's iframe where WordPress frames it (enqueue_block_assets runs there).
add_action( 'enqueue_block_editor_assets', 'blush_widgets_enqueue' );
add_action(
	'enqueue_block_assets',
	function () {
		if ( is_admin() ) {
			blush_widgets_enqueue();
		}
	}
);

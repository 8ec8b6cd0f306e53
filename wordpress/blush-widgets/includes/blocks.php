<?php
/**
 * One server-rendered block per element (category "Blush"), sharing the shortcodes' renderers.
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
				'pack'          => 'string',
				'single'        => 'boolean',
				'searchable'    => 'boolean',
				'heading_level' => 'string',
				'cta'           => 'boolean',
				'booking_url'   => 'string',
				'treatment'     => 'string',
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
				'src'        => 'string',
				'treatment'  => 'string',
				'disclaimer' => 'string',
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

add_action(
	'init',
	function () {
		wp_register_script(
			'blush-widgets-editor',
			plugins_url( 'assets/editor.js', BLUSH_WIDGETS_FILE ),
			array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n' ),
			BLUSH_WIDGETS_VERSION,
			true
		);
		$schema = array();
		foreach ( blush_widgets_blocks() as $name => $block ) {
			list( $renderer, $attributes ) = $block;
			$types = array();
			foreach ( $attributes as $attribute => $type ) {
				$types[ $attribute ] = array( 'type' => $type );
			}
			$schema[ $name ] = $attributes;
			register_block_type(
				$name,
				array(
					'api_version'     => 2,
					'title'           => ucwords( str_replace( array( 'blush/', '-' ), array( 'Blush ', ' ' ), $name ) ),
					'category'        => 'widgets',
					'attributes'      => $types,
					'editor_script'   => 'blush-widgets-editor',
					'render_callback' => function ( $attrs ) use ( $renderer ) {
						return $renderer( is_array( $attrs ) ? $attrs : array() );
					},
				)
			);
		}
		wp_add_inline_script( 'blush-widgets-editor', 'window.blushWidgetsBlocks = ' . wp_json_encode( $schema ) . ';', 'before' );
	}
);

// The editor preview renders the real elements: load the script inside the editor too.
add_action( 'enqueue_block_editor_assets', 'blush_widgets_enqueue' );

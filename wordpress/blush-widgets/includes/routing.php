<?php
/**
 * Where a consultation form sends its data (`action`, `success_url`, `headers`…) and where a FAQ or
 * gallery reads its content (`src`) are chosen only by users with `unfiltered_html` (the attributes
 * flagged `@owner` in the element API), decided when content is saved, as kses does for tags:
 * content saved by anyone else (Authors, Contributors, multisite site admins, custom roles) loses
 * these attributes from our shortcodes and their blocks, in posts, pages, synced patterns,
 * templates and widgets. What is
 * stored is then trusted wherever it shows.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * A shortcode or block attribute name as the renderer reads it: what sanitize_key() keeps, `-` as
 * `_`. The one reading for both sides, so that a name that passes the strip here (`"Action!"`)
 * cannot become a routing attribute when the shortcode renders.
 *
 * @param string $name An attribute name as written.
 */
function blush_widgets_attribute_name( $name ) {
	return str_replace( '-', '_', sanitize_key( (string) $name ) );
}

/**
 * The attributes that decide where a widget's data goes or comes from, by shortcode: those flagged
 * `@owner` in the element API (a form's destination, the JSON a FAQ or gallery fetches; kses drops
 * them on raw tags for the same users).
 */
function blush_widgets_routing_attributes() {
	$lists = array();
	foreach ( array_keys( blush_widgets_api()['elements'] ) as $tag ) {
		$names = array_map(
			function ( $name ) {
				return str_replace( '-', '_', $name );
			},
			blush_widgets_api_flagged( 'owner', $tag )
		);
		if ( $names ) {
			$lists[ str_replace( '-', '_', $tag ) ] = $names;
		}
	}
	return $lists;
}

/**
 * Is this attribute name one that decides where data goes, for shortcode `$tag` (a block's name,
 * `blush/gallery`, is read as its shortcode), or for any of ours when `$tag` is null?
 *
 * @param string      $name An attribute name as written.
 * @param string|null $tag  A shortcode or block name, or null for all of ours.
 */
function blush_widgets_is_routing( $name, $tag = null ) {
	$lists = blush_widgets_routing_attributes();
	$names = null === $tag ? array_merge( ...array_values( $lists ) ) : ( $lists[ str_replace( array( 'blush/', '-' ), array( 'blush_', '_' ), (string) $tag ) ] ?? array() );
	return in_array( blush_widgets_attribute_name( $name ), $names, true );
}

/**
 * `$text` without routing attributes in its consult-form shortcodes and blocks, at any depth
 * (columns, groups, patterns, shortcodes or block markup inside other blocks' attributes).
 *
 * @param string $text Post content, a widget's text, or a block attribute's value.
 */
function blush_widgets_strip_routing( $text ) {
	if ( false !== strpos( $text, '<!-- wp:' ) ) {
		$changed = false;
		$blocks  = blush_widgets_strip_routing_blocks( parse_blocks( $text ), $changed );
		$text    = $changed ? serialize_blocks( $blocks ) : $text;
	}
	$tags = array_keys( blush_widgets_routing_attributes() );
	if ( ! preg_match( '/' . implode( '|', $tags ) . '/', $text ) ) {
		return $text;
	}
	return preg_replace_callback(
		'/' . get_shortcode_regex( $tags ) . '/',
		function ( $m ) {
			if ( '[' === $m[1] && ']' === $m[6] ) {
				return $m[0]; // [[blush_consult_form]] is printed, not run.
			}
			// The same tokens shortcode_parse_atts() reads, bare words included (they become flags).
			$removed = false;
			$atts    = preg_replace_callback(
				get_shortcode_atts_regex(),
				function ( $token ) use ( &$removed, $m ) {
					$name    = array_values( array_filter( array_slice( $token, 1 ), 'strlen' ) )[0] ?? '';
					$removed = $removed || blush_widgets_is_routing( $name, $m[2] );
					return blush_widgets_is_routing( $name, $m[2] ) ? '' : $token[0];
				},
				preg_replace( '/[\x{00a0}\x{200b}]+/u', ' ', $m[3] )
			);
			return $removed ? substr_replace( $m[0], $atts, strlen( $m[1] . '[' . $m[2] ), strlen( $m[3] ) ) : $m[0];
		},
		$text
	);
}

/**
 * Parsed blocks with routing attributes removed; `$changed` tells whether anything was.
 *
 * @param array $blocks  Blocks from parse_blocks().
 * @param bool  $changed Set to true when something was removed.
 */
function blush_widgets_strip_routing_blocks( array $blocks, &$changed ) {
	foreach ( $blocks as &$block ) {
		if ( is_array( $block['attrs'] ?? null ) ) {
			$block['attrs'] = blush_widgets_strip_routing_attrs( $block['attrs'], (string) $block['blockName'], $changed );
		}
		$block['innerBlocks'] = blush_widgets_strip_routing_blocks( $block['innerBlocks'] ?? array(), $changed );
	}
	return $blocks;
}

/**
 * A block's attributes with routing attributes removed (when `$block` is one of ours), and
 * routing attributes stripped from shortcodes or block markup in nested values and strings.
 *
 * @param array  $attrs   The attributes, or a nested array value of one.
 * @param string $block   The block's name; '' for a nested value.
 * @param bool   $changed Set to true when something was removed.
 */
function blush_widgets_strip_routing_attrs( array $attrs, $block, &$changed ) {
	foreach ( $attrs as $name => $value ) {
		if ( '' !== $block && blush_widgets_is_routing( $name, $block ) ) {
			unset( $attrs[ $name ] );
			$changed = true;
		} elseif ( is_array( $value ) ) {
			$attrs[ $name ] = blush_widgets_strip_routing_attrs( $value, '', $changed );
		} elseif ( is_string( $value ) && false !== strpos( $value, 'blush' ) ) {
			$attrs[ $name ] = blush_widgets_strip_routing( $value );
			$changed        = $changed || $attrs[ $name ] !== $value;
		}
	}
	return $attrs;
}

/**
 * Removes routing attributes from content saved by a user without unfiltered_html.
 * Posts of every type (classic editor, REST and the block editor, synced patterns, templates,
 * autosaves and revisions), by the rights of the user saving them.
 *
 * @param array $data Slashed post data.
 */
function blush_widgets_strip_routing_on_save( $data ) {
	if ( ! current_user_can( 'unfiltered_html' ) && is_string( $data['post_content'] ?? null ) ) {
		$content = wp_unslash( $data['post_content'] );
		$clean   = blush_widgets_strip_routing( $content );
		if ( $clean !== $content ) {
			$data['post_content'] = wp_slash( $clean );
		}
	}
	return $data;
}
add_filter( 'wp_insert_post_data', 'blush_widgets_strip_routing_on_save' );

/**
 * Removes routing attributes from a widget saved by a user without unfiltered_html.
 * Widgets (Text, Custom HTML, block widgets; the widgets screen, the Customizer and REST):
 * WordPress lets users with edit_theme_options but without unfiltered_html (multisite site admins)
 * edit them.
 *
 * @param array|false $instance The widget's settings.
 */
function blush_widgets_strip_routing_in_widget( $instance ) {
	if ( is_array( $instance ) && ! current_user_can( 'unfiltered_html' ) ) {
		array_walk_recursive(
			$instance,
			function ( &$value ) {
				$value = is_string( $value ) ? blush_widgets_strip_routing( $value ) : $value;
			}
		);
	}
	return $instance;
}
add_filter( 'widget_update_callback', 'blush_widgets_strip_routing_in_widget' );

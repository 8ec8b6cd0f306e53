<?php
/**
 * The script: enqueued once, as an ES module, only on pages that use an element.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Which build to load. `loader.js` fetches only the elements on the page and also upgrades
 * elements inserted later (AJAX themes); `blush-widgets.js` is every element in one file.
 */
function blush_widgets_script_url() {
	$file = apply_filters( 'blush_widgets_script', 'loader.js' );
	return plugins_url( 'assets/' . ltrim( $file, '/' ), BLUSH_WIDGETS_FILE );
}

/**
 * Enqueues the script and the accent token. Safe to call from every shortcode and block, and as
 * often as they like: what is enqueued already is left as it is. (A once-only flag here was used
 * up while WordPress pre-rendered a saved page for the block editor, which then had no script.)
 */
function blush_widgets_enqueue() {
	if ( wp_script_is( 'blush-widgets', 'enqueued' ) ) {
		return;
	}
	if ( ! wp_script_is( 'blush-widgets', 'registered' ) ) {
		wp_register_script( 'blush-widgets', blush_widgets_script_url(), array(), BLUSH_WIDGETS_VERSION, true );
	}
	wp_enqueue_script( 'blush-widgets' );
	$css = blush_widgets_token_css();
	if ( $css ) {
		wp_register_style( 'blush-widgets-tokens', false, array(), BLUSH_WIDGETS_VERSION );
		wp_enqueue_style( 'blush-widgets-tokens' );
		wp_add_inline_style( 'blush-widgets-tokens', $css );
	}
}

/**
 * Prints our script handle as a module.
 *
 * @param string $tag    The <script> tag WordPress would print.
 * @param string $handle Script handle.
 * @param string $src    Script URL.
 */
function blush_widgets_script_module_tag( $tag, $handle, $src ) {
	if ( 'blush-widgets' !== $handle ) {
		return $tag;
	}
	return sprintf( '<script type="module" src="%s" id="blush-widgets-js"></script>' . "\n", esc_url( $src ) ); // phpcs:ignore WordPress.WP.EnqueuedResources.NonEnqueuedScript -- rewrites the tag of the handle enqueued in blush_widgets_enqueue() as a module (script_loader_tag).
}
// WordPress 6.1 has no script modules API: print our handle as <script type="module">.
add_filter( 'script_loader_tag', 'blush_widgets_script_module_tag', 10, 3 );

/**
 * Does this content use an element, block or shortcode of ours?
 *
 * @param mixed $content Post content (anything but a string is "no").
 */
function blush_widgets_used_in( $content ) {
	return is_string( $content ) && (bool) preg_match( '/<blush-|\[blush_|wp:blush\//', $content );
}

/** Enqueues the script everywhere when asked, or on a singular page whose content uses it. */
function blush_widgets_maybe_enqueue() {
	if ( apply_filters( 'blush_widgets_load_everywhere', false ) ) {
		blush_widgets_enqueue();
		return;
	}
	$post = is_singular() ? get_post() : null;
	if ( $post && blush_widgets_used_in( $post->post_content ) ) {
		blush_widgets_enqueue();
	}
}

/*
 * Where the script gets enqueued. Blocks and shortcodes enqueue as they render; tags typed as
 * HTML are found where they are printed (shortcodes.php): post content, Custom HTML blocks
 * anywhere (block templates and template parts, block widgets) and the classic Text and Custom
 * HTML widgets. The script is printed in the footer, so finding a tag while the page renders is
 * early enough. Below: a singular page is known before it renders, and a theme that prints tags
 * from its PHP templates can load the script everywhere with the `blush_widgets_load_everywhere` filter.
 */
add_action( 'wp_enqueue_scripts', 'blush_widgets_maybe_enqueue' );

/**
 * Registers a block-editor script the build made (build/<name>.js), with the WordPress packages it
 * imports and its content hash as version, from build/<name>.asset.php; and its translations.
 *
 * @param string   $handle The script handle.
 * @param string   $name   `blocks`, `result` or `settings`.
 * @param string[] $also   Handles it needs that are not WordPress packages (`wp-color-picker`).
 * @return bool Whether the built script is there.
 */
function blush_widgets_register_editor_script( $handle, $name, $also = array() ) {
	$file = BLUSH_WIDGETS_DIR . 'build/' . $name . '.asset.php';
	if ( ! is_readable( $file ) ) {
		return false;
	}
	$asset = include $file;
	wp_register_script( $handle, plugins_url( 'build/' . $name . '.js', BLUSH_WIDGETS_FILE ), array_merge( $asset['dependencies'], $also ), $asset['version'], true );
	wp_set_script_translations( $handle, 'blush-widgets' );
	return true;
}

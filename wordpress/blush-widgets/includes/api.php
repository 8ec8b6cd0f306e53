<?php
/**
 * The element API as the build wrote it (element-api.php, from custom-elements.json): each element's
 * attributes with their type, fixed choices and flags. Shortcodes, blocks, kses and the routing
 * strip all read it, so an attribute added to an element reaches each of them with no other edit.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** `array( 'elements' => tag => name => facts, 'case' => names )`; empty when the build has not run. */
function blush_widgets_api() {
	static $api = null;
	if ( null === $api ) {
		$file = BLUSH_WIDGETS_DIR . 'element-api.php';
		$read = is_readable( $file ) ? include $file : null;
		$api  = is_array( $read ) ? $read : array(
			'elements' => array(),
			'case'     => array(),
		);
	}
	return $api;
}

/**
 * An element's attributes: name => facts (`type`, optional `choices`, `url`, `owner`).
 *
 * @param string $tag Element tag, such as `blush-faq`.
 */
function blush_widgets_api_attributes( $tag ) {
	return blush_widgets_api()['elements'][ $tag ] ?? array();
}

/**
 * Attribute names of `$tag` (or of every element when null) with flag `$flag` (`url`, `owner`).
 *
 * @param string      $flag `url` or `owner`.
 * @param string|null $tag  An element, or null for all.
 */
function blush_widgets_api_flagged( $flag, $tag = null ) {
	$names = array();
	foreach ( blush_widgets_api()['elements'] as $element => $attributes ) {
		if ( null !== $tag && $tag !== $element ) {
			continue;
		}
		foreach ( $attributes as $name => $facts ) {
			if ( ! empty( $facts[ $flag ] ) ) {
				$names[] = $name;
			}
		}
	}
	return array_values( array_unique( $names ) );
}

/**
 * A shortcode's or block's value of every attribute of `$tag`, read by its snake_case name (as
 * shortcodes and blocks store it) and cleaned by its type: flags on or off, numbers as numbers,
 * fixed choices only when they are one of them. URLs are checked when written out
 * (blush_widgets_attributes()). `$own` overrides: the element's renderer decides those itself.
 *
 * @param string $tag Element tag, such as `blush-faq`.
 * @param array  $a   Shortcode or block attributes.
 * @param array  $own Attribute name => value, written instead of the generic reading (null leaves it out).
 */
function blush_widgets_api_values( $tag, array $a, array $own = array() ) {
	$values = array();
	foreach ( blush_widgets_api_attributes( $tag ) as $name => $facts ) {
		$key = str_replace( '-', '_', $name );
		if ( array_key_exists( $name, $own ) || ! isset( $a[ $key ] ) || '' === $a[ $key ] ) {
			continue;
		}
		$value = $a[ $key ];
		if ( 'boolean' === $facts['type'] ) {
			$value = blush_widgets_flag( $value );
		} elseif ( 'number' === $facts['type'] ) {
			$value = is_numeric( $value ) ? (string) ( 0 + $value ) : null;
		} elseif ( is_scalar( $value ) ) {
			$value = (string) $value;
			if ( isset( $facts['choices'] ) && ! in_array( $value, $facts['choices'], true ) ) {
				$value = null;
			}
		} else {
			$value = null;
		}
		$values[ $name ] = $value;
	}
	$own['class'] = trim( ( $a['class'] ?? '' ) . ' ' . ( $a['className'] ?? '' ) );
	$own['id']    = $a['anchor'] ?? ( $a['id'] ?? '' );
	return array_merge( $values, $own );
}

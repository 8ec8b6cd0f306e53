<?php
/**
 * One renderer per element, shared by shortcodes and blocks. The output is a single line with
 * no blank lines, so `wpautop` and themes that run it again find nothing to wrap; every value
 * is escaped here, and URLs keep only http(s) (links also mailto/tel).
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Attribute names whose values are URLs. */
function blush_widgets_url_attributes() {
	return array( 'src', 'before', 'after', 'booking-url', 'action', 'privacy-url', 'success-url' );
}

/**
 * ` name="value"` pairs: `true` gives a bare boolean attribute, `false`/`null`/'' leaves it out.
 *
 * @param array $attributes Attribute name => value.
 */
function blush_widgets_attributes( array $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		$name = strtolower( preg_replace( '/[^a-zA-Z0-9-]/', '', str_replace( '_', '-', (string) $name ) ) );
		if ( '' === $name || null === $value || false === $value || '' === $value ) {
			continue;
		}
		if ( true === $value ) {
			$html .= ' ' . $name;
			continue;
		}
		if ( in_array( $name, blush_widgets_url_attributes(), true ) ) {
			$protocols = 'booking-url' === $name ? array( 'http', 'https', 'mailto', 'tel' ) : array( 'http', 'https' );
			// Booking templates keep their {treatment}/{date} placeholders.
			$url = esc_url( str_replace( array( '{', '}' ), array( '%7B', '%7D' ), (string) $value ), $protocols );
			$value = str_replace( array( '%7B', '%7D' ), array( '{', '}' ), $url );
			if ( '' === $value ) {
				continue;
			}
		}
		$html .= ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
	}
	return $html;
}

/** A shortcode/block boolean: `single`, `single="1"`, `single="true"` and `single="yes"` are on. */
function blush_widgets_flag( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}

/** Removes the `<p>` and `<br>` that `wpautop` leaves between nested shortcodes, and line breaks. */
function blush_widgets_tidy( $html ) {
	$ours = '(?:blush-[a-z-]+|details|summary)';
	$html = preg_replace( '#<p>\s*(?=</?' . $ours . '\b)#i', '', (string) $html );
	$html = preg_replace( '#(</?' . $ours . '\b[^>]*>)\s*(?:</p>|<br\s*/?>)#i', '$1', $html );
	$html = preg_replace( '#<br\s*/?>\s*(?=</?' . $ours . '\b)#i', '', $html );
	$html = preg_replace( '#<p>\s*</p>#i', '', $html );
	return trim( preg_replace( '/\s*\n\s*/', ' ', $html ) );
}

function blush_widgets_render_faq( array $a ) {
	blush_widgets_enqueue();
	$pack     = sanitize_key( $a['pack'] ?? '' );
	$language = blush_widgets_language( $a['lang'] ?? '' );
	$items    = '';
	if ( $pack ) {
		$items = blush_widgets_faq_pack_html( $pack, $language );
	}
	if ( ! empty( $a['content'] ) ) {
		$items .= blush_widgets_tidy( wp_kses_post( $a['content'] ) );
	}
	$attributes = blush_widgets_attributes(
		array(
			'pack'            => $pack,
			'single'          => blush_widgets_flag( $a['single'] ?? false ),
			'searchable'      => blush_widgets_flag( $a['searchable'] ?? false ),
			'heading-level'   => absint( $a['heading_level'] ?? 0 ) ?: null,
			'structured-data' => blush_widgets_flag( $a['structured_data'] ?? false ),
			'show-sources'    => blush_widgets_flag( $a['show_sources'] ?? false ),
			'cta'             => blush_widgets_flag( $a['cta'] ?? false ),
			'booking-url'     => $a['booking_url'] ?? '',
			'treatment'       => sanitize_key( $a['treatment'] ?? '' ),
			'lang'            => $a['lang'] ?? '',
			'theme'           => blush_widgets_theme( $a['theme'] ?? '' ),
			'class'           => $a['class'] ?? '',
		)
	);
	return '<blush-faq' . $attributes . '>' . $items . '</blush-faq>';
}

function blush_widgets_render_before_after( array $a ) {
	blush_widgets_enqueue();
	$images = '';
	foreach ( array( 'before', 'after' ) as $side ) {
		$url = esc_url( $a[ $side ] ?? '', array( 'http', 'https' ) );
		if ( $url ) {
			$images .= sprintf( '<img slot="%s" src="%s" alt="%s" loading="lazy" />', $side, $url, esc_attr( $a[ $side . '_alt' ] ?? '' ) );
		}
	}
	$attributes = blush_widgets_attributes(
		array(
			'value'        => isset( $a['value'] ) && '' !== $a['value'] ? (string) floatval( $a['value'] ) : null,
			'orientation'  => 'vertical' === ( $a['orientation'] ?? '' ) ? 'vertical' : null,
			'aspect-ratio' => preg_replace( '#[^0-9./ ]#', '', (string) ( $a['aspect_ratio'] ?? '' ) ),
			'caption'      => $a['caption'] ?? '',
			'treatment'    => sanitize_key( $a['treatment'] ?? '' ),
			'area'         => $a['area'] ?? '',
			'sessions'     => $a['sessions'] ?? '',
			'time-since'   => $a['time_since'] ?? '',
			'photo-date'   => $a['photo_date'] ?? '',
			'unretouched'  => blush_widgets_flag( $a['unretouched'] ?? false ),
			'sensitive'    => blush_widgets_flag( $a['sensitive'] ?? false ),
			'lang'         => $a['lang'] ?? '',
			'theme'        => blush_widgets_theme( $a['theme'] ?? '' ),
			'class'        => $a['class'] ?? '',
		)
	);
	return '<blush-before-after' . $attributes . '>' . $images . '</blush-before-after>';
}

function blush_widgets_render_gallery( array $a ) {
	blush_widgets_enqueue();
	$cases = blush_widgets_tidy( $a['content'] ?? '' );
	$attributes = blush_widgets_attributes(
		array(
			'src'          => $a['src'] ?? '',
			'treatment'    => sanitize_key( $a['treatment'] ?? '' ),
			'disclaimer'   => $a['disclaimer'] ?? '',
			'aspect-ratio' => preg_replace( '#[^0-9./ ]#', '', (string) ( $a['aspect_ratio'] ?? '' ) ),
			'url-param'    => isset( $a['url_param'] ) ? sanitize_key( $a['url_param'] ) : null,
			'lang'         => $a['lang'] ?? '',
			'theme'        => blush_widgets_theme( $a['theme'] ?? '' ),
			'class'        => $a['class'] ?? '',
		)
	);
	return '<blush-gallery' . $attributes . '>' . $cases . '</blush-gallery>';
}

/**
 * `action` and `success_url` are honoured as stored: content saved by a user without
 * `unfiltered_html` no longer has them (see routing.php).
 */
function blush_widgets_render_consult_form( array $a ) {
	blush_widgets_enqueue();
	$options = blush_widgets_options();
	$phone   = '' !== ( $a['phone'] ?? '' ) ? $a['phone'] : $options['phone'];
	$attributes = blush_widgets_attributes(
		array(
			'action'          => '' !== ( $a['action'] ?? '' ) ? $a['action'] : blush_widgets_form_action(),
			'privacy-url'     => '' !== ( $a['privacy_url'] ?? '' ) ? $a['privacy_url'] : blush_widgets_privacy_url(),
			'phone'           => $phone,
			'clinic-name'     => '' !== ( $a['clinic_name'] ?? '' ) ? $a['clinic_name'] : get_bloginfo( 'name' ),
			'success-url'     => $a['success_url'] ?? '',
			'encoding'        => 'form' === ( $a['encoding'] ?? '' ) ? 'form' : null,
			'hide'            => $a['hide'] ?? '',
			'required-fields' => $a['required_fields'] ?? '',
			'treatments'      => $a['treatments'] ?? '',
			'min-fill-time'   => isset( $a['min_fill_time'] ) && '' !== $a['min_fill_time'] ? (string) floatval( $a['min_fill_time'] ) : null,
			'attribution'     => blush_widgets_flag( $a['attribution'] ?? false ),
			'lang'            => $a['lang'] ?? '',
			'theme'           => blush_widgets_theme( $a['theme'] ?? '' ),
			'class'           => $a['class'] ?? '',
		)
	);
	return '<blush-consult-form' . $attributes . '>' . blush_widgets_consult_fallback( $phone ) . '</blush-consult-form>';
}

/** What a visitor without JavaScript reads instead of the form. */
function blush_widgets_consult_fallback( $phone ) {
	$text = __( 'To request a consultation, please enable JavaScript', 'blush-widgets' );
	if ( $phone ) {
		$tel  = preg_replace( '/[^0-9+]/', '', $phone );
		$text .= sprintf( ' %s <a href="%s">%s</a>', esc_html__( 'or call us at', 'blush-widgets' ), esc_url( 'tel:' . $tel, array( 'tel' ) ), esc_html( $phone ) );
	}
	return '<p>' . wp_kses( $text, array( 'a' => array( 'href' => true ) ) ) . '.</p>';
}

function blush_widgets_render_next_due( array $a ) {
	blush_widgets_enqueue();
	$intro = trim( (string) ( $a['content'] ?? '' ) );
	$intro = '' !== $intro ? blush_widgets_tidy( wp_kses_post( $intro ) ) : '';
	$attributes = blush_widgets_attributes(
		array(
			'treatment'     => sanitize_key( $a['treatment'] ?? '' ),
			'booking-url'   => $a['booking_url'] ?? '',
			'reminder-days' => isset( $a['reminder_days'] ) && '' !== $a['reminder_days'] ? (string) absint( $a['reminder_days'] ) : null,
			'durations'     => $a['durations'] ?? '',
			'today'         => preg_match( '/^\d{4}-\d{2}-\d{2}$/', (string) ( $a['today'] ?? '' ) ) ? $a['today'] : null,
			'lang'          => $a['lang'] ?? '',
			'theme'         => blush_widgets_theme( $a['theme'] ?? '' ),
			'class'         => $a['class'] ?? '',
		)
	);
	return '<blush-next-due' . $attributes . '>' . $intro . '</blush-next-due>';
}

function blush_widgets_theme( $value ) {
	return in_array( $value, array( 'light', 'dark' ), true ) ? $value : null;
}

/** `en` or `es`: the shortcode's `lang`, else the site's language. */
function blush_widgets_language( $lang ) {
	$tag = strtolower( (string) ( $lang ? $lang : get_locale() ) );
	return 0 === strpos( $tag, 'es' ) ? 'es' : 'en';
}

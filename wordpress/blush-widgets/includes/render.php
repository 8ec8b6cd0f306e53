<?php
/**
 * One renderer per element, shared by shortcodes and blocks. The output is a single line with
 * no blank lines, so `wpautop` and themes that run it again find nothing to wrap; every value
 * is escaped here, and URLs keep only http(s) (links also mailto/tel).
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * ` name="value"` pairs: `true` gives a bare boolean attribute, `false`/`null`/'' leaves it out.
 * URL attributes (`@url` in the element API) keep only http(s), links also mailto/tel. Without the
 * build's element-api.php nothing is written: no URL goes out unchecked.
 *
 * @param array $attributes Attribute name => value.
 */
function blush_widgets_attributes( array $attributes ) {
	$urls = blush_widgets_api_flagged( 'url' );
	if ( ! $urls ) {
		return '';
	}
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
		if ( in_array( $name, $urls, true ) ) {
			$protocols = 'booking-url' === $name ? array( 'http', 'https', 'mailto', 'tel' ) : array( 'http', 'https' );
			// Booking templates keep their {treatment}/{date} placeholders.
			$url   = esc_url( str_replace( array( '{', '}' ), array( '%7B', '%7D' ), (string) $value ), $protocols );
			$value = str_replace( array( '%7B', '%7D' ), array( '{', '}' ), $url );
			if ( '' === $value ) {
				continue;
			}
		}
		$html .= ' ' . $name . '="' . esc_attr( (string) $value ) . '"';
	}
	return $html;
}

/**
 * A shortcode/block boolean: `single`, `single="1"`, `single="true"` and `single="yes"` are on.
 *
 * @param mixed $value The attribute's value.
 */
function blush_widgets_flag( $value ) {
	if ( is_bool( $value ) ) {
		return $value;
	}
	return in_array( strtolower( trim( (string) $value ) ), array( '1', 'true', 'yes', 'on' ), true );
}

/**
 * Removes the `<p>` and `<br>` that `wpautop` leaves between nested shortcodes, and line breaks.
 *
 * @param string $html The nested content.
 */
function blush_widgets_tidy( $html ) {
	$ours = '(?:blush-[a-z-]+|details|summary)';
	$html = preg_replace( '#<p>\s*(?=</?' . $ours . '\b)#i', '', (string) $html );
	$html = preg_replace( '#(</?' . $ours . '\b[^>]*>)\s*(?:</p>|<br\s*/?>)#i', '$1', $html );
	$html = preg_replace( '#<br\s*/?>\s*(?=</?' . $ours . '\b)#i', '', $html );
	$html = preg_replace( '#<p>\s*</p>#i', '', $html );
	return trim( preg_replace( '/\s*\n\s*/', ' ', $html ) );
}

/**
 * `<blush-faq>`: the chosen pack's questions, then the questions of its own content.
 *
 * @param array $a Shortcode or block attributes (`content`: the nested questions).
 */
function blush_widgets_render_faq( array $a ) {
	blush_widgets_enqueue();
	$pack     = sanitize_key( $a['pack'] ?? '' );
	$language = blush_widgets_language( $a['lang'] ?? '' );
	$level    = absint( $a['heading_level'] ?? 0 );
	$items    = '';
	if ( $pack ) {
		$items = blush_widgets_faq_pack_html( $pack, $language );
	}
	if ( ! empty( $a['content'] ) ) {
		$items .= blush_widgets_tidy( wp_kses_post( $a['content'] ) );
	}
	$attributes = blush_widgets_attributes(
		blush_widgets_api_values(
			'blush-faq',
			$a,
			array(
				'pack'          => $pack,
				'heading-level' => $level ? $level : null,
				'treatment'     => sanitize_key( $a['treatment'] ?? '' ),
				'theme'         => blush_widgets_theme( $a['theme'] ?? '' ),
			)
		)
	);
	return blush_widgets_faq_rows_style( $items ) . '<blush-faq' . $attributes . '>' . $items . '</blush-faq>';
}

/**
 * Before an FAQ with questions: the CSS that gives its `<details>` the size of the element's rows
 * (`packs/rows.css`, written by the build from src/faq/faq.light-dom.ts), so the page does not move
 * when the element draws them. Printed with each such FAQ (a page rarely has two), so no state is
 * used up by WordPress rendering a page twice.
 *
 * @param string $items The FAQ's `<details>` HTML.
 */
function blush_widgets_faq_rows_style( $items ) {
	$file = BLUSH_WIDGETS_DIR . 'packs/rows.css';
	if ( '' === $items || ! is_readable( $file ) ) {
		return '';
	}
	return '<style class="blush-faq-rows">' . trim( (string) file_get_contents( $file ) ) . '</style>'; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a CSS file shipped inside the plugin, never a URL.
}

/**
 * `<blush-before-after>`: the two photos as slotted images, and a gallery case's own attributes.
 *
 * @param array $a Shortcode or block attributes.
 */
function blush_widgets_render_before_after( array $a ) {
	blush_widgets_enqueue();
	$images = '';
	foreach ( array( 'before', 'after' ) as $side ) {
		$url = esc_url( $a[ $side ] ?? '', array( 'http', 'https' ) );
		if ( $url ) {
			$images .= sprintf( '<img slot="%s" src="%s" alt="%s" loading="lazy" />', $side, $url, esc_attr( $a[ $side . '_alt' ] ?? '' ) );
		}
	}
	// The photos go in as slotted images (lazy, with their alt), not as attributes.
	$attributes = blush_widgets_attributes(
		blush_widgets_api_values(
			'blush-before-after',
			$a,
			array(
				'before'       => null,
				'after'        => null,
				'before-alt'   => null,
				'after-alt'    => null,
				'aspect-ratio' => preg_replace( '#[^0-9./ ]#', '', (string) ( $a['aspect_ratio'] ?? '' ) ),
				'theme'        => blush_widgets_theme( $a['theme'] ?? '' ),
			) + blush_widgets_case_values( $a )
		)
	);
	return '<blush-before-after' . $attributes . '>' . $images . '</blush-before-after>';
}

/**
 * A gallery case's own attributes (`treatment`, `sessions`, `consent-expires`…: the ones the gallery
 * reads from its `<blush-before-after>` children that the slider itself does not have).
 *
 * @param array $a Shortcode attributes.
 */
function blush_widgets_case_values( array $a ) {
	$own    = blush_widgets_api_attributes( 'blush-before-after' );
	$values = array();
	foreach ( blush_widgets_api()['case'] as $name ) {
		$key = str_replace( '-', '_', $name );
		if ( isset( $own[ $name ] ) || in_array( $name, array( 'id', 'src', 'alt' ), true ) || ! isset( $a[ $key ] ) ) {
			continue;
		}
		$values[ $name ] = 'treatment' === $name ? sanitize_key( $a[ $key ] ) : ( 'unretouched' === $name ? blush_widgets_flag( $a[ $key ] ) : (string) $a[ $key ] );
	}
	return $values;
}

/**
 * `<blush-gallery>`: its nested cases, or else (with no cases file either) the clinic's published results.
 *
 * @param array $a Shortcode or block attributes (`content`: the nested cases).
 */
function blush_widgets_render_gallery( array $a ) {
	blush_widgets_enqueue();
	$cases = blush_widgets_tidy( $a['content'] ?? '' );
	// No cases file and no cases of its own: the clinic's published results (see results.php).
	if ( '' === $cases && '' === (string) ( $a['src'] ?? '' ) && empty( $a['own_cases'] ) ) {
		$cases = blush_widgets_results_html();
	}
	$attributes = blush_widgets_attributes(
		blush_widgets_api_values(
			'blush-gallery',
			$a,
			array(
				'treatment'    => sanitize_key( $a['treatment'] ?? '' ),
				'aspect-ratio' => preg_replace( '#[^0-9./ ]#', '', (string) ( $a['aspect_ratio'] ?? '' ) ),
				'url-param'    => isset( $a['url_param'] ) ? sanitize_key( $a['url_param'] ) : null,
				'theme'        => blush_widgets_theme( $a['theme'] ?? '' ),
			)
		)
	);
	return '<blush-gallery' . $attributes . '>' . $cases . '</blush-gallery>';
}

/**
 * `action`, `success_url` and the other `@owner` attributes are honoured as stored: content saved
 * by a user without `unfiltered_html` no longer has them (see routing.php).
 *
 * @param array $a Shortcode or block attributes.
 */
function blush_widgets_render_consult_form( array $a ) {
	blush_widgets_enqueue();
	$options    = blush_widgets_options();
	$phone      = '' !== ( $a['phone'] ?? '' ) ? $a['phone'] : $options['phone'];
	$attributes = blush_widgets_attributes(
		blush_widgets_api_values(
			'blush-consult-form',
			$a,
			array(
				'action'      => '' !== ( $a['action'] ?? '' ) ? $a['action'] : blush_widgets_form_action(),
				'privacy-url' => '' !== ( $a['privacy_url'] ?? '' ) ? $a['privacy_url'] : blush_widgets_privacy_url(),
				'phone'       => $phone,
				'clinic-name' => '' !== ( $a['clinic_name'] ?? '' ) ? $a['clinic_name'] : get_bloginfo( 'name' ),
				'theme'       => blush_widgets_theme( $a['theme'] ?? '' ),
			)
		)
	);
	return '<blush-consult-form' . $attributes . '>' . blush_widgets_consult_fallback( $phone ) . '</blush-consult-form>';
}

/**
 * What a visitor without JavaScript reads instead of the form.
 *
 * @param string $phone The clinic's phone number, or '' for none.
 */
function blush_widgets_consult_fallback( $phone ) {
	$text = __( 'To request a consultation, please enable JavaScript', 'blush-widgets' );
	if ( $phone ) {
		$tel   = preg_replace( '/[^0-9+]/', '', $phone );
		$text .= sprintf( ' %s <a href="%s">%s</a>', esc_html__( 'or call us at', 'blush-widgets' ), esc_url( 'tel:' . $tel, array( 'tel' ) ), esc_html( $phone ) );
	}
	return '<p>' . wp_kses( $text, array( 'a' => array( 'href' => true ) ) ) . '.</p>';
}

/**
 * `<blush-next-due>`, with its content as the intro.
 *
 * @param array $a Shortcode or block attributes (`content`: the intro).
 */
function blush_widgets_render_next_due( array $a ) {
	blush_widgets_enqueue();
	$intro      = trim( (string) ( $a['content'] ?? '' ) );
	$intro      = '' !== $intro ? blush_widgets_tidy( wp_kses_post( $intro ) ) : '';
	$attributes = blush_widgets_attributes(
		blush_widgets_api_values(
			'blush-next-due',
			$a,
			array(
				'treatment'     => sanitize_key( $a['treatment'] ?? '' ),
				'reminder-days' => isset( $a['reminder_days'] ) && '' !== $a['reminder_days'] ? (string) absint( $a['reminder_days'] ) : null,
				'today'         => preg_match( '/^\d{4}-\d{2}-\d{2}$/', (string) ( $a['today'] ?? '' ) ) ? $a['today'] : null,
				'theme'         => blush_widgets_theme( $a['theme'] ?? '' ),
			)
		)
	);
	return '<blush-next-due' . $attributes . '>' . $intro . '</blush-next-due>';
}

/**
 * `light` or `dark`, or null for anything else.
 *
 * @param mixed $value The `theme` attribute.
 */
function blush_widgets_theme( $value ) {
	return in_array( $value, array( 'light', 'dark' ), true ) ? $value : null;
}

/**
 * `en` or `es`: the shortcode's `lang`, else the site's language.
 *
 * @param string $lang The `lang` attribute, or ''.
 */
function blush_widgets_language( $lang ) {
	$tag = strtolower( (string) ( $lang ? $lang : get_locale() ) );
	return 0 === strpos( $tag, 'es' ) ? 'es' : 'en';
}

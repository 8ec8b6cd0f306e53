<?php
/**
 * What a consultation request must hold, checked as `<blush-consult-form>` checks it
 * (src/consult-form/consult-form.rules.ts and .values.ts): names, email and the privacy consent
 * are required, an email looks like name@example.com, a phone is a real US (NANP) number or an
 * international one given with `+`, and a form that shows the 18+ box sends it ticked. Errors are
 * keyed by the element's field ids, in the visitor's language, as `{"errors":{"email":"…"}}`.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The request body as an array: JSON, or form-encoded the way the element flattens it
 * (`consent.privacy.given=true`, `treatments=a&treatments=b`), which PHP's own parser would
 * mangle (dots become underscores, repeated names overwrite each other). Null when unreadable.
 *
 * @param WP_REST_Request $request The request.
 */
function blush_widgets_lead_body( WP_REST_Request $request ) {
	$header = $request->get_content_type();
	$type   = strtolower( (string) ( $header['value'] ?? '' ) );
	$raw    = (string) $request->get_body();
	if ( 'application/x-www-form-urlencoded' === $type || 'multipart/form-data' === $type ) {
		if ( '' === $raw ) {
			// multipart: PHP already parsed it; the element never sends this.
			$posted = wp_unslash( $_POST ); // phpcs:ignore WordPress.Security.NonceVerification.Missing -- a public endpoint for anonymous visitors (no nonce to check); blush_widgets_lead_check() validates the fields.
			return blush_widgets_lead_depth( $posted ) <= BLUSH_WIDGETS_LEAD_DEPTH ? $posted : null;
		}
		$data = array();
		foreach ( explode( '&', $raw ) as $pair ) {
			if ( '' === $pair ) {
				continue;
			}
			$parts = explode( '=', $pair, 2 );
			$name  = urldecode( $parts[0] );
			$value = urldecode( $parts[1] ?? '' );
			$path  = explode( '.', $name, BLUSH_WIDGETS_LEAD_DEPTH + 2 );
			if ( count( $path ) > BLUSH_WIDGETS_LEAD_DEPTH ) {
				return null;
			}
			$node = &$data;
			foreach ( array_slice( $path, 0, -1 ) as $step ) {
				if ( ! isset( $node[ $step ] ) || ! is_array( $node[ $step ] ) ) {
					$node[ $step ] = array();
				}
				$node = &$node[ $step ];
			}
			$last = end( $path );
			if ( ! array_key_exists( $last, $node ) ) {
				$node[ $last ] = $value;
			} else {
				$node[ $last ] = array_merge( (array) $node[ $last ], array( $value ) );
			}
			unset( $node );
		}
		return blush_widgets_lead_depth( $data ) <= BLUSH_WIDGETS_LEAD_DEPTH ? $data : null;
	}
	$data = json_decode( $raw, true, BLUSH_WIDGETS_LEAD_DEPTH + 1 );
	return is_array( $data ) ? $data : null;
}

/**
 * How deep a request may nest: the element's deepest value is `consent.privacy.given`. Anything
 * deeper (a form field named with 20,000 dots) is refused whole, never stored with its fields
 * lost to an encoding limit.
 */
define( 'BLUSH_WIDGETS_LEAD_DEPTH', 6 );

/**
 * How many levels of arrays `$value` has (a string: 0).
 *
 * @param mixed $value The value.
 * @param int   $limit Levels to look into; below them an array counts as one level.
 */
function blush_widgets_lead_depth( $value, $limit = BLUSH_WIDGETS_LEAD_DEPTH + 1 ) {
	if ( ! is_array( $value ) || $limit <= 0 ) {
		return is_array( $value ) ? 1 : 0;
	}
	$deepest = 0;
	foreach ( $value as $item ) {
		$deepest = max( $deepest, blush_widgets_lead_depth( $item, $limit - 1 ) );
	}
	return 1 + $deepest;
}

/**
 * Is every string in this (nested) value valid UTF-8?
 *
 * @param mixed $value The value, keys included.
 */
function blush_widgets_lead_utf8( $value ) {
	if ( is_array( $value ) ) {
		foreach ( $value as $key => $inner ) {
			if ( ! blush_widgets_lead_utf8( (string) $key ) || ! blush_widgets_lead_utf8( $inner ) ) {
				return false;
			}
		}
		return true;
	}
	return ! is_string( $value ) || ( '' === $value || '' !== wp_check_invalid_utf8( $value ) );
}

/**
 * `true`, `"true"`, `"yes"`, `"on"` and `"1"` are yes; anything else is no.
 *
 * @param mixed $value The submitted value.
 */
function blush_widgets_lead_yes( $value ) {
	return true === $value || 1 === $value || in_array( strtolower( is_scalar( $value ) ? (string) $value : '' ), array( 'true', 'yes', 'on', '1' ), true );
}

/**
 * A scalar as trimmed text; lists and objects as ''.
 *
 * @param mixed $value The submitted value.
 */
function blush_widgets_lead_text( $value ) {
	return is_scalar( $value ) && ! is_bool( $value ) ? trim( (string) $value ) : '';
}

/**
 * A list of trimmed, non-empty texts (a single value becomes a list of one).
 *
 * @param mixed $value The submitted value or values.
 */
function blush_widgets_lead_list( $value ) {
	$list = array_map( 'blush_widgets_lead_text', is_array( $value ) ? array_values( $value ) : array( $value ) );
	return array_values( array_filter( $list, 'strlen' ) );
}

/**
 * As the element's normalizePhone(): `+1XXXXXXXXXX`, another country's number given with `+` as E.164, or null.
 *
 * @param string $input The phone number as typed.
 */
function blush_widgets_lead_phone( $input ) {
	$trimmed = trim( (string) $input );
	$digits  = preg_replace( '/\D/', '', $trimmed );
	if ( 0 === strpos( $trimmed, '+' ) && 0 !== strpos( $trimmed, '+1' ) ) {
		return strlen( $digits ) >= 8 && strlen( $digits ) <= 15 ? '+' . $digits : null;
	}
	if ( 11 === strlen( $digits ) && '1' === $digits[0] ) {
		$digits = substr( $digits, 1 );
	}
	if ( ! preg_match( '/^[2-9]\d{2}[2-9]\d{6}$/', $digits ) || preg_match( '/^[2-9]11/', $digits ) ) {
		return null;
	}
	return '+1' . $digits;
}

/**
 * `+13105550142` → `(310) 555-0142`; other numbers as stored.
 *
 * @param string $e164 The stored number.
 */
function blush_widgets_lead_format_phone( $e164 ) {
	return preg_match( '/^\+1(\d{3})(\d{3})(\d{4})$/', (string) $e164, $m ) ? "({$m[1]}) {$m[2]}-{$m[3]}" : (string) $e164;
}

/**
 * As the element's isEmail(), and an address WordPress itself accepts (is_email()), as stored and mailed.
 *
 * @param string $value The address as typed.
 */
function blush_widgets_lead_is_email( $value ) {
	$value = trim( (string) $value );
	return (bool) preg_match( '/^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u', $value ) && false !== is_email( $value );
}

/**
 * The element's messages for the fields the server checks, in English or Spanish.
 *
 * @param string $language The form's language (`es…` for Spanish).
 */
function blush_widgets_lead_messages( $language ) {
	if ( 0 === strpos( strtolower( (string) $language ), 'es' ) ) {
		return array(
			'firstName'   => 'Escriba su nombre',
			'lastName'    => 'Escriba su apellido',
			'email'       => 'Escriba su correo electrónico',
			'phone'       => 'Escriba su número de teléfono móvil',
			'adult'       => 'Confirme que tiene 18 años o más',
			'privacy'     => 'Acepte la política de privacidad para enviar su solicitud',
			'emailFormat' => 'Escriba un correo como nombre@ejemplo.com',
			'phoneFormat' => 'Escriba un número de 10 dígitos, como (310) 555-0142',
		);
	}
	return array(
		'firstName'   => __( 'Enter your first name', 'blush-widgets' ),
		'lastName'    => __( 'Enter your last name', 'blush-widgets' ),
		'email'       => __( 'Enter your email address', 'blush-widgets' ),
		'phone'       => __( 'Enter your mobile phone number', 'blush-widgets' ),
		'adult'       => __( 'Confirm that you are 18 or older', 'blush-widgets' ),
		'privacy'     => __( 'Agree to the privacy policy to send your request', 'blush-widgets' ),
		'emailFormat' => __( 'Enter an email address like name@example.com', 'blush-widgets' ),
		'phoneFormat' => __( 'Enter a phone number with 10 digits, like (310) 555-0142', 'blush-widgets' ),
	);
}

/**
 * Checks a payload. Returns `array( $lead, $errors )`: the columns to store (values as
 * submitted, consent evidence) and field id => message for what is missing or malformed.
 *
 * @param array $data The decoded body.
 */
function blush_widgets_lead_check( array $data ) {
	$meta     = is_array( $data['meta'] ?? null ) ? $data['meta'] : array();
	$language = blush_widgets_lead_text( $meta['language'] ?? '' );
	$messages = blush_widgets_lead_messages( $language );
	$consent  = is_array( $data['consent'] ?? null ) ? $data['consent'] : array();
	$values   = array(
		'firstName' => blush_widgets_lead_text( $data['firstName'] ?? '' ),
		'lastName'  => blush_widgets_lead_text( $data['lastName'] ?? '' ),
		'email'     => blush_widgets_lead_text( $data['email'] ?? '' ),
		'phone'     => blush_widgets_lead_text( $data['phone'] ?? '' ),
		'privacy'   => blush_widgets_lead_yes( $consent['privacy']['given'] ?? ( $data['privacy'] ?? false ) ) ? 'yes' : '',
	);
	/**
	 * Fields a request must fill. The element's default also requires the phone and the 18+ box, but
	 * a clinic may hide them; a phone that is sent must be a real number, and an 18+ box that is sent
	 * must be ticked.
	 */
	$required = (array) apply_filters( 'blush_widgets_lead_required', array( 'firstName', 'lastName', 'email', 'privacy' ) );
	$errors   = array();
	foreach ( $required as $field ) {
		if ( isset( $messages[ $field ] ) && '' === ( $values[ $field ] ?? '' ) ) {
			$errors[ $field ] = $messages[ $field ];
		}
	}
	if ( empty( $errors['email'] ) && '' !== $values['email'] && ! blush_widgets_lead_is_email( $values['email'] ) ) {
		$errors['email'] = $messages['emailFormat'];
	}
	$phone = '' !== $values['phone'] ? blush_widgets_lead_phone( $values['phone'] ) : '';
	if ( empty( $errors['phone'] ) && null === $phone ) {
		$errors['phone'] = $messages['phoneFormat'];
	}
	if ( array_key_exists( 'adult', $data ) && ! blush_widgets_lead_yes( $data['adult'] ) ) {
		$errors['adult'] = $messages['adult'];
	}
	foreach ( array( 'firstName', 'lastName', 'email' ) as $field ) {
		if ( empty( $errors[ $field ] ) && ( function_exists( 'mb_strlen' ) ? mb_strlen( $values[ $field ] ) : strlen( $values[ $field ] ) ) > 191 ) {
			$errors[ $field ] = $messages[ $field ];
		}
	}

	// Consent evidence: the words shown, their version and when each box was ticked.
	$evidence = array();
	foreach ( $consent as $name => $record ) {
		if ( is_array( $record ) ) {
			$evidence[ preg_replace( '/[^A-Za-z0-9_-]/', '', (string) $name ) ] = array(
				'given'   => blush_widgets_lead_yes( $record['given'] ?? false ),
				'text'    => blush_widgets_lead_text( $record['text'] ?? '' ),
				'version' => blush_widgets_lead_text( $record['version'] ?? '' ),
				'at'      => blush_widgets_lead_text( $record['at'] ?? '' ),
			);
		}
	}
	$privacy_at = strtotime( $evidence['privacy']['at'] ?? '' );
	$page       = esc_url_raw( blush_widgets_lead_text( $meta['page'] ?? '' ), array( 'http', 'https' ) );
	// Everything else as submitted, but not the key, the trap or CAPTCHA tokens.
	$fields = $data;
	unset( $fields['meta'], $fields['consent'], $fields['bcf_trap'], $fields['cf-turnstile-response'], $fields['g-recaptcha-response'], $fields['h-captcha-response'] );
	foreach ( array( 'treatments', 'preferredDays', 'preferredTimes' ) as $list ) {
		if ( isset( $fields[ $list ] ) ) {
			$fields[ $list ] = blush_widgets_lead_list( $fields[ $list ] );
		}
	}
	if ( isset( $fields['adult'] ) ) {
		$fields['adult'] = blush_widgets_lead_yes( $fields['adult'] );
	}
	$lead = array(
		'first_name'      => $values['firstName'],
		'last_name'       => $values['lastName'],
		'email'           => $values['email'],
		'phone'           => (string) ( $phone ? $phone : '' ),
		'treatments'      => $fields['treatments'] ?? array(),
		'fields'          => $fields,
		'consent'         => $evidence,
		'consent_version' => substr( $evidence['privacy']['version'] ?? '', 0, 64 ),
		'consent_at'      => $privacy_at ? gmdate( 'Y-m-d H:i:s', $privacy_at ) : null,
		'page_url'        => $page,
		'language'        => substr( sanitize_text_field( $language ), 0, 35 ),
	);
	return array( $lead, $errors );
}

/**
 * Where a lead came from, in words, from the attribution the form sent (the visit's first
 * campaign: ad click ids, then utm_source and utm_medium, then the referring site); '' when the
 * form sent none (attribution turned off, or a direct visit).
 *
 * @param array $fields The lead's submitted values.
 */
function blush_widgets_lead_source( array $fields ) {
	$from     = is_array( $fields['attribution'] ?? null ) ? $fields['attribution'] : array();
	$ads      = array(
		'gclid'   => __( 'Google Ads', 'blush-widgets' ),
		'gbraid'  => __( 'Google Ads', 'blush-widgets' ),
		'wbraid'  => __( 'Google Ads', 'blush-widgets' ),
		'fbclid'  => __( 'Meta ads', 'blush-widgets' ),
		'_fbc'    => __( 'Meta ads', 'blush-widgets' ),
		'msclkid' => __( 'Microsoft Ads', 'blush-widgets' ),
		'ttclid'  => __( 'TikTok ads', 'blush-widgets' ),
	);
	$campaign = blush_widgets_lead_text( $from['utm_campaign'] ?? '' );
	foreach ( $ads as $key => $label ) {
		if ( '' !== blush_widgets_lead_text( $from[ $key ] ?? '' ) ) {
			/* translators: 1: an ad platform such as Google Ads, 2: the campaign's name */
			return $campaign ? sprintf( __( '%1$s (%2$s)', 'blush-widgets' ), $label, $campaign ) : $label;
		}
	}
	$source = blush_widgets_lead_text( $from['utm_source'] ?? '' );
	if ( '' !== $source ) {
		$medium = blush_widgets_lead_text( $from['utm_medium'] ?? '' );
		/* translators: 1: where a campaign ran, such as newsletter, 2: its medium, such as email */
		return $medium ? sprintf( __( '%1$s (%2$s)', 'blush-widgets' ), $source, $medium ) : $source;
	}
	$referrer = wp_parse_url( blush_widgets_lead_text( $from['referrer'] ?? '' ), PHP_URL_HOST );
	/* translators: %s: the site a visitor came from, such as google.com */
	return $referrer ? sprintf( __( 'From %s', 'blush-widgets' ), preg_replace( '/^www\./', '', $referrer ) ) : '';
}

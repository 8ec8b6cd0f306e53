<?php
/**
 * The clinic's notification: plain-text mail (whatever the site's other plugins set as the
 * default content type), so nothing a visitor typed is read as markup. When and how often it is
 * sent, and what is recorded on the lead, is delivery.php's part.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The addresses in Settings, or the site's admin email. */
function blush_widgets_lead_recipients() {
	$list = preg_split( '/[\s,;]+/', (string) blush_widgets_options()['notify_emails'], -1, PREG_SPLIT_NO_EMPTY );
	$list = array_values( array_filter( array_map( 'sanitize_email', $list ), 'is_email' ) );
	return $list ? $list : array( get_option( 'admin_email' ) );
}

/**
 * Text for a header line: no line breaks or other control characters.
 *
 * @param string $text The text.
 */
function blush_widgets_mail_line( $text ) {
	return trim( preg_replace( '/[\x00-\x1F\x7F]+/u', ' ', (string) $text ) );
}

/**
 * The Reply-To value for a visitor: `Name <address>`, the name reduced so that it can only ever be
 * a name. wp_mail splits Reply-To at commas (a comma in a name would add an address of the
 * visitor's choosing) and takes the name as typed between the start and `<` (quotes would be sent
 * as part of it), so commas, semicolons, quotes, angle brackets, backslashes and control characters
 * go; PHPMailer quotes and encodes what is left.
 *
 * @param string $name  The visitor's name.
 * @param string $email An address is_email() accepted.
 */
function blush_widgets_reply_to( $name, $email ) {
	$name = trim( preg_replace( '/[\s,;"<>\\\\\x00-\x1F\x7F]+/u', ' ', (string) $name ) );
	return ( '' !== $name ? $name . ' ' : '' ) . '<' . $email . '>';
}

/**
 * `privacy`, `sms`, `emailOptIn` as the admin reads them.
 *
 * @param string $kind A consent kind.
 */
function blush_widgets_consent_label( $kind ) {
	$labels = array(
		'privacy'    => __( 'Privacy policy', 'blush-widgets' ),
		'sms'        => __( 'Text messages', 'blush-widgets' ),
		'emailOptIn' => __( 'Email news and offers', 'blush-widgets' ),
	);
	return $labels[ $kind ] ?? (string) $kind;
}

/**
 * Treatment ids as the admin reads them, joined: `botox, filler-lips` → `Botox, Filler lips`.
 *
 * @param string[] $treatments Treatment ids (anything but strings is skipped).
 */
function blush_widgets_lead_treatments_text( $treatments ) {
	return implode( ', ', array_map( 'blush_widgets_treatment_label', array_filter( (array) $treatments, 'is_string' ) ) );
}

/**
 * A choice the form sent, as the clinic reads it: `text` → Text message, `mon` → Monday,
 * `2026-09-01` → September 1, 2026 (the site's date format). Anything else is left as it is.
 *
 * @param string $field The field's name.
 * @param mixed  $value One submitted value.
 */
function blush_widgets_lead_value_label( $field, $value ) {
	global $wp_locale;
	if ( ! is_string( $value ) ) {
		return $value;
	}
	$days = array_flip( array( 'sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat' ) );
	if ( 'preferredDays' === $field && isset( $days[ $value ] ) && $wp_locale ) {
		return $wp_locale->get_weekday( $days[ $value ] );
	}
	if ( 'preferredDate' === $field && preg_match( '/^\d{4}-\d{2}-\d{2}$/', $value ) ) {
		$date = date_create_immutable( $value . ' 12:00:00', new DateTimeZone( 'UTC' ) );
		return $date ? wp_date( get_option( 'date_format' ), $date->getTimestamp(), new DateTimeZone( 'UTC' ) ) : $value;
	}
	$labels = array(
		'contactMethod'  => array(
			'phone' => __( 'Phone call', 'blush-widgets' ),
			'text'  => __( 'Text message', 'blush-widgets' ),
			'email' => __( 'Email', 'blush-widgets' ),
		),
		'patientType'    => array(
			'new'       => __( 'New patient', 'blush-widgets' ),
			'returning' => __( 'Returning patient', 'blush-widgets' ),
		),
		'preferredTimes' => array(
			'morning'   => __( 'Morning', 'blush-widgets' ),
			'afternoon' => __( 'Afternoon', 'blush-widgets' ),
			'evening'   => __( 'Evening', 'blush-widgets' ),
		),
		'referral'       => array(
			'search' => __( 'Search engine', 'blush-widgets' ),
			'social' => __( 'Instagram, TikTok or Facebook', 'blush-widgets' ),
			'friend' => __( 'A friend or family member', 'blush-widgets' ),
			'doctor' => __( 'Their doctor', 'blush-widgets' ),
			'ad'     => __( 'An advertisement', 'blush-widgets' ),
			'other'  => __( 'Other', 'blush-widgets' ),
		),
	);
	return $labels[ $field ][ $value ] ?? $value;
}

/**
 * An ISO time the element sent (`2026-12-07T10:15:00.000Z`) in the site's time zone and format; as sent when unreadable.
 *
 * @param string $iso The time as sent.
 */
function blush_widgets_lead_time( $iso ) {
	$time = strtotime( (string) $iso );
	return $time ? wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $time ) : (string) $iso;
}

/** The labels of the fields the element sends, by field name. */
function blush_widgets_lead_field_labels() {
	return array(
		'firstName'      => __( 'First name', 'blush-widgets' ),
		'lastName'       => __( 'Last name', 'blush-widgets' ),
		'email'          => __( 'Email', 'blush-widgets' ),
		'phone'          => __( 'Phone', 'blush-widgets' ),
		'contactMethod'  => __( 'Contact by', 'blush-widgets' ),
		'treatments'     => __( 'Treatments', 'blush-widgets' ),
		'location'       => __( 'Location', 'blush-widgets' ),
		'patientType'    => __( 'Patient', 'blush-widgets' ),
		'preferredDays'  => __( 'Preferred days', 'blush-widgets' ),
		'preferredTimes' => __( 'Preferred times', 'blush-widgets' ),
		'preferredDate'  => __( 'Preferred date', 'blush-widgets' ),
		'message'        => __( 'Message', 'blush-widgets' ),
		'referral'       => __( 'Heard about us', 'blush-widgets' ),
		'adult'          => __( '18 or older', 'blush-widgets' ),
		'attribution'    => __( 'Attribution', 'blush-widgets' ),
	);
}

/**
 * Submitted values as `Label: value` lines (lists joined, nested values as JSON).
 *
 * @param array $fields Field name => submitted value.
 */
function blush_widgets_lead_lines( array $fields ) {
	$labels = blush_widgets_lead_field_labels();
	$lines  = array();
	foreach ( $fields as $name => $value ) {
		if ( '' === $value || array() === $value || null === $value ) {
			continue;
		}
		if ( 'treatments' === $name ) {
			$value = blush_widgets_lead_treatments_text( $value );
		} elseif ( is_array( $value ) ) {
			$value = array_map(
				function ( $item ) use ( $name ) {
					return blush_widgets_lead_value_label( $name, $item );
				},
				$value
			);
		} else {
			$value = blush_widgets_lead_value_label( $name, $value );
		}
		if ( is_bool( $value ) ) {
			$value = $value ? __( 'Yes', 'blush-widgets' ) : __( 'No', 'blush-widgets' );
		} elseif ( is_array( $value ) ) {
			$value = array_filter( $value, 'is_scalar' ) === $value && array_values( $value ) === $value ? implode( ', ', $value ) : wp_json_encode( $value, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES );
		}
		if ( 'phone' === $name ) {
			$value = blush_widgets_lead_format_phone( $value );
		}
		$lines[ $labels[ $name ] ?? (string) $name ] = (string) $value;
	}
	return $lines;
}

/**
 * A value for the mail body: CR and other line breaks made `\n`, other control characters
 * removed, and every line after the first indented by `$indent`, so no line of it can start
 * at the margin and pass for one of the plugin's own lines.
 *
 * @param mixed  $value  The value (read as a string).
 * @param string $indent What each line after the first starts with.
 */
function blush_widgets_mail_value( $value, $indent = '    ' ) {
	$value = preg_replace( '/\r\n?|[\x0B\x0C\x{85}\x{2028}\x{2029}]/u', "\n", (string) $value );
	$value = preg_replace( '/[\x00-\x08\x0E-\x1F\x7F]/u', '', (string) $value );
	return str_replace( "\n", "\n" . $indent, rtrim( (string) $value ) );
}

/**
 * A visitor-chosen field name as a label: only `A-Z a-z 0-9 space _ . -`, at most 40 characters.
 *
 * @param string $name The field name as sent.
 */
function blush_widgets_mail_field_name( $name ) {
	$name = trim( substr( preg_replace( '/[^A-Za-z0-9 _.\-]+/', '', (string) $name ), 0, 40 ) );
	return '' !== $name ? $name : __( '(unnamed)', 'blush-widgets' );
}

/**
 * The submitted values as mail lines: the form's own fields as `Label: value`, any other field
 * the page sent indented under "Other fields:", its name reduced to safe characters.
 *
 * @param array $fields Field name => submitted value.
 */
function blush_widgets_lead_mail_fields( array $fields ) {
	$labels = blush_widgets_lead_field_labels();
	$known  = '';
	$other  = '';
	foreach ( $fields as $name => $value ) {
		$line = blush_widgets_lead_lines( array( $name => $value ) );
		if ( ! $line ) {
			continue;
		}
		$text = (string) reset( $line );
		if ( isset( $labels[ $name ] ) ) {
			$known .= $labels[ $name ] . ': ' . blush_widgets_mail_value( $text ) . "\n";
		} else {
			$other .= '    ' . blush_widgets_mail_field_name( $name ) . ': ' . blush_widgets_mail_value( $text, '        ' ) . "\n";
		}
	}
	if ( '' !== $other ) {
		$known .= "\n" . __( 'Other fields:', 'blush-widgets' ) . "\n" . $other;
	}
	return $known;
}

/**
 * Mails the clinic about one stored lead. Returns '' when the mail was handed over, otherwise
 * the reason it was not (delivery.php claims the lead first and records the outcome).
 *
 * @param array $lead A lead as blush_widgets_lead() returns it.
 */
function blush_widgets_lead_mail( array $lead ) {
	$id         = (int) $lead['id'];
	$name       = blush_widgets_mail_line( trim( $lead['first_name'] . ' ' . $lead['last_name'] ) );
	$treatments = blush_widgets_mail_line( blush_widgets_lead_treatments_text( $lead['treatments'] ) );
	$subject    = $treatments
		/* translators: 1: visitor's name, 2: treatments */
		? sprintf( __( 'Consultation request from %1$s: %2$s', 'blush-widgets' ), $name, $treatments )
		/* translators: %s: visitor's name */
		: sprintf( __( 'Consultation request from %s', 'blush-widgets' ), $name );
	$subject = blush_widgets_mail_line( $subject );

	// The admin link first, before anything a visitor typed, so no value can pose as it.
	$body    = __( 'Open it in the admin:', 'blush-widgets' ) . ' ' . admin_url( 'admin.php?page=blush-leads&lead=' . $id ) . "\n\n";
	$body   .= blush_widgets_lead_mail_fields( $lead['fields'] );
	$privacy = $lead['consent']['privacy'] ?? null;
	if ( $privacy ) {
		$body .= "\n" . __( 'Privacy consent', 'blush-widgets' ) . ': ' . ( $privacy['given'] ? __( 'given', 'blush-widgets' ) : __( 'not given', 'blush-widgets' ) )
			. ' (' . blush_widgets_mail_line( blush_widgets_lead_time( $privacy['at'] ) ) . ', ' . __( 'version', 'blush-widgets' ) . ' ' . blush_widgets_mail_line( $privacy['version'] ) . ")\n";
	}
	if ( $lead['page_url'] ) {
		$body .= __( 'Sent from', 'blush-widgets' ) . ': ' . blush_widgets_mail_line( $lead['page_url'] ) . "\n";
	}

	$headers = array();
	if ( is_email( $lead['email'] ) ) {
		$headers[] = 'Reply-To: ' . blush_widgets_reply_to( $name, $lead['email'] );
	}
	return blush_widgets_send_mail( $subject, $body, $headers );
}

/**
 * Sends plain-text mail to the clinic's addresses (plain even where another plugin makes HTML
 * the default). Returns '' when it was handed over, otherwise the mail system's reason.
 *
 * @param string   $subject The subject.
 * @param string   $body    The text.
 * @param string[] $headers More headers.
 */
function blush_widgets_send_mail( $subject, $body, array $headers = array() ) {
	$failure = '';
	$record  = function ( $error ) use ( &$failure ) {
		$failure = is_wp_error( $error ) ? $error->get_error_message() : '';
	};
	$plain   = function () {
		return 'text/plain';
	};
	add_action( 'wp_mail_failed', $record );
	add_filter( 'wp_mail_content_type', $plain, PHP_INT_MAX );
	$sent = wp_mail( blush_widgets_lead_recipients(), $subject, $body, array_merge( array( 'Content-Type: text/plain; charset=UTF-8' ), $headers ) );
	remove_filter( 'wp_mail_content_type', $plain, PHP_INT_MAX );
	remove_action( 'wp_mail_failed', $record );
	if ( $sent ) {
		return '';
	}
	return '' !== $failure ? $failure : __( 'Mail could not be sent.', 'blush-widgets' );
}

<?php
/**
 * Settings → Blush Widgets: the clinic-wide defaults every shortcode, block and tag starts from.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The saved options merged over their defaults. */
function blush_widgets_options() {
	$saved = get_option( 'blush_widgets_options', array() );
	return array_merge(
		array(
			'accent'              => '',
			'privacy_url'         => '',
			'form_endpoint'       => '',
			'phone'               => '',
			'notify_emails'       => '',
			'keep_full_ip'        => false,
			'trusted_proxies'     => '',
			'retention_days'      => '',
			'delete_on_uninstall' => false,
		),
		is_array( $saved ) ? $saved : array()
	);
}

/** Where forms send: the endpoint in Settings, or this site's own lead inbox (includes/leads/rest.php). */
function blush_widgets_form_action() {
	$endpoint = blush_widgets_options()['form_endpoint'];
	return $endpoint ? $endpoint : blush_widgets_leads_url();
}

/** The privacy link: the URL in Settings, or the page chosen in Settings › Privacy (when published). */
function blush_widgets_privacy_url() {
	$url = blush_widgets_options()['privacy_url'];
	return $url ? $url : get_privacy_policy_url();
}

/**
 * Keeps only what each field may hold: a hex colour, two http(s) URLs, a phone number, email
 * addresses, a number of days and two switches.
 *
 * @param mixed $input The submitted settings (anything but an array counts as empty).
 */
function blush_widgets_sanitize_options( $input ) {
	$input  = is_array( $input ) ? $input : array();
	$emails = preg_split( '/[\s,;]+/', (string) ( $input['notify_emails'] ?? '' ), -1, PREG_SPLIT_NO_EMPTY );
	$days   = trim( (string) ( $input['retention_days'] ?? '' ) );
	$accent = (string) sanitize_hex_color( $input['accent'] ?? '' );
	// A light accent is kept (it is the clinic's brand), with the reason it is hard to read.
	if ( '' !== blush_widgets_contrast_warning( $accent ) && function_exists( 'add_settings_error' ) ) {
		add_settings_error( 'blush_widgets_options', 'blush-accent-contrast', blush_widgets_contrast_warning( $accent ), 'warning' );
	}
	return array(
		'accent'              => $accent,
		'privacy_url'         => esc_url_raw( $input['privacy_url'] ?? '', array( 'http', 'https' ) ),
		'form_endpoint'       => esc_url_raw( $input['form_endpoint'] ?? '', array( 'http', 'https' ) ),
		'phone'               => preg_replace( '/[^0-9+().\- ]/', '', (string) ( $input['phone'] ?? '' ) ),
		'notify_emails'       => implode( ', ', array_values( array_filter( array_map( 'sanitize_email', $emails ), 'is_email' ) ) ),
		'keep_full_ip'        => ! empty( $input['keep_full_ip'] ),
		'trusted_proxies'     => implode(
			', ',
			array_filter(
				preg_split( '/[\s,]+/', (string) ( $input['trusted_proxies'] ?? '' ), -1, PREG_SPLIT_NO_EMPTY ),
				function ( $range ) {
					list( $ip, $bits ) = array_pad( explode( '/', $range, 2 ), 2, null );
					return filter_var( $ip, FILTER_VALIDATE_IP ) && ( null === $bits || ( ctype_digit( $bits ) && (int) $bits <= ( false !== strpos( $ip, ':' ) ? 128 : 32 ) ) );
				}
			)
		),
		'retention_days'      => ctype_digit( $days ) && (int) $days > 0 ? (string) min( 36500, (int) $days ) : '',
		'delete_on_uninstall' => ! empty( $input['delete_on_uninstall'] ),
	);
}

/** Registers the option and the fields of the settings page. */
function blush_widgets_register_settings() {
	register_setting(
		'blush_widgets',
		'blush_widgets_options',
		array(
			'type'              => 'array',
			'sanitize_callback' => 'blush_widgets_sanitize_options',
			'default'           => array(),
		)
	);
	add_settings_section( 'blush_widgets_main', __( 'Clinic defaults', 'blush-widgets' ), '__return_false', 'blush-widgets' );
	$fields = array(
		'accent'        => array( __( 'Accent colour', 'blush-widgets' ), 'color', '#9b4a63', __( 'Buttons, links, focus ring and slider handle. Leave blank for the default dusty rose.', 'blush-widgets' ) ),
		'privacy_url'   => array( __( 'Privacy policy page', 'blush-widgets' ), 'url', 'https://', __( 'Linked next to the consultation form’s consent box. Leave blank to link the privacy page chosen in Settings › Privacy.', 'blush-widgets' ) ),
		'form_endpoint' => array( __( 'Send requests to another service', 'blush-widgets' ), 'url', __( 'Leave blank to keep requests here', 'blush-widgets' ), __( 'Only if your web developer set up a form service for you: its web address. Leave blank and requests are kept on this site, emailed to the addresses below and listed under Leads.', 'blush-widgets' ) ),
		'phone'         => array( __( 'Clinic phone', 'blush-widgets' ), 'tel', '(310) 555-0142', __( 'Shown when a request cannot be sent, and to visitors whose browser cannot show the form.', 'blush-widgets' ) ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'blush_widgets_' . $key,
			$field[0],
			function () use ( $key, $field ) {
				$options = blush_widgets_options();
				if ( 'color' === $field[1] ) {
					// WordPress's colour picker (build/settings.js adds the contrast warning).
					printf(
						'<input class="blush-color-field" type="text" id="blush_widgets_%1$s" name="blush_widgets_options[%1$s]" value="%2$s" data-default-color="%3$s" /><p class="description">%4$s</p><p class="blush-contrast" role="status" aria-live="polite">%5$s</p>',
						esc_attr( $key ),
						esc_attr( $options[ $key ] ),
						esc_attr( $field[2] ),
						esc_html( $field[3] ),
						esc_html( blush_widgets_contrast_warning( $options[ $key ] ) )
					);
					return;
				}
				printf(
					'<input class="regular-text" type="%1$s" id="blush_widgets_%2$s" name="blush_widgets_options[%2$s]" value="%3$s" placeholder="%4$s" /><p class="description">%5$s</p>',
					esc_attr( $field[1] ),
					esc_attr( $key ),
					esc_attr( $options[ $key ] ),
					esc_attr( $field[2] ),
					esc_html( $field[3] )
				);
			},
			'blush-widgets',
			'blush_widgets_main',
			array( 'label_for' => 'blush_widgets_' . $key )
		);
	}

	// The lead inbox (used when no other service is set).
	add_settings_section(
		'blush_widgets_leads',
		__( 'Consultation requests', 'blush-widgets' ),
		function () {
			printf(
				'<p>%s <a href="%s">%s</a>.</p>',
				esc_html__( 'Unless they go to another service (above), requests from the site\'s forms are stored here, in this site\'s database, and listed under', 'blush-widgets' ),
				esc_url( admin_url( 'admin.php?page=blush-leads' ) ),
				esc_html__( 'Leads', 'blush-widgets' )
			);
		},
		'blush-widgets'
	);
	$inbox = array(
		'notify_emails'       => array( __( 'Notify', 'blush-widgets' ), 'text', get_option( 'admin_email' ), __( 'Email addresses told about each new request, separated by commas. Leave blank for the site’s admin email.', 'blush-widgets' ) ),
		'retention_days'      => array( __( 'Keep requests for', 'blush-widgets' ), 'number', '', __( 'Days. Older requests are deleted once a day. Leave blank to keep them until you delete them.', 'blush-widgets' ) ),
		'keep_full_ip'        => array( __( 'Visitor’s IP address', 'blush-widgets' ), 'checkbox', '', __( 'Keep the full address (by default only a shortened, anonymised address is kept).', 'blush-widgets' ) ),
		'trusted_proxies'     => array( __( 'Trusted proxies', 'blush-widgets' ), 'text', '', __( 'Only if your web developer asks: when your site sits behind Cloudflare or another proxy, its addresses (e.g. 173.245.48.0/20), separated by commas, so each visitor is told apart. Leave blank otherwise.', 'blush-widgets' ) ),
		'delete_on_uninstall' => array( __( 'On uninstall', 'blush-widgets' ), 'checkbox', '', __( 'Delete every stored request and these settings when the plugin is deleted.', 'blush-widgets' ) ),
	);
	foreach ( $inbox as $key => $field ) {
		add_settings_field(
			'blush_widgets_' . $key,
			$field[0],
			function () use ( $key, $field ) {
				$options = blush_widgets_options();
				if ( 'checkbox' === $field[1] ) {
					printf(
						'<label><input type="checkbox" id="blush_widgets_%1$s" name="blush_widgets_options[%1$s]" value="1" %2$s /> %3$s</label>',
						esc_attr( $key ),
						checked( ! empty( $options[ $key ] ), true, false ),
						esc_html( $field[3] )
					);
					return;
				}
				printf(
					'<input class="%1$s" type="%2$s" id="blush_widgets_%3$s" name="blush_widgets_options[%3$s]" value="%4$s" placeholder="%5$s" %6$s/><p class="description">%7$s</p>',
					'number' === $field[1] ? 'small-text' : 'regular-text',
					esc_attr( $field[1] ),
					esc_attr( $key ),
					esc_attr( (string) $options[ $key ] ),
					esc_attr( $field[2] ),
					'number' === $field[1] ? 'min="1" step="1" ' : '',
					esc_html( $field[3] )
				);
			},
			'blush-widgets',
			'blush_widgets_leads',
			array( 'label_for' => 'blush_widgets_' . $key )
		);
	}
}
add_action( 'admin_init', 'blush_widgets_register_settings' );

/** Adds Settings › Blush Widgets. */
function blush_widgets_add_settings_page() {
	add_options_page(
		__( 'Blush Widgets', 'blush-widgets' ),
		__( 'Blush Widgets', 'blush-widgets' ),
		'manage_options',
		'blush-widgets',
		function () {
			if ( ! current_user_can( 'manage_options' ) ) {
				return;
			}
			echo '<div class="wrap"><h1>' . esc_html__( 'Blush Widgets', 'blush-widgets' ) . '</h1>';
			blush_widgets_settings_intro();
			echo '<p>' . esc_html__( 'To add a widget, edit a page, press + and search for "Blush": Treatment FAQ, Consultation request form, Before and after slider, Before and after gallery, Next treatment due.', 'blush-widgets' ) . '</p>';
			printf(
				'<details><summary>%s</summary><p>%s</p></details>',
				esc_html__( 'For your web developer', 'blush-widgets' ),
				esc_html__( 'Shortcodes: [blush_faq pack="botox"], [blush_before_after], [blush_gallery], [blush_consult_form] and [blush_next_due]; or the tags in a Custom HTML block.', 'blush-widgets' )
			);
			echo '<form action="options.php" method="post">';
			settings_fields( 'blush_widgets' );
			do_settings_sections( 'blush-widgets' );
			submit_button();
			echo '</form></div>';
		}
	);
}
add_action( 'admin_menu', 'blush_widgets_add_settings_page' );

/**
 * Contrast of a colour against white (WCAG 2): the accent is the background of white button text
 * and the colour of links on white.
 *
 * @param string $hex `#rrggbb` or `#rgb`.
 * @return float|null The ratio, or null for a value that is not a colour.
 */
function blush_widgets_contrast_with_white( $hex ) {
	$hex = ltrim( (string) $hex, '#' );
	if ( 3 === strlen( $hex ) ) {
		$hex = $hex[0] . $hex[0] . $hex[1] . $hex[1] . $hex[2] . $hex[2];
	}
	if ( ! preg_match( '/^[0-9a-f]{6}$/i', $hex ) ) {
		return null;
	}
	$channel   = function ( $value ) {
		$value = $value / 255;
		return $value <= 0.04045 ? $value / 12.92 : pow( ( $value + 0.055 ) / 1.055, 2.4 );
	};
	$luminance = 0.2126 * $channel( hexdec( substr( $hex, 0, 2 ) ) ) + 0.7152 * $channel( hexdec( substr( $hex, 2, 2 ) ) ) + 0.0722 * $channel( hexdec( substr( $hex, 4, 2 ) ) );
	return 1.05 / ( $luminance + 0.05 );
}

/**
 * The warning for an accent too light to read, in words; '' when it reads well (4.5:1 or more).
 *
 * @param string $hex The accent.
 */
function blush_widgets_contrast_warning( $hex ) {
	$ratio = blush_widgets_contrast_with_white( $hex );
	if ( null === $ratio || $ratio >= 4.5 ) {
		return '';
	}
	/* translators: %s: a contrast ratio, e.g. 2.1 */
	return sprintf( __( 'This colour is hard to read with white text and on a white page (%s:1). Choose a darker one: 4.5:1 or more reads well for everyone.', 'blush-widgets' ), number_format_i18n( $ratio, 1 ) );
}

/**
 * The settings page's colour picker, with its contrast warning as the clinic picks.
 *
 * @param string $hook The admin page.
 */
function blush_widgets_settings_assets( $hook ) {
	if ( 'settings_page_blush-widgets' !== $hook ) {
		return;
	}
	wp_enqueue_style( 'wp-color-picker' );
	if ( blush_widgets_register_editor_script( 'blush-widgets-settings', 'settings', array( 'wp-color-picker' ) ) ) {
		wp_enqueue_script( 'blush-widgets-settings' );
	}
}
add_action( 'admin_enqueue_scripts', 'blush_widgets_settings_assets' );

/** The accent as a token every element reads; printed only when the clinic chose one. */
function blush_widgets_token_css() {
	$accent = blush_widgets_options()['accent'];
	return $accent ? ':root{--blush-accent:' . $accent . ';}' : '';
}

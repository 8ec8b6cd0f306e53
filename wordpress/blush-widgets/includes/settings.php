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
			'accent'        => '',
			'privacy_url'   => '',
			'form_endpoint' => '',
			'phone'         => '',
		),
		is_array( $saved ) ? $saved : array()
	);
}

/** Keeps only what each field may hold: a hex colour, two http(s) URLs, a phone number. */
function blush_widgets_sanitize_options( $input ) {
	$input = is_array( $input ) ? $input : array();
	return array(
		'accent'        => (string) sanitize_hex_color( $input['accent'] ?? '' ),
		'privacy_url'   => esc_url_raw( $input['privacy_url'] ?? '', array( 'http', 'https' ) ),
		'form_endpoint' => esc_url_raw( $input['form_endpoint'] ?? '', array( 'http', 'https' ) ),
		'phone'         => preg_replace( '/[^0-9+().\- ]/', '', (string) ( $input['phone'] ?? '' ) ),
	);
}

add_action(
	'admin_init',
	function () {
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
			'accent'        => array( __( 'Accent colour', 'blush-widgets' ), 'text', '#9b4a63', __( 'Buttons, links, focus ring and slider handle. Leave blank for the default dusty rose.', 'blush-widgets' ) ),
			'privacy_url'   => array( __( 'Privacy policy URL', 'blush-widgets' ), 'url', 'https://', __( 'Linked next to the consultation form’s consent box.', 'blush-widgets' ) ),
			'form_endpoint' => array( __( 'Form endpoint', 'blush-widgets' ), 'url', 'https://formspree.io/f/…', __( 'Where consultation requests are sent (your form service or webhook).', 'blush-widgets' ) ),
			'phone'         => array( __( 'Clinic phone', 'blush-widgets' ), 'tel', '(310) 555-0142', __( 'Shown when a request cannot be sent, and to visitors without JavaScript.', 'blush-widgets' ) ),
		);
		foreach ( $fields as $key => $field ) {
			add_settings_field(
				'blush_widgets_' . $key,
				$field[0],
				function () use ( $key, $field ) {
					$options = blush_widgets_options();
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
	}
);

add_action(
	'admin_menu',
	function () {
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
				echo '<p>' . esc_html__( 'Use the Blush blocks, the shortcodes [blush_faq pack="botox"], [blush_before_after], [blush_gallery], [blush_consult_form] and [blush_next_due], or paste the tags into a Custom HTML block.', 'blush-widgets' ) . '</p>';
				echo '<form action="options.php" method="post">';
				settings_fields( 'blush_widgets' );
				do_settings_sections( 'blush-widgets' );
				submit_button();
				echo '</form></div>';
			}
		);
	}
);

/** The accent as a token every element reads; printed only when the clinic chose one. */
function blush_widgets_token_css() {
	$accent = blush_widgets_options()['accent'];
	return $accent ? ':root{--blush-accent:' . $accent . ';}' : '';
}

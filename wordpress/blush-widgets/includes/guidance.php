<?php
/**
 * What tells a clinic, in plain words, how to start and what needs fixing: the "Get started"
 * notice after activation, the Settings link in the plugin list, where the forms' requests go,
 * the missing privacy page (on the settings screen and in Site Health) and the test email.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Where the site's consultation forms send their requests, in words. */
function blush_widgets_destination_text() {
	$endpoint = blush_widgets_options()['form_endpoint'];
	if ( $endpoint ) {
		/* translators: %s: the web address's host, e.g. formspree.io */
		return sprintf( __( 'Consultation requests go to the service your web developer set up (%s); they are not kept on this site.', 'blush-widgets' ), (string) wp_parse_url( $endpoint, PHP_URL_HOST ) );
	}
	/* translators: %s: email addresses */
	return sprintf( __( 'Consultation requests are kept under Leads in this admin and emailed to %s.', 'blush-widgets' ), implode( ', ', blush_widgets_lead_recipients() ) );
}

/** Why the consultation form's consent box links no privacy policy, in words; '' when it does. */
function blush_widgets_privacy_problem() {
	if ( blush_widgets_options()['privacy_url'] ) {
		return '';
	}
	$page = (int) get_option( 'wp_page_for_privacy_policy' );
	if ( ! $page || ! get_post( $page ) ) {
		return __( 'Your site has no privacy policy page, so the consultation form’s consent box links to nothing.', 'blush-widgets' );
	}
	if ( 'publish' !== get_post_status( $page ) ) {
		return __( 'Your privacy policy page is not published yet, so the consultation form’s consent box links to nothing.', 'blush-widgets' );
	}
	return '';
}

/** The plugin's settings page in the admin. */
function blush_widgets_settings_url() {
	return admin_url( 'options-general.php?page=blush-widgets' );
}

/** The privacy warning with its fix, as an admin notice (empty when all is well). */
function blush_widgets_privacy_notice() {
	$problem = blush_widgets_privacy_problem();
	if ( '' === $problem ) {
		return '';
	}
	return sprintf(
		'<div class="notice notice-warning" id="blush-privacy-warning"><p>%s <a href="%s">%s</a></p></div>',
		esc_html( $problem ),
		esc_url( admin_url( 'options-privacy.php' ) ),
		esc_html__( 'Choose or publish your privacy policy page', 'blush-widgets' )
	);
}

/** After activation, once: how to start and where requests will go. */
function blush_widgets_activate_get_started() {
	add_option( 'blush_widgets_get_started', 1, '', 'no' );
}
register_activation_hook( BLUSH_WIDGETS_FILE, 'blush_widgets_activate_get_started' );

/** The "Get started" notice, until it is dismissed or the settings are opened. */
function blush_widgets_get_started_notice() {
	$screen = get_current_screen();
	if ( ! get_option( 'blush_widgets_get_started' ) || ! current_user_can( 'manage_options' ) || ( $screen && 'settings_page_blush-widgets' === $screen->id ) ) {
		return;
	}
	printf(
		'<div class="notice notice-success" id="blush-get-started"><p><strong>%s</strong> %s</p><p>%s</p><p><a class="button button-primary" href="%s">%s</a> <a class="button" href="%s">%s</a></p></div>',
		esc_html__( 'Blush Widgets is ready.', 'blush-widgets' ),
		esc_html__( 'Edit a page, press + and search for "Blush", "FAQ" or "consultation" to add the treatment FAQ, the consultation form and the other widgets.', 'blush-widgets' ),
		esc_html( blush_widgets_destination_text() ),
		esc_url( blush_widgets_settings_url() ),
		esc_html__( 'Get started', 'blush-widgets' ),
		esc_url( wp_nonce_url( admin_url( 'admin-post.php?action=blush_widgets_dismiss_get_started' ), 'blush-widgets-dismiss-get-started' ) ),
		esc_html__( 'Dismiss', 'blush-widgets' )
	);
}
add_action( 'admin_notices', 'blush_widgets_get_started_notice' );

/** Dismisses the "Get started" notice (nonce-checked) and goes back to the page it was on. */
function blush_widgets_dismiss_get_started() {
	check_admin_referer( 'blush-widgets-dismiss-get-started' );
	if ( current_user_can( 'manage_options' ) ) {
		delete_option( 'blush_widgets_get_started' );
	}
	wp_safe_redirect( wp_get_referer() ? wp_get_referer() : admin_url() );
	exit;
}
add_action( 'admin_post_blush_widgets_dismiss_get_started', 'blush_widgets_dismiss_get_started' );

/**
 * "Settings" beside Deactivate in the plugin list.
 *
 * @param array $links The plugin's action links.
 */
function blush_widgets_action_links( $links ) {
	array_unshift( $links, sprintf( '<a href="%s">%s</a>', esc_url( blush_widgets_settings_url() ), esc_html__( 'Settings', 'blush-widgets' ) ) );
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( BLUSH_WIDGETS_FILE ), 'blush_widgets_action_links' );

/** Sends a test email to the Notify addresses and goes back to the settings with the outcome. */
function blush_widgets_send_test_email() {
	check_admin_referer( 'blush-widgets-test-email' );
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to do that.', 'blush-widgets' ), 403 );
	}
	$error = blush_widgets_send_mail(
		__( 'Test email from your website', 'blush-widgets' ),
		__( 'This is a test from Blush Widgets. If you can read it, new consultation requests will reach you here.', 'blush-widgets' )
	);
	$sent  = '' === $error;
	set_transient( 'blush_widgets_test_email_' . get_current_user_id(), array( $sent, $error ), 5 * MINUTE_IN_SECONDS );
	wp_safe_redirect( add_query_arg( 'test-email', $sent ? 'sent' : 'failed', blush_widgets_settings_url() ) . '#blush-test-email' );
	exit;
}
add_action( 'admin_post_blush_widgets_test_email', 'blush_widgets_send_test_email' );

/** The settings screen's opening: where requests go, the privacy warning, the test email and the builder. */
function blush_widgets_settings_intro() {
	delete_option( 'blush_widgets_get_started' );
	echo blush_widgets_privacy_notice(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped where it is built.
	$result = get_transient( 'blush_widgets_test_email_' . get_current_user_id() );
	// phpcs:ignore WordPress.Security.NonceVerification.Recommended -- only picks which outcome to show.
	if ( isset( $_GET['test-email'] ) && is_array( $result ) ) {
		delete_transient( 'blush_widgets_test_email_' . get_current_user_id() );
		$to = implode( ', ', blush_widgets_lead_recipients() );
		if ( $result[0] ) {
			/* translators: %s: email addresses */
			printf( '<div class="notice notice-success" id="blush-test-email-result"><p>%s</p></div>', esc_html( sprintf( __( 'A test email was sent to %s. If it has not arrived in a few minutes, look in the spam folder.', 'blush-widgets' ), $to ) ) );
		} else {
			printf(
				'<div class="notice notice-error" id="blush-test-email-result"><p>%s %s</p><p>%s <code>%s</code></p></div>',
				/* translators: %s: email addresses */
				esc_html( sprintf( __( 'The test email to %s could not be sent.', 'blush-widgets' ), $to ) ),
				esc_html__( 'Many hosts send no email from a website until it is set up: an email (SMTP) plugin, or your host, can do that.', 'blush-widgets' ),
				esc_html__( 'For your web developer, what the mail system said:', 'blush-widgets' ),
				esc_html( $result[1] )
			);
		}
	}
	printf(
		'<p id="blush-destination"><strong>%s</strong> %s</p>',
		esc_html__( 'Where requests go:', 'blush-widgets' ),
		esc_html( blush_widgets_destination_text() )
	);
	if ( ! blush_widgets_options()['form_endpoint'] ) {
		printf(
			'<p id="blush-test-email"><a class="button" href="%s">%s</a> %s</p>',
			esc_url( wp_nonce_url( admin_url( 'admin-post.php?action=blush_widgets_test_email' ), 'blush-widgets-test-email' ) ),
			esc_html__( 'Send a test email', 'blush-widgets' ),
			esc_html__( 'Checks that this site can email you new requests.', 'blush-widgets' )
		);
	}
	if ( file_exists( BLUSH_WIDGETS_DIR . 'builder/index.html' ) ) {
		printf(
			'<p id="blush-builder"><a href="%s" target="_blank" rel="noopener">%s<span class="screen-reader-text"> %s</span></a> %s</p>',
			esc_url( plugins_url( 'builder/index.html', BLUSH_WIDGETS_FILE ) ),
			esc_html__( 'Open the embed builder', 'blush-widgets' ),
			esc_html__( '(opens in a new tab)', 'blush-widgets' ),
			esc_html__( 'Try each widget with your own settings and copy its code for another website (Squarespace, Wix, Webflow).', 'blush-widgets' )
		);
	}
}

/** Site Health: the consent box's privacy link. */
function blush_widgets_site_health_privacy() {
	$problem = blush_widgets_privacy_problem();
	return array(
		'label'       => '' === $problem ? __( 'The consultation form links your privacy policy', 'blush-widgets' ) : __( 'The consultation form has no privacy policy to link', 'blush-widgets' ),
		'status'      => '' === $problem ? 'good' : 'recommended',
		'badge'       => array(
			'label' => __( 'Consultation requests', 'blush-widgets' ),
			'color' => '' === $problem ? 'blue' : 'orange',
		),
		'description' => '<p>' . esc_html( '' === $problem ? __( 'Visitors can read your privacy policy before they agree to be contacted.', 'blush-widgets' ) : $problem ) . '</p>',
		'actions'     => '' === $problem ? '' : sprintf( '<p><a href="%s">%s</a></p>', esc_url( admin_url( 'options-privacy.php' ) ), esc_html__( 'Choose or publish your privacy policy page', 'blush-widgets' ) ),
		'test'        => 'blush_widgets_privacy',
	);
}

/**
 * Adds the privacy policy check to Site Health.
 *
 * @param array $tests Site Health's tests.
 */
function blush_widgets_site_health_tests( $tests ) {
	$tests['direct']['blush_widgets_privacy'] = array(
		'label' => __( 'Privacy policy for the consultation form', 'blush-widgets' ),
		'test'  => 'blush_widgets_site_health_privacy',
	);
	return $tests;
}
add_filter( 'site_status_tests', 'blush_widgets_site_health_tests' );

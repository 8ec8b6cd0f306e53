<?php
/**
 * Results in the admin: the editor's side panel (editor/result.jsx), the list's photo,
 * treatment and consent columns, and what tells the clinic that a patient's consent ends: a
 * notice on the dashboard and the results list, Site Health, and a daily email a month before.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The side panel, on a result's edit screen only. */
function blush_widgets_result_editor_assets() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! $screen || 'blush_result' !== $screen->post_type ) {
		return;
	}
	if ( ! blush_widgets_register_editor_script( 'blush-widgets-result-editor', 'result' ) ) {
		return;
	}
	wp_enqueue_script( 'blush-widgets-result-editor' );
	$treatments = blush_widgets_treatment_choices();
	wp_add_inline_script( 'blush-widgets-result-editor', 'window.blushWidgetsTreatments = ' . wp_json_encode( $treatments ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'blush_widgets_result_editor_assets' );

/**
 * The results list's columns.
 *
 * @param string[] $columns Column id => heading.
 */
function blush_widgets_result_columns( $columns ) {
	$title = $columns['title'] ?? __( 'Title', 'blush-widgets' );
	unset( $columns['title'], $columns['date'] );
	return array_merge(
		array_slice( $columns, 0, 1, true ),
		array(
			'blush_photos'    => __( 'Photos', 'blush-widgets' ),
			'title'           => $title,
			'blush_treatment' => __( 'Treatment', 'blush-widgets' ),
			'blush_consent'   => __( 'Consent to show', 'blush-widgets' ),
		),
		array_slice( $columns, 1, null, true )
	);
}
add_filter( 'manage_blush_result_posts_columns', 'blush_widgets_result_columns' );

/**
 * One cell of the results list.
 *
 * @param string $column  Column id.
 * @param int    $post_id The result.
 */
function blush_widgets_result_column( $column, $post_id ) {
	if ( 'blush_photos' === $column ) {
		foreach ( array( 'before_image', 'after_image' ) as $key ) {
			$id = (int) get_post_meta( $post_id, $key, true );
			echo $id ? wp_get_attachment_image( $id, array( 48, 48 ), false, array( 'style' => 'margin-inline-end:4px' ) ) : '<span aria-hidden="true">·</span> '; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- WordPress's own image markup.
		}
	} elseif ( 'blush_treatment' === $column ) {
		$treatment = (string) get_post_meta( $post_id, 'treatment', true );
		echo esc_html( '' === $treatment ? '—' : blush_widgets_treatment_label( $treatment ) );
	} elseif ( 'blush_consent' === $column ) {
		$date  = blush_widgets_result_date( get_post_meta( $post_id, 'consent_expires', true ) );
		$words = blush_widgets_consent_words( $date );
		$ended = '' !== $date && $date < blush_widgets_site_today();
		printf( '<span class="blush-consent%s">%s</span>', $ended ? ' blush-consent-ended' : '', esc_html( $words ) );
	}
}
add_action( 'manage_blush_result_posts_custom_column', 'blush_widgets_result_column', 10, 2 );

/**
 * The consent report in words, as a list of linked results.
 *
 * @param array $entries [post, date] pairs.
 */
function blush_widgets_consent_list( array $entries ) {
	$items = array();
	foreach ( $entries as $entry ) {
		$items[] = sprintf( '<li><a href="%s">%s</a>: %s</li>', esc_url( (string) get_edit_post_link( $entry[0]->ID ) ), esc_html( get_the_title( $entry[0] ) ), esc_html( blush_widgets_consent_words( $entry[1] ) ) );
	}
	return '<ul>' . implode( '', $items ) . '</ul>';
}

/** On the dashboard and the results list: whose consent ended or ends within a month. */
function blush_widgets_consent_notice() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! $screen || ! in_array( $screen->id, array( 'dashboard', 'edit-blush_result' ), true ) || ! current_user_can( 'edit_posts' ) ) {
		return;
	}
	$report = blush_widgets_results_consent_report();
	if ( $report['ended'] ) {
		printf(
			'<div class="notice notice-error" id="blush-consent-ended"><p><strong>%s</strong> %s</p>%s</div>',
			esc_html__( 'Consent has ended for these results.', 'blush-widgets' ),
			esc_html__( 'Visitors no longer see them. Renew the patient’s consent and change the date, or delete the result.', 'blush-widgets' ),
			blush_widgets_consent_list( $report['ended'] ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in blush_widgets_consent_list().
		);
	}
	if ( $report['ending'] ) {
		printf(
			'<div class="notice notice-warning" id="blush-consent-ending"><p><strong>%s</strong> %s</p>%s</div>',
			esc_html__( 'Consent ends within a month for these results.', 'blush-widgets' ),
			esc_html__( 'After that day they leave your gallery. Ask the patients whether you may keep showing them.', 'blush-widgets' ),
			blush_widgets_consent_list( $report['ending'] ) // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- escaped in blush_widgets_consent_list().
		);
	}
}
add_action( 'admin_notices', 'blush_widgets_consent_notice' );

/** Site Health: results whose consent ended or ends soon. */
function blush_widgets_site_health_consent() {
	$report = blush_widgets_results_consent_report();
	$status = $report['ended'] ? 'critical' : ( $report['ending'] ? 'recommended' : 'good' );
	$labels = array(
		'good'        => __( 'Every published result has the patient’s consent', 'blush-widgets' ),
		'recommended' => __( 'Some results’ consent ends within a month', 'blush-widgets' ),
		'critical'    => __( 'Some published results’ consent has ended', 'blush-widgets' ),
	);
	$list   = blush_widgets_consent_list( array_merge( $report['ended'], $report['ending'] ) );
	return array(
		'label'       => $labels[ $status ],
		'status'      => $status,
		'badge'       => array(
			'label' => __( 'Before-and-after results', 'blush-widgets' ),
			'color' => 'good' === $status ? 'blue' : ( 'critical' === $status ? 'red' : 'orange' ),
		),
		'description' => '<p>' . esc_html__( 'A result leaves your gallery the day after its consent ends. Ask patients to renew before then, or delete their results.', 'blush-widgets' ) . '</p>' . ( 'good' === $status ? '' : $list ),
		'actions'     => sprintf( '<p><a href="%s">%s</a></p>', esc_url( admin_url( 'edit.php?post_type=blush_result' ) ), esc_html__( 'See your results', 'blush-widgets' ) ),
		'test'        => 'blush_widgets_consent',
	);
}

/**
 * Adds the consent check to Site Health.
 *
 * @param array $tests Site Health tests.
 */
function blush_widgets_site_health_consent_test( $tests ) {
	$tests['direct']['blush_widgets_consent'] = array(
		'label' => __( 'Consent for before-and-after results', 'blush-widgets' ),
		'test'  => 'blush_widgets_site_health_consent',
	);
	return $tests;
}
add_filter( 'site_status_tests', 'blush_widgets_site_health_consent_test' );

/**
 * Once a day: email the clinic about each result whose consent ends within a month, once per
 * result and end date (a renewed date is told about again when its turn comes).
 */
function blush_widgets_consent_daily() {
	$report = blush_widgets_results_consent_report();
	$new    = array();
	foreach ( $report['ending'] as $entry ) {
		if ( get_post_meta( $entry[0]->ID, '_blush_consent_told', true ) !== $entry[1] ) {
			$new[] = $entry;
			update_post_meta( $entry[0]->ID, '_blush_consent_told', $entry[1] );
		}
	}
	if ( ! $new ) {
		return;
	}
	$lines = array();
	foreach ( $new as $entry ) {
		$lines[] = '- ' . wp_strip_all_tags( get_the_title( $entry[0] ) ) . ': ' . blush_widgets_consent_words( $entry[1] );
	}
	wp_mail(
		blush_widgets_lead_recipients(),
		/* translators: %s: the site's name */
		sprintf( __( '[%s] Before-and-after consent ends soon', 'blush-widgets' ), wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES ) ),
		__( 'These results leave your gallery after the day their consent ends. Ask the patients whether you may keep showing them, then change the date; or delete the result.', 'blush-widgets' ) . "\n\n" . implode( "\n", $lines ) . "\n\n" . admin_url( 'edit.php?post_type=blush_result' )
	);
}
add_action( 'blush_widgets_consent_daily', 'blush_widgets_consent_daily' );

/** The daily check's schedule, set once. */
function blush_widgets_schedule_consent_daily() {
	if ( ! wp_next_scheduled( 'blush_widgets_consent_daily' ) ) {
		wp_schedule_event( time() + HOUR_IN_SECONDS, 'daily', 'blush_widgets_consent_daily' );
	}
}
add_action( 'init', 'blush_widgets_schedule_consent_daily' );

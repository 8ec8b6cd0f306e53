<?php
/**
 * Before-and-after results as WordPress content: a private post type, `blush_result`, edited in
 * the block editor with a side panel (editor/result.jsx) for the two photos from the Media
 * Library, the treatment, the dates and whether it is an illustration. A gallery with no cases
 * file of its own lists the published results. A result whose consent has ended is never sent to
 * a visitor: not in the page, not in any REST answer (the post type's REST routes are for people
 * who can edit posts). Its admin list, a notice and Site Health say what ends within a month.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Days before the consent ends that the clinic is told. */
const BLUSH_WIDGETS_CONSENT_WARNING_DAYS = 30;

/** The result's fields: meta key => [type, sanitizer]. */
function blush_widgets_result_fields() {
	return array(
		'before_image'    => array( 'integer', 'absint' ),
		'after_image'     => array( 'integer', 'absint' ),
		'treatment'       => array( 'string', 'sanitize_key' ),
		'consent_expires' => array( 'string', 'blush_widgets_result_date' ),
		'taken_on'        => array( 'string', 'blush_widgets_result_date' ),
		'sessions'        => array( 'integer', 'absint' ),
		'illustration'    => array( 'boolean', 'rest_sanitize_boolean' ),
	);
}

/**
 * A real date as YYYY-MM-DD, else ''.
 *
 * @param mixed $value What was sent.
 */
function blush_widgets_result_date( $value ) {
	$value = trim( (string) $value );
	if ( ! preg_match( '/^(\d{4})-(\d{2})-(\d{2})$/', $value, $parts ) || ! checkdate( (int) $parts[2], (int) $parts[3], (int) $parts[1] ) ) {
		return '';
	}
	return $value;
}

/** Today in the site's time zone, as YYYY-MM-DD: the day consent is measured against. */
function blush_widgets_site_today() {
	return wp_date( 'Y-m-d' );
}

/**
 * Registers the post type and its fields.
 */
function blush_widgets_register_results() {
	register_post_type(
		'blush_result',
		array(
			'labels'                => array(
				'name'          => __( 'Results', 'blush-widgets' ),
				'singular_name' => __( 'Result', 'blush-widgets' ),
				'menu_name'     => __( 'Before & after', 'blush-widgets' ),
				'add_new'       => __( 'Add a result', 'blush-widgets' ),
				'add_new_item'  => __( 'Add a before-and-after result', 'blush-widgets' ),
				'edit_item'     => __( 'Edit result', 'blush-widgets' ),
				'all_items'     => __( 'All results', 'blush-widgets' ),
				'not_found'     => __( 'No results yet. Add one with two photos and the date the patient’s consent ends.', 'blush-widgets' ),
			),
			'description'           => __( 'Before-and-after photos shown in your gallery while the patient’s consent lasts.', 'blush-widgets' ),
			// No page of its own, not in search: a result is shown only inside a gallery.
			'public'                => false,
			'show_ui'               => true,
			'show_in_menu'          => true,
			'menu_icon'             => 'dashicons-images-alt2',
			'menu_position'         => 26,
			'show_in_rest'          => true,
			'rest_base'             => 'blush-results',
			'rest_controller_class' => 'Blush_Widgets_Results_Controller',
			'supports'              => array( 'title', 'editor', 'custom-fields', 'revisions' ),
			// The text is the caption visitors read under the photos: one paragraph.
			'template'              => array( array( 'core/paragraph', array( 'placeholder' => __( 'A caption visitors read under the photos (optional)', 'blush-widgets' ) ) ) ),
			'template_lock'         => 'all',
		)
	);
	foreach ( blush_widgets_result_fields() as $key => $field ) {
		register_post_meta(
			'blush_result',
			$key,
			array(
				'type'              => $field[0],
				'single'            => true,
				'show_in_rest'      => true,
				'sanitize_callback' => $field[1],
				'auth_callback'     => 'blush_widgets_can_edit_results',
			)
		);
	}
}
add_action( 'init', 'blush_widgets_register_results' );

/** Who may read and change results through REST: people who can edit posts. */
function blush_widgets_can_edit_results() {
	return current_user_can( 'edit_posts' );
}

/**
 * Published results whose consent has not ended, newest first.
 *
 * @param string $today YYYY-MM-DD; the site's today by default.
 * @return WP_Post[]
 */
function blush_widgets_showable_results( $today = '' ) {
	$today = $today ? $today : blush_widgets_site_today();
	return get_posts(
		array(
			'post_type'        => 'blush_result',
			'post_status'      => 'publish',
			'numberposts'      => 200, // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_numberposts -- a cap, not a page size: a clinic has tens of results.
			'suppress_filters' => false,
			// phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- a clinic has tens of results, not thousands.
			'meta_query'       => array(
				'relation' => 'OR',
				array(
					'key'     => 'consent_expires',
					'compare' => 'NOT EXISTS',
				),
				array(
					'key'   => 'consent_expires',
					'value' => '',
				),
				array(
					'key'     => 'consent_expires',
					'value'   => $today,
					'compare' => '>=',
					'type'    => 'CHAR',
				),
			),
		)
	);
}

/**
 * One photo of a case as a slotted image, or '' when the attachment is not an image.
 *
 * @param int    $id    Attachment id.
 * @param string $side  `before` or `after`.
 * @param string $title What the photo shows, named in its alt when the Media Library has none.
 */
function blush_widgets_result_image( $id, $side, $title ) {
	$image = $id ? wp_get_attachment_image_src( $id, 'large' ) : false;
	if ( ! $image ) {
		return '';
	}
	$alt = trim( (string) get_post_meta( $id, '_wp_attachment_image_alt', true ) );
	if ( '' === $alt ) {
		/* translators: 1: "Before" or "After", 2: what the photos show (a result's title, or a treatment) */
		$alt = sprintf( __( '%1$s: %2$s', 'blush-widgets' ), 'before' === $side ? __( 'Before', 'blush-widgets' ) : __( 'After', 'blush-widgets' ), $title );
	}
	return sprintf(
		'<img slot="%s" src="%s" alt="%s" width="%d" height="%d" loading="lazy" />',
		esc_attr( $side ),
		esc_url( $image[0] ),
		esc_attr( $alt ),
		(int) $image[1],
		(int) $image[2]
	);
}

/**
 * One case of the gallery: a `<blush-before-after>` child with its two photos slotted. '' when a
 * photo is missing or the consent has ended by `$today`, so such a case never reaches the page.
 * A published result and a case picked in the gallery block (blocks/gallery-case) both come here.
 *
 * @param array  $fields before_image, after_image (attachment ids), treatment, sessions, taken_on, consent_expires, illustration, caption.
 * @param string $id     The case's id in the gallery.
 * @param string $title  What the photos show, for their alt when the Media Library has none.
 * @param string $today  YYYY-MM-DD.
 */
function blush_widgets_case_html( array $fields, $id, $title, $today ) {
	$written = trim( (string) ( $fields['consent_expires'] ?? '' ) );
	$consent = blush_widgets_result_date( $written );
	// A consent day that cannot be read is withheld, as the gallery withholds it: never shown forever.
	if ( ( '' !== $written && '' === $consent ) || ( '' !== $consent && $consent < $today ) ) {
		return '';
	}
	$before = blush_widgets_result_image( absint( $fields['before_image'] ?? 0 ), 'before', $title );
	$after  = blush_widgets_result_image( absint( $fields['after_image'] ?? 0 ), 'after', $title );
	if ( '' === $before || '' === $after ) {
		return '';
	}
	$sessions = absint( $fields['sessions'] ?? 0 );
	return '<blush-before-after' . blush_widgets_attributes(
		array(
			'id'              => $id,
			'treatment'       => sanitize_key( (string) ( $fields['treatment'] ?? '' ) ),
			'sessions'        => $sessions ? (string) $sessions : null,
			'photo-date'      => blush_widgets_result_date( $fields['taken_on'] ?? '' ),
			'consent-expires' => $consent,
			'illustration'    => (bool) ( $fields['illustration'] ?? false ),
			'caption'         => (string) ( $fields['caption'] ?? '' ),
		)
	) . '>' . $before . $after . '</blush-before-after>';
}

/**
 * The published results a visitor may see, as the gallery's case children.
 *
 * @param string $today YYYY-MM-DD; the site's today by default.
 */
function blush_widgets_results_html( $today = '' ) {
	$today = $today ? $today : blush_widgets_site_today();
	$html  = '';
	foreach ( blush_widgets_showable_results( $today ) as $result ) {
		$fields = array( 'caption' => trim( wp_strip_all_tags( $result->post_content ) ) );
		foreach ( array_keys( blush_widgets_result_fields() ) as $key ) {
			$fields[ $key ] = get_post_meta( $result->ID, $key, true );
		}
		$html .= blush_widgets_case_html( $fields, 'result-' . $result->ID, get_the_title( $result ), $today );
	}
	return $html;
}

/**
 * A case picked in the gallery block (blocks/gallery-case): the same child as a published
 * result's, and never sent once its consent has ended.
 *
 * @param array $attributes The block's attributes.
 */
function blush_widgets_render_gallery_case( $attributes ) {
	$attributes = is_array( $attributes ) ? $attributes : array();
	$treatment  = sanitize_key( (string) ( $attributes['treatment'] ?? '' ) );
	$title      = $treatment ? blush_widgets_treatment_label( $treatment ) : __( 'Treatment result', 'blush-widgets' );
	$id         = 'case-' . absint( $attributes['before_image'] ?? 0 ) . '-' . absint( $attributes['after_image'] ?? 0 );
	// The same two photos twice on a page (one gallery or two) get distinct ids: `case-4-5`, `case-4-5-2`.
	static $seen = array();
	$seen[ $id ] = ( $seen[ $id ] ?? 0 ) + 1;
	if ( $seen[ $id ] > 1 ) {
		$id .= '-' . $seen[ $id ];
	}
	return blush_widgets_case_html( $attributes, $id, $title, blush_widgets_site_today() );
}

/**
 * Results whose consent has ended while still published, and those ending within the warning
 * window, each as [post, YYYY-MM-DD].
 *
 * @param string $today YYYY-MM-DD; the site's today by default.
 * @return array{ended: array, ending: array}
 */
function blush_widgets_results_consent_report( $today = '' ) {
	$today  = $today ? $today : blush_widgets_site_today();
	$soon   = gmdate( 'Y-m-d', strtotime( $today . ' +' . BLUSH_WIDGETS_CONSENT_WARNING_DAYS . ' days' ) );
	$report = array(
		'ended'  => array(),
		'ending' => array(),
	);
	$posts  = get_posts(
		array(
			'post_type'   => 'blush_result',
			'post_status' => 'publish',
			'numberposts' => 200, // phpcs:ignore WordPress.WP.PostsPerPage.posts_per_page_numberposts -- a cap, not a page size: a clinic has tens of results.
			// phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_key -- a clinic has tens of results.
			'meta_key'    => 'consent_expires',
			'orderby'     => 'meta_value',
			'order'       => 'ASC',
		)
	);
	foreach ( $posts as $post ) {
		$date = blush_widgets_result_date( get_post_meta( $post->ID, 'consent_expires', true ) );
		if ( '' === $date ) {
			continue;
		}
		if ( $date < $today ) {
			$report['ended'][] = array( $post, $date );
		} elseif ( $date <= $soon ) {
			$report['ending'][] = array( $post, $date );
		}
	}
	return $report;
}

/**
 * A result's consent in words: "Until March 1, 2027", "Ends in 12 days (…): ask to renew",
 * "Ended on …: hidden from visitors".
 *
 * @param string $date  YYYY-MM-DD or ''.
 * @param string $today YYYY-MM-DD; the site's today by default.
 */
function blush_widgets_consent_words( $date, $today = '' ) {
	$today = $today ? $today : blush_widgets_site_today();
	if ( '' === $date ) {
		return __( 'No end date: shown until you unpublish it', 'blush-widgets' );
	}
	$shown = date_i18n( get_option( 'date_format' ), strtotime( $date . ' 12:00' ) );
	if ( $date < $today ) {
		/* translators: %s: a date */
		return sprintf( __( 'Ended on %s: hidden from visitors. Renew the consent or delete the result.', 'blush-widgets' ), $shown );
	}
	$days = (int) round( ( strtotime( $date ) - strtotime( $today ) ) / DAY_IN_SECONDS );
	if ( 0 === $days ) {
		/* translators: %s: a date */
		return sprintf( __( 'Ends today (%s): from tomorrow visitors no longer see it', 'blush-widgets' ), $shown );
	}
	if ( 1 === $days ) {
		/* translators: %s: a date */
		return sprintf( __( 'Ends tomorrow (%s): ask the patient to renew', 'blush-widgets' ), $shown );
	}
	if ( $days <= BLUSH_WIDGETS_CONSENT_WARNING_DAYS ) {
		/* translators: 1: number of days, 2: a date */
		return sprintf( _n( 'Ends in %1$d day (%2$s): ask the patient to renew', 'Ends in %1$d days (%2$s): ask the patient to renew', $days, 'blush-widgets' ), $days, $shown );
	}
	/* translators: %s: a date */
	return sprintf( __( 'Until %s', 'blush-widgets' ), $shown );
}

// The post type's REST routes, for editors only: a visitor's browser never reads a result there, so
// a result whose consent has ended cannot be found through them either.
require_once __DIR__ . '/class-blush-widgets-results-controller.php';
require_once __DIR__ . '/results-admin.php';

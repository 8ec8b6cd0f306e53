<?php
/**
 * Leads › the list: search, a view per status, bulk status changes and bulk delete (the list
 * table's own `bulk-leads` nonce). Every value is escaped where it is printed.
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

if ( ! class_exists( 'WP_List_Table' ) ) {
	require_once ABSPATH . 'wp-admin/includes/class-wp-list-table.php';
}

/** The table on the Leads screen. */
class Blush_Widgets_Leads_Table extends WP_List_Table {

	/** A table of leads, without AJAX. */
	public function __construct() {
		parent::__construct(
			array(
				'singular' => 'lead',
				'plural'   => 'leads',
				'ajax'     => false,
			)
		);
	}

	/** The status and search the screen was asked for (read-only filters; no state changes here). */
	public static function filters() {
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- read-only list filters.
		$status = isset( $_REQUEST['status'] ) ? sanitize_key( wp_unslash( $_REQUEST['status'] ) ) : '';
		return array(
			'status' => isset( blush_widgets_lead_statuses()[ $status ] ) ? $status : '',
			'search' => isset( $_REQUEST['s'] ) ? sanitize_text_field( wp_unslash( $_REQUEST['s'] ) ) : '',
		);
		// phpcs:enable
	}

	/** Column key => heading (`cb`: the bulk checkbox). */
	public function get_columns() {
		return array(
			'cb'         => '<input type="checkbox" />',
			'name'       => __( 'Name', 'blush-widgets' ),
			'email'      => __( 'Email', 'blush-widgets' ),
			'phone'      => __( 'Phone', 'blush-widgets' ),
			'treatments' => __( 'Treatments', 'blush-widgets' ),
			'source'     => __( 'Source', 'blush-widgets' ),
			'status'     => __( 'Status', 'blush-widgets' ),
			'mail'       => __( 'Notification', 'blush-widgets' ),
			'created_at' => __( 'Received', 'blush-widgets' ),
		);
	}

	/** Sortable columns => the field each sorts by (Received starts descending). */
	protected function get_sortable_columns() {
		return array(
			'name'       => array( 'last_name', false ),
			'email'      => array( 'email', false ),
			'status'     => array( 'status', false ),
			'created_at' => array( 'created_at', true ),
		);
	}

	/** Bulk actions: a "Mark as" per status, and delete. */
	protected function get_bulk_actions() {
		$actions = array();
		foreach ( blush_widgets_lead_statuses() as $status => $label ) {
			/* translators: %s: a status such as Contacted */
			$actions[ 'status-' . $status ] = sprintf( __( 'Mark as %s', 'blush-widgets' ), $label );
		}
		$actions['delete'] = __( 'Delete', 'blush-widgets' );
		return $actions;
	}

	/** The All link and one link per status, each with its count. */
	protected function get_views() {
		$filters = self::filters();
		$counts  = blush_widgets_leads_counts();
		$base    = admin_url( 'admin.php?page=blush-leads' );
		$views   = array(
			'all' => sprintf( '<a href="%s"%s>%s <span class="count">(%d)</span></a>', esc_url( $base ), '' === $filters['status'] ? ' class="current" aria-current="page"' : '', esc_html__( 'All', 'blush-widgets' ), array_sum( $counts ) ),
		);
		foreach ( blush_widgets_lead_statuses() as $status => $label ) {
			$views[ $status ] = sprintf(
				'<a href="%s"%s>%s <span class="count">(%d)</span></a>',
				esc_url( add_query_arg( 'status', $status, $base ) ),
				$status === $filters['status'] ? ' class="current" aria-current="page"' : '',
				esc_html( $label ),
				$counts[ $status ]
			);
		}
		return $views;
	}

	/** Loads the page of leads for the filters, order and screen option asked for. */
	public function prepare_items() {
		$per_page = $this->get_items_per_page( 'blush_leads_per_page', 20 );
		// phpcs:disable WordPress.Security.NonceVerification.Recommended -- read-only sort order.
		$args = self::filters() + array(
			'orderby' => isset( $_REQUEST['orderby'] ) ? sanitize_key( wp_unslash( $_REQUEST['orderby'] ) ) : '',
			'order'   => isset( $_REQUEST['order'] ) ? sanitize_key( wp_unslash( $_REQUEST['order'] ) ) : '',
		);
		// phpcs:enable
		$total                 = blush_widgets_leads_total( $args );
		$this->items           = blush_widgets_leads_query(
			$args + array(
				'per_page' => $per_page,
				'page'     => $this->get_pagenum(),
			)
		);
		$this->_column_headers = array( $this->get_columns(), array(), $this->get_sortable_columns(), 'name' );
		$this->set_pagination_args(
			array(
				'total_items' => $total,
				'per_page'    => $per_page,
			)
		);
	}

	/** What the table says when there are no leads. */
	public function no_items() {
		esc_html_e( 'No consultation requests yet.', 'blush-widgets' );
	}

	/**
	 * The bulk checkbox, labelled with the visitor's name.
	 *
	 * @param array $item The lead, as blush_widgets_leads_query() returns it.
	 */
	protected function column_cb( $item ) {
		/* translators: %s: visitor's name */
		$label = sprintf( __( 'Select %s', 'blush-widgets' ), trim( $item['first_name'] . ' ' . $item['last_name'] ) );
		return sprintf( '<label class="screen-reader-text" for="lead-%1$d">%2$s</label><input type="checkbox" id="lead-%1$d" name="lead[]" value="%1$d" />', (int) $item['id'], esc_html( $label ) );
	}

	/**
	 * The visitor's name, linked to the lead, with View and Delete.
	 *
	 * @param array $item The lead, as blush_widgets_leads_query() returns it.
	 */
	protected function column_name( $item ) {
		$name = trim( $item['first_name'] . ' ' . $item['last_name'] );
		$view = admin_url( 'admin.php?page=blush-leads&lead=' . (int) $item['id'] );
		return sprintf( '<strong><a class="row-title" href="%s">%s</a></strong>', esc_url( $view ), esc_html( '' !== $name ? $name : __( '(no name)', 'blush-widgets' ) ) )
			. $this->row_actions(
				array(
					'view'   => sprintf( '<a href="%s">%s</a>', esc_url( $view ), esc_html__( 'View', 'blush-widgets' ) ),
					'delete' => sprintf( '<a href="%s" class="submitdelete">%s</a>', esc_url( blush_widgets_lead_delete_url( $item['id'] ) ), esc_html__( 'Delete', 'blush-widgets' ) ),
				)
			);
	}

	/**
	 * The email address, linked when it is one.
	 *
	 * @param array $item The lead, as blush_widgets_leads_query() returns it.
	 */
	protected function column_email( $item ) {
		return is_email( $item['email'] ) ? sprintf( '<a href="%s">%s</a>', esc_url( 'mailto:' . $item['email'] ), esc_html( $item['email'] ) ) : esc_html( $item['email'] );
	}

	/**
	 * The phone number, formatted.
	 *
	 * @param array $item The lead, as blush_widgets_leads_query() returns it.
	 */
	protected function column_phone( $item ) {
		return esc_html( blush_widgets_lead_format_phone( $item['phone'] ) );
	}

	/**
	 * The treatments asked about, as text.
	 *
	 * @param array $item The lead, as blush_widgets_leads_query() returns it.
	 */
	protected function column_treatments( $item ) {
		return esc_html( blush_widgets_lead_treatments_text( $item['treatments'] ) );
	}

	/**
	 * Where the visitor came from, or a dash when it is not known.
	 *
	 * @param array $item The lead, as blush_widgets_leads_query() returns it.
	 */
	protected function column_source( $item ) {
		$source = blush_widgets_lead_source( $item['fields'] ?? array() );
		return '' === $source ? '<span aria-hidden="true">—</span><span class="screen-reader-text">' . esc_html__( 'Not known', 'blush-widgets' ) . '</span>' : esc_html( $source );
	}

	/**
	 * The status, in words.
	 *
	 * @param array $item The lead, as blush_widgets_leads_query() returns it.
	 */
	protected function column_status( $item ) {
		return esc_html( blush_widgets_lead_statuses()[ $item['status'] ] ?? $item['status'] );
	}

	/**
	 * How the notification stands, with Send again when it failed.
	 *
	 * @param array $item The lead, as blush_widgets_leads_query() returns it.
	 */
	protected function column_mail( $item ) {
		if ( 'failed' === $item['mail_status'] ) {
			return sprintf(
				'<span class="blush-mail-failed" title="%s">%s</span><br /><a href="%s">%s</a>',
				esc_attr( $item['mail_error'] ),
				esc_html( blush_widgets_lead_mail_label( $item ) ),
				esc_url( blush_widgets_lead_resend_url( $item['id'] ) ),
				esc_html__( 'Send again', 'blush-widgets' )
			);
		}
		return esc_html( blush_widgets_lead_mail_label( $item ) );
	}

	/**
	 * When the lead came in, in the site's time zone.
	 *
	 * @param array $item The lead, as blush_widgets_leads_query() returns it.
	 */
	protected function column_created_at( $item ) {
		return esc_html( blush_widgets_lead_date( $item['created_at'] ) );
	}
}

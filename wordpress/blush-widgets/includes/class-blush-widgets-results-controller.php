<?php
/**
 * The results' REST routes: the block editor's, for people who can edit posts (results.php).
 *
 * @package BlushWidgets
 */

defined( 'ABSPATH' ) || exit;

/** Results through REST: only for people who can edit posts. */
class Blush_Widgets_Results_Controller extends WP_REST_Posts_Controller {
	/**
	 * Listing results.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public function get_items_permissions_check( $request ) {
		return blush_widgets_can_edit_results() ? parent::get_items_permissions_check( $request ) : $this->private_error();
	}

	/**
	 * Reading one result.
	 *
	 * @param WP_REST_Request $request The request.
	 */
	public function get_item_permissions_check( $request ) {
		return blush_widgets_can_edit_results() ? parent::get_item_permissions_check( $request ) : $this->private_error();
	}

	/** The answer to anyone else. */
	private function private_error() {
		return new WP_Error( 'rest_forbidden', __( 'Results are private to the clinic’s team.', 'blush-widgets' ), array( 'status' => rest_authorization_required_code() ) );
	}
}

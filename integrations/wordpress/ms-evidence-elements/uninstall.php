<?php
/**
 * Uninstall: removes the plugin's settings, the site data file and its folder in uploads. Posts
 * keep their blocks and shortcodes (WordPress shows them as unsupported blocks and plain text).
 *
 * @package MsEvidenceElements
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'ms_evidence_elements_settings' );
delete_option( 'ms_evidence_elements_site_data' );

$ms_ee_uploads = wp_upload_dir();
$ms_ee_dir     = $ms_ee_uploads['basedir'] . '/ms-evidence-elements';
foreach ( (array) glob( $ms_ee_dir . '/site-data-*.json' ) as $ms_ee_file ) {
	wp_delete_file( $ms_ee_file );
}
if ( is_dir( $ms_ee_dir ) ) {
	rmdir( $ms_ee_dir ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_rmdir -- our own, now empty, folder.
}

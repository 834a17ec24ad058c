<?php
/**
 * Settings → MS Evidence Elements: the default jurisdiction and language, and the site's own data
 * file (studies and treatments in the library's dataset format).
 *
 * The data file is validated by the library's own rules: the page runs the bundled validator
 * (admin/validator.js, built from the library's model) in the browser, shows every problem with
 * its record and field, and sends the file with the summary it computed (texts for readers
 * without JavaScript). PHP stores the file only when the summary belongs to exactly those bytes
 * (SHA-256) and reports no problem, so an unchecked file never reaches the site.
 *
 * @package MsEvidenceElements
 */

defined( 'ABSPATH' ) || exit;

/** Largest data file accepted, in bytes. */
const MS_EE_MAX_FILE = 2097152;

/** Adds the page under Settings. */
function ms_ee_settings_menu() {
	add_options_page(
		__( 'MS Evidence Elements', 'ms-evidence-elements' ),
		__( 'MS Evidence Elements', 'ms-evidence-elements' ),
		'manage_options',
		'ms-evidence-elements',
		'ms_ee_settings_page'
	);
}
add_action( 'admin_menu', 'ms_ee_settings_menu' );

/** Registers the settings option with its sanitizer. */
function ms_ee_register_settings() {
	register_setting(
		'ms_evidence_elements',
		MS_EE_SETTINGS,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'ms_ee_sanitize_settings',
			'default'           => array(),
		)
	);
}
add_action( 'admin_init', 'ms_ee_register_settings' );

/**
 * Keeps only known jurisdictions and languages.
 *
 * @param mixed $input Submitted values.
 */
function ms_ee_sanitize_settings( $input ) {
	$input = is_array( $input ) ? $input : array();
	$j     = isset( $input['jurisdiction'] ) ? strtoupper( sanitize_text_field( $input['jurisdiction'] ) ) : 'US';
	$l     = isset( $input['language'] ) ? sanitize_key( $input['language'] ) : '';
	return array(
		'jurisdiction' => isset( ms_ee_jurisdictions()[ $j ] ) ? $j : 'US',
		'language'     => isset( ms_ee_languages()[ $l ] ) ? $l : '',
	);
}

/** Loads the validator on the settings page only. */
function ms_ee_settings_assets( $hook ) {
	if ( 'settings_page_ms-evidence-elements' !== $hook ) {
		return;
	}
	wp_enqueue_script( 'ms-evidence-elements-settings', plugins_url( 'admin/settings.js', MS_EE_FILE ), array(), MS_EE_VERSION, true );
}
add_action( 'admin_enqueue_scripts', 'ms_ee_settings_assets' );

/**
 * The settings script is a module too (it imports the validator).
 *
 * @param string $tag    Script tag.
 * @param string $handle Handle.
 */
function ms_ee_settings_module_tag( $tag, $handle ) {
	return 'ms-evidence-elements-settings' === $handle ? str_replace( '<script ', '<script type="module" ', preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag ) ) : $tag;
}
add_filter( 'script_loader_tag', 'ms_ee_settings_module_tag', 10, 2 );

/** The page. */
function ms_ee_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$settings = ms_ee_settings();
	$site     = ms_ee_site_data();
	$result   = get_transient( 'ms_ee_upload_result_' . get_current_user_id() );
	delete_transient( 'ms_ee_upload_result_' . get_current_user_id() );
	?>
	<div class="wrap">
		<h1><?php esc_html_e( 'MS Evidence Elements', 'ms-evidence-elements' ); ?></h1>
		<?php if ( is_array( $result ) ) : ?>
			<div class="notice notice-<?php echo $result['ok'] ? 'success' : 'error'; ?>" id="ms-ee-upload-result">
				<p><?php echo esc_html( $result['message'] ); ?></p>
				<?php if ( ! empty( $result['issues'] ) ) : ?>
					<ul>
						<?php foreach ( $result['issues'] as $issue ) : ?>
							<li><?php echo esc_html( $issue ); ?></li>
						<?php endforeach; ?>
					</ul>
				<?php endif; ?>
			</div>
		<?php endif; ?>

		<form method="post" action="options.php">
			<?php settings_fields( 'ms_evidence_elements' ); ?>
			<table class="form-table" role="presentation">
				<tr>
					<th scope="row"><label for="ms-ee-jurisdiction"><?php esc_html_e( 'Default jurisdiction', 'ms-evidence-elements' ); ?></label></th>
					<td>
						<select id="ms-ee-jurisdiction" name="<?php echo esc_attr( MS_EE_SETTINGS ); ?>[jurisdiction]">
							<?php foreach ( ms_ee_jurisdictions() as $code => $agency ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" <?php selected( $settings['jurisdiction'], $code ); ?>><?php echo esc_html( $code . ': ' . $agency ); ?></option>
							<?php endforeach; ?>
						</select>
						<p class="description"><?php esc_html_e( 'Whose approval the regulatory labels and the not-approved notice speak of, unless a block or shortcode says otherwise.', 'ms-evidence-elements' ); ?></p>
					</td>
				</tr>
				<tr>
					<th scope="row"><label for="ms-ee-language"><?php esc_html_e( 'Language', 'ms-evidence-elements' ); ?></label></th>
					<td>
						<select id="ms-ee-language" name="<?php echo esc_attr( MS_EE_SETTINGS ); ?>[language]">
							<option value="" <?php selected( $settings['language'], '' ); ?>><?php esc_html_e( "The site's language (English when the elements do not speak it)", 'ms-evidence-elements' ); ?></option>
							<?php foreach ( ms_ee_languages() as $code => $name ) : ?>
								<option value="<?php echo esc_attr( $code ); ?>" <?php selected( $settings['language'], $code ); ?>><?php echo esc_html( $name ); ?></option>
							<?php endforeach; ?>
						</select>
					</td>
				</tr>
			</table>
			<?php submit_button(); ?>
		</form>

		<h2><?php esc_html_e( "The site's data file", 'ms-evidence-elements' ); ?></h2>
		<p><?php esc_html_e( 'Your own studies and treatments, in the library\'s dataset format ({ "studies": [...], "treatments": [...] }). Blocks offer them next to the bundled ones; a record with the same id as a bundled one replaces it.', 'ms-evidence-elements' ); ?></p>
		<?php if ( $site ) : ?>
			<p id="ms-ee-current-file">
				<?php
				printf(
					/* translators: 1: number of studies, 2: number of treatments, 3: date. */
					esc_html__( 'In use: %1$d studies and %2$d treatments, uploaded %3$s.', 'ms-evidence-elements' ),
					count( $site['summary']['studies'] ),
					count( $site['summary']['treatments'] ),
					esc_html( isset( $site['uploaded'] ) ? $site['uploaded'] : '' )
				);
				?>
				<a href="<?php echo esc_url( $site['url'] ); ?>"><?php esc_html_e( 'Download', 'ms-evidence-elements' ); ?></a>
			</p>
		<?php endif; ?>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" enctype="multipart/form-data" id="ms-ee-upload">
			<input type="hidden" name="action" value="ms_ee_upload" />
			<input type="hidden" name="ms_ee_check" id="ms-ee-check" value="" />
			<?php wp_nonce_field( 'ms_ee_upload' ); ?>
			<p>
				<label for="ms-ee-file"><?php esc_html_e( 'Data file (JSON)', 'ms-evidence-elements' ); ?></label>
				<input type="file" id="ms-ee-file" name="ms_ee_file" accept="application/json,.json" />
			</p>
			<div id="ms-ee-validation" aria-live="polite"><noscript><p><?php esc_html_e( 'Checking a data file needs JavaScript on this page.', 'ms-evidence-elements' ); ?></p></noscript></div>
			<?php submit_button( __( 'Check and upload', 'ms-evidence-elements' ), 'primary', 'submit', true, array( 'disabled' => 'disabled', 'id' => 'ms-ee-upload-button' ) ); ?>
			<?php if ( $site ) : ?>
				<?php submit_button( __( 'Stop using the data file', 'ms-evidence-elements' ), 'delete', 'ms_ee_remove', false ); ?>
			<?php endif; ?>
		</form>
	</div>
	<?php
}

/**
 * Stores the result shown on the next view of the page, and goes back there.
 *
 * @param bool     $ok      Whether it worked.
 * @param string   $message One sentence.
 * @param string[] $issues  Problems, one line each.
 */
function ms_ee_upload_done( $ok, $message, $issues = array() ) {
	set_transient(
		'ms_ee_upload_result_' . get_current_user_id(),
		array(
			'ok'      => $ok,
			'message' => $message,
			'issues'  => array_slice( $issues, 0, 50 ),
		),
		300
	);
	wp_safe_redirect( admin_url( 'options-general.php?page=ms-evidence-elements' ) );
	exit;
}

/** Handles the upload form: checks, stores, or refuses with the reasons. */
function ms_ee_handle_upload() {
	if ( ! current_user_can( 'manage_options' ) ) {
		wp_die( esc_html__( 'You may not change these settings.', 'ms-evidence-elements' ), 403 );
	}
	check_admin_referer( 'ms_ee_upload' );
	if ( isset( $_POST['ms_ee_remove'] ) ) {
		ms_ee_remove_site_data();
		ms_ee_upload_done( true, __( 'The site data file is no longer used; blocks show the bundled data.', 'ms-evidence-elements' ) );
	}
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- checked below, byte for byte.
	$file = isset( $_FILES['ms_ee_file'] ) ? $_FILES['ms_ee_file'] : null;
	if ( ! $file || UPLOAD_ERR_OK !== $file['error'] || ! is_uploaded_file( $file['tmp_name'] ) ) {
		ms_ee_upload_done( false, __( 'No file arrived. Choose a JSON file and try again.', 'ms-evidence-elements' ) );
	}
	if ( $file['size'] > MS_EE_MAX_FILE ) {
		ms_ee_upload_done( false, __( 'The file is larger than 2 MB.', 'ms-evidence-elements' ) );
	}
	$bytes = file_get_contents( $file['tmp_name'] ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- the uploaded file.
	// phpcs:ignore WordPress.Security.ValidatedSanitizedInput.InputNotSanitized -- JSON, decoded and checked below.
	$check = isset( $_POST['ms_ee_check'] ) ? json_decode( wp_unslash( $_POST['ms_ee_check'] ), true ) : null;
	if ( ! is_array( $check ) || ! isset( $check['sha256'] ) || ! hash_equals( hash( 'sha256', $bytes ), (string) $check['sha256'] ) ) {
		ms_ee_upload_done( false, __( 'The file was not checked: this page checks it in the browser before sending (JavaScript must be on), then sends it unchanged.', 'ms-evidence-elements' ) );
	}
	if ( isset( $check['error'] ) ) {
		ms_ee_upload_done( false, __( 'The file cannot be used:', 'ms-evidence-elements' ), array( (string) $check['error'] ) );
	}
	$summary = isset( $check['summary'] ) ? $check['summary'] : null;
	if ( ! ms_ee_summary_is_well_formed( $summary ) || null === json_decode( $bytes ) ) {
		ms_ee_upload_done( false, __( 'The check did not produce a usable result.', 'ms-evidence-elements' ) );
	}
	if ( $summary['issues'] ) {
		ms_ee_upload_done( false, __( 'The file has problems; nothing was changed. Fix these and upload it again:', 'ms-evidence-elements' ), array_map( 'strval', $summary['issues'] ) );
	}
	$dir = ms_ee_upload_dir();
	if ( ! wp_mkdir_p( $dir['path'] ) ) {
		ms_ee_upload_done( false, __( 'The uploads folder cannot be written.', 'ms-evidence-elements' ) );
	}
	// The name carries the digest: a new file gets a new URL, so no cache serves the old one.
	$name = 'site-data-' . substr( $check['sha256'], 0, 12 ) . '.json';
	if ( false === file_put_contents( $dir['path'] . '/' . $name, $bytes ) ) { // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_file_put_contents -- a JSON file in uploads.
		ms_ee_upload_done( false, __( 'The uploads folder cannot be written.', 'ms-evidence-elements' ) );
	}
	$old = ms_ee_site_data();
	update_option(
		MS_EE_SITE_DATA,
		array(
			'file'     => $name,
			'sha256'   => $check['sha256'],
			'uploaded' => current_time( 'Y-m-d H:i' ),
			'summary'  => $summary,
		),
		false
	);
	if ( $old && isset( $old['file'] ) && $old['file'] !== $name ) {
		wp_delete_file( $dir['path'] . '/' . basename( $old['file'] ) );
	}
	ms_ee_upload_done(
		true,
		sprintf(
			/* translators: 1: number of studies, 2: number of treatments. */
			__( 'Checked and in use: %1$d studies and %2$d treatments.', 'ms-evidence-elements' ),
			count( $summary['studies'] ),
			count( $summary['treatments'] )
		)
	);
}
add_action( 'admin_post_ms_ee_upload', 'ms_ee_handle_upload' );

/**
 * Whether a summary has the shape the plugin reads (every text it prints is escaped on output).
 *
 * @param mixed $summary Decoded summary.
 */
function ms_ee_summary_is_well_formed( $summary ) {
	if ( ! is_array( $summary ) ) {
		return false;
	}
	foreach ( array( 'studies', 'treatments', 'issues', 'languages', 'selections' ) as $key ) {
		if ( ! isset( $summary[ $key ] ) || ! is_array( $summary[ $key ] ) ) {
			return false;
		}
	}
	foreach ( ms_ee_languages() as $code => $name ) {
		if ( ! isset( $summary['languages'][ $code ]['studies'], $summary['languages'][ $code ]['treatments'] ) ) {
			return false;
		}
	}
	return true;
}

/** Deletes the site data file and its option. */
function ms_ee_remove_site_data() {
	$old = ms_ee_site_data();
	if ( $old && isset( $old['file'] ) ) {
		wp_delete_file( ms_ee_upload_dir()['path'] . '/' . basename( $old['file'] ) );
	}
	delete_option( MS_EE_SITE_DATA );
}

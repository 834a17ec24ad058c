<?php
/**
 * Data the plugin reads in PHP: the summary of the bundled dataset (data/summary.json, computed at
 * build time by the library's own model), the summary of the site's data file (computed by the
 * same code on the settings page, see settings.php), and the settings.
 *
 * PHP never re-derives a label: titles, design lines, regulatory labels and notice texts all come
 * from these summaries, so the no-JavaScript text says exactly what the elements say.
 *
 * @package MsEvidenceElements
 */

defined( 'ABSPATH' ) || exit;

/** The option holding the settings: default jurisdiction and language. */
const MS_EE_SETTINGS = 'ms_evidence_elements_settings';

/** The option holding the site data file: url, path, sha256 and its summary. */
const MS_EE_SITE_DATA = 'ms_evidence_elements_site_data';

/** Jurisdictions the elements know a regulator for (code => regulator). */
function ms_ee_jurisdictions() {
	return array(
		'US' => 'FDA',
		'GB' => 'MHRA',
		'EU' => 'EMA',
		'CA' => 'Health Canada',
		'AU' => 'TGA',
		'CH' => 'Swissmedic',
		'JP' => 'PMDA',
	);
}

/** Languages the elements speak (code => name). */
function ms_ee_languages() {
	return array(
		'en' => 'English',
		'es' => 'Español',
	);
}

/**
 * The settings, with defaults.
 *
 * @return array{jurisdiction: string, language: string} `language` is '' for the site's language.
 */
function ms_ee_settings() {
	$saved = get_option( MS_EE_SETTINGS, array() );
	$saved = is_array( $saved ) ? $saved : array();
	return array(
		'jurisdiction' => isset( $saved['jurisdiction'] ) && isset( ms_ee_jurisdictions()[ $saved['jurisdiction'] ] ) ? $saved['jurisdiction'] : 'US',
		'language'     => isset( $saved['language'] ) && isset( ms_ee_languages()[ $saved['language'] ] ) ? $saved['language'] : '',
	);
}

/** The language of the elements' texts: the setting, else the site's language if the elements speak it, else English. */
function ms_ee_language() {
	$setting = ms_ee_settings()['language'];
	if ( '' !== $setting ) {
		return $setting;
	}
	$site = strtolower( substr( get_locale(), 0, 2 ) );
	return isset( ms_ee_languages()[ $site ] ) ? $site : 'en';
}

/**
 * A jurisdiction code from a shortcode or block attribute, else the site's default.
 *
 * @param mixed $value The attribute's value.
 */
function ms_ee_jurisdiction( $value ) {
	$code = strtoupper( trim( (string) $value ) );
	return isset( ms_ee_jurisdictions()[ $code ] ) ? $code : ms_ee_settings()['jurisdiction'];
}

/** The bundled dataset's summary (read once per request). */
function ms_ee_bundled_summary() {
	static $summary = null;
	if ( null === $summary ) {
		$json    = file_get_contents( MS_EE_DIR . '/data/summary.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		$summary = json_decode( (string) $json, true );
		$summary = is_array( $summary ) ? $summary : array();
	}
	return $summary;
}

/** The site data file, or null: array with url, file, sha256 and summary. */
function ms_ee_site_data() {
	$site = get_option( MS_EE_SITE_DATA );
	if ( ! is_array( $site ) || ! isset( $site['file'], $site['summary'] ) ) {
		return null;
	}
	// The URL follows the site (a new domain, https) instead of being stored.
	$site['url'] = ms_ee_upload_dir()['url'] . '/' . rawurlencode( basename( $site['file'] ) );
	return $site;
}

/** Where site data files live: uploads/ms-evidence-elements. */
function ms_ee_upload_dir() {
	$uploads = wp_upload_dir( null, false );
	return array(
		'path' => $uploads['basedir'] . '/ms-evidence-elements',
		'url'  => set_url_scheme( $uploads['baseurl'] . '/ms-evidence-elements' ),
	);
}

/**
 * Where a study is: array( 'source' => 'site'|'bundled', 'src' => url|null, 'text' => texts ), or null.
 *
 * @param string $id   Study id.
 * @param string $lang Language code.
 */
function ms_ee_find_study( $id, $lang ) {
	return ms_ee_find( 'studies', $id, $lang );
}

/**
 * Where a treatment is, as ms_ee_find_study().
 *
 * @param string $id   Treatment id.
 * @param string $lang Language code.
 */
function ms_ee_find_treatment( $id, $lang ) {
	return ms_ee_find( 'treatments', $id, $lang );
}

/**
 * Looks a record up in the site's data file first (it is the site's own), then the bundled data.
 *
 * @param string $kind 'studies' or 'treatments'.
 * @param string $id   Record id.
 * @param string $lang Language code.
 */
function ms_ee_find( $kind, $id, $lang ) {
	$site = ms_ee_site_data();
	if ( $site && isset( $site['summary']['languages'][ $lang ][ $kind ][ $id ] ) ) {
		return array(
			'src'  => $site['url'],
			'text' => $site['summary']['languages'][ $lang ][ $kind ][ $id ],
		);
	}
	$bundled = ms_ee_bundled_summary();
	if ( isset( $bundled['languages'][ $lang ][ $kind ][ $id ] ) ) {
		return array(
			'src'  => null,
			'text' => $bundled['languages'][ $lang ][ $kind ][ $id ],
		);
	}
	return null;
}

/**
 * The treatments a comparison shows, as the element chooses them: the ids given, else a
 * category's, else the default selection. Returns array( 'src' => url|null, 'ids' => string[] ).
 * The element reads one dataset: the site's file when it has every option asked for, else the
 * bundled data.
 *
 * @param string[] $ids      Ids given, in order.
 * @param string   $category Category given, or ''.
 */
function ms_ee_comparison_selection( $ids, $category ) {
	$site    = ms_ee_site_data();
	$sources = array();
	if ( $site ) {
		$sources[] = array( $site['url'], $site['summary'] );
	}
	$sources[] = array( null, ms_ee_bundled_summary() );
	foreach ( $sources as $source ) {
		list( $src, $summary ) = $source;
		$known                 = wp_list_pluck( isset( $summary['treatments'] ) ? $summary['treatments'] : array(), 'id' );
		if ( $ids ) {
			if ( ! array_diff( $ids, $known ) ) {
				return array(
					'src' => $src,
					'ids' => $ids,
				);
			}
			continue;
		}
		if ( '' !== $category ) {
			if ( ! empty( $summary['selections']['categories'][ $category ] ) ) {
				return array(
					'src' => $src,
					'ids' => $summary['selections']['categories'][ $category ],
				);
			}
			continue;
		}
		if ( null === $src ) {
			return array(
				'src' => null,
				'ids' => isset( $summary['selections']['default'] ) ? $summary['selections']['default'] : array(),
			);
		}
	}
	// Ids or a category nobody has: the element shows "not found" for them; say the same here.
	return array(
		'src' => null,
		'ids' => $ids,
	);
}

/**
 * Every study and treatment a block editor can pick, with where it comes from.
 *
 * @return array{studies: array, treatments: array}
 */
function ms_ee_choices() {
	$out  = array(
		'studies'    => array(),
		'treatments' => array(),
	);
	$site = ms_ee_site_data();
	foreach ( array( 'studies', 'treatments' ) as $kind ) {
		$seen = array();
		foreach ( array( $site ? $site['summary'] : array(), ms_ee_bundled_summary() ) as $i => $summary ) {
			foreach ( isset( $summary[ $kind ] ) ? $summary[ $kind ] : array() as $record ) {
				if ( isset( $seen[ $record['id'] ] ) ) {
					continue;
				}
				$seen[ $record['id'] ]   = true;
				$record['source']        = ( $site && 0 === $i ) ? 'site' : 'bundled';
				$out[ $kind ][]          = $record;
			}
		}
	}
	return $out;
}

<?php
/**
 * Shortcodes, for every role and for classic content:
 *
 *     [ms_study_card id="lu-2020" compact]
 *     [ms_treatment_comparison ids="natalizumab ocrelizumab" criteria="aim, regulatory, risks" align="wide"]
 *     [ms_treatment_comparison category="disease-modifying-therapy"]
 *     [ms_disclaimer kind="educational not-approved" therapy="Umbilical-cord stem cell therapy"]
 *
 * Shortcode text passes kses untouched (it is not HTML), and the output is built by markup.php
 * with every value escaped. Flags are written bare (`compact`, `strict`) or as `compact="1"`.
 * `align="wide"` or `align="full"` adds the theme's alignwide / alignfull class.
 *
 * @package MsEvidenceElements
 */

defined( 'ABSPATH' ) || exit;

/** The plugin's shortcode tags. */
function ms_ee_shortcode_tags() {
	return array( 'ms_study_card', 'ms_treatment_comparison', 'ms_disclaimer' );
}

/**
 * Shortcode attributes with defaults; bare words (`compact`) become flags set to true.
 *
 * @param array|string $atts     As WordPress passes them.
 * @param array        $defaults Known names and defaults.
 * @param string       $tag      The shortcode.
 */
function ms_ee_shortcode_atts( $atts, $defaults, $tag ) {
	$atts = is_array( $atts ) ? $atts : array();
	foreach ( $atts as $key => $value ) {
		if ( is_int( $key ) ) {
			$atts[ strtolower( $value ) ] = true;
			unset( $atts[ $key ] );
		}
	}
	// heading-level and heading_level both work.
	foreach ( $atts as $key => $value ) {
		$atts[ str_replace( '-', '_', $key ) ] = $value;
	}
	$atts = shortcode_atts( $defaults, $atts, $tag );
	foreach ( array( 'compact', 'strict' ) as $flag ) {
		if ( isset( $atts[ $flag ] ) && true !== $atts[ $flag ] ) {
			$atts[ $flag ] = in_array( strtolower( (string) $atts[ $flag ] ), array( '1', 'true', 'yes', 'compact', 'strict' ), true );
		}
	}
	$align = isset( $atts['align'] ) ? strtolower( (string) $atts['align'] ) : '';
	if ( in_array( $align, array( 'wide', 'full' ), true ) ) {
		$atts['class'] = trim( $atts['class'] . ' align' . $align );
	}
	return $atts;
}

/**
 * [ms_study_card id="…" compact jurisdiction="GB" heading-level="2" strict class="…"]
 *
 * @param array|string $atts Attributes.
 */
function ms_ee_study_card_shortcode( $atts ) {
	$defaults = array(
		'id'            => '',
		'compact'       => false,
		'jurisdiction'  => '',
		'heading_level' => '',
		'strict'        => false,
		'align'         => '',
		'class'         => '',
	);
	return ms_ee_study_card_markup( ms_ee_shortcode_atts( $atts, $defaults, 'ms_study_card' ) );
}
add_shortcode( 'ms_study_card', 'ms_ee_study_card_shortcode' );

/**
 * [ms_treatment_comparison ids="…" category="…" criteria="…" highlight="…" caption="…" align="wide"]
 *
 * @param array|string $atts Attributes.
 */
function ms_ee_comparison_shortcode( $atts ) {
	$defaults = array(
		'ids'           => '',
		'category'      => '',
		'criteria'      => '',
		'highlight'     => '',
		'caption'       => '',
		'jurisdiction'  => '',
		'heading_level' => '',
		'strict'        => false,
		'align'         => '',
		'class'         => '',
	);
	return ms_ee_comparison_markup( ms_ee_shortcode_atts( $atts, $defaults, 'ms_treatment_comparison' ) );
}
add_shortcode( 'ms_treatment_comparison', 'ms_ee_comparison_shortcode' );

/**
 * [ms_disclaimer kind="educational not-approved consult emergency" therapy="…" jurisdiction="GB"]
 *
 * @param array|string $atts Attributes.
 */
function ms_ee_disclaimer_shortcode( $atts ) {
	$defaults = array(
		'kind'          => 'educational',
		'therapy'       => '',
		'jurisdiction'  => '',
		'heading_level' => '',
		'align'         => '',
		'class'         => '',
	);
	$atts          = ms_ee_shortcode_atts( $atts, $defaults, 'ms_disclaimer' );
	$atts['kinds'] = $atts['kind'];
	return ms_ee_disclaimer_markup( $atts );
}
add_shortcode( 'ms_disclaimer', 'ms_ee_disclaimer_shortcode' );

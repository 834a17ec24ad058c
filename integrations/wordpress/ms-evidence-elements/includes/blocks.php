<?php
/**
 * Dynamic blocks: the study card, the comparison and the disclaimer. Each block stores only its
 * choices (block.json attributes); PHP renders the element markup on every view (markup.php), so
 * a data update or a library update reaches every post without re-saving it. The editor script
 * (blocks/editor.js) uses the wp.* globals: no build step.
 *
 * @package MsEvidenceElements
 */

defined( 'ABSPATH' ) || exit;

/** Registers the editor script and the three blocks. */
function ms_ee_register_blocks() {
	wp_register_script(
		'ms-evidence-elements-editor',
		plugins_url( 'blocks/editor.js', MS_EE_FILE ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-server-side-render', 'wp-i18n', 'wp-data', 'wp-notices', 'wp-dom-ready' ),
		MS_EE_VERSION,
		true
	);
	$blocks = array(
		'study-card' => 'ms_ee_render_study_card_block',
		'comparison' => 'ms_ee_render_comparison_block',
		'disclaimer' => 'ms_ee_render_disclaimer_block',
	);
	foreach ( $blocks as $dir => $callback ) {
		register_block_type( MS_EE_DIR . '/blocks/' . $dir, array( 'render_callback' => $callback ) );
	}
}
add_action( 'init', 'ms_ee_register_blocks' );

/** The editor's choices: studies and treatments (bundled and the site's), jurisdictions, kinds. */
function ms_ee_editor_data() {
	$choices = ms_ee_choices();
	$data    = array(
		'studies'      => $choices['studies'],
		'treatments'   => $choices['treatments'],
		'jurisdictions' => ms_ee_jurisdictions(),
		'defaultJurisdiction' => ms_ee_settings()['jurisdiction'],
		'kinds'        => MS_EE_NOTICE_KINDS,
		'criteria'     => MS_EE_CRITERIA,
	);
	wp_add_inline_script( 'ms-evidence-elements-editor', 'window.msEvidenceElementsEditor = ' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP ) . ';', 'before' );
}
add_action( 'enqueue_block_editor_assets', 'ms_ee_editor_data' );

/**
 * The block's classes: its own, its alignment and the editor's "Additional CSS class".
 *
 * @param array  $attributes Block attributes.
 * @param string $name       Block name after the namespace.
 */
function ms_ee_block_class( $attributes, $name ) {
	$classes = array( 'wp-block-ms-evidence-elements-' . $name );
	if ( ! empty( $attributes['align'] ) && in_array( $attributes['align'], array( 'wide', 'full' ), true ) ) {
		$classes[] = 'align' . $attributes['align'];
	}
	if ( ! empty( $attributes['className'] ) ) {
		$classes[] = $attributes['className'];
	}
	return implode( ' ', $classes );
}

/**
 * Renders the study card block.
 *
 * @param array $attributes Block attributes.
 */
function ms_ee_render_study_card_block( $attributes ) {
	return ms_ee_study_card_markup(
		array(
			'id'            => isset( $attributes['studyId'] ) ? $attributes['studyId'] : '',
			'compact'       => ! empty( $attributes['compact'] ),
			'jurisdiction'  => isset( $attributes['jurisdiction'] ) ? $attributes['jurisdiction'] : '',
			'heading_level' => isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : 0,
			'strict'        => ! empty( $attributes['strict'] ),
			'class'         => ms_ee_block_class( $attributes, 'study-card' ),
		)
	);
}

/**
 * Renders the comparison block.
 *
 * @param array $attributes Block attributes.
 */
function ms_ee_render_comparison_block( $attributes ) {
	return ms_ee_comparison_markup(
		array(
			'ids'           => isset( $attributes['treatmentIds'] ) ? (array) $attributes['treatmentIds'] : array(),
			'category'      => isset( $attributes['category'] ) ? $attributes['category'] : '',
			'criteria'      => isset( $attributes['criteria'] ) ? (array) $attributes['criteria'] : array(),
			'highlight'     => isset( $attributes['highlight'] ) ? $attributes['highlight'] : '',
			'caption'       => isset( $attributes['caption'] ) ? $attributes['caption'] : '',
			'jurisdiction'  => isset( $attributes['jurisdiction'] ) ? $attributes['jurisdiction'] : '',
			'heading_level' => isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : 0,
			'strict'        => ! empty( $attributes['strict'] ),
			'class'         => ms_ee_block_class( $attributes, 'comparison' ),
		)
	);
}

/**
 * Renders the disclaimer block.
 *
 * @param array $attributes Block attributes.
 */
function ms_ee_render_disclaimer_block( $attributes ) {
	return ms_ee_disclaimer_markup(
		array(
			'kinds'         => isset( $attributes['kinds'] ) ? (array) $attributes['kinds'] : array(),
			'therapy'       => isset( $attributes['therapy'] ) ? $attributes['therapy'] : '',
			'jurisdiction'  => isset( $attributes['jurisdiction'] ) ? $attributes['jurisdiction'] : '',
			'heading_level' => isset( $attributes['headingLevel'] ) ? $attributes['headingLevel'] : 0,
			'class'         => ms_ee_block_class( $attributes, 'disclaimer' ),
		)
	);
}

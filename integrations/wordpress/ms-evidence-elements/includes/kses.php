<?php
/**
 * The kses allowlist: the elements and their documented attributes, so Authors and Contributors
 * (whose posts kses filters on save) keep the tags, and lose every `on*` attribute, every
 * undocumented attribute and every <script> (inline JSON included: it is never allowed, and
 * must never be used where kses or wpautop can touch it).
 *
 * The attribute lists come from the library's custom-elements.json (data/elements.json, written
 * by the build), so a new attribute needs no change here. One is left out on purpose:
 * `no-guardrails` (switching off the missing-disclaimer check and the claim check is for roles
 * trusted with unfiltered HTML).
 *
 * @package MsEvidenceElements
 */

defined( 'ABSPATH' ) || exit;

/** Attributes never allowed to roles without unfiltered_html. */
const MS_EE_KSES_DENIED = array( 'no-guardrails' );

/** The documented attributes of each element (tag => names). */
function ms_ee_element_attributes() {
	static $elements = null;
	if ( null === $elements ) {
		$json     = file_get_contents( MS_EE_DIR . '/data/elements.json' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a file of the plugin.
		$elements = json_decode( (string) $json, true );
		$elements = is_array( $elements ) ? $elements : array();
	}
	return $elements;
}

/**
 * Adds the elements to the tags allowed in post content.
 *
 * @param array  $tags    Allowed tags and their attributes.
 * @param string $context The kses context.
 */
function ms_ee_kses_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	foreach ( ms_ee_element_attributes() as $tag => $names ) {
		$allowed = array();
		foreach ( array_diff( $names, MS_EE_KSES_DENIED ) as $name ) {
			$allowed[ $name ] = true;
		}
		// The global attributes WordPress gives every allowed tag (class, id, lang, dir, data-*, aria-*…).
		$tags[ $tag ] = function_exists( '_wp_add_global_attributes' ) ? _wp_add_global_attributes( $allowed ) : $allowed + array(
			'class' => true,
			'id'    => true,
			'lang'  => true,
			'dir'   => true,
		);
	}
	// Slotted content of the disclaimer (<p slot="consult">…</p>, <span slot="therapy">…</span>).
	foreach ( array( 'p', 'span', 'div' ) as $tag ) {
		if ( isset( $tags[ $tag ] ) ) {
			$tags[ $tag ]['slot'] = true;
		}
	}
	return $tags;
}
add_filter( 'wp_kses_allowed_html', 'ms_ee_kses_allowed_html', 10, 2 );

<?php
/**
 * The editor's side of the missing-disclaimer guardrail: when a post shows an unapproved therapy
 * (a study card or comparison whose regulatory status is investigational or not approved) and no
 * not-approved notice, its edit screen says so, as the elements say on the console
 * (`ms-missing-disclaimer`). Blocks, shortcodes, raw tags and class-based fallbacks all count; an
 * element with `strict` (it shows the notice itself) or `no-guardrails` does not.
 *
 * The check reads the rendered markup, so it sees exactly what the page will carry. It runs when
 * the edit screen opens: after adding a disclaimer, the notice goes away on the next load.
 *
 * @package MsEvidenceElements
 */

defined( 'ABSPATH' ) || exit;

/**
 * The unapproved therapies a piece of content shows without a not-approved notice (names), or an
 * empty list when it has the notice or shows none.
 *
 * @param string $content Post content as stored.
 * @return string[]
 */
function ms_ee_missing_disclaimer( $content ) {
	if ( ! ms_ee_content_uses_elements( $content ) ) {
		return array();
	}
	$html       = do_shortcode( do_blocks( $content ) );
	$unapproved = array();
	$lang       = ms_ee_language();
	$site       = ms_ee_site_data();
	foreach ( ms_ee_elements_in( $html ) as $element ) {
		list( $tag, $a ) = $element;
		if ( 'medical-disclaimer' === $tag ) {
			if ( in_array( 'not-approved', preg_split( '/\s+/', strtolower( ms_ee_str( $a, 'kind' ) ) ), true ) ) {
				return array();
			}
			continue;
		}
		if ( isset( $a['strict'] ) || isset( $a['no-guardrails'] ) ) {
			continue;
		}
		// Data from somewhere the plugin does not know (another src, inline JSON) is checked by the element itself.
		$src = ms_ee_str( $a, 'src' );
		if ( '' !== $src && ! ( $site && $site['url'] === $src ) ) {
			continue;
		}
		// The element's own default is US; the plugin's markup always writes the jurisdiction.
		$jurisdiction = isset( ms_ee_jurisdictions()[ strtoupper( ms_ee_str( $a, 'jurisdiction' ) ) ] ) ? strtoupper( ms_ee_str( $a, 'jurisdiction' ) ) : 'US';
		if ( 'ms-study-card' === $tag ) {
			$found = ms_ee_find_study( sanitize_key( ms_ee_str( $a, 'study-id' ) ), $lang );
			if ( $found && $found['text']['labels'][ $jurisdiction ]['unapproved'] ) {
				$unapproved[] = $found['text']['title'];
			}
		} elseif ( 'treatment-comparison' === $tag ) {
			$selection = ms_ee_comparison_selection( ms_ee_ids( ms_ee_str( $a, 'treatment-ids' ) ), sanitize_key( ms_ee_str( $a, 'category' ) ) );
			foreach ( $selection['ids'] as $id ) {
				$found = ms_ee_find_treatment( $id, $lang );
				if ( $found && $found['text']['labels'][ $jurisdiction ]['unapproved'] ) {
					$unapproved[] = $found['text']['name'];
				}
			}
		}
	}
	return array_values( array_unique( $unapproved ) );
}

/**
 * The plugin's elements and class-based fallbacks in some HTML, with their attributes (a
 * fallback's `data-*` names read as the element's).
 *
 * @param string $html Markup.
 * @return array<int, array{0: string, 1: array<string, string>}>
 */
function ms_ee_elements_in( $html ) {
	$found = array();
	$tags  = implode( '|', MS_EE_TAGS );
	preg_match_all( '/<(' . $tags . '|[a-z][a-z0-9]*)(\s[^>]*)?>/i', $html, $matches, PREG_SET_ORDER );
	foreach ( $matches as $match ) {
		$name       = strtolower( $match[1] );
		$attributes = array();
		foreach ( wp_kses_hair( isset( $match[2] ) ? $match[2] : '', wp_allowed_protocols() ) as $attribute ) {
			$attributes[ strtolower( $attribute['name'] ) ] = html_entity_decode( $attribute['value'], ENT_QUOTES );
		}
		if ( in_array( $name, MS_EE_TAGS, true ) ) {
			$found[] = array( $name, $attributes );
			continue;
		}
		$classes = preg_split( '/\s+/', ms_ee_str( $attributes, 'class' ) );
		$marker  = array_values( array_intersect( MS_EE_TAGS, $classes ) );
		if ( $marker ) {
			$fallback = array();
			foreach ( $attributes as $key => $value ) {
				if ( 0 === strpos( $key, 'data-' ) ) {
					$fallback[ substr( $key, 5 ) ] = $value;
				}
			}
			$found[] = array( $marker[0], $fallback );
		}
	}
	return $found;
}

/**
 * The notice's text for a post, or '' when it needs none.
 *
 * @param WP_Post $post The post being edited.
 */
function ms_ee_compliance_message( $post ) {
	$names = ms_ee_missing_disclaimer( $post->post_content );
	if ( ! $names ) {
		return '';
	}
	return sprintf(
		/* translators: %s: names of therapies. */
		__( 'This post shows an unapproved therapy (%s) without a not-approved notice. Readers must see that it is not approved: add a "Medical disclaimer" block with "not-approved" ticked, or [ms_disclaimer kind="not-approved"].', 'ms-evidence-elements' ),
		implode( '; ', $names )
	);
}

/** Classic editor: an admin notice on the post's edit screen. */
function ms_ee_compliance_admin_notice() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	$post   = get_post();
	if ( ! $screen || 'post' !== $screen->base || ! $post || ( method_exists( $screen, 'is_block_editor' ) && $screen->is_block_editor() ) ) {
		return;
	}
	$message = ms_ee_compliance_message( $post );
	if ( '' !== $message ) {
		printf( '<div class="notice notice-warning ms-ee-missing-disclaimer"><p>%s</p></div>', esc_html( $message ) );
	}
}
add_action( 'admin_notices', 'ms_ee_compliance_admin_notice' );

/** Block editor: the same words as a notice in the editor (it does not show admin_notices). */
function ms_ee_compliance_editor_notice() {
	$post = get_post();
	if ( ! $post ) {
		return;
	}
	$message = ms_ee_compliance_message( $post );
	if ( '' === $message ) {
		return;
	}
	wp_add_inline_script(
		'ms-evidence-elements-editor',
		sprintf(
			'wp.domReady(function () { wp.data.dispatch("core/notices").createNotice("warning", %s, { id: "ms-missing-disclaimer", isDismissible: true }); });',
			wp_json_encode( $message, JSON_HEX_TAG | JSON_HEX_AMP )
		)
	);
}
add_action( 'enqueue_block_editor_assets', 'ms_ee_compliance_editor_notice' );

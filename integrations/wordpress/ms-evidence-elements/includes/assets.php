<?php
/**
 * Loading: the CDN loader as a module script (it registers only the elements a page uses) and
 * the placeholder stylesheet, only on pages that show an element.
 *
 * - WordPress 6.5+ front end: wp_enqueue_script_module().
 * - Before 6.5, and in the block editor: a classic script handle whose tag gets type="module"
 *   (script_loader_tag). Without it loader.js fails with "Unexpected token 'export'".
 * - The stylesheet belongs in <head>, before the elements paint, or they shift the page. Posts
 *   are looked at once the query is known (blocks, shortcodes, raw tags, class-based fallbacks);
 *   anything found only while rendering (a widget, a template part) still loads, later.
 *
 * @package MsEvidenceElements
 */

defined( 'ABSPATH' ) || exit;

/** Handle of the loader script (and of the module, on 6.5+). */
const MS_EE_SCRIPT = 'ms-evidence-elements';

/** Tags whose elements or class-based fallbacks need the loader. */
const MS_EE_TAGS = array( 'ms-study-card', 'treatment-comparison', 'medical-disclaimer', 'ms-review-info', 'ms-evidence-provider' );

/** URL of a file in the plugin's copy of the CDN build. */
function ms_ee_cdn_url( $file ) {
	return plugins_url( 'assets/cdn/' . $file, MS_EE_FILE );
}

/** Registers the style and the classic-script variant of the loader. */
function ms_ee_register_assets() {
	wp_register_style( 'ms-evidence-elements-placeholders', ms_ee_cdn_url( 'ms-evidence-elements.css' ), array(), MS_EE_VERSION );
	wp_register_style( MS_EE_SCRIPT, plugins_url( 'assets/wordpress.css', MS_EE_FILE ), array( 'ms-evidence-elements-placeholders' ), MS_EE_VERSION );
	wp_register_script( MS_EE_SCRIPT, ms_ee_cdn_url( 'loader.js' ), array(), MS_EE_VERSION, false );
}
add_action( 'init', 'ms_ee_register_assets' );

/**
 * Enqueues the loader and the styles. Called by every block and shortcode, and early for posts
 * that use the elements.
 */
function ms_ee_mark_used() {
	// Enqueuing is idempotent, so no "done" flag: the block editor swaps in its own script and
	// style registries for a while, and a flag set then would leave the real ones empty.
	if ( ! did_action( 'init' ) ) {
		return;
	}
	wp_enqueue_style( MS_EE_SCRIPT );
	if ( ! is_admin() && function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( MS_EE_SCRIPT, ms_ee_cdn_url( 'loader.js' ), array(), MS_EE_VERSION );
	} else {
		wp_enqueue_script( MS_EE_SCRIPT );
	}
}

/**
 * Adds type="module" to the classic loader tag (WordPress before 6.5, and the editor).
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 */
function ms_ee_module_tag( $tag, $handle ) {
	if ( MS_EE_SCRIPT !== $handle || false !== strpos( $tag, 'type="module"' ) ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}
add_filter( 'script_loader_tag', 'ms_ee_module_tag', 10, 2 );

/**
 * Whether a piece of content uses the elements: a block, a shortcode, a tag or a class fallback.
 *
 * @param string $content Post content as stored.
 */
function ms_ee_content_uses_elements( $content ) {
	if ( false !== strpos( $content, '<!-- wp:ms-evidence-elements/' ) ) {
		return true;
	}
	foreach ( ms_ee_shortcode_tags() as $shortcode ) {
		if ( has_shortcode( $content, $shortcode ) ) {
			return true;
		}
	}
	$tags = implode( '|', MS_EE_TAGS );
	return (bool) preg_match( '/<(?:' . $tags . ')[\s>\/]|class\s*=\s*["\'][^"\']*\b(?:' . $tags . ')\b/i', $content );
}

/** Enqueues in <head> when the posts of this request use the elements. */
function ms_ee_enqueue_for_query() {
	global $wp_query;
	if ( empty( $wp_query->posts ) ) {
		return;
	}
	foreach ( $wp_query->posts as $post ) {
		if ( $post instanceof WP_Post && ms_ee_content_uses_elements( $post->post_content ) ) {
			ms_ee_mark_used();
			return;
		}
	}
}
add_action( 'wp_enqueue_scripts', 'ms_ee_enqueue_for_query' );

/** In the block editor the previews are real elements too. */
add_action( 'enqueue_block_editor_assets', 'ms_ee_mark_used' );

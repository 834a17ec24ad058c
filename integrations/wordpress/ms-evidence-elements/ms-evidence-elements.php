<?php
/**
 * Plugin Name:       MS Evidence Elements
 * Description:       Multiple Sclerosis study cards, treatment comparisons and medical disclaimers that show design, certainty and regulatory status next to every result. Blocks and shortcodes for every role.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            ms-evidence-elements contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       ms-evidence-elements
 *
 * @package MsEvidenceElements
 */

defined( 'ABSPATH' ) || exit;

define( 'MS_EE_VERSION', '0.1.0' );
define( 'MS_EE_FILE', __FILE__ );
define( 'MS_EE_DIR', __DIR__ );

require_once __DIR__ . '/includes/data.php';
require_once __DIR__ . '/includes/markup.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/compliance.php';

if ( is_admin() ) {
	require_once __DIR__ . '/includes/settings.php';
}

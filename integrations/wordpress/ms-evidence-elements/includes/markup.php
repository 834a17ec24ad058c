<?php
/**
 * The element markup that blocks and shortcodes print: one function per element, every attribute
 * through esc_attr and every text through esc_html. Inside each element goes its no-JavaScript
 * text (title, design line and regulatory label; option names and labels; notice texts), which
 * the element's shadow root replaces once the script runs. Every caller marks the page as using
 * the elements, so the scripts and styles load only there.
 *
 * @package MsEvidenceElements
 */

defined( 'ABSPATH' ) || exit;

/** Notice kinds the disclaimer knows. */
const MS_EE_NOTICE_KINDS = array( 'educational', 'not-approved', 'consult', 'emergency' );

/** Criteria a comparison knows. */
const MS_EE_CRITERIA = array( 'aim', 'regulatory', 'evidence', 'route', 'frequency', 'benefits', 'risks', 'monitoring', 'limitations', 'examples' );

/**
 * Attributes as HTML: `true` writes a boolean attribute, null/false/'' leave it out.
 *
 * @param array $attributes Name => value.
 */
function ms_ee_attributes( $attributes ) {
	$html = '';
	foreach ( $attributes as $name => $value ) {
		if ( true === $value ) {
			$html .= ' ' . $name;
		} elseif ( null !== $value && false !== $value && '' !== $value ) {
			$html .= ' ' . $name . '="' . ( 'src' === $name ? esc_url( $value ) : esc_attr( (string) $value ) ) . '"';
		}
	}
	return $html;
}

/**
 * Classes a block or shortcode asked for, each checked to be a class name.
 *
 * @param string $classes Space-separated classes.
 */
function ms_ee_classes( $classes ) {
	$clean = array_filter( array_map( 'sanitize_html_class', preg_split( '/\s+/', (string) $classes ) ) );
	return implode( ' ', array_unique( $clean ) );
}

/**
 * A heading level 1 to 6, or null for the element's default.
 *
 * @param mixed $value Attribute value.
 */
function ms_ee_heading_level( $value ) {
	$level = (int) $value;
	return $level >= 1 && $level <= 6 ? $level : null;
}

/**
 * Ids from a list written with spaces or commas (the element accepts both).
 *
 * @param string|array $value Ids.
 */
function ms_ee_ids( $value ) {
	$list = is_array( $value ) ? array_filter( $value, 'is_scalar' ) : preg_split( '/[\s,]+/', is_scalar( $value ) ? (string) $value : '' );
	return array_values( array_unique( array_filter( array_map( 'sanitize_key', $list ) ) ) );
}

/**
 * A text attribute: the value when it is a string or number, else ''.
 *
 * @param array  $a    Attributes.
 * @param string $name Name.
 */
function ms_ee_str( $a, $name ) {
	return isset( $a[ $name ] ) && is_scalar( $a[ $name ] ) && ! is_bool( $a[ $name ] ) ? (string) $a[ $name ] : '';
}

/** The `lang` attribute an element needs: set only when the plugin's language differs from the site's. */
function ms_ee_lang_attribute() {
	$lang = ms_ee_language();
	return strtolower( substr( get_locale(), 0, 2 ) ) === $lang ? null : $lang;
}

/**
 * `<ms-study-card>` with its no-JS text.
 *
 * @param array $a id, compact, jurisdiction, heading_level, strict, class.
 */
function ms_ee_study_card_markup( $a ) {
	ms_ee_mark_used();
	$id           = sanitize_key( ms_ee_str( $a, 'id' ) );
	$lang         = ms_ee_language();
	$jurisdiction = ms_ee_jurisdiction( ms_ee_str( $a, 'jurisdiction' ) );
	$level        = ms_ee_heading_level( isset( $a['heading_level'] ) ? $a['heading_level'] : null );
	$found        = '' === $id ? null : ms_ee_find_study( $id, $lang );
	$attributes   = array(
		'study-id'      => $id,
		'src'           => $found ? $found['src'] : null,
		'compact'       => ! empty( $a['compact'] ),
		'jurisdiction'  => $jurisdiction,
		'heading-level' => $level,
		'strict'        => ! empty( $a['strict'] ),
		'lang'          => ms_ee_lang_attribute(),
		'class'         => ms_ee_classes( ms_ee_str( $a, 'class' ) ),
	);
	$h            = 'h' . ( $level ? $level : 3 );
	if ( $found ) {
		$text  = $found['text'];
		$label = $text['labels'][ $jurisdiction ];
		$inner = sprintf(
			'<%1$s>%2$s</%1$s><p>%3$s</p><p><strong>%4$s</strong></p>',
			$h,
			esc_html( $text['title'] ),
			esc_html( $text['designLine'] ),
			esc_html( $label['text'] )
		);
	} else {
		/* translators: %s: a study id. */
		$inner = '<p>' . esc_html( sprintf( __( 'Study "%s" is not in the data.', 'ms-evidence-elements' ), $id ) ) . '</p>';
	}
	return '<ms-study-card' . ms_ee_attributes( $attributes ) . '><div class="ms-ee-no-js">' . $inner . '</div></ms-study-card>';
}

/**
 * `<treatment-comparison>` with its no-JS text: the caption and each option's name and label.
 *
 * @param array $a ids, category, criteria, highlight, caption, jurisdiction, heading_level, strict, class.
 */
function ms_ee_comparison_markup( $a ) {
	ms_ee_mark_used();
	$lang         = ms_ee_language();
	$ids          = ms_ee_ids( isset( $a['ids'] ) ? $a['ids'] : '' );
	$category     = sanitize_key( ms_ee_str( $a, 'category' ) );
	$jurisdiction = ms_ee_jurisdiction( ms_ee_str( $a, 'jurisdiction' ) );
	$criteria     = array_values( array_intersect( ms_ee_ids( isset( $a['criteria'] ) ? $a['criteria'] : '' ), MS_EE_CRITERIA ) );
	$caption      = sanitize_text_field( ms_ee_str( $a, 'caption' ) );
	$level        = ms_ee_heading_level( isset( $a['heading_level'] ) ? $a['heading_level'] : null );
	$selection    = ms_ee_comparison_selection( $ids, $category );
	$attributes   = array(
		'treatment-ids' => $ids ? implode( ' ', $ids ) : null,
		'category'      => $ids ? null : $category,
		'src'           => $selection['src'],
		'criteria'      => $criteria ? implode( ', ', $criteria ) : null,
		'highlight'     => sanitize_key( ms_ee_str( $a, 'highlight' ) ),
		'caption'       => $caption,
		'jurisdiction'  => $jurisdiction,
		'heading-level' => $level,
		'strict'        => ! empty( $a['strict'] ),
		'lang'          => ms_ee_lang_attribute(),
		'class'         => ms_ee_classes( ms_ee_str( $a, 'class' ) ),
	);
	$summary      = ms_ee_bundled_summary();
	$title        = '' !== $caption ? $caption : $summary['languages'][ $lang ]['comparisonCaption'];
	$items        = '';
	foreach ( $selection['ids'] as $id ) {
		$found = ms_ee_find_treatment( $id, $lang );
		if ( ! $found ) {
			/* translators: %s: a treatment id. */
			$items .= '<li>' . esc_html( sprintf( __( 'Option "%s" is not in the data.', 'ms-evidence-elements' ), $id ) ) . '</li>';
			continue;
		}
		$label  = $found['text']['labels'][ $jurisdiction ];
		$items .= '<li>' . esc_html( $found['text']['name'] ) . ': <strong>' . esc_html( $label['text'] ) . '</strong></li>';
	}
	$inner = '<p><strong>' . esc_html( $title ) . '</strong></p><ul>' . $items . '</ul>';
	return '<treatment-comparison' . ms_ee_attributes( $attributes ) . '><div class="ms-ee-no-js">' . $inner . '</div></treatment-comparison>';
}

/**
 * `<medical-disclaimer>` with its no-JS text: each notice's heading and paragraphs. The text goes
 * in a slot the element does not have, so it is never shown next to the element's own.
 *
 * @param array $a kinds, therapy, jurisdiction, heading_level, class.
 */
function ms_ee_disclaimer_markup( $a ) {
	ms_ee_mark_used();
	$lang         = ms_ee_language();
	$kinds        = array_values( array_intersect( ms_ee_ids( isset( $a['kinds'] ) ? $a['kinds'] : '' ), MS_EE_NOTICE_KINDS ) );
	$kinds        = $kinds ? $kinds : array( 'educational' );
	$therapy      = sanitize_text_field( ms_ee_str( $a, 'therapy' ) );
	$jurisdiction = ms_ee_jurisdiction( ms_ee_str( $a, 'jurisdiction' ) );
	$level        = ms_ee_heading_level( isset( $a['heading_level'] ) ? $a['heading_level'] : null );
	$attributes   = array(
		'kind'          => implode( ' ', $kinds ),
		'therapy'       => $therapy,
		'jurisdiction'  => $jurisdiction,
		'heading-level' => $level,
		'lang'          => ms_ee_lang_attribute(),
		'class'         => ms_ee_classes( ms_ee_str( $a, 'class' ) ),
	);
	$notices      = ms_ee_bundled_summary()['languages'][ $lang ]['notices'][ $jurisdiction ];
	$h            = 'h' . ( $level ? $level : 2 );
	$inner        = '';
	foreach ( $kinds as $kind ) {
		$notice = ( 'not-approved' === $kind && '' !== $therapy ) ? $notices['not-approved-therapy'] : $notices[ $kind ];
		$inner .= sprintf( '<div class="ms-ee-notice ms-ee-%1$s" role="note"><%2$s>%3$s</%2$s>', esc_attr( $kind ), $h, esc_html( $notice['heading'] ) );
		foreach ( $notice['text'] as $paragraph ) {
			$inner .= '<p>' . str_replace( '{{therapy}}', esc_html( $therapy ), esc_html( $paragraph ) ) . '</p>';
		}
		$inner .= '</div>';
	}
	return '<medical-disclaimer' . ms_ee_attributes( $attributes ) . '><div class="ms-ee-no-js" slot="no-js">' . $inner . '</div></medical-disclaimer>';
}

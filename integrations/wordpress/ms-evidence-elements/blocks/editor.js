/**
 * Block editor controls for the plugin's three dynamic blocks, on the wp.* globals (no build
 * step). Each block's settings live in the sidebar; the preview is the PHP rendering
 * (ServerSideRender), which the loader turns into the live element. The studies and treatments
 * offered are the bundled data plus the site's data file (window.msEvidenceElementsEditor,
 * printed by blocks.php).
 */
(function (wp) {
  const { registerBlockType } = wp.blocks;
  const { createElement: h, Fragment } = wp.element;
  const { InspectorControls, useBlockProps } = wp.blockEditor;
  const { PanelBody, SelectControl, ToggleControl, CheckboxControl, TextControl, Notice } = wp.components;
  const ServerSideRender = wp.serverSideRender;
  const { __ } = wp.i18n;
  const data = window.msEvidenceElementsEditor || { studies: [], treatments: [], jurisdictions: {}, kinds: [], criteria: [] };

  const fromSite = (record) => (record.source === 'site' ? ` (${__('site data', 'ms-evidence-elements')})` : '');

  const jurisdictionControl = (attributes, setAttributes) =>
    h(SelectControl, {
      label: __('Regulatory jurisdiction', 'ms-evidence-elements'),
      value: attributes.jurisdiction,
      options: [{ value: '', label: __('Site default', 'ms-evidence-elements') + ` (${data.defaultJurisdiction})` }].concat(
        Object.keys(data.jurisdictions).map((code) => ({ value: code, label: `${code}: ${data.jurisdictions[code]}` })),
      ),
      onChange: (jurisdiction) => setAttributes({ jurisdiction }),
    });

  const headingControl = (attributes, setAttributes, fallback) =>
    h(SelectControl, {
      label: __('Heading level', 'ms-evidence-elements'),
      value: String(attributes.headingLevel || 0),
      options: [{ value: '0', label: __('Default', 'ms-evidence-elements') + ` (h${fallback})` }].concat(
        [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `h${n}` })),
      ),
      onChange: (value) => setAttributes({ headingLevel: Number(value) }),
    });

  /** Adds or removes one value of an array attribute. */
  const toggled = (list, value, on) => (on ? list.concat([value]) : list.filter((v) => v !== value));

  const preview = (name, attributes) => h(ServerSideRender, { block: name, attributes });

  registerBlockType('ms-evidence-elements/study-card', {
    edit({ attributes, setAttributes }) {
      return h(
        'div',
        useBlockProps(),
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: __('Study', 'ms-evidence-elements') },
            h(SelectControl, {
              label: __('Study', 'ms-evidence-elements'),
              value: attributes.studyId,
              options: [{ value: '', label: __('Choose a study…', 'ms-evidence-elements') }].concat(
                data.studies.map((s) => ({ value: s.id, label: s.title + fromSite(s) })),
              ),
              onChange: (studyId) => setAttributes({ studyId }),
            }),
            h(ToggleControl, {
              label: __('Compact (details behind a button)', 'ms-evidence-elements'),
              checked: attributes.compact,
              onChange: (compact) => setAttributes({ compact }),
            }),
            jurisdictionControl(attributes, setAttributes),
            headingControl(attributes, setAttributes, 3),
            h(ToggleControl, {
              label: __('Show the not-approved notice in the card when the page has none', 'ms-evidence-elements'),
              checked: attributes.strict,
              onChange: (strict) => setAttributes({ strict }),
            }),
          ),
        ),
        attributes.studyId
          ? preview('ms-evidence-elements/study-card', attributes)
          : h(Notice, { status: 'info', isDismissible: false }, __('Choose a study in the block settings.', 'ms-evidence-elements')),
      );
    },
    save: () => null,
  });

  registerBlockType('ms-evidence-elements/comparison', {
    edit({ attributes, setAttributes }) {
      const categories = [...new Set(data.treatments.map((t) => t.category))];
      return h(
        'div',
        useBlockProps(),
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: __('Options to compare', 'ms-evidence-elements') },
            h(SelectControl, {
              label: __('Category', 'ms-evidence-elements'),
              help: __('Used when no option is ticked below. Without either: the categories of care.', 'ms-evidence-elements'),
              value: attributes.category,
              options: [{ value: '', label: __('Categories of care', 'ms-evidence-elements') }].concat(
                categories.map((c) => ({ value: c, label: c })),
              ),
              onChange: (category) => setAttributes({ category }),
            }),
            data.treatments.map((t) =>
              h(CheckboxControl, {
                key: t.id,
                label: t.name + fromSite(t),
                checked: attributes.treatmentIds.includes(t.id),
                onChange: (on) => setAttributes({ treatmentIds: toggled(attributes.treatmentIds, t.id, on) }),
              }),
            ),
          ),
          h(
            PanelBody,
            { title: __('Questions (rows)', 'ms-evidence-elements'), initialOpen: false },
            data.criteria.map((c) =>
              h(CheckboxControl, {
                key: c,
                label: c,
                checked: attributes.criteria.includes(c),
                onChange: (on) => setAttributes({ criteria: toggled(attributes.criteria, c, on) }),
              }),
            ),
          ),
          h(
            PanelBody,
            { title: __('Display', 'ms-evidence-elements'), initialOpen: false },
            h(SelectControl, {
              label: __('Highlight one option', 'ms-evidence-elements'),
              value: attributes.highlight,
              options: [{ value: '', label: __('None', 'ms-evidence-elements') }].concat(
                data.treatments.map((t) => ({ value: t.id, label: t.name })),
              ),
              onChange: (highlight) => setAttributes({ highlight }),
            }),
            h(TextControl, {
              label: __('Caption', 'ms-evidence-elements'),
              value: attributes.caption,
              onChange: (caption) => setAttributes({ caption }),
            }),
            jurisdictionControl(attributes, setAttributes),
            headingControl(attributes, setAttributes, 3),
            h(ToggleControl, {
              label: __('Show the not-approved notice in the table when the page has none', 'ms-evidence-elements'),
              checked: attributes.strict,
              onChange: (strict) => setAttributes({ strict }),
            }),
          ),
        ),
        preview('ms-evidence-elements/comparison', attributes),
      );
    },
    save: () => null,
  });

  registerBlockType('ms-evidence-elements/disclaimer', {
    edit({ attributes, setAttributes }) {
      return h(
        Fragment,
        null,
        h(
          InspectorControls,
          null,
          h(
            PanelBody,
            { title: __('Notices', 'ms-evidence-elements') },
            data.kinds.map((kind) =>
              h(CheckboxControl, {
                key: kind,
                label: kind,
                checked: attributes.kinds.includes(kind),
                onChange: (on) => setAttributes({ kinds: toggled(attributes.kinds, kind, on) }),
              }),
            ),
            h(TextControl, {
              label: __('Therapy named by the not-approved notice', 'ms-evidence-elements'),
              value: attributes.therapy,
              onChange: (therapy) => setAttributes({ therapy }),
            }),
            jurisdictionControl(attributes, setAttributes),
            headingControl(attributes, setAttributes, 2),
          ),
        ),
        h('div', useBlockProps(), preview('ms-evidence-elements/disclaimer', attributes)),
      );
    },
    save: () => null,
  });
})(window.wp);

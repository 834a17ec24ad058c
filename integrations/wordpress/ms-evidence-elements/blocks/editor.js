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

  /** Adds or removes one value of an array attribute. */
  const toggled = (list, value, on) => (on ? list.concat([value]) : list.filter((v) => v !== value));

  const preview = (name, attributes) => h(ServerSideRender, { block: name, attributes });

  /** The sidebar controls of one block, each bound to one of its attributes. */
  const controls = (attributes, setAttributes) => ({
    /** A select whose first option (value '') stands for "none" or "the default". */
    choose: (key, label, empty, options, help) =>
      h(SelectControl, {
        label,
        help,
        value: attributes[key],
        options: [{ value: '', label: empty }].concat(options),
        onChange: (value) => setAttributes({ [key]: value }),
      }),
    toggle: (key, label) => h(ToggleControl, { label, checked: attributes[key], onChange: (value) => setAttributes({ [key]: value }) }),
    text: (key, label) => h(TextControl, { label, value: attributes[key], onChange: (value) => setAttributes({ [key]: value }) }),
    /** One checkbox per value of an array attribute. */
    checks: (key, values, label = (v) => v, id = (v) => v) =>
      values.map((v) =>
        h(CheckboxControl, {
          key: id(v),
          label: label(v),
          checked: attributes[key].includes(id(v)),
          onChange: (on) => setAttributes({ [key]: toggled(attributes[key], id(v), on) }),
        }),
      ),
    jurisdiction: () =>
      h(SelectControl, {
        label: __('Regulatory jurisdiction', 'ms-evidence-elements'),
        value: attributes.jurisdiction,
        options: [{ value: '', label: __('Site default', 'ms-evidence-elements') + ` (${data.defaultJurisdiction})` }].concat(
          Object.keys(data.jurisdictions).map((code) => ({ value: code, label: `${code}: ${data.jurisdictions[code]}` })),
        ),
        onChange: (jurisdiction) => setAttributes({ jurisdiction }),
      }),
    heading: (fallback) =>
      h(SelectControl, {
        label: __('Heading level', 'ms-evidence-elements'),
        value: String(attributes.headingLevel || 0),
        options: [{ value: '0', label: __('Default', 'ms-evidence-elements') + ` (h${fallback})` }].concat(
          [1, 2, 3, 4, 5, 6].map((n) => ({ value: String(n), label: `h${n}` })),
        ),
        onChange: (value) => setAttributes({ headingLevel: Number(value) }),
      }),
  });

  const sidebar = (...panels) => h(InspectorControls, null, ...panels);

  registerBlockType('ms-evidence-elements/study-card', {
    edit({ attributes, setAttributes }) {
      const c = controls(attributes, setAttributes);
      return h(
        'div',
        useBlockProps(),
        sidebar(
          h(
            PanelBody,
            { title: __('Study', 'ms-evidence-elements') },
            c.choose(
              'studyId',
              __('Study', 'ms-evidence-elements'),
              __('Choose a study…', 'ms-evidence-elements'),
              data.studies.map((s) => ({ value: s.id, label: s.title + fromSite(s) })),
            ),
            c.toggle('compact', __('Compact (details behind a button)', 'ms-evidence-elements')),
            c.jurisdiction(),
            c.heading(3),
            c.toggle('strict', __('Show the not-approved notice in the card when the page has none', 'ms-evidence-elements')),
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
      const c = controls(attributes, setAttributes);
      const categories = [...new Set(data.treatments.map((t) => t.category))];
      return h(
        'div',
        useBlockProps(),
        sidebar(
          h(
            PanelBody,
            { title: __('Options to compare', 'ms-evidence-elements') },
            c.choose(
              'category',
              __('Category', 'ms-evidence-elements'),
              __('Categories of care', 'ms-evidence-elements'),
              categories.map((cat) => ({ value: cat, label: cat })),
              __('Used when no option is ticked below. Without either: the categories of care.', 'ms-evidence-elements'),
            ),
            c.checks(
              'treatmentIds',
              data.treatments,
              (t) => t.name + fromSite(t),
              (t) => t.id,
            ),
          ),
          h(PanelBody, { title: __('Questions (rows)', 'ms-evidence-elements'), initialOpen: false }, c.checks('criteria', data.criteria)),
          h(
            PanelBody,
            { title: __('Display', 'ms-evidence-elements'), initialOpen: false },
            c.choose(
              'highlight',
              __('Highlight one option', 'ms-evidence-elements'),
              __('None', 'ms-evidence-elements'),
              data.treatments.map((t) => ({ value: t.id, label: t.name })),
            ),
            c.text('caption', __('Caption', 'ms-evidence-elements')),
            c.jurisdiction(),
            c.heading(3),
            c.toggle('strict', __('Show the not-approved notice in the table when the page has none', 'ms-evidence-elements')),
          ),
        ),
        preview('ms-evidence-elements/comparison', attributes),
      );
    },
    save: () => null,
  });

  registerBlockType('ms-evidence-elements/disclaimer', {
    edit({ attributes, setAttributes }) {
      const c = controls(attributes, setAttributes);
      return h(
        Fragment,
        null,
        sidebar(
          h(
            PanelBody,
            { title: __('Notices', 'ms-evidence-elements') },
            c.checks('kinds', data.kinds),
            c.text('therapy', __('Therapy named by the not-approved notice', 'ms-evidence-elements')),
            c.jurisdiction(),
            c.heading(2),
          ),
        ),
        h('div', useBlockProps(), preview('ms-evidence-elements/disclaimer', attributes)),
      );
    },
    save: () => null,
  });
})(window.wp);

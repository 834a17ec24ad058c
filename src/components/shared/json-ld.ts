/**
 * Opt-in JSON-LD of a data element (its `structured-data` attribute): writes schema.org JSON-LD
 * describing what the element shows as a `<script type="application/ld+json">` child, updates it
 * when the data changes and removes it when there is none. The builders load only for pages that
 * ask for structured data (or just switched it off).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DataSourceController } from './data-source.js';
import { structuredData, type StructuredDataModule } from './loaders.js';
import type { JsonLd } from '../../model/structured-data.js';

/** A host with the `structured-data` attribute. */
export interface JsonLdHost extends ReactiveControllerHost, HTMLElement {
  /** Whether to emit JSON-LD. */
  structuredData: boolean;
}

export class JsonLdController implements ReactiveController {
  constructor(
    private readonly host: JsonLdHost,
    /** The host's data: its pending work includes the writing, so `updateComplete` waits for it. */
    private readonly data: Pick<DataSourceController<unknown>, 'track'>,
    /** The JSON-LD of what the host shows now, or undefined when it shows no data. */
    private readonly build: (builders: StructuredDataModule) => JsonLd | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const { host } = this;
    if (!host.structuredData && !host.querySelector(':scope > script[data-ms-generated]')) return;
    this.data.track(
      structuredData.load().then((b) => b.writeJsonLd(host, host.structuredData ? this.build(b) : undefined)),
      false,
    );
  }
}

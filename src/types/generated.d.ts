// Data written by plugins/runbook-catalog (createData) and read by the widgets.
declare module '@generated/runbook-catalog/default/catalog.json' {
  import type { CatalogRow } from '@site/src/lib/catalogRow';
  const rows: CatalogRow[];
  export default rows;
}

declare module '@generated/runbook-catalog/default/catalog-summary.json' {
  import type { CatalogSummaryRow } from '@site/src/lib/catalogRow';
  const rows: CatalogSummaryRow[];
  export default rows;
}

declare module '@generated/runbook-catalog/default/signatures.json' {
  import type { MatchableSignature } from '@site/src/lib/signatureTypes';
  const signatures: MatchableSignature[];
  export default signatures;
}

declare module '@generated/runbook-catalog/default/signature-systems.json' {
  import type { SignatureSystemInfo } from '@site/src/lib/signatureTypes';
  const systems: Pick<SignatureSystemInfo, 'id' | 'hop'>[];
  export default systems;
}

declare module '@generated/runbook-catalog/default/training.json' {
  import type { TrainingModule } from '@site/src/lib/trainingTypes';
  const modules: readonly TrainingModule[];
  export default modules;
}

declare module '@generated/runbook-catalog/default/lookup-catalog.json' {
  import type { LookupCatalogEntry } from '@site/src/lib/signatureLookup';
  const entries: LookupCatalogEntry[];
  export default entries;
}

declare module 'prismjs/components/prism-core' {
  import Prism from 'prismjs';
  export default Prism;
}
declare module 'prismjs/components/*';

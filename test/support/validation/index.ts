/**
 * Test oracle: the official EN 16931 / Factur-X / UBL / BR-FR validation artefacts, run offline.
 * See README.md in this folder for set-up, caching and timings.
 */
export { validateCii, validateFacturXXml, validateUbl, checkBrFr, warmUpValidators, ALL_RULE_SETS } from './validators';
export { formatReport, formatFinding } from './format-report';
export {
  PROJECT_ROOT,
  validationAvailable,
  checkValidationAvailability,
  requireValidationDir,
  resolveValidationDir,
  resolveCacheDir,
  isCi,
  type Availability,
} from './validation-paths';
export { stylesheetStats, describeStylesheetStats, type StylesheetStats } from './stylesheet-cache';
export { saxonLoadMs } from './saxon';
export { parseSvrl } from './schematron';
export type { Finding, FindingFlag, ReadinessReport, RuleSetId, SchemaId, ValidationReport } from './types';
export { measureOracleTimings, formatTimings, type TimingRow } from './oracle-timings';

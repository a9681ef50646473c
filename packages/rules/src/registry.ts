/**
 * Every rule, in id order. A new rule is one file in `rules/` plus one import and one entry here;
 * the registry test runs its examples.
 */
import type { Rule } from './rule.js';
import agencyCodeFormat from './rules/agency-code-format.js';
import agencyCodePrefix from './rules/agency-code-prefix.js';
import agencyCodeUnique from './rules/agency-code-unique.js';
import approvalDate from './rules/approval-date.js';
import architectureApproval from './rules/architecture-approval.js';
import architecturePerAgency from './rules/architecture-per-agency.js';
import assignmentPeriods from './rules/assignment-periods.js';
import citationLocator from './rules/citation-locator.js';
import directNationalDatabaseAccess from './rules/direct-national-database-access.js';
import frameworkCategories from './rules/framework-categories.js';
import gsoCodeUnique from './rules/gso-code-unique.js';
import integrationEndpoints from './rules/integration-endpoints.js';
import integrationViaPlatform from './rules/integration-via-platform.js';
import lifecycleOrder from './rules/lifecycle-order.js';
import lineageDates from './rules/lineage-dates.js';
import lineageSymmetry from './rules/lineage-symmetry.js';
import mandatoryComponent from './rules/mandatory-component.js';
import nationalDatabaseLegalBasis from './rules/national-database-legal-basis.js';
import nationalDatabaseOwner from './rules/national-database-owner.js';
import orphanSystem from './rules/orphan-system.js';
import partOfCycle from './rules/part-of-cycle.js';
import pointToPointIntegration from './rules/point-to-point-integration.js';
import provenanceSource from './rules/provenance-source.js';
import provinceGsoCode from './rules/province-gso-code.js';
import publicServiceNationalPortal from './rules/public-service-national-portal.js';
import publicServiceProvider from './rules/public-service-provider.js';
import publishedHistory from './rules/published-history.js';
import referenceKind from './rules/reference-kind.js';
import referenceOutOfForce from './rules/reference-out-of-force.js';
import requiredConnection from './rules/required-connection.js';
import retiredInUse from './rules/retired-in-use.js';
import securityDossier from './rules/security-dossier.js';
import securityLevelRequired from './rules/security-level-required.js';
import securityPlan from './rules/security-plan.js';
import unresolvedReference from './rules/unresolved-reference.js';

export const allRules: Rule[] = [
  agencyCodeFormat,
  agencyCodePrefix,
  agencyCodeUnique,
  approvalDate,
  architectureApproval,
  architecturePerAgency,
  assignmentPeriods,
  citationLocator,
  directNationalDatabaseAccess,
  frameworkCategories,
  gsoCodeUnique,
  integrationEndpoints,
  integrationViaPlatform,
  lifecycleOrder,
  lineageDates,
  lineageSymmetry,
  mandatoryComponent,
  nationalDatabaseLegalBasis,
  nationalDatabaseOwner,
  orphanSystem,
  partOfCycle,
  pointToPointIntegration,
  provenanceSource,
  provinceGsoCode,
  publicServiceNationalPortal,
  publicServiceProvider,
  publishedHistory,
  referenceKind,
  referenceOutOfForce,
  requiredConnection,
  retiredInUse,
  securityDossier,
  securityLevelRequired,
  securityPlan,
  unresolvedReference,
].sort((a, b) => (a.id < b.id ? -1 : 1));

export function findRule(id: string): Rule | undefined {
  return allRules.find((rule) => rule.id === id);
}

import type { Database } from 'better-sqlite3';
import type { ChorusRequirements } from '@shared/invoicing/party';
import { requirementsOf, type CustomerStructure } from '@shared/sending/structures';
import { createCustomerStructureRepository, type CustomerStructureRow } from '../../db/repositories/customer-structure-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import type { InvoicingServices } from '../invoicing/create-invoicing-services';
import type { ChorusAccess, StructureChorus } from './sender/sender-port';

/** A structure's rules are asked again after a week (Chorus Pro publishes its directory about weekly). */
export const STRUCTURE_MAX_AGE_MS = 7 * 24 * 3_600_000;
/** Public-to-public only: invoices sent to it are rejected (chorus-pro-api.md §2.7). */
const PUBLIC_TO_PUBLIC_SERVICE = 'FACTURES_PUBLIQUES';

function toView(row: CustomerStructureRow): CustomerStructure {
  const details = JSON.parse(row.details) as ChorusRequirements;
  return { customerId: row.customer_id, idStructureCPP: row.id_structure_cpp, siret: row.siret, name: row.name, requirements: details, isPaymentNotReported: row.payment_not_reported === 1, fetchedAt: row.fetched_at };
}

/**
 * The online lookup of public structures: by SIRET or name to find a buyer, and for a customer its rules
 * (service code, engagement) and services, stored on the customer and refreshed when older than a week.
 */
export function createStructureLookup(db: Database, invoicing: InvoicingServices, clock: Clock, access: () => Promise<ChorusAccess>) {
  const structures = createCustomerStructureRepository(db);

  async function client(): Promise<StructureChorus> {
    const current = await access();
    if (!current.isReady) throw new AppError('sending_not_possible', current.reason);
    return current.client;
  }

  async function refresh(customerId: number): Promise<CustomerStructure> {
    const customer = invoicing.customers.get(customerId);
    if (customer.kind !== 'public' || !customer.siret) throw new AppError('sending_not_possible', 'Seul un acheteur public avec un SIRET se trouve dans Chorus Pro.');
    const chorus = await client();
    const page = await chorus.searchStructures({ identifiantStructure: customer.siret, typeIdentifiantStructure: 'SIRET', restreindreStructuresPrivees: true });
    const found = page.items.find((s) => s.identifiantStructure === customer.siret);
    if (!found) throw new AppError('not_found', `Chorus Pro ne connaît pas de structure publique au SIRET ${customer.siret} : vérifiez-le auprès de l’acheteur.`);
    const details = await chorus.structure({ idStructureCPP: found.idStructureCPP });
    const services: ChorusRequirements['services'] = [];
    for await (const service of chorus.eachService({ idStructure: found.idStructureCPP }, { pageSize: 100 })) {
      if (service.codeService === PUBLIC_TO_PUBLIC_SERVICE) continue;
      services.push({ code: service.codeService, name: service.libelleService ?? service.codeService, active: service.estActif ?? true });
    }
    const flags = details.parametres ?? {};
    const requirements: ChorusRequirements = { ...requirementsOf(flags), services };
    const name = details.informationGenerales.raisonSocialeStructure ?? found.designationStructure ?? customer.legalName;
    const row: CustomerStructureRow = {
      customer_id: customerId,
      id_structure_cpp: found.idStructureCPP,
      siret: customer.siret,
      name,
      payment_not_reported: flags.statutMiseEnPaiementNestPasRemonte === true ? 1 : 0,
      details: JSON.stringify(requirements),
      fetched_at: clock.now().toISOString(),
    };
    const { id: _id, isArchived: _archived, updatedAt: _updated, ...buyer } = customer;
    // Kept on the customer itself, so the checks before issuing use what Chorus Pro says.
    invoicing.customers.update(customerId, { ...buyer, chorus: requirements });
    structures.save(row);
    return toView(row);
  }

  return {
    async search(criteria: { siret?: string | undefined; name?: string | undefined }) {
      const page = await (await client()).searchStructures({
        ...(criteria.siret ? { identifiantStructure: criteria.siret, typeIdentifiantStructure: 'SIRET' as const } : {}),
        ...(criteria.name ? { raisonSocialeStructure: criteria.name } : {}),
        restreindreStructuresPrivees: true,
      });
      return page.items.map((s) => ({ idStructureCPP: s.idStructureCPP, siret: s.identifiantStructure, name: s.designationStructure ?? s.identifiantStructure }));
    },
    refresh,
    get: (customerId: number): CustomerStructure | null => {
      const row = structures.get(customerId);
      return row ? toView(row) : null;
    },
    /** The background part: customers with pieces on their way whose rules are a week old or never asked. */
    async refreshStale(limit = 5): Promise<number> {
      const before = new Date(clock.now().getTime() - STRUCTURE_MAX_AGE_MS).toISOString();
      let refreshed = 0;
      for (const { id } of structures.stale(before, limit)) {
        await refresh(id).then(() => (refreshed += 1)).catch(() => undefined);
      }
      return refreshed;
    },
  };
}

export type StructureLookup = ReturnType<typeof createStructureLookup>;

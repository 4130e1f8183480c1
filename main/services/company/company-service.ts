import type { CompanyProfile, CompanyProfileInputSchema } from '../../../shared/company/company-profile';
import type { CompanyRepository } from '../../db/repositories/company-repository';
import type { z } from 'zod';
import type { Clock } from '../clock';

/** The seller's own identity. Input arrives already parsed by the contract (SIRET checked, spaces removed). */
export function createCompanyService(repository: CompanyRepository, clock: Clock) {
  return {
    get(): CompanyProfile | null {
      return repository.findActive();
    },
    save(input: z.output<typeof CompanyProfileInputSchema>): CompanyProfile {
      return repository.saveActive(input, clock.now().toISOString());
    },
  };
}

export type CompanyService = ReturnType<typeof createCompanyService>;

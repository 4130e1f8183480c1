import type { CompanyProfile, CompanyProfileFields } from '@shared/company/company-profile';
import type { CompanyLogo, CompanyRepository } from '../../db/repositories/company-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import { normalizeLogo } from './logo-image';

/** The seller's own identity. Input arrives already parsed by the contract (SIRET checked, spaces removed). */
export function createCompanyService(repository: CompanyRepository, clock: Clock) {
  return {
    get(): CompanyProfile | null {
      return repository.findActive();
    },
    save(input: CompanyProfileFields): CompanyProfile {
      return repository.saveActive(input, clock.now().toISOString());
    },
    /** A logo for the invoices: PNG or JPEG, at most 1 Mo, decoded and re-encoded (logo-image.ts); null removes it. */
    setLogo(base64: string | null): CompanyProfile {
      if (!repository.findActive()) throw new AppError('not_found', 'Enregistrez d’abord votre entreprise, puis ajoutez le logo.');
      if (base64 === null) {
        repository.setLogo(null, clock.now().toISOString());
      } else {
        repository.setLogo(normalizeLogo(Buffer.from(base64, 'base64')), clock.now().toISOString());
      }
      return repository.findActive() as CompanyProfile;
    },
    getLogo(): CompanyLogo | null {
      return repository.getLogo();
    },
  };
}

export type CompanyService = ReturnType<typeof createCompanyService>;

import type { CompanyProfile, CompanyProfileFields } from '@shared/company/company-profile';
import type { CompanyLogo, CompanyRepository } from '../../db/repositories/company-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';

const MAX_LOGO_BYTES = 1024 * 1024;

/** What a PNG or a JPEG file starts with: the type is read from the bytes, not from what the page says. */
function logoType(bytes: Buffer): CompanyLogo['type'] | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The seller's own identity. Input arrives already parsed by the contract (SIRET checked, spaces removed). */
export function createCompanyService(repository: CompanyRepository, clock: Clock) {
  return {
    get(): CompanyProfile | null {
      return repository.findActive();
    },
    save(input: CompanyProfileFields): CompanyProfile {
      return repository.saveActive(input, clock.now().toISOString());
    },
    /** A logo for the invoices: PNG or JPEG, at most 1 Mo, given as base64; null removes it. */
    setLogo(base64: string | null): CompanyProfile {
      if (!repository.findActive()) throw new AppError('not_found', 'Enregistrez d’abord votre entreprise, puis ajoutez le logo.');
      if (base64 === null) {
        repository.setLogo(null, clock.now().toISOString());
      } else {
        const bytes = Buffer.from(base64, 'base64');
        const type = logoType(bytes);
        if (!type) throw new AppError('invalid_input', 'Le logo doit être une image PNG ou JPEG.', 'logo');
        if (bytes.length > MAX_LOGO_BYTES) throw new AppError('invalid_input', 'Le logo ne doit pas dépasser 1 Mo.', 'logo');
        repository.setLogo({ bytes, type }, clock.now().toISOString());
      }
      return repository.findActive() as CompanyProfile;
    },
    getLogo(): CompanyLogo | null {
      return repository.getLogo();
    },
  };
}

export type CompanyService = ReturnType<typeof createCompanyService>;

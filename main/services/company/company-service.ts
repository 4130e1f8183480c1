import type { CompanyProfile, CompanyProfileFields } from '@shared/company/company-profile';
import type { CompanyLogo, CompanyRepository } from '../../db/repositories/company-repository';
import { AppError } from '../../errors/app-error';
import type { Clock } from '../clock';
import type { NumberPreview, NumberPreviewRequest } from '@shared/numbering/number-preview';
import type { NumberPatterns } from '../invoicing/number-patterns';
import { normalizeLogo } from './logo-image';

/**
 * The seller's own identity. Input arrives already parsed by the contract (SIRET checked, spaces removed).
 * `numbers` checks the number patterns against what was issued (main/services/invoicing/number-patterns.ts).
 */
export function createCompanyService(repository: CompanyRepository, clock: Clock, numbers?: NumberPatterns) {
  return {
    get(): CompanyProfile | null {
      return repository.findActive();
    },
    save(input: CompanyProfileFields): CompanyProfile {
      numbers?.check(repository.findActive()?.id ?? null, input);
      return repository.saveActive(input, clock.now().toISOString());
    },
    numberPreview(request: NumberPreviewRequest): NumberPreview {
      if (!numbers) throw new Error('number patterns not wired');
      return numbers.preview(repository.findActive()?.id ?? null, request);
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

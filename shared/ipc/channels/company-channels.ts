import { z } from 'zod';
import { CompanyProfileInputSchema, CompanyProfileSchema } from '../../company/company-profile';
import { NumberPreviewRequestSchema, NumberPreviewSchema } from '../../numbering/number-preview';
import { NoInput } from '../no-input';

export const CompanyLogoSchema = z.object({ type: z.enum(['image/png', 'image/jpeg']), base64: z.string() });

export const companyChannels = {
  'company:get': { request: NoInput, response: CompanyProfileSchema.nullable() },
  'company:save': { request: CompanyProfileInputSchema, response: CompanyProfileSchema, changes: ['company', 'onboarding'] },
  /** base64 of a PNG or JPEG (≤ 1 Mo), or null to remove the logo. */
  'company:setLogo': {
    request: z.object({ base64: z.string().max(1_500_000, { error: 'Le logo ne doit pas dépasser 1 Mo.' }).nullable() }),
    response: CompanyProfileSchema,
    changes: ['company'],
  },
  'company:getLogo': { request: NoInput, response: CompanyLogoSchema.nullable() },
  /** The next invoice and credit note numbers the typed patterns would give, or why a pattern cannot be used. */
  'company:numberPreview': { request: NumberPreviewRequestSchema, response: NumberPreviewSchema },
} as const;

import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

type CompanyChannel = 'company:get' | 'company:save' | 'company:setLogo' | 'company:getLogo' | 'company:numberPreview';

export const companyHandlers = (services: Services): HandlersOf<CompanyChannel> => ({
  'company:get': () => services.company.get(),
  'company:save': (input) => services.company.save(input),
  'company:setLogo': (input) => services.company.setLogo(input.base64),
  'company:numberPreview': (input) => services.company.numberPreview(input),
  'company:getLogo': () => {
    const logo = services.company.getLogo();
    return logo ? { type: logo.type, base64: logo.bytes.toString('base64') } : null;
  },
});

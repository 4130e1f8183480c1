import type { HandlersOf } from '../handler-table';
import type { Services } from '../services';

type SendingChannel =
  | `chorusStructures:${'search' | 'refresh' | 'get'}`
  | `sending:${
  | 'send'
  | 'cancel'
  | 'retry'
  | 'syncNow'
  | 'list'
  | 'get'
  | 'summary'
  | 'getSettings'
  | 'saveSettings'
  | 'planPortal'
  | 'portalGuide'
  | 'portalFile'
  | 'recordPortalDeposit'
  | 'recordStatus'
  | 'replaceRejected'
  | 'exportBatch'
  | 'openPortal'
  | 'complete'
  | 'recycle'}`;

export const sendingHandlers = ({ sending, portalGuide, replaceRejected, exportBatch, guidedActions, structures, desktop }: Services): HandlersOf<SendingChannel> => ({
  'sending:send': ({ invoiceId }) => sending.send(invoiceId),
  'sending:cancel': ({ invoiceId }) => sending.cancel(invoiceId),
  'sending:retry': ({ invoiceId }) => sending.retry(invoiceId),
  'sending:syncNow': () => sending.syncNow(),
  'sending:list': (query) => sending.list(query),
  'sending:get': ({ invoiceId }) => sending.get(invoiceId),
  'sending:summary': () => sending.summary(),
  'sending:getSettings': () => sending.settings(),
  'sending:saveSettings': (input) => sending.saveSettings(input),
  'sending:planPortal': ({ invoiceId }) => sending.planPortal(invoiceId),
  'sending:portalGuide': ({ invoiceId }) => portalGuide.guide(invoiceId),
  'sending:portalFile': ({ invoiceId }) => portalGuide.unitFile(invoiceId),
  'sending:openPortal': async () => {
    const url = portalGuide.portalUrl();
    if (!desktop?.openExternal) return { isOpened: false, url };
    await desktop.openExternal(url);
    return { isOpened: true, url };
  },
  'sending:recordPortalDeposit': (input) => sending.recordPortalDeposit(input),
  'sending:recordStatus': (input) => sending.recordStatus(input),
  'sending:replaceRejected': ({ invoiceId }) => replaceRejected(invoiceId),
  'sending:exportBatch': ({ invoiceIds }) => exportBatch(invoiceIds),
  'sending:complete': (input) => guidedActions.complete(input),
  'sending:recycle': (input) => guidedActions.recycle(input),
  'chorusStructures:search': (criteria) => structures.search(criteria),
  'chorusStructures:refresh': ({ customerId }) => structures.refresh(customerId),
  'chorusStructures:get': ({ customerId }) => structures.get(customerId),
});

import { useChannelQuery } from '../../../api/queries';
import { localToday } from './dates';

/**
 * Today in Paris by the application's clock (app:info), for new drafts and payments: the computer's own
 * date may be wrong or in another time zone, and the backend decides what "late" means by its clock.
 * `null` while loading; the computer's date only if the application cannot answer.
 */
export function useToday(): { today: string | null; isLoading: boolean } {
  const info = useChannelQuery('app:info', {});
  if (info.data) return { today: info.data.today, isLoading: false };
  return { today: info.error ? localToday() : null, isLoading: info.isPending };
}

import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { t } from '../i18n/t';

export interface RowAction {
  id: string;
  label: string;
  onAction: () => void;
}

/**
 * « Actions ▾ » on a table row, as a react-aria-components menu: Enter or Space opens it on the first
 * item, arrows move, typing a letter jumps, Escape closes and gives focus back to the button.
 */
export function RowActionsMenu({ name, actions }: { name: string; actions: readonly RowAction[] }) {
  return (
    <MenuTrigger>
      <Button className="button small" aria-label={t('common.actionsFor', { name })}>
        {t('common.actions')} <span aria-hidden="true">▾</span>
      </Button>
      <Popover className="menu-popover" placement="bottom end">
        <Menu className="menu" onAction={(key) => actions.find((action) => action.id === key)?.onAction()}>
          {actions.map((action) => (
            <MenuItem key={action.id} id={action.id} className="menu-item">
              {action.label}
            </MenuItem>
          ))}
        </Menu>
      </Popover>
    </MenuTrigger>
  );
}

import { useState } from 'react';
import type { CatalogueItem } from '@shared/catalogue/catalogue-item';
import { useChannelQuery } from '../../../api/queries';
import { ComboBoxField } from '../../../components/combo-box-field';
import { t } from '../../../i18n/t';
import { unitPriceText } from '../french-input';

/**
 * « Ajouter depuis le catalogue »: a combo box opens in place, focused; typing filters the items, the
 * chosen one becomes a line (a copy) and the box closes.
 */
export function CataloguePicker({ onPick }: { onPick: (item: CatalogueItem) => void }) {
  const [isOpen, setIsOpen] = useState(false);
  const list = useChannelQuery('catalogue:list', { text: '', includeArchived: false }).data ?? [];
  const items = list.map((item) => ({ id: String(item.id), label: item.designation, note: unitPriceText(item.unitPrice) }));

  function pick(id: string | null) {
    const item = list.find((candidate) => String(candidate.id) === id);
    if (!item) return;
    onPick(item);
    setIsOpen(false);
  }

  return (
    <div className="catalogue-picker">
      <button type="button" className="button" aria-expanded={isOpen} onClick={() => setIsOpen(!isOpen)}>
        {t('editor.addFromCatalogue')}
      </button>
      {isOpen ? (
        list.length === 0 ? (
          <p className="muted">{t('editor.catalogueEmpty')}</p>
        ) : (
          <div className="picker-panel">
            <ComboBoxField
              name="catalogue-choice"
              label={t('editor.catalogueItem')}
              hint={t('editor.catalogueHint')}
              items={items}
              selectedId={null}
              onSelect={pick}
              emptyText={t('editor.catalogueNoMatch')}
              autoFocus
            />
          </div>
        )
      ) : null}
    </div>
  );
}

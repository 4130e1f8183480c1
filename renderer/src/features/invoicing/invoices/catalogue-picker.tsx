import { useEffect, useRef, useState } from 'react';
import type { CatalogueItem } from '@shared/catalogue/catalogue-item';
import { useChannel } from '../../../api/client';
import { t } from '../../../i18n/t';
import { unitPriceText } from '../french-input';

/** "Ajouter depuis le catalogue": opens a small chooser in place; the chosen item becomes a line (a copy). */
export function CataloguePicker({ onPick }: { onPick: (item: CatalogueItem) => void }) {
  const [isOpen, setIsOpen] = useState(false);
  const [choice, setChoice] = useState('');
  const selectRef = useRef<HTMLSelectElement>(null);
  const items = useChannel('catalogue:list', { text: '', includeArchived: false });
  useEffect(() => {
    if (isOpen) selectRef.current?.focus();
  }, [isOpen]);
  const list = items.value ?? [];

  function add() {
    const item = list.find((candidate) => String(candidate.id) === (choice || String(list[0]?.id)));
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
            <label htmlFor="catalogue-choice">{t('editor.catalogueItem')}</label>
            <select
              id="catalogue-choice"
              ref={selectRef}
              value={choice || String(list[0]?.id ?? '')}
              onChange={(event) => setChoice(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  add();
                }
              }}
            >
              {list.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.designation} — {unitPriceText(item.unitPrice)}
                </option>
              ))}
            </select>
            <button type="button" className="button primary small" onClick={add}>
              {t('editor.catalogueAdd')}
            </button>
          </div>
        )
      ) : null}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import { formatSiret } from '@shared/company/format-siret';
import type { DirectoryHit } from '@shared/public-directory/public-directory';
import { useBridge } from '../../api/client';
import { t, tp } from '../../i18n/t';
import { useDebouncedValue } from '../invoicing/components/use-debounced-value';
import { frenchCount } from './use-directory-status';
import './public-directory.css';

/** The buyer's rules at a glance, as the list shows them. */
export function requirementsOf(hit: DirectoryHit): string {
  const rules = [
    hit.serviceCodeRequired ? t('directory.flags.serviceCode') : null,
    hit.engagementRequired ? t('directory.flags.engagement') : null,
    hit.ejOrServiceRequired ? t('directory.flags.either') : null,
    hit.activeServices > 0 ? tp('directory.flags.services', hit.activeServices, { count: frenchCount(hit.activeServices) }) : null,
  ];
  return rules.filter(Boolean).join(' · ');
}

/**
 * Searches the directory as the user types (an accessible combobox: arrows, Enter, Escape, announced by
 * screen readers). Picking a structure hands its SIRET to `onPick`.
 */
export function DirectorySearchBox({ onPick, isDirectoryEmpty }: { onPick: (siret: string) => void; isDirectoryEmpty?: boolean }) {
  const bridge = useBridge();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<DirectoryHit[]>([]);
  const query = useDebouncedValue(text, 120);
  useEffect(() => {
    let isCurrent = true;
    if (query.trim().length < 2) return undefined;
    void bridge.invoke('directory:search', { text: query, limit: 20 }).then((result) => {
      if (isCurrent && result.ok) setHits(result.value.hits);
    });
    return () => {
      isCurrent = false;
    };
  }, [bridge, query]);
  const shown = query.trim().length < 2 ? [] : hits;
  return (
    <ComboBox
      className="field combobox"
      items={shown}
      inputValue={text}
      onInputChange={setText}
      onSelectionChange={(key) => (key === null ? undefined : onPick(String(key)))}
      allowsEmptyCollection
      isDisabled={isDirectoryEmpty}
      menuTrigger="input"
    >
      <Label>{t('directory.search')}</Label>
      <Input autoComplete="off" />
      <Text slot="description" className="field-hint">{t('directory.searchHint')}</Text>
      <Popover className="combobox-popover" placement="bottom start">
        <ListBox className="combobox-list" renderEmptyState={() => (query.trim().length >= 2 ? <p className="combobox-empty">{t('directory.noResult')}</p> : null)}>
          {(hit: DirectoryHit) => (
            <ListBoxItem id={hit.siret} textValue={`${hit.name} ${hit.postcode} ${hit.city}`} className="combobox-option">
              <span className="option-title">{hit.name}</span>
              <span className="option-detail">
                {formatSiret(hit.siret)} — {hit.postcode} {hit.city}
              </span>
              {requirementsOf(hit) ? <span className="option-detail">{requirementsOf(hit)}</span> : null}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

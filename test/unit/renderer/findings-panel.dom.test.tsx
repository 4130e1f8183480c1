// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { InvoiceDetail } from '@shared/invoicing/invoice-views';
import { FindingsPanel } from '../../../renderer/src/features/invoicing/invoices/findings-panel';

afterEach(cleanup);
type Finding = InvoiceDetail['findings'][number];

const findings: Finding[] = [
  { code: 'field-invalid', severity: 'error', field: 'seller.registration', message: 'Entrée invalide : objet attendu, indéfini reçu' },
  { code: 'field-invalid', severity: 'error', field: 'lines.2.description', message: 'La désignation est obligatoire.' },
  { code: 'field-invalid', severity: 'error', field: 'lines.0.quantity', message: 'Entrée invalide : chaîne de caractères attendu, indéfini reçu' },
  { code: 'chorus-service-code-missing', severity: 'error', field: 'invoice.serviceCode', message: '« Mairie » exige un code service.' },
  { code: 'field-invalid', severity: 'warning', field: 'invoice.allowances.1.reason', message: 'Trop grand : chaîne de caractères doit avoir <=200 caractères' },
];

describe('the findings panel explains every finding with its field', () => {
  it('rebuilds zod’s texts in French, names the line, and labels the header fields', () => {
    render(
      <MemoryRouter>
        <FindingsPanel findings={findings} customerId={3} onFocusField={() => undefined} />
      </MemoryRouter>,
    );
    const panel = screen.getByRole('region', { name: 'Avant d’émettre' });
    expect(panel.textContent).not.toMatch(/Entrée invalide|attendu|reçu|Trop grand/);
    expect(screen.getByText(/Votre entreprise \(Réglages\) : l’immatriculation \(RCS, RM ou dispense\) est obligatoire\./)).toBeTruthy();
    expect(screen.getByText(/Ligne 3 : la désignation est obligatoire\./)).toBeTruthy();
    expect(screen.getByText(/Ligne 1 : la quantité est obligatoire\./)).toBeTruthy();
    expect(screen.getByText(/Remise 2 : le motif ne doit pas dépasser 200 caractères\./)).toBeTruthy();
    // A header field has no line to say: its name comes first.
    expect(screen.getByText('Code service :').parentElement?.textContent).toBe('Code service : « Mairie » exige un code service.');
    expect(screen.getByText('4 points bloquants, 1 avertissement. Choisissez un point pour aller au champ concerné.')).toBeTruthy();
  });
});

// @vitest-environment jsdom
import { zodResolver } from '@hookform/resolvers/zod';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useForm } from 'react-hook-form';
import { afterEach, describe, expect, it } from 'vitest';
import type { CustomerInput } from '@shared/customers/customer';
import { installFrenchValidationMessages } from '@shared/validation/zod-french';
import { customerFormSchema, customerLimits, valuesOfCustomer, type CustomerValues } from '../../../renderer/src/features/invoicing/customers/customer-form-model';
import { FormTextField } from '../../../renderer/src/forms/form-fields';

installFrenchValidationMessages();
afterEach(cleanup);

/** The customer form's name and city, bound the way every form binds its fields. */
function Harness({ onValid }: { onValid: (input: CustomerInput) => void }) {
  const form = useForm<CustomerValues, unknown, CustomerInput>({ defaultValues: valuesOfCustomer(null), resolver: zodResolver(customerFormSchema) });
  return (
    <form onSubmit={(event) => void form.handleSubmit(onValid)(event)} noValidate>
      <FormTextField control={form.control} name="legalName" label="Nom du client" maxLength={customerLimits.legalName} />
      <FormTextField control={form.control} name="address.city" label="Ville" maxLength={customerLimits.city} />
      <button type="submit">Enregistrer</button>
    </form>
  );
}

describe('form fields bound to react-hook-form and the shared schemas', () => {
  it('stops typing at the schema’s limit and says so at the field', () => {
    render(<Harness onValid={() => undefined} />);
    const name = screen.getByRole('textbox', { name: 'Nom du client' });
    expect(name.getAttribute('maxlength')).toBe('200');
    fireEvent.change(name, { target: { value: 'x'.repeat(170) } });
    expect(screen.getByText('170 / 200 caractères')).toBeTruthy();
    fireEvent.change(name, { target: { value: 'x'.repeat(200) } });
    const limit = screen.getByText('Limite atteinte : 200 caractères au plus.');
    expect(name.getAttribute('aria-describedby')).toContain(limit.id);
  });

  it('puts each problem on its control, in French, and focuses the first', async () => {
    let sent: CustomerInput | null = null;
    render(<Harness onValid={(input) => (sent = input)} />);
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    const name = screen.getByRole('textbox', { name: 'Nom du client' });
    await waitFor(() => expect(name.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Le nom du client est obligatoire.')).toBeTruthy();
    expect(screen.getByText('La ville est obligatoire.')).toBeTruthy();
    expect(document.activeElement).toBe(name);
    expect(sent).toBeNull();
  });
});

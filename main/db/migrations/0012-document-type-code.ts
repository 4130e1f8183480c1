import type { Migration } from './migration';

/**
 * The kind of piece as the documents say it (UNTDID 1001): 380 facture, 381 avoir, 386 facture d'acompte.
 *
 * Decision: `invoices.type_code` stays what it has always been, the record's class ('380' an invoice that is
 * owed and paid, '381' a credit note), because the record triggers of migration 7 key on it (a payment
 * belongs to a '380', a balance opens on a '380', credit notes are the '381' rows) and a facture d'acompte is
 * owed and paid like any invoice. Widening its CHECK would need a table rebuild, recreating every trigger of
 * migrations 4 and 7, for no gain. The kind shown and filtered on is the new VIRTUAL generated column
 * `document_type_code`, read from what is frozen: the issued document's `invoice.typeCode`, or for a draft its
 * `isDownPayment` choice (the draft becomes a 386 at issue). An ALTER TABLE adding a VIRTUAL column rewrites
 * no row, so the immutability triggers on issued invoices are not touched, and old issued rows get the right
 * value at once. The index serves the list's type filter in date order without parsing every document.
 * The expression never fails and only ever gives 380, 381 or 386: a document made unreadable behind the
 * app's back (CHECK bypassed) must still be read, and named by the record's verification, not make every
 * read of the row throw « malformed JSON ».
 *
 * Numbering is unchanged: a 386 takes the next number of the invoice series (its row class is '380').
 */
export const migration0012: Migration = {
  version: 12,
  name: 'document type code (386) read from the frozen document',
  up(db) {
    db.exec(`
      ALTER TABLE invoices ADD COLUMN document_type_code TEXT GENERATED ALWAYS AS (
        CASE
          WHEN type_code <> '380' OR NOT json_valid(document) THEN type_code
          WHEN status = 'issued' AND json_extract(document, '$.invoice.typeCode') = '386' THEN '386'
          WHEN status = 'draft' AND json_extract(document, '$.isDownPayment') = 1 THEN '386'
          ELSE '380'
        END
      ) VIRTUAL;
      CREATE INDEX invoices_by_document_type ON invoices (company_id, document_type_code, issue_date DESC, id DESC);
    `);
  },
};

import { writeFileSync } from 'node:fs';
import { renderFacturXPdf } from '../main/services/documents/pdf/factur-x-pdf';
import { franchiseInvoice, placeholderCii } from '../test/support/pdf/pdf-fixtures';
const doc = franchiseInvoice();
doc.lines[0]!.description = 'Hébreu : שלום עולם רב ; arabe : مرحبا بالعالم ; fin 中文 한국어 😀';
doc.buyer.legalName = 'יוסף כהן בע"מ';
renderFacturXPdf(doc, placeholderCii(doc)).then((pdf) => writeFileSync('/tmp/doc-scratch/rtl.pdf', pdf));

export { serializeCii } from './serialize-cii';
export { serializeUbl } from './serialize-ubl';
export { UnissuedDocumentError } from './document-facts';
export { escapeText, escapeAttribute } from './xml-writer';

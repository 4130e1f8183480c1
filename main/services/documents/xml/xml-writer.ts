/**
 * A tiny XML writer: our own, so escaping and element order are ours to test, and the same tree always
 * gives the same bytes (attributes in the order given, two-space indentation, "\n" line ends, no
 * trailing newline quirks). Elements with only text are written on one line.
 */
export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyArray<readonly [string, string]>;
  readonly children: readonly XmlElement[];
  readonly text?: string;
}

/** What may be passed as children: absent values are skipped so optional elements read naturally. */
export type XmlChild = XmlElement | null | undefined | false | readonly XmlChild[];

/**
 * Characters XML 1.0 cannot carry at all, not even as a character reference: C0 controls other than tab,
 * LF and CR, lone surrogates, U+FFFE/U+FFFF. C1 controls (U+0080–U+009F) are legal but "discouraged" and
 * only ever come from a bad copy-paste; a validator or platform may choke on them, so they go too.
 * Dropping is safe: none of them is visible text.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A literal CR would be normalised to LF by every parser; a reference keeps it.
  '\r': '&#13;',
};
// Inside attributes, tab and LF are also normalised (to spaces) unless written as references.
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = { ...ENTITIES, '\t': '&#9;', '\n': '&#10;' };

/** Escapes text content. Accents and emoji stay as UTF-8: the document is declared UTF-8. */
export function escapeText(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>"'\r]/g, (c) => ENTITIES[c] as string);
}

export function escapeAttribute(value: string): string {
  return value.replace(FORBIDDEN, '').replace(/[&<>"'\r\t\n]/g, (c) => ATTRIBUTE_ENTITIES[c] as string);
}

function flatten(children: readonly XmlChild[], into: XmlElement[] = []): XmlElement[] {
  for (const child of children) {
    if (Array.isArray(child)) flatten(child as readonly XmlChild[], into);
    else if (child) into.push(child as XmlElement);
  }
  return into;
}

/** An element with child elements (possibly none). */
export function el(name: string, ...children: XmlChild[]): XmlElement {
  return { name, attributes: [], children: flatten(children) };
}

/** An element with attributes and child elements. */
export function elWith(name: string, attributes: Readonly<Record<string, string>>, ...children: XmlChild[]): XmlElement {
  return { name, attributes: Object.entries(attributes), children: flatten(children) };
}

/** A text element; `undefined` gives nothing, so optional values need no `if`. */
export function leaf(name: string, value: string | undefined, attributes: Readonly<Record<string, string>> = {}): XmlElement | null {
  if (value === undefined) return null;
  return { name, attributes: Object.entries(attributes), children: [], text: value };
}

/** A text element written only when the value has visible content (optional model fields may be ""). */
export function optionalLeaf(name: string, value: string | undefined, attributes: Readonly<Record<string, string>> = {}): XmlElement | null {
  return value === undefined || value.trim() === '' ? null : leaf(name, value, attributes);
}

/** An element written only when it has children (an optional group whose parts are all absent). */
export function optionalEl(name: string, ...children: XmlChild[]): XmlElement | null {
  const element = el(name, ...children);
  return element.children.length > 0 ? element : null;
}

function openTag(element: XmlElement): string {
  const attributes = element.attributes.map(([key, value]) => ` ${key}="${escapeAttribute(value)}"`).join('');
  return `<${element.name}${attributes}`;
}

function write(element: XmlElement, depth: number, out: string[]): void {
  const indent = '  '.repeat(depth);
  if (element.children.length === 0) {
    out.push(element.text === undefined ? `${indent}${openTag(element)}/>` : `${indent}${openTag(element)}>${escapeText(element.text)}</${element.name}>`);
    return;
  }
  out.push(`${indent}${openTag(element)}>`);
  for (const child of element.children) write(child, depth + 1, out);
  out.push(`${indent}</${element.name}>`);
}

/** The whole document: declaration, then the root (which carries its namespace declarations). */
export function serializeXml(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  write(root, 0, out);
  return `${out.join('\n')}\n`;
}

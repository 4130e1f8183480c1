/** A refusal the simulator answers as Chorus Pro does: HTTP status and `{ codeRetour, libelle }`. */
export class SimulatorRefusal extends Error {
  constructor(
    readonly status: number,
    readonly codeRetour: number,
    readonly libelle: string,
  ) {
    super(libelle);
  }
}

/** A business refusal (HTTP 400 with a non-zero `codeRetour`). */
export const refuse = (codeRetour: number, libelle: string) => new SimulatorRefusal(400, codeRetour, libelle);

export type Body = Record<string, unknown>;

export function text(body: Body, field: string, options: { max?: number; isRequired?: boolean } = {}): string | undefined {
  const value = body[field];
  if (value === undefined || value === null || value === '') {
    if (options.isRequired) throw refuse(20101, `Le champ ${field} est obligatoire.`);
    return undefined;
  }
  if (typeof value !== 'string') throw refuse(20102, `Le champ ${field} doit être une chaîne de caractères.`);
  if (options.max !== undefined && value.length > options.max) throw refuse(20103, `Le champ ${field} dépasse ${options.max} caractères.`);
  return value;
}

export function integer(body: Body, field: string): number {
  const value = body[field];
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) throw refuse(20101, `Le champ ${field} est obligatoire (entier).`);
  return number;
}

export function object(body: Body, field: string): Body {
  const value = body[field];
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Body) : {};
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Strict base64 (what Chorus Pro accepts), decoded; refuses anything else with `code`. */
export function base64File(body: Body, field: string, code: number): Buffer {
  const value = text(body, field, { isRequired: true }) as string;
  if (!BASE64.test(value)) throw refuse(code, `Le champ ${field} n’est pas encodé en base64.`);
  return Buffer.from(value, 'base64');
}

/** The page asked by a search (1-based, 10 per page by default) and the `parametresRetour` to answer. */
export function paginate<T>(items: T[], paging: Body): { page: T[]; parametresRetour: { total: number; pages: number; pageCourante: number; nbResultatsParPage: number } } {
  const size = typeof paging.nbResultatsParPage === 'number' && paging.nbResultatsParPage > 0 ? Math.min(paging.nbResultatsParPage, 10_000) : 10;
  const current = typeof paging.pageResultatDemandee === 'number' && paging.pageResultatDemandee > 0 ? paging.pageResultatDemandee : 1;
  const pages = Math.ceil(items.length / size);
  return {
    page: items.slice((current - 1) * size, current * size),
    parametresRetour: { total: items.length, pages, pageCourante: current, nbResultatsParPage: size },
  };
}

const PARIS = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });

/** `YYYY-MM-DD HH:MM`, Paris time, as Chorus Pro writes `histoStatutDatePassage`. */
export function parisDateTime(ms: number): string {
  return PARIS.format(new Date(ms)).replace(',', '');
}

export function parisDate(ms: number): string {
  return parisDateTime(ms).slice(0, 10);
}

import type { z } from 'zod';

/** The parts of a zod 4 schema's definition this walk reads. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
  options?: readonly z.ZodType[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
/** zod's classic string schema exposes its `.max()` as `maxLength` (null without one). */
const maxLengthOf = (schema: z.ZodType): number | undefined => (schema as unknown as { maxLength?: number | null }).maxLength ?? undefined;

/** The schemas a value at this level may be checked by, wrappers removed (optional, default, pipe…). */
function unwrap(schema: z.ZodType): z.ZodType[] {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return def.innerType ? unwrap(def.innerType) : [];
    case 'pipe': {
      // z.preprocess(fn, schema) is a pipe from a transform: the checks are on its way out.
      const isPreprocess = def.in !== undefined && defOf(def.in).type === 'transform';
      const side = isPreprocess ? def.out : def.in;
      return side ? unwrap(side) : [];
    }
    case 'union':
      return (def.options ?? []).flatMap(unwrap);
    default:
      return [schema];
  }
}

/**
 * The most characters a schema lets a text field hold at `path` ("address.postcode", "lines.0.description"),
 * so a form can stop typing there instead of refusing on save. Undefined when the schema sets no limit.
 */
export function maxLengthAt(schema: z.ZodType, path: string): number | undefined {
  let candidates = unwrap(schema);
  for (const key of path.split('.').filter(Boolean)) {
    candidates = candidates.flatMap((candidate) => {
      const def = defOf(candidate);
      if (def.type === 'object') return def.shape?.[key] ? unwrap(def.shape[key]) : [];
      if (def.type === 'array' && /^\d+$/.test(key)) return def.element ? unwrap(def.element) : [];
      return [];
    });
  }
  const limits = candidates.map((candidate) => (defOf(candidate).type === 'string' ? maxLengthOf(candidate) : undefined)).filter((n): n is number => n !== undefined);
  return limits.length > 0 ? Math.min(...limits) : undefined;
}

/** The limits of several fields at once, keyed by the form's own control names. */
export function maxLengthsOf<Name extends string>(schema: z.ZodType, paths: Readonly<Record<Name, string>>): Partial<Record<Name, number>> {
  const limits: Partial<Record<Name, number>> = {};
  for (const [name, path] of Object.entries(paths) as Array<[Name, string]>) {
    const max = maxLengthAt(schema, path);
    if (max !== undefined) limits[name] = max;
  }
  return limits;
}

import { z } from 'zod';
import { explainIssue, withContext, type FieldNoun } from './issue-messages';

/** Reports a problem found while turning typed text into the request (an unreadable amount…). */
export type AddProblem = (field: string, message: string) => void;

export interface FormSchemaOptions<Values, Input> {
  /** What the form sends, built from what is typed; problems of conversion are reported, not thrown. */
  toInput: (values: Values, addProblem: AddProblem) => Input;
  /** The schema main parses the request with (from shared/): the same rules, checked before sending. */
  schema: z.ZodType;
  /** The form control a request path belongs to ("registration.city" -> "registrationPlace"). */
  fieldOf?: (requestPath: string) => string;
  /** How a sentence names each control, to rewrite zod's own texts. */
  nounOf: (field: string) => FieldNoun;
}

/**
 * The zod schema a react-hook-form resolver uses: its input is the form's values, its output the request.
 * Every problem shows at once (the conversion and the shared schema both run), each on the control it
 * concerns, each in French with the field named.
 */
export function formSchema<Values, Input>({ toInput, schema, fieldOf = (path) => path, nounOf }: FormSchemaOptions<Values, Input>) {
  return z.custom<Values>().transform((values, ctx): Input => {
    const taken = new Set<string>();
    const add = (field: string, message: string) => {
      // One message per control: the first is the one to fix first.
      if (taken.has(field)) return;
      taken.add(field);
      ctx.addIssue({ code: 'custom', path: [field], message });
    };
    const input = toInput(values, (field, message) => add(field, withContext(nounOf(field), message)));
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = fieldOf(issue.path.map(String).join('.'));
        add(field, explainIssue(issue, nounOf(field)));
      }
    }
    return input;
  });
}

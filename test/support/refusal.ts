import { AppError } from '../../main/errors/app-error';

/** The AppError `run` throws (a refusal the user reads); fails the test if it throws nothing or something else. */
export function refusalOf(run: () => unknown): AppError {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

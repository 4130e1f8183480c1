import { describe, expect, it } from 'vitest';
import { CANNOT_OPEN_DATA_EXIT_CODE, DATA_FOLDER_IN_USE_EXIT_CODE, describeStartupFailure } from '../../../main/app/startup-failure';
import { AppError } from '../../../main/errors/app-error';

describe('what the user reads when Facturier cannot start', () => {
  it('names a folder in use, with its own exit code', () => {
    const failure = describeStartupFailure(AppError.of('data_folder_locked'));
    expect(failure).toMatchObject({ title: 'Facturier est déjà ouvert', exitCode: DATA_FOLDER_IN_USE_EXIT_CODE });
  });

  it('names a newer or damaged database, a full or read-only disk, in French', () => {
    const cases: Array<[unknown, RegExp]> = [
      [AppError.of('database_too_new'), /version plus récente/],
      [AppError.of('database_corrupted'), /endommagé/],
      [Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }), /disque est plein/],
      [Object.assign(new Error('EROFS'), { code: 'EROFS' }), /lecture seule/],
      [Object.assign(new Error('EACCES'), { code: 'EACCES' }), /ne peut pas lire ou écrire/],
    ];
    for (const [error, message] of cases) {
      const failure = describeStartupFailure(error);
      expect(failure.message, String(error)).toMatch(message);
      expect(failure.exitCode).toBe(CANNOT_OPEN_DATA_EXIT_CODE);
      expect(failure.title).toBe('Facturier ne peut pas ouvrir vos données');
    }
  });

  it('says something useful, without a stack trace, for anything else', () => {
    const error = new Error('boom');
    const failure = describeStartupFailure(error);
    expect(failure.message).toMatch(/n’a pas pu démarrer \(boom\)/);
    expect(failure.message).not.toContain('at ');
  });
});

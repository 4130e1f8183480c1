import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

/**
 * Follows the bytes of a ZIP (an XLSX) as they stream to another reader and inflates every entry on the side
 * (output discarded): a damaged entry or an archive that stops mid-entry is caught here, with certainty,
 * whereas exceljs's reader may stop or wait silently on such input.
 */
export function createZipIntegrityCheck(onProblem: (problem: 'damaged' | 'truncated') => void) {
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  let entries = 0;
  let open = 0;
  let isFailed = false;
  const fail = (problem: 'damaged' | 'truncated') => {
    if (isFailed) return;
    isFailed = true;
    onProblem(problem);
  };
  unzip.onfile = (file) => {
    entries++;
    open++;
    file.ondata = (error, _data, final) => {
      if (error) fail('damaged');
      else if (final) open--;
    };
    try {
      file.start();
    } catch {
      fail('damaged');
    }
  };
  const push = (chunk: Uint8Array, final: boolean) => {
    if (isFailed) return;
    try {
      unzip.push(chunk, final);
    } catch {
      fail('damaged');
    }
  };
  return {
    push: (chunk: Uint8Array) => push(chunk, false),
    end(): void {
      push(new Uint8Array(0), true);
      if (entries === 0 || open > 0) fail('truncated');
    },
  };
}

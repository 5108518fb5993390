/** What the reader is told when a settings file is refused: which file, and what is wrong with it. */
import { MAX_IMPORT_BYTES, type ImportError } from '../settings/transfer';
import type { Message } from '../ui/i18n';
import { isolated } from '../ui/text-language';

const KB = 1024;

/** Sizes in whole kilobytes, rounded up so a file just over the limit never reads as "1024 of 1024". */
function kilobytes(bytes: number): string {
  return String(Math.ceil(bytes / KB));
}

export function importErrorMessage(name: string, error: ImportError): Message {
  const fileName = isolated(name);
  switch (error.code) {
    case 'not-json':
      return { key: 'importErrorNotJson', subs: [fileName] };
    case 'not-unnag':
      return { key: 'importErrorNotUnnag', subs: [fileName] };
    case 'too-large':
      return { key: 'importErrorTooLarge', subs: [fileName, kilobytes(Number(error.detail)), kilobytes(MAX_IMPORT_BYTES)] };
    case 'unsupported-version':
      return { key: 'importErrorVersion', subs: [fileName, error.detail ?? '?'] };
    case 'invalid-entry':
      return { key: 'importErrorEntry', subs: [fileName, isolated(error.detail || '(root)')] };
  }
}

/** Refuses a file by its size before reading it: a huge file is never loaded into memory. */
export function tooLargeToRead(size: number): ImportError | undefined {
  return size > MAX_IMPORT_BYTES ? { code: 'too-large', detail: String(size) } : undefined;
}

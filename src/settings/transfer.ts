/**
 * Settings as a file the reader can keep or move by hand. Errors are codes plus the spot they
 * concern; the options page turns the codes into translated messages.
 */
import { readDocument, toDocument } from './document';
import { UnsupportedVersion, upgradeDocument } from './migrations';
import type { Settings } from './model';
import { InvalidEntry, readObject } from './validation';

export const EXPORT_FORMAT = 'unnag-settings';
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type ImportErrorCode = 'not-json' | 'not-unnag' | 'too-large' | 'unsupported-version' | 'invalid-entry';

export interface ImportError {
  readonly code: ImportErrorCode;
  /** The path of a bad entry, the version found, the size in bytes or the parser's message. */
  readonly detail?: string;
}

export type ImportResult = { readonly ok: true; readonly settings: Settings } | { readonly ok: false; readonly error: ImportError };

export function exportSettings(settings: Settings): string {
  return JSON.stringify({ format: EXPORT_FORMAT, ...toDocument(settings) }, null, 2);
}

export function parseImport(text: string): ImportResult {
  // Chars never outnumber UTF-8 bytes, so the cheap length check spares encoding a giant string.
  const bytes = text.length > MAX_IMPORT_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) return failure('too-large', String(bytes));

  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return failure('not-json', error instanceof Error ? error.message : undefined);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return failure('not-unnag');
  const { format, ...document } = parsed as Record<string, unknown>;
  if (format !== EXPORT_FORMAT) return failure('not-unnag', typeof format === 'string' ? format : undefined);

  try {
    return { ok: true, settings: readDocument(upgradeDocument(readObject(document, ''))) };
  } catch (error) {
    if (error instanceof UnsupportedVersion) return failure('unsupported-version', String(error.version));
    if (error instanceof InvalidEntry) return failure('invalid-entry', error.path);
    throw error;
  }
}

function failure(code: ImportErrorCode, detail?: string): ImportResult {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } };
}

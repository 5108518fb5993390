import type { Signal } from './signal';

const EMAIL_HINT = /e-?mail|correo|courriel|почт|пошт|メール|邮箱|郵件|郵箱|posta/i;
const TEXTLIKE_TYPES = new Set(['', 'text', 'email']);

const EMAIL: Signal = { evidence: 'form-email', category: 'newsletter', reason: 'form:email' };
const LOGIN: Signal = { evidence: 'form-login', category: null, reason: 'form:login' };
const COMMENT: Signal = { evidence: 'form-comment', category: null, reason: 'form:comment' };

/** What a form field says about the block around it: an e-mail sign-up, a log-in, or a comment box. */
export function fieldSignal(field: Element): Signal | null {
  if (field.localName === 'textarea') return COMMENT;
  if (field.localName !== 'input') return null;
  const type = (field.getAttribute('type') ?? '').toLowerCase();
  if (type === 'password') return LOGIN;
  if (type === 'email') return EMAIL;
  if (!TEXTLIKE_TYPES.has(type)) return null;
  const hints = [
    field.getAttribute('name'),
    field.getAttribute('id'),
    field.getAttribute('placeholder'),
    field.getAttribute('aria-label'),
    field.getAttribute('autocomplete'),
  ].join(' ');
  return EMAIL_HINT.test(hints) ? EMAIL : null;
}

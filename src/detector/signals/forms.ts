import { spacedText, textOutside } from '../dom';
import { tokenize } from '../phrase-matcher';
import { findActions } from './phrases';
import type { Signal } from './signal';

const EMAIL_HINT = /e-?mail|correo|courriel|почт|пошт|メール|邮箱|郵件|郵箱|posta/i;
const TEXTLIKE_TYPES = new Set(['', 'text', 'email']);

export const EMAIL_FIELD: Signal = { evidence: 'form-email', category: 'newsletter', reason: 'form:email' };
const LOGIN: Signal = { evidence: 'form-login', category: null, reason: 'form:login' };
const LOGIN_STEP: Signal = { evidence: 'form-login-step', category: null, reason: 'form:login-step' };
const COMMENT: Signal = { evidence: 'form-comment', category: null, reason: 'form:comment' };
const SHARE: Signal = { evidence: 'form-share', category: null, reason: 'form:share' };

const SIGNUP: Signal = { evidence: 'form-signup', category: 'newsletter', reason: 'form:signup' };
/** Fields a sign-up form may ask beside the e-mail address (a name, a first name). */
const MAX_SIGNUP_FIELDS = 2;
/** The text around a form read for log-in words: its parent's, when that is no longer than this. */
const MAX_CONTEXT_TEXT = 1500;
const SUBMIT = 'button:not([type="button"]):not([type="reset"]), input[type="submit"], input[type="image"]';

/**
 * An e-mail field whose form asks for nothing else that matters (no password, no message, no
 * second address as a send-to-a-friend form does, at most a name) and is sent by its own button:
 * the form is a sign-up, whatever it says around it, unless what is around it speaks of logging
 * in or of a password, or its button only moves on to a next step (the first step of a two-step
 * log-in asks only for an e-mail too).
 */
export function signupSignal(field: Element): Signal | null {
  const form = formOf(field);
  return form ? formSignup(form, textFieldsIn(form), formContext(form).text, submitLabel(form)) : null;
}

/**
 * signupSignal for a field's form (formOf), its text fields (textFieldsIn), the text around it
 * (formContext) and its button's label (submitLabel).
 */
function formSignup(form: Element, fields: readonly HTMLInputElement[], context: string, submit: string | null): Signal | null {
  if (form.querySelector('input[type="password"], textarea, select') !== null) return null;
  if (submit === null || NEXT_STEP.test(submit)) return null;
  if (fields.length > MAX_SIGNUP_FIELDS || emailFieldsIn(fields) !== 1) return null;
  return speaksOfAccount(context) ? null : SIGNUP;
}

/** The label of the button that sends a form (for a script-sent block, any button or script link in it), or null. */
function submitLabel(form: Element): string | null {
  const submit = form.querySelector(form.localName === 'form' ? SUBMIT : SCRIPT_SUBMIT);
  return submit ? buttonLabel(submit) : null;
}

function speaksOfAccount(text: string): boolean {
  return findActions(text).some((hit) => hit.key === 'account');
}

/** A button whose whole label is a log-in word ("Sign in", "Se connecter", "Войти"); "Create account" is none. */
function logsIn(label: string): boolean {
  const words = tokenize(label).join(' ');
  return findActions(label).some((hit) => hit.key === 'account' && tokenize(hit.phrase).join(' ') === words);
}

/** Levels above a field searched for the block a page's script sends as its form. */
const MAX_FORMLESS_CLIMB = 3;
/** What a script-sent form is sent by: any button, or a link that runs a script. */
const SCRIPT_SUBMIT = 'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], a[href="#"], a[href^="javascript:"]';

/**
 * The form a field belongs to: its <form>, or, where the page's script sends the field itself (no
 * <form> around it), the nearest block a few levels up that holds a button.
 */
export function formOf(field: Element): Element | null {
  const form = field.closest('form');
  if (form) return form;
  let el = field.parentElement;
  for (let level = 0; el && level < MAX_FORMLESS_CLIMB; level++, el = el.parentElement) {
    if (el.querySelector(SCRIPT_SUBMIT) !== null) return el;
  }
  return null;
}

/**
 * Text fields the reader can reach, and of them the e-mail fields. A mailing list's bot trap is
 * none: a field taken out of the tab order (`tabindex="-1"`), or one hidden inside the form or
 * named as a trap ("Leave this field empty") beside an address field the reader sees, which would otherwise read
 * as a send-to-a-friend form's second address. A form whose only address field is hidden until
 * a step shows it keeps that field.
 */
function textFieldsIn(form: Element): HTMLInputElement[] {
  const fields = [...form.querySelectorAll('input')].filter(
    (input) => input.getAttribute('tabindex') !== '-1' && TEXTLIKE_TYPES.has((input.getAttribute('type') ?? '').toLowerCase()),
  );
  const shown = fields.filter((input) => !isHiddenInside(input, form) && !isNamedTrap(input, form));
  return emailFieldsIn(shown) > 0 ? shown : fields;
}

/** Written to be hidden, by the page's markup: a hiding style, attribute or ARIA state. */
const HIDDEN_BY_MARKUP = '[hidden], [aria-hidden="true"], [style*="display:none" i], [style*="display: none" i]';

/** Whether a field, or a block between it and its form, is hidden by markup (a form hidden whole is judged as any). */
function isHiddenInside(field: Element, form: Element): boolean {
  const hidden = field.closest(HIDDEN_BY_MARKUP);
  return hidden !== null && hidden !== form && form.contains(hidden);
}

/**
 * Names that form builders give their bot traps, which the site's style sheet hides: "honeypot",
 * "hp" as a word of a name ("mailpoet_hp_email_label", "ak_hp"), "bot-field".
 */
const TRAP_NAME = /honeypot|(?:^|[-_\s])hp(?:[-_\s]|$)|bot-?field/i;

/** Whether a field, or a block between it and its form, is named as a bot trap (TRAP_NAME). */
function isNamedTrap(field: Element, form: Element): boolean {
  for (let el: Element | null = field; el && el !== form; el = el.parentElement) {
    if (TRAP_NAME.test(`${el.id} ${el.getAttribute('class') ?? ''} ${el.getAttribute('name') ?? ''}`)) return true;
  }
  return false;
}

function emailFieldsIn(fields: readonly HTMLInputElement[]): number {
  return fields.filter((input) => fieldSignal(input) === EMAIL_FIELD).length;
}

/**
 * A button that moves to a next step ("Next", "Continue") sends the first step of a longer form,
 * as a two-step log-in's e-mail step is: no sign-up, even with no words around it.
 */
const NEXT_STEP = /^(next|continue|weiter|fortfahren|suivant|continuer|siguiente|continuar|avanti|continua|próximo|dalej|další|pokračovat|далее|продолжить|далі|продовжити|次へ|続ける|下一步|继续)$/i;

function buttonLabel(button: Element): string {
  return (button.localName === 'input' ? (button.getAttribute('value') ?? '') : (button.textContent ?? '')).trim().replace(/[\s→›>»]+$/u, '');
}

/** Words for a password, in the languages the detector reads: a log-in form's, or an account notice's (site-furniture.ts). */
export const PASSWORD_WORDS = /password|passwort|kennwort|mot de passe|contraseña|senha|wachtwoord|hasło|heslo|пароль|lösenord|adgangskode|passord|şifre|סיסמ|كلمة المرور|رمز عبور|パスワード|密码|密碼|비밀번호|mật khẩu|kata sandi|รหัสผ่าน|पासवर्ड|পাসওয়ার্ড/i;

/**
 * The evidence of an e-mail field (fieldSignal gave `form:email`): a sign-up's when its form is
 * one; a log-in's when the text around its form speaks of a password ("Forgot your password?
 * Enter your e-mail") or whose button logs in ("Sign in"), which is the reader's own account,
 * never clutter; a share form's in a form with a second address, which sends the story to a
 * friend ("Send to email address · Your email address", "Artikel per E-Mail versenden"): its field
 * labels are no pitch.
 */
export function emailFieldSignals(field: Element): Signal[] {
  const form = formOf(field);
  if (!form) return [EMAIL_FIELD];
  const fields = textFieldsIn(form);
  if (emailFieldsIn(fields) > 1) return [SHARE];
  const { block, text: context } = formContext(form);
  if (PASSWORD_WORDS.test(context)) return [LOGIN];
  const submit = submitLabel(form);
  if (submit !== null && logsIn(submit)) return [LOGIN];
  // An e-mail-first log-in ("Sign in or create an account · Email · Continue") asks what a
  // two-step sign-up asks; the account words tell it, unless a registration wall's pitch is
  // around it (site-furniture.ts isAccountUi).
  if (submit !== null && NEXT_STEP.test(submit) && saysItLogsIn(block)) return [LOGIN_STEP];
  const signup = formSignup(form, fields, context, submit);
  return signup ? [EMAIL_FIELD, signup] : [EMAIL_FIELD];
}

/** The block around a form (its parent, or itself when the parent's text is too long) and its text, read for log-in words. */
function formContext(form: Element): { block: Element; text: string } {
  const parent = form.parentElement;
  const around = parent ? spacedText(parent, MAX_CONTEXT_TEXT) : null;
  if (parent && around !== null) return { block: parent, text: around };
  return { block: form, text: spacedText(form, MAX_CONTEXT_TEXT) ?? '' };
}

/**
 * Whether a box says itself that it logs the reader in ("Sign in", "Noch kein Konto?"). A box
 * that links to a log-in ("Already a subscriber? Log in", "Hai già un account? Accedi") is not
 * one: it is the newsletter box or registration wall those words sit in. Nor do account words in
 * its links alone ("Manage my newsletters") make it one.
 */
function saysItLogsIn(block: Element): boolean {
  if ([...block.querySelectorAll('a, button')].some((control) => logsIn(buttonLabel(control)))) return false;
  return speaksOfAccount(textOutside(block, (parent) => parent.closest('a') !== null));
}

/** What a form field says about the block around it: an e-mail sign-up, a log-in, or a comment box. */
export function fieldSignal(field: Element): Signal | null {
  if (field.localName === 'textarea') return COMMENT;
  if (field.localName !== 'input') return null;
  const type = (field.getAttribute('type') ?? '').toLowerCase();
  if (type === 'password') return LOGIN;
  if (type === 'email') return EMAIL_FIELD;
  if (!TEXTLIKE_TYPES.has(type)) return null;
  const hints = [
    field.getAttribute('name'),
    field.getAttribute('id'),
    field.getAttribute('placeholder'),
    field.getAttribute('aria-label'),
    field.getAttribute('autocomplete'),
    // Pages older than the placeholder attribute prefill the hint ("Enter email") as the value.
    field.getAttribute('value'),
  ].join(' ');
  return EMAIL_HINT.test(hints) ? EMAIL_FIELD : null;
}

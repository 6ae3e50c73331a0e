/**
 * E-mail addresses, profile links and handles. Functional mailboxes (info@, beratung@ …) and
 * public websites are not personal data: they become shields, so no name is read out of them.
 */
import { charBeforeIs, scan, type FindingSink } from './finding';
import { foldWord } from './fold';
import { GERMAN_WORDS, ORGANISATION_WORDS, hasNounEnding } from './lexicon';

// Anchored on the @ (a literal is found fast); the mailbox name is then read backwards.
const EMAIL_DOMAIN = /@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}/gu;
const MAILBOX_CHAR = /[\p{L}\p{N}._%+-]/u;
const FREEMAIL = /^(?:gmail|googlemail|gmx|web|yahoo|hotmail|outlook|live|t-online|posteo|icloud|aol|mail|yandex|proton|protonmail|freenet|arcor)\./i;
const SHORT_ORGANISATION_WORD = 5;

// True when a mailbox name or profile path contains the word of an organisation or function.
function namesAnOrganisation(part: string): boolean {
  const folded = foldWord(part);
  const segments = folded.split(/[^a-z\u00c0-\u024f]+/).filter((s) => s.length > 0);
  return ORGANISATION_WORDS.some((word) =>
    word.length < SHORT_ORGANISATION_WORD ? segments.includes(word) : folded.includes(word),
  );
}

function isFunctionalMailbox(local: string, domain: string): boolean {
  if (namesAnOrganisation(local) || domain.startsWith('lists.')) return true;
  // A single German noun at an organisation's own domain ("anerkennung@bamf.bund.de") is a
  // role; a single name ("mueller@kanzlei.de") is a person.
  if (!/^[a-z]+$/i.test(local) || FREEMAIL.test(domain)) return false;
  const folded = foldWord(local);
  return GERMAN_WORDS.has(folded) || hasNounEnding(folded);
}

// "ahmad(at)gmx.de", "ahmad [at] gmx.de": addresses written so that spam robots miss them.
const OBFUSCATED_EMAIL = /[\p{L}\p{N}._%+-]+[ \t]?[([]at[)\]][ \t]?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}/gu;

/** Finds personal e-mail addresses; shields functional mailboxes. */
export function findEmails(text: string, sink: FindingSink): void {
  if (text.includes('at)') || text.includes('at]')) {
    for (let match = scan(OBFUSCATED_EMAIL, text); match; match = OBFUSCATED_EMAIL.exec(text)) {
      sink.findings.push({ start: match.index, end: match.index + match[0].length, type: 'EMAIL' });
    }
  }
  if (!text.includes('@')) return;
  for (let match = scan(EMAIL_DOMAIN, text); match; match = EMAIL_DOMAIN.exec(text)) {
    let start = match.index;
    while (start > 0 && MAILBOX_CHAR.test(text.charAt(start - 1))) start--;
    if (start === match.index) continue;
    const local = text.slice(start, match.index);
    const range = { start, end: match.index + match[0].length };
    if (isFunctionalMailbox(local, match[0].slice(1))) sink.shields.push(range);
    else sink.findings.push({ ...range, type: 'EMAIL' });
  }
}

// Profile links, anchored on ".com/" and the like; the host is then checked backwards.
const PROFILE_DOMAIN_END = /\.(?:com|me|am|ru|net)\//gi;
const PROFILE_HOST_BEFORE =
  /(?<![\p{L}\p{N}-])(?:(?:https?:\/\/)?(?:www\.|m\.|mobile\.)?)(?:facebook|fb|instagram|instagr|tiktok|twitter|x|t|telegram|wa|api\.whatsapp|linkedin|vk|ok|youtube|snapchat|threads)$/iu;
const PROFILE_DOMAINS = new Set(['facebook.com', 'fb.com', 'fb.me', 'instagram.com', 'instagr.am', 'tiktok.com', 'twitter.com', 'x.com', 't.me', 'telegram.me', 'wa.me', 'api.whatsapp.com', 'linkedin.com', 'vk.com', 'ok.ru', 'youtube.com', 'snapchat.com', 'threads.net']);
const PROFILE_PATH = /^[^\s,;)<>"']+/;
const HOST_REACH = 30;
const HANDLE = /@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\p{L}\p{N}@/-])/gu;
const GLUED_TO_HOST = /[\p{L}\p{N}-]/u;
const GLUED_TO_HANDLE = /[\p{L}\p{N}._%+\-@/]/u;
// Public websites, anchored on the top-level domain or on www./http and widened in code.
const TOP_LEVEL_DOMAIN = /\.(?:de|com|org|net|eu|info|ch|at|io|gov|edu)(?![\p{L}\p{N}])/gu;
const SCHEME_OR_WWW = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const HOST_CHAR = /[\p{L}\p{N}.-]/u;
const PATH = /^\/[^\s<>"]*/;
const TRAILING_PUNCTUATION = /[.,!?:;]+$/;

/** Finds links and handles that point to a person; shields public websites. */
export function findLinks(text: string, sink: FindingSink): void {
  for (let match = scan(PROFILE_DOMAIN_END, text); match; match = PROFILE_DOMAIN_END.exec(text)) {
    const before = text.slice(Math.max(0, match.index - HOST_REACH), match.index);
    const host = PROFILE_HOST_BEFORE.exec(before);
    const domain = host ? `${/[^/.]+(?:\.whatsapp)?$/.exec(host[0])?.[0] ?? ''}${match[0].slice(0, -1)}`.toLowerCase() : '';
    if (!host || !PROFILE_DOMAINS.has(domain) || charBeforeIs(text, match.index - host[0].length, GLUED_TO_HOST)) continue;
    const pathStart = match.index + match[0].length;
    const path = (PROFILE_PATH.exec(text.slice(pathStart, pathStart + 200))?.[0] ?? '').replace(TRAILING_PUNCTUATION, '');
    if (path === '') continue;
    const range = { start: match.index - host[0].length, end: pathStart + path.length };
    if (namesAnOrganisation(path)) sink.shields.push(range);
    else sink.findings.push({ ...range, type: 'URL' });
  }
  if (text.includes('@')) {
    for (let match = scan(HANDLE, text); match; match = HANDLE.exec(text)) {
      if (charBeforeIs(text, match.index, GLUED_TO_HANDLE)) continue;
      const handle = match[0].replace(TRAILING_PUNCTUATION, '');
      if (!/[A-Za-z]/.test(handle) || handle.length < 3) continue;
      const range = { start: match.index, end: match.index + handle.length };
      if (namesAnOrganisation(handle.slice(1))) sink.shields.push(range);
      else sink.findings.push({ ...range, type: 'URL' });
    }
  }
  for (let match = scan(SCHEME_OR_WWW, text); match; match = SCHEME_OR_WWW.exec(text)) {
    sink.shields.push({ start: match.index, end: match.index + match[0].replace(TRAILING_PUNCTUATION, '').length });
  }
  for (let match = scan(TOP_LEVEL_DOMAIN, text); match; match = TOP_LEVEL_DOMAIN.exec(text)) {
    let start = match.index;
    while (start > 0 && HOST_CHAR.test(text.charAt(start - 1))) start--;
    if (start === match.index || text.charAt(start - 1) === '@') continue;
    const after = match.index + match[0].length;
    const path = PATH.exec(text.slice(after, after + 300))?.[0] ?? '';
    const site = text.slice(start, after) + path;
    sink.shields.push({ start, end: start + site.replace(TRAILING_PUNCTUATION, '').length });
  }
}

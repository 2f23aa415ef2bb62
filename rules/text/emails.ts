// Email addresses in a draft, and whether one is a person's or a shared (role) mailbox.
import type { Span } from './regex.ts';

export interface EmailMatch extends Span {
  local: string;
  domain: string;
}

const EMAIL = /(?<![\p{L}\p{N}._%+'-])[A-Za-z0-9](?:[A-Za-z0-9._%+'-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string): EmailMatch[] {
  if (!text.includes('@')) return [];
  const out: EmailMatch[] = [];
  EMAIL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = EMAIL.exec(text)) !== null && out.length < 200) {
    const at = m[0].indexOf('@');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      local: m[0].slice(0, at).toLowerCase(),
      domain: m[0].slice(at + 1).toLowerCase(),
    });
  }
  EMAIL.lastIndex = 0;
  return out;
}

// Shared mailboxes: a team or a function, not a person. Matched on the whole local part
// or on one of its words ("customer.services", "planning-enquiries", "press.office").
const ROLE_LOCALS = new Set([
  'info', 'enquiries', 'enquiry', 'inquiries', 'contact', 'contactus', 'hello', 'hi', 'admin', 'office',
  'press', 'media', 'news', 'newsroom', 'communications', 'comms', 'marketing', 'sales', 'support', 'help',
  'helpdesk', 'service', 'services', 'customerservices', 'customerservice', 'reception', 'accounts',
  'finance', 'hr', 'jobs', 'careers', 'recruitment', 'foi', 'complaints', 'feedback', 'webmaster',
  'postmaster', 'noreply', 'donotreply', 'privacy', 'dpo', 'bookings', 'booking', 'events', 'licensing',
  'planning', 'council', 'mayor', 'safeguarding', 'socialmedia', 'web', 'team', 'general', 'switchboard',
  'waste', 'bins', 'housing', 'benefits', 'counciltax', 'elections', 'electoral', 'democratic', 'parking',
  'streetcare', 'environmental', 'environment', 'highways', 'appeals', 'volunteering', 'volunteers',
  'partnerships', 'engagement', 'consultation', 'consultations', 'schools', 'admissions', 'library',
  'libraries', 'museum', 'leisure', 'tourism', 'visitor', 'visitors', 'sport', 'grants', 'procurement',
  'legal', 'audit', 'payroll', 'pensions', 'it', 'ict', 'digital', 'security', 'facilities', 'estates',
  'sec', 'secretary', 'clerk', 'chair', 'governors', 'pcc', 'opcc', 'police', 'crime', 'desk', 'unit',
  'dept', 'department', 'centre', 'center', 'hub', 'line', 'queries', 'query', 'requests', 'request',
  'data', 'protection', 'information', 'customer', 'customers', 'public', 'residents', 'tenants', 'editor',
]);

const FREEMAIL = new Set([
  'gmail.com', 'googlemail.com', 'hotmail.com', 'hotmail.co.uk', 'outlook.com', 'live.com', 'live.co.uk',
  'yahoo.com', 'yahoo.co.uk', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'btinternet.com',
  'sky.com', 'virginmedia.com', 'talktalk.net', 'protonmail.com', 'proton.me', 'gmx.com', 'mail.com',
  'ymail.com', 'msn.com', 'tiscali.co.uk', 'ntlworld.com', 'blueyonder.co.uk',
]);

// Longer stems that mark a shared mailbox even inside one word ("communityfund@").
const ROLE_STEMS = /enquir|servic|support|communit|fund|grant|office|admin|contact|booking|event|licens|planning|recruit|complain|feedback|helpdesk|helpline|team|info|press|media|newsroom|election|housing|council|parking|waste|recycl|reception|account|finance/;

/** True for a team or function mailbox (press@, customer.services@) on a non-personal domain. */
export function isRoleMailbox(e: EmailMatch, extraRoles: ReadonlySet<string>): boolean {
  if (FREEMAIL.has(e.domain)) return false;
  const local = e.local.replace(/\+.*$/, '');
  const joined = local.replace(/[._-]/g, '');
  if (extraRoles.has(local) || ROLE_LOCALS.has(joined)) return true;
  return local.split(/[._-]+/).some((w) => ROLE_LOCALS.has(w)) || ROLE_STEMS.test(joined);
}

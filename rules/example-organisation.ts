// A made-up organisation the built-in rules' examples are written for ("Acme Council"),
// so the examples of employer, work-contact, link and period rules have something to
// refer to. Not a real council; acme.gov.uk is not a real domain.
import type { ProfileInput } from './profile-schema.ts';

export const EXAMPLE_NOW = '2027-01-12T12:00:00Z';

export const EXAMPLE_ORGANISATION_PROFILE: ProfileInput = {
  schemaVersion: 1,
  id: 'acme-example',
  name: 'Acme Council (the examples\' organisation)',
  version: '1',
  extends: 'default',
  organisation: {
    names: ['Acme Council', 'Acme CC'],
    domains: ['acme.gov.uk'],
    phoneNumbers: ['0300 123 4567'],
    protectedNames: ['Sam Quill'],
    postcodes: ['AC1 1AA'],
    timeZone: 'Europe/London',
  },
  accounts: [{ platform: 'x', handle: 'AcmeCouncil' }],
  periods: [
    { id: 'pre-election-2027', kind: 'pre-election', from: '2027-03-25', to: '2027-05-06', candidates: ['Jane Doe'] },
    { id: 'storm-2027', kind: 'crisis', from: '2027-02-01', to: '2027-02-03' },
  ],
  quietHours: { from: '23:00', to: '06:00' },
  links: { deniedDomains: ['dodgy-news.example'] },
  reviewBeforePosting: true,
};

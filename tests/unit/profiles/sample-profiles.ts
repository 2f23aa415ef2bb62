// Profiles as a manager would publish them, for the profile service's tests: valid, small,
// and with what the options page summarises (organisation, an account, a period, quiet hours).

/** A pre-election period around `now`, in the date-only form profiles use. */
export function periodAround(now: Date, days = 30): { from: string; to: string } {
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  return { from: day(-days), to: day(days) };
}

export function acmeProfile(version = '2027.1', now = new Date()) {
  return {
    schemaVersion: 1,
    id: 'acme-council',
    name: 'Acme Council social media policy',
    version,
    extends: 'default',
    organisation: {
      names: ['Acme Council', 'Acme CC'],
      domains: ['acme.gov.uk'],
      phoneNumbers: ['0300 123 4567'],
      timeZone: 'Europe/London',
    },
    accounts: [{ platform: 'x', handle: 'AcmeCouncil' }],
    periods: [{ id: 'pre-election-2027', kind: 'pre-election', ...periodAround(now) }],
    quietHours: { from: '23:00', to: '06:00' },
    rules: [],
  };
}

export function otherProfile(version = '1') {
  return {
    schemaVersion: 1,
    id: 'hart-dc',
    name: 'Hart District Council social media policy',
    version,
    extends: 'default',
    accounts: [{ platform: 'facebook', handle: 'HartDC' }],
    rules: [],
  };
}

// The enforceable clauses of the five source policies (docs/policies/CLAUSES.md).
// Findings cite these ids; the sign-off dialog and the popup show the text. No zod here:
// content scripts import this table.

export interface Clause {
  id: string;
  /** Which source policy the clause comes from. */
  document: string;
  text: string;
  context: 'corporate' | 'personal' | 'any';
}

export const DOCUMENTS: Record<string, string> = {
  'hss-group': 'HSS Group Ltd social media policy (2025)',
  'staffordshire-police': 'Staffordshire Police, Social Media – Management of Content',
  'trust': 'Trust social media policy (staff)',
  'hart-dc': 'Hart District Council social media policy 2024–27',
  'south-yorkshire-opcc': 'South Yorkshire Police and Crime Commissioner social media policy',
};

export const CLAUSES: Record<string, Clause> = {
  'HSS-1': { id: 'HSS-1', document: 'hss-group', text: 'Professional tone and demeanour', context: 'corporate' },
  'HSS-2': { id: 'HSS-2', document: 'hss-group', text: 'Information accurate and verified', context: 'corporate' },
  'HSS-3': { id: 'HSS-3', document: 'hss-group', text: 'No harassment, discrimination or inflammatory language', context: 'any' },
  'HSS-4': { id: 'HSS-4', document: 'hss-group', text: 'Consent before identifiable images; anonymise where possible', context: 'any' },
  'HSS-5': { id: 'HSS-5', document: 'hss-group', text: 'GDPR when using photos and footage', context: 'any' },
  'HSS-6': { id: 'HSS-6', document: 'hss-group', text: 'Photos and footage approved by the Social Media Manager before use', context: 'corporate' },
  'HSS-7': { id: 'HSS-7', document: 'hss-group', text: 'Crisis: coordinate with senior management', context: 'corporate' },
  'STF-1': { id: 'STF-1', document: 'staffordshire-police', text: 'Nothing that brings the organisation into disrepute or conflicts with the corporate message', context: 'corporate' },
  'STF-2': { id: 'STF-2', document: 'staffordshire-police', text: 'Third-party photos/footage need permission; data protection', context: 'any' },
  'STF-3': { id: 'STF-3', document: 'staffordshire-police', text: 'Nothing that could compromise an operation or jeopardise a court case', context: 'any' },
  'STF-4': { id: 'STF-4', document: 'staffordshire-police', text: 'Wanted/missing appeals must be hosted on the main website and go through Corporate Communications', context: 'corporate' },
  'STF-5': { id: 'STF-5', document: 'staffordshire-police', text: 'Link back to the organisation\'s website where possible', context: 'corporate' },
  'STF-6': { id: 'STF-6', document: 'staffordshire-police', text: 'Do not identify colleagues in sensitive roles', context: 'any' },
  'STF-7': { id: 'STF-7', document: 'staffordshire-police', text: 'Usernames and passwords are held by the web team', context: 'any' },
  'TR-1': { id: 'TR-1', document: 'trust', text: 'Acting in official capacity: make it clear', context: 'corporate' },
  'TR-2': { id: 'TR-2', document: 'trust', text: 'Separate business accounts from personal accounts', context: 'any' },
  'TR-3': { id: 'TR-3', document: 'trust', text: 'Never share personal, confidential or sensitive information', context: 'any' },
  'TR-4': { id: 'TR-4', document: 'trust', text: 'No photographs of children, young people or vulnerable adults without explicit consent', context: 'any' },
  'TR-5': { id: 'TR-5', document: 'trust', text: 'Do not reveal home addresses, telephone numbers or other personal information', context: 'any' },
  'TR-6': { id: 'TR-6', document: 'trust', text: 'Obtain permission and a Media Consent Form before posting images of individuals', context: 'any' },
  'TR-7': { id: 'TR-7', document: 'trust', text: 'No work email or official contact details on personal accounts', context: 'personal' },
  'TR-8': { id: 'TR-8', document: 'trust', text: 'Avoid references to working for the organisation (personal accounts)', context: 'personal' },
  'TR-9': { id: 'TR-9', document: 'trust', text: 'No discriminatory, harassing or defamatory remarks', context: 'any' },
  'TR-10': { id: 'TR-10', document: 'trust', text: 'Do not engage in escalating conversations; no personal opinions on posts', context: 'corporate' },
  'HT-1': { id: 'HT-1', document: 'hart-dc', text: 'Pre-election period: nothing that could be seen to support a party or candidate', context: 'corporate' },
  'HT-2': { id: 'HT-2', document: 'hart-dc', text: 'Sharing could be seen as endorsement; stay impartial', context: 'corporate' },
  'HT-3': { id: 'HT-3', document: 'hart-dc', text: 'Content accessible and inclusive (WCAG)', context: 'corporate' },
  'HT-4': { id: 'HT-4', document: 'hart-dc', text: 'Do not criticise or argue with residents; no defamatory comments', context: 'corporate' },
  'HT-5': { id: 'HT-5', document: 'hart-dc', text: 'Do not breach confidentiality (contact details of officers or customers)', context: 'any' },
  'HT-6': { id: 'HT-6', document: 'hart-dc', text: 'Do not breach copyright', context: 'any' },
  'HT-7': { id: 'HT-7', document: 'hart-dc', text: 'No discrimination, bullying or harassment on protected characteristics', context: 'any' },
  'HT-8': { id: 'HT-8', document: 'hart-dc', text: 'Personal use: no disclosing personal information of staff, third parties or customers', context: 'personal' },
  'HT-9': { id: 'HT-9', document: 'hart-dc', text: 'Personal use: avoid commenting on political issues', context: 'personal' },
  'HT-10': { id: 'HT-10', document: 'hart-dc', text: 'Content reviewed and authorised before publishing', context: 'corporate' },
  'OP-1': { id: 'OP-1', document: 'south-yorkshire-opcc', text: 'Channel limits (Twitter message length)', context: 'any' },
  'OP-2': { id: 'OP-2', document: 'south-yorkshire-opcc', text: 'Never request or disclose personal information through social media', context: 'any' },
  'OP-3': { id: 'OP-3', document: 'south-yorkshire-opcc', text: 'Move to secure channels (email, phone) for personal matters', context: 'corporate' },
  'OP-4': { id: 'OP-4', document: 'south-yorkshire-opcc', text: 'Check what is re-posted or linked', context: 'any' },
  'OP-5': { id: 'OP-5', document: 'south-yorkshire-opcc', text: 'No hate speech, profanity, defamation, name calling, selling, spam', context: 'any' },
  'OP-6': { id: 'OP-6', document: 'south-yorkshire-opcc', text: 'No reference to employment on personal accounts except professional networks (LinkedIn)', context: 'personal' },
  'OP-7': { id: 'OP-7', document: 'south-yorkshire-opcc', text: 'No contact details or photographs of colleagues, partners or stakeholders without permission', context: 'any' },
  'OP-8': { id: 'OP-8', document: 'south-yorkshire-opcc', text: 'No offensive comments about the organisation, partners, colleagues', context: 'personal' },
  'OP-9': { id: 'OP-9', document: 'south-yorkshire-opcc', text: 'Mindful of the time of day of posts', context: 'personal' },
  'OP-10': { id: 'OP-10', document: 'south-yorkshire-opcc', text: 'Never share passwords', context: 'any' },
};

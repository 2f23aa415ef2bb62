// Writes cases.jsonl: personal data in the many ways people write it, and look-alikes that
// are not personal data (the organisation's own numbers and mailboxes, helplines, dates,
// prices, references). The values and templates were written for this evaluation; the
// numbers are in fictional or unallocated-looking ranges where a country has one.
//   npx tsx tests/data/personal-data/generate.ts
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

type Expect = 'phone' | 'email' | 'card' | 'none';
interface Case {
  id: string;
  text: string;
  expect: Expect;
  /** The personal data in the text (for phone, email, card). */
  value?: string;
  group: string;
}

const PHONES: Record<string, string[]> = {
  'UK mobile': ['07700 900123', '07700900456', '+44 7700 900789', '+44 (0)7700 900321', '0044 7700 900654', '07911 123456', '07825-654-321', '07456 789 012'],
  'UK landline': ['020 7946 0958', '(020) 7946 0123', '0113 496 0123', '0161 496 0789', '01632 960001', '028 9649 6012', '029 2018 0456', '+44 20 7946 0321', '01252 613 000'],
  US: ['(212) 555-0142', '212-555-0199', '+1 415 555 2671', '1 (646) 326-8827', '312.847.2214', '+1-202-456-1414'],
  Canada: ['(416) 363-1234', '+1 604 681 2345'],
  Ireland: ['087 123 4567', '+353 87 123 4567', '(01) 234 5678'],
  France: ['06 12 34 56 78', '+33 6 12 34 56 78', '01 42 68 53 00', '07.81.23.45.67'],
  Germany: ['030 12345678', '+49 30 12345678', '0151 23456789', '+49 151 2345 6789'],
  Spain: ['612 345 678', '+34 612 345 678', '91 123 45 67'],
  Italy: ['312 345 6789', '+39 312 345 6789', '06 1234 5678'],
  Netherlands: ['06 12345678', '+31 6 12345678', '020 123 4567'],
  Poland: ['512 345 678', '+48 512 345 678'],
  India: ['+91 98765 43210', '098765 43210', '98765 43210'],
  Australia: ['0412 345 678', '+61 412 345 678', '(02) 9876 5432'],
  'New Zealand': ['021 123 4567', '+64 21 123 4567'],
  'South Africa': ['082 123 4567', '+27 82 123 4567'],
  Nigeria: ['0803 123 4567', '+234 803 123 4567'],
  Pakistan: ['0300 1234567', '+92 300 1234567'],
  Brazil: ['(11) 91234-5678', '+55 11 91234 5678'],
  Japan: ['090-1234-5678', '+81 90 1234 5678'],
};
const PHONE_TEMPLATES = [
  'Call me on {v}',
  'My number is {v}, text me when you get here',
  'Lost dog in Fleet! Please ring {v} if you see her',
  'For tickets WhatsApp Sarah: {v}',
  'Any problems give me a bell on {v} x',
  'The landlord is on {v} if you need him',
];

const EMAILS = [
  'jane.smith@gmail.com', 'j.smith84@hotmail.co.uk', 'dave_jones@outlook.com', 'priya.shah@acme.gov.uk', 'tom@brightonbakery.co.uk',
  'm.kowalski@btinternet.com', 'alex+tickets@gmail.com', 'sarah.oneill@yahoo.co.uk', 'firstname.lastname@nhs.net', 'kev1975@aol.com',
  'chris.evans@acme.gov.uk', 'amina.b@icloud.com', 'lee.wong@protonmail.com', 'r.patel@staffordshire.police.uk', 'JOHN.DOE@SKY.COM',
  'emma-louise.hart@live.co.uk', 'olu.adeyemi@virginmedia.com', 'grandma.betty@talktalk.net', 'mike@mikesplumbing.co.uk', 'ana.garcia@gmx.com',
];
const EMAIL_TEMPLATES = ['Email me at {v}', 'Send the photos to {v} please', 'Contact the organiser at {v}.', 'Her email is {v}'];

const CARDS = [
  '4111 1111 1111 1111', '4111-1111-1111-1111', '4111111111111111', '5555 5555 5555 4444', '5105 1051 0510 5100', '3782 822463 10005',
  '3714 496353 98431', '6011 1111 1111 1117', '4012 8888 8888 1881', '3530 1113 3330 0000', '3056 9309 0259 04', '6759 6498 2643 8453',
  '2223 0031 2200 3222', '4539 1488 0343 6467',
];
const CARD_TEMPLATES = ['Use my card {v} for the booking', 'Card number {v} exp 09/28', 'Pay with {v} and keep the receipt'];

// Not personal data: what an organisation posts every day.
const NOT_PERSONAL = [
  ['own number', 'Call our customer services on 0300 123 4567.'],
  ['own number', 'Questions? Ring us on 0300 1234567, 9am to 5pm.'],
  ['own number', 'Our contact centre: +44 300 123 4567'],
  ['own mailbox', 'Email enquiries@acme.gov.uk with any questions.'],
  ['own mailbox', 'Contact customer.services@acme.gov.uk for help.'],
  ['own mailbox', 'Planning questions to planning@acme.gov.uk'],
  ['own mailbox', 'Press enquiries: press@acme.gov.uk'],
  ['own mailbox', 'Register to vote: elections@acme.gov.uk'],
  ['own mailbox', 'Freedom of information requests to foi@acme.gov.uk'],
  ['own mailbox', 'Report a missed bin to waste.services@acme.gov.uk'],
  ['own mailbox', 'Housing advice: housing.options@acme.gov.uk'],
  ['own mailbox', 'Apply for a grant: communityfund@acme.gov.uk'],
  ['other mailbox', 'Contact info@crimestoppers-uk.org for more information.'],
  ['other mailbox', 'Email hello@fleetfoodbank.org.uk to volunteer.'],
  ['emergency', 'In an emergency always call 999.'],
  ['emergency', 'Non-emergency? Call 101.'],
  ['emergency', 'For health advice call NHS 111.'],
  ['helpline', 'Report crime anonymously to Crimestoppers on 0800 555 111.'],
  ['helpline', 'Report fraud to Action Fraud on 0300 123 2040.'],
  ['helpline', 'Childline is free on 0800 1111.'],
  ['helpline', 'National Domestic Abuse Helpline: 0808 2000 247, 24 hours a day.'],
  ['helpline', 'Samaritans are there day or night on 116 123.'],
  ['helpline', 'Victim Support: 0808 168 9111.'],
  ['date', 'The meeting is on 12/05/2027 at 7.30pm.'],
  ['date', 'Consultation runs from 01.03.2027 to 30.04.2027.'],
  ['time', 'Open 9.00–17.30, Monday to Friday.'],
  ['time', 'Collections between 06:30 and 18:00.'],
  ['money', 'Tickets cost £12.50, or £40 for a family of four.'],
  ['money', 'We invested £1,250,000 in new play areas.'],
  ['money', 'Council tax band D is £2,145.67 this year.'],
  ['count', 'Over 10,000 people attended the festival.'],
  ['count', 'We planted 2,024 trees in 2024.'],
  ['reference', 'Quote crime reference 24/123456/22 when you call.'],
  ['reference', 'Incident 1234 of 12 May 2027.'],
  ['reference', 'Planning application 24/01234/FUL has been approved.'],
  ['reference', 'Order number 123456789 has been dispatched.'],
  ['reference', 'Company number 01234567, registered in England.'],
  ['reference', 'Charity number 1123456.'],
  ['years', 'In 2024-2025 we fixed 3,000 potholes.'],
  ['years', 'Our plan for 2025–2030 is out for consultation.'],
  ['score', 'Fleet Town won 3-1 against Hook 2-2 last week.'],
  ['bus', 'The 10 and 11 buses run every 20 minutes.'],
  ['postcode', 'Find us at GU51 4AE.'],
  ['version', 'Update the app to version 10.2.1 for the new features.'],
  ['ISBN', 'Book club read ISBN 978-0-14-103614-4 this month.'],
  ['coordinates', 'The meeting point is at 51.2833, -0.8395.'],
  ['long number', 'Our annual budget is 120000000 pounds.'],
  // Phone-shaped digits inside reference codes, tokens and file names (issue 6).
  ['reference code', 'Your ticket is INC01234567890; we will be in touch.'],
  ['reference code', 'Please quote JD0123456789 on all letters.'],
  ['reference code', 'Case HART-0123-456789 is now closed.'],
  ['reference code', 'Bin serial AB-07700-900123 has been replaced.'],
  ['reference code', 'Permit no. RP07700900123X is valid until May.'],
  ['token', 'Rotate the test key sk_test_07700900123abc before Friday.'],
  ['token', 'The webhook id is a1b2c301252622122d4e5 in the logs.'],
  ['file name', 'The minutes are in minutes_01252622122.pdf on our website.'],
  ['url', 'Read it at acme.gov.uk/news/07700900123-update.'],
] as const;

const cases: Case[] = [];
let n = 0;
const id = (p: string) => `${p}-${String(++n).padStart(3, '0')}`;
for (const [group, numbers] of Object.entries(PHONES)) {
  numbers.forEach((v, i) => {
    for (const t of [PHONE_TEMPLATES[i % PHONE_TEMPLATES.length]!, PHONE_TEMPLATES[(i + 3) % PHONE_TEMPLATES.length]!]) {
      cases.push({ id: id('phone'), text: t.replace('{v}', v), expect: 'phone', value: v, group });
    }
  });
}
EMAILS.forEach((v, i) => {
  for (const t of [EMAIL_TEMPLATES[i % 4]!, EMAIL_TEMPLATES[(i + 2) % 4]!]) cases.push({ id: id('email'), text: t.replace('{v}', v), expect: 'email', value: v, group: 'email' });
});
CARDS.forEach((v, i) => {
  for (const t of [CARD_TEMPLATES[i % 3]!, CARD_TEMPLATES[(i + 1) % 3]!]) cases.push({ id: id('card'), text: t.replace('{v}', v), expect: 'card', value: v, group: 'card' });
});
for (const [group, text] of NOT_PERSONAL) cases.push({ id: id('none'), text, expect: 'none', group });

const out = path.join(path.dirname(fileURLToPath(import.meta.url)), 'cases.jsonl');
await writeFile(out, cases.map((c) => JSON.stringify(c)).join('\n') + '\n');
console.log(`${cases.length} cases → ${out}`);

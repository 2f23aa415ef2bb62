// Every built-in detector, by id. A profile names one with {"kind": "detector", "detector": "<id>"}.
import type { Detector } from '../detector.ts';
import abuse from './abuse.ts';
import appealLink from './appeal-link.ts';
import arguing from './arguing.ts';
import bankDetails from './bank-details.ts';
import bodycamFootage from './bodycam-footage.ts';
import commercial from './commercial.ts';
import confidentialMarker from './confidential-marker.ts';
import copyrightMarker from './copyright-marker.ts';
import credentials from './credentials.ts';
import dateOfBirth from './date-of-birth.ts';
import emailAddress from './email-address.ts';
import emojiWall from './emoji-wall.ts';
import employerCriticism from './employer-criticism.ts';
import employerReference from './employer-reference.ts';
import exclamationMarks from './exclamation-marks.ts';
import hashtagCase from './hashtag-case.ts';
import imageAltText from './image-alt-text.ts';
import imageAttached from './image-attached.ts';
import imageFaces from './image-faces.ts';
import imageLocation from './image-location.ts';
import imageUnchecked from './image-unchecked.ts';
import lengthLimit from './length-limit.ts';
import linkBack from './link-back.ts';
import linkCheck from './link-check.ts';
import nationalInsurance from './national-insurance.ts';
import officialCapacity from './official-capacity.ts';
import officialVoice from './official-voice.ts';
import operationalDetail from './operational-detail.ts';
import paymentCard from './payment-card.ts';
import personalDataRequest from './personal-data-request.ts';
import personalOpinion from './personal-opinion.ts';
import phoneNumber from './phone-number.ts';
import political from './political.ts';
import postalAddress from './postal-address.ts';
import profanity from './profanity.ts';
import profileFlag from './profile-flag.ts';
import quietHours from './quiet-hours.ts';
import repeatedText from './repeated-text.ts';
import sensitiveRole from './sensitive-role.ts';
import shouting from './shouting.ts';
import subJudice from './sub-judice.ts';
import unverifiedClaim from './unverified-claim.ts';
import workContact from './work-contact.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ALL: Array<Detector<any>> = [
  abuse,
  appealLink,
  arguing,
  bankDetails,
  bodycamFootage,
  commercial,
  confidentialMarker,
  copyrightMarker,
  credentials,
  dateOfBirth,
  emailAddress,
  emojiWall,
  employerCriticism,
  employerReference,
  exclamationMarks,
  hashtagCase,
  imageAltText,
  imageAttached,
  imageFaces,
  imageLocation,
  imageUnchecked,
  lengthLimit,
  linkBack,
  linkCheck,
  nationalInsurance,
  officialCapacity,
  officialVoice,
  operationalDetail,
  paymentCard,
  personalDataRequest,
  personalOpinion,
  phoneNumber,
  political,
  postalAddress,
  profanity,
  profileFlag,
  quietHours,
  repeatedText,
  sensitiveRole,
  shouting,
  subJudice,
  unverifiedClaim,
  workContact,
];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const DETECTORS: ReadonlyMap<string, Detector<any>> = new Map(ALL.map((d) => [d.id, d]));
export const DETECTOR_IDS = ALL.map((d) => d.id);

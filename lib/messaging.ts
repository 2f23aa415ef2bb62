import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ComposerProtocol } from './protocol/composer.ts';
import type { FacesProtocol } from './protocol/faces.ts';
import type { ProfileProtocol } from './protocol/profile.ts';
import type { SignOffProtocol } from './protocol/signoff.ts';

export type { AccountSource, CheckResult, TabState } from './protocol/composer.ts';

/**
 * The one protocol between contexts: one file per area in lib/protocol/, each entry naming
 * its direction. Payloads from content scripts are untrusted (a page can drive a content
 * script), so the background parses every one with zod before use.
 */
export interface ProtocolMap extends ComposerProtocol, SignOffProtocol, ProfileProtocol, FacesProtocol {}

export const { sendMessage, onMessage } = defineExtensionMessaging<ProtocolMap>({ logger: undefined });

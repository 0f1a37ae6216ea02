/**
 * The one message table of the UI: every visible string, in Chinese and English.
 * Its parts live in src/i18n/messages/, one file per part of the UI; keys are unique
 * across them (a test checks it) and carry their part as a prefix.
 */
import { WORKSPACE_MESSAGES } from './messages/workspace.ts';
import { EDIT_MESSAGES } from './messages/edit.ts';
import { SKETCH_MESSAGES } from './messages/sketch.ts';
import { PRESENT_MESSAGES } from './messages/present.ts';
import { REVIEW_MESSAGES } from './messages/review.ts';
import { REVIEW_TOOL_MESSAGES } from './messages/reviewTools.ts';

export const MESSAGES = {
  ...WORKSPACE_MESSAGES,
  ...EDIT_MESSAGES,
  ...SKETCH_MESSAGES,
  ...PRESENT_MESSAGES,
  ...REVIEW_MESSAGES,
  ...REVIEW_TOOL_MESSAGES,
} as const;

export type MessageKey = keyof typeof MESSAGES;

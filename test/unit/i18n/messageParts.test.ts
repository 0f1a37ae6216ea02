import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/i18n/messages.ts';
import { EDIT_MESSAGES } from '../../../src/i18n/messages/edit.ts';
import { PRESENT_MESSAGES } from '../../../src/i18n/messages/present.ts';
import { REVIEW_MESSAGES } from '../../../src/i18n/messages/review.ts';
import { REVIEW_TOOL_MESSAGES } from '../../../src/i18n/messages/reviewTools.ts';
import { SKETCH_MESSAGES } from '../../../src/i18n/messages/sketch.ts';
import { WORKSPACE_MESSAGES } from '../../../src/i18n/messages/workspace.ts';

const PARTS = [WORKSPACE_MESSAGES, EDIT_MESSAGES, SKETCH_MESSAGES, PRESENT_MESSAGES, REVIEW_MESSAGES, REVIEW_TOOL_MESSAGES];

describe('the message table', () => {
  it('loses no key when its parts are joined: no key is defined in two parts', () => {
    const partKeys = PARTS.flatMap((part) => Object.keys(part));
    expect(new Set(partKeys).size).toBe(partKeys.length);
    expect(Object.keys(MESSAGES).length).toBe(partKeys.length);
  });

  it('has a non-empty Chinese and English text for every key', () => {
    for (const [key, message] of Object.entries(MESSAGES)) {
      expect(message.zh.trim(), key).not.toBe('');
      expect(message.en.trim(), key).not.toBe('');
    }
  });
});

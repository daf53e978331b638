import { type APIActionRowComponent, type APIButtonComponent, ButtonStyle, ComponentType } from 'discord.js';
import { messages } from '../i18n.js';

const FEEDBACK_PREFIX = 'bron:fb:';

/**
 * 👍 / 👎 under an answer, labelled in the answer's language; the custom_id carries the vote and the answer id
 * (well under Discord's 100 characters).
 */
export function feedbackRow(answerId: string, lang = 'en'): APIActionRowComponent<APIButtonComponent> {
  const m = messages(lang);
  const button = (vote: 'up' | 'down', emoji: string, label: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: `${FEEDBACK_PREFIX}${vote}:${answerId}`,
    emoji: { name: emoji },
    label,
  });
  return {
    type: ComponentType.ActionRow,
    components: [button('up', '👍', m.helpful), button('down', '👎', m.notHelpful)],
  };
}

/** The vote and answer id of a feedback button's custom_id, or undefined for any other id. */
export function parseFeedbackId(customId: string): { vote: 'up' | 'down'; answerId: string } | undefined {
  const m = /^bron:fb:(up|down):([A-Za-z0-9_-]{1,64})$/.exec(customId);
  return m ? { vote: m[1] as 'up' | 'down', answerId: m[2]! } : undefined;
}

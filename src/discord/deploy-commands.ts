import 'dotenv/config';
import { loadConfig } from '../config.js';
import { deployCommands } from './deploy.js';
import { inviteUrl } from './invite.js';
import { fail, run } from './run.js';
import { parseUsage } from './usage.js';

/** `npm run deploy-commands`: registers the slash commands in DISCORD_GUILD_ID, or globally when it is not set. */
parseUsage(
  'npm run deploy-commands --',
  'Registers the slash commands of commands/ with Discord: in DISCORD_GUILD_ID at once, or globally (up to an hour) ' +
    'when it is not set. Prints the invite URL.',
  'Reads DISCORD_TOKEN and DISCORD_CLIENT_ID (both required), DISCORD_GUILD_ID and DISCORD_API_BASE.',
);

run(async () => {
  const config = loadConfig();
  const missing = [
    !config.DISCORD_TOKEN?.trim() && 'DISCORD_TOKEN',
    !config.DISCORD_CLIENT_ID && 'DISCORD_CLIENT_ID',
  ].filter(Boolean);
  if (missing.length) {
    fail(
      `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set; ` +
        `put ${missing.length > 1 ? 'them' : 'it'} in .env or the environment (see src/discord/README.md)`,
      2,
    );
  }
  const r = await deployCommands({
    token: config.DISCORD_TOKEN!,
    clientId: config.DISCORD_CLIENT_ID!,
    guildId: config.DISCORD_GUILD_ID,
    apiBase: config.DISCORD_API_BASE,
  });
  process.stdout.write(
    `Registered ${r.names.length} commands (${r.names.map((n) => `/${n}`).join(', ')}) in ${r.scope}.\n`,
  );
  process.stdout.write(`Invite URL (bot + applications.commands): ${inviteUrl(config.DISCORD_CLIENT_ID!)}\n`);
});

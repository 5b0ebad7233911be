import { sql, type Kysely } from 'kysely';

/**
 * Team channels the bot has been added to keep their team's and channel's names, as Teams
 * gives them, so that people can choose a channel by name (the champions' channel, say).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table conversation_references add column team_name text, add column channel_name text;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table conversation_references drop column team_name, drop column channel_name;`.execute(db);
}

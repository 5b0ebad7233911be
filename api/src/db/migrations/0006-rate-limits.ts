import { sql, type Kysely } from 'kysely';

/**
 * How much of each rate limit someone has used (see api/src/db/rate-limit-counters.ts), kept
 * here so that the limits hold across every instance of the server. The shape is the one
 * rate-limiter-flexible's PostgreSQL store reads and writes: a key, points used, and the
 * time (milliseconds since the epoch) at which they are forgotten.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table rate_limits (
      key varchar(255) primary key,
      points integer not null default 0,
      expire bigint
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop table rate_limits;`.execute(db);
}

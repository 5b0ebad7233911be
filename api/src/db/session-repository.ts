import type { SessionStore } from '../domain/directory/dev-sign-in.js';
import type { Db } from './database.js';

export function createSessionRepository(db: Db): SessionStore {
  return {
    async create(session) {
      await db
        .insertInto('sessions')
        .values({ token_hash: session.tokenHash, person_id: session.personId, expires_at: session.expiresAt })
        .execute();
    },
    async remove(tokenHash) {
      await db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute();
    },
  };
}

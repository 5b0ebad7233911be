import type { Db } from '../db/database.js';
import type { DirectoryUser, Microsoft365, Published } from '../domain/shared/microsoft365.js';
import {
  DIRECTORY_PAGE_SIZE,
  activityNotificationCalls,
  channelMessageCall,
  createNewsPageCall,
  installAppCall,
  listDirectoryUsersCall,
  onlineMeetingCall,
  publishPageCall,
  type GraphCall,
} from './graph-calls.js';

/**
 * The Microsoft365 port in local mode: nothing leaves the machine. Each action writes the
 * Graph requests it would have sent to `outbox_messages` (the same paths and bodies as the
 * Graph implementation, from graph-calls.ts) and answers with local stand-ins for the ids
 * and links Graph would have returned. Look-ups that change nothing (finding the app in the
 * catalog, a site's address) are not recorded.
 */

export interface OutboxMicrosoft365Options {
  /** Where the app is served; stand-in links point into its outbox. */
  publicUrl?: string;
}

type Executor = Pick<Db, 'insertInto'>;

async function record(executor: Executor, action: string, call: GraphCall): Promise<number> {
  const row = await executor
    .insertInto('outbox_messages')
    .values({
      action,
      method: call.method,
      path: call.path,
      body: call.body === undefined ? null : JSON.stringify(call.body),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

export function createOutboxMicrosoft365(db: Db, options: OutboxMicrosoft365Options = {}): Microsoft365 {
  const publicUrl = (options.publicUrl ?? 'http://localhost:3978').replace(/\/$/, '');
  const localUrl = (messageId: number): string => `${publicUrl}/outbox/${messageId}`;

  /** Several requests of one action are recorded together or not at all. */
  async function recordAll(action: string, calls: GraphCall[]): Promise<number[]> {
    return db.transaction().execute(async (trx) => {
      const ids: number[] = [];
      for (const call of calls) ids.push(await record(trx, action, call));
      return ids;
    });
  }

  return {
    kind: 'outbox',

    async *listDirectoryUsers(action): AsyncGenerator<DirectoryUser[]> {
      await record(db, action, listDirectoryUsersCall());
      // In local mode the directory is the demo council already in the database.
      let after: string | null = null;
      for (;;) {
        let query = db
          .selectFrom('people as person')
          .leftJoin('people as manager', 'manager.id', 'person.line_manager_id')
          .leftJoin('services', 'services.id', 'person.service_id')
          .leftJoin('sites', 'sites.id', 'person.site_id')
          .select([
            'person.id',
            'person.entra_object_id',
            'person.display_name',
            'person.email',
            'person.job_title',
            'services.name as service_name',
            'sites.name as site_name',
            'manager.id as manager_id',
            'manager.entra_object_id as manager_entra_object_id',
          ])
          .where('person.status', '=', 'active')
          .orderBy('person.id')
          .limit(DIRECTORY_PAGE_SIZE);
        if (after !== null) query = query.where('person.id', '>', after);
        const rows = await query.execute();
        if (rows.length === 0) return;
        yield rows.map(
          (row): DirectoryUser => ({
            // Demo people without an Entra identity stand in with their own id, so a sync sees them as present.
            entraObjectId: row.entra_object_id ?? row.id,
            displayName: row.display_name,
            email: row.email,
            jobTitle: row.job_title,
            department: row.service_name,
            officeLocation: row.site_name,
            managerEntraObjectId: row.manager_id === null ? null : (row.manager_entra_object_id ?? row.manager_id),
            accountEnabled: true,
          }),
        );
        if (rows.length < DIRECTORY_PAGE_SIZE) return;
        after = rows[rows.length - 1]!.id;
      }
    },

    async installAppForUser(action, userEntraObjectId, teamsAppId) {
      // Graph addresses the app by its catalog id, which only a tenant knows; locally the app id stands in.
      await record(db, action, installAppCall(userEntraObjectId, teamsAppId));
    },

    async sendActivityNotification(action, notification, teamsAppId) {
      await recordAll(action, activityNotificationCalls(notification, teamsAppId));
    },

    async createOnlineMeeting(action, request) {
      const id = await record(db, action, onlineMeetingCall(request));
      return { id: `outbox-meeting-${id}`, joinUrl: localUrl(id) };
    },

    async publishNewsPost(action, request): Promise<Published> {
      return db.transaction().execute(async (trx) => {
        const createdId = await record(trx, action, createNewsPageCall(request));
        const pageId = `outbox-page-${createdId}`;
        await record(trx, action, publishPageCall(request.siteId, pageId));
        return { id: pageId, webUrl: localUrl(createdId) };
      });
    },

    async postChannelMessage(action, request): Promise<Published> {
      const id = await record(db, action, channelMessageCall(request));
      return { id: `outbox-message-${id}`, webUrl: localUrl(id) };
    },
  };
}

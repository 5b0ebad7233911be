/**
 * Everything the product asks of Microsoft 365, as one port. Two implementations:
 * Microsoft Graph (m365/graph-microsoft365.ts) and, in local mode, an outbox that records
 * each call it would have made (m365/outbox-microsoft365.ts).
 *
 * `action` names the product action that caused the call ("campaign invitation",
 * "publish Root & Branch update"), so the outbox and the logs can say why it happened.
 */

export interface DirectoryUser {
  entraObjectId: string;
  displayName: string;
  email: string | null;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  managerEntraObjectId: string | null;
  accountEnabled: boolean;
}

export interface ActivityNotification {
  /** Entra object ids of the people to notify. */
  recipients: string[];
  activityType: string;
  previewText: string;
  /** Where the notification opens: a deep link into the app's tab. */
  webUrl: string;
  templateParameters?: Record<string, string>;
}

export interface OnlineMeetingRequest {
  organizerEntraObjectId: string;
  subject: string;
  start: Date;
  end: Date;
}

export interface NewsPostRequest {
  siteId: string;
  title: string;
  description: string;
  /** Sanitised HTML for the post's text web part. */
  html: string;
}

export interface ChannelMessageRequest {
  teamId: string;
  channelId: string;
  html: string;
}

export interface Published {
  id: string;
  webUrl: string;
}

export interface Microsoft365 {
  readonly kind: 'graph' | 'outbox';
  /** Every member of the directory, page by page, so a large tenant never sits in memory. */
  listDirectoryUsers(action: string): AsyncIterable<DirectoryUser[]>;
  installAppForUser(action: string, userEntraObjectId: string, teamsAppId: string): Promise<void>;
  sendActivityNotification(action: string, notification: ActivityNotification, teamsAppId: string): Promise<void>;
  createOnlineMeeting(action: string, request: OnlineMeetingRequest): Promise<{ id: string; joinUrl: string }>;
  publishNewsPost(action: string, request: NewsPostRequest): Promise<Published>;
  postChannelMessage(action: string, request: ChannelMessageRequest): Promise<Published>;
}

import type { Response } from 'express';

/** A file to save, not a page to show; never cached, since it holds people's records. */
export function asAttachment(res: Response, fileName: string): void {
  res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
  res.setHeader('Cache-Control', 'no-store');
}

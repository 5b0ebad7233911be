/**
 * The little the Microsoft 365 adapters log: warnings about data they had to skip and
 * requests they are retrying. A pino logger fits this shape.
 */
export interface M365Logger {
  warn(details: Record<string, unknown>, message: string): void;
}

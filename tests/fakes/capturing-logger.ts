/** A logger for tests: keeps every warning so a test can say what should have been reported. */
export interface CapturedWarning {
  details: Record<string, unknown>;
  message: string;
}

export interface CapturingLogger {
  readonly warnings: CapturedWarning[];
  warn(details: Record<string, unknown>, message: string): void;
}

export function createCapturingLogger(): CapturingLogger {
  const warnings: CapturedWarning[] = [];
  return {
    warnings,
    warn: (details, message) => {
      warnings.push({ details, message });
    },
  };
}

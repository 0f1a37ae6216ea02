/**
 * A minimal test harness: named steps run in order, each passes or fails with its reason, and
 * the run ends with a line "N passed, M failed" and a non-zero exit code on any failure.
 */
export type TestFn = () => Promise<void>;

interface Registered {
  name: string;
  fn: TestFn;
}

export class Suite {
  private readonly tests: Registered[] = [];

  /** the group the next tests belong to (a spec file's name), for `only` */
  group = '';

  /** `only`: run just the tests whose group or name contains this text */
  constructor(private readonly only?: string) {}

  test(name: string, fn: TestFn): void {
    if (this.only === undefined || this.only === '' || `${this.group} ${name}`.includes(this.only)) this.tests.push({ name, fn });
  }

  /** Runs every test in order; returns the number of failures. */
  async run(timeoutMs: number): Promise<{ passed: number; failed: number }> {
    let passed = 0;
    let failed = 0;
    for (const { name, fn } of this.tests) {
      const started = Date.now();
      try {
        await withTimeout(fn(), timeoutMs, name);
        passed += 1;
        console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
      } catch (error) {
        failed += 1;
        console.log(`  ✗ ${name}\n      ${error instanceof Error ? error.message.split('\n').join('\n      ') : String(error)}`);
      }
    }
    return { passed, failed };
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number, name: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${name}" took longer than ${timeoutMs} ms`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

export function assertEqual<T>(actual: T, expected: T, what: string): void {
  if (actual !== expected) throw new Error(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`);
}

/**
 * Equal to the last few bits: the page's V8 (Chromium) and Node's V8 may round a sine or a
 * logarithm differently in the last place, so the same engine code can differ by ~1e-15
 * relative. Anything above `relative` is a real difference.
 */
export function assertClose(actual: number, expected: number, what: string, relative = 1e-12): void {
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  if (!(Math.abs(actual - expected) / scale <= relative)) {
    throw new Error(`${what}: expected ${expected}, got ${actual} (relative difference ${Math.abs(actual - expected) / scale})`);
  }
}

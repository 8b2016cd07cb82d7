/**
 * Where a hosted chat gets user tokens: one the host handed over (`set-token`, a `token`
 * prop, the URL fragment), else the host's provider (a token endpoint, a `getToken` function),
 * else it asks the host (`onAsk`, i.e. `auth-required`) and waits for the next `set-token`.
 */
export class TokenBox {
  private fresh: string | null = null;
  private waiters: ((token: string) => void)[] = [];

  /** The host's own source of tokens, if any (may change while mounted). */
  provider: (() => Promise<string>) | null;

  constructor(
    provider: (() => Promise<string>) | null,
    private readonly onAsk: () => void,
  ) {
    this.provider = provider;
  }

  /** A token from the host: wakes whoever waits, else kept for the next `take`. */
  put(token: string): void {
    const waiting = this.waiters.splice(0);
    if (waiting.length === 0) this.fresh = token;
    for (const resolve of waiting) resolve(token);
  }

  /** Whether `take` has a token at hand or a provider to ask (else it must wait for the host). */
  canTake(): boolean {
    return this.fresh !== null || this.provider !== null;
  }

  /** The token to use now. */
  take(): Promise<string> {
    if (this.fresh) {
      const token = this.fresh;
      this.fresh = null;
      return Promise.resolve(token);
    }
    if (this.provider) return this.provider();
    return this.next();
  }

  /** Asks the host and waits for the token it hands over. */
  next(): Promise<string> {
    if (this.fresh) return this.take();
    const promise = new Promise<string>((resolve) => this.waiters.push(resolve));
    this.onAsk();
    return promise;
  }

  /** Forgets any token held (logout); waiters keep waiting. */
  clear(): void {
    this.fresh = null;
  }
}

/** Fetches `{token}` from the host application's endpoint, with its cookies. */
export async function tokenFromEndpoint(endpoint: string): Promise<string> {
  const response = await fetch(endpoint, { credentials: "include", headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`token endpoint answered ${response.status}`);
  const body = (await response.json()) as { token?: unknown };
  if (typeof body.token !== "string" || !body.token) throw new Error("token endpoint gave no token");
  return body.token;
}

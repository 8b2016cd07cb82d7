/** Supplies user tokens: called once at start and again whenever the server says the token is no good. */
export type TokenProvider = () => Promise<string>;

/** Holds the current token and asks the provider for a fresh one when the current one is rejected. */
export class TokenSource {
  private current: string | null = null;
  private pending: Promise<string> | null = null;

  constructor(private readonly provider: TokenProvider) {}

  /** The token to use now (asks the provider the first time). */
  get(): Promise<string> {
    if (this.current !== null) return Promise.resolve(this.current);
    return this.fetchFresh();
  }

  /**
   * Drop `rejected` and get a new token. Concurrent callers share one provider call.
   * Throws when the provider fails or hands back the very token that was just rejected.
   */
  async refresh(rejected: string | null): Promise<string> {
    if (this.current !== null && this.current !== rejected) return this.current;
    this.current = null;
    const fresh = await this.fetchFresh();
    if (rejected !== null && fresh === rejected) {
      this.current = null;
      throw new Error("the token provider returned the token the server just rejected");
    }
    return fresh;
  }

  private fetchFresh(): Promise<string> {
    if (!this.pending) {
      this.pending = this.provider()
        .then((token) => {
          this.current = token;
          return token;
        })
        .finally(() => {
          this.pending = null;
        });
    }
    return this.pending;
  }
}

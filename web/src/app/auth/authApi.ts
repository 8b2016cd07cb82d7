import { ParleyError, readProblem } from "../../client";
import type { ThemeConfig } from "../boot/config";

export interface AuthOptions {
  localAccounts: boolean;
  signup: boolean;
  appName: string;
  /** The web client's theme, so the sign-in page looks like the app (absent on older servers). */
  theme?: Partial<ThemeConfig>;
}

export interface IssuedSession {
  token: string;
  expiresAt: string;
  userId: string;
}

/** `GET /v1/auth/options`; a server without it answers as if local accounts were off. */
export async function fetchAuthOptions(server = ""): Promise<AuthOptions> {
  const response = await request(`${server}/v1/auth/options`, { headers: { Accept: "application/json" } });
  if (!response.ok) return { localAccounts: false, signup: false, appName: "Parley" };
  return (await response.json()) as AuthOptions;
}

export function login(userId: string, password: string, server = ""): Promise<IssuedSession> {
  return post(`${server}/v1/auth/login`, { userId, password });
}

export function signup(userId: string, name: string, password: string, server = ""): Promise<IssuedSession> {
  return post(`${server}/v1/auth/signup`, { userId, name, password });
}

async function post(url: string, body: object): Promise<IssuedSession> {
  const response = await request(url, {
    method: "POST",
    headers: { "Content-Type": "application/json", Accept: "application/json" },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new ParleyError(await readProblem(response));
  return (await response.json()) as IssuedSession;
}

async function request(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch {
    throw new ParleyError({ status: 0, code: "network_error" });
  }
}

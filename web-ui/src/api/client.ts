// Talks to the API: the refresh cookie is traded for a short-lived access token (CSRF double-submit),
// and every GraphQL call carries it. Nothing else of the server is used.

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly retryable = false,
  ) {
    super(message);
  }
}

let accessToken: string | null = null;

/** The access token in hand (for the WebSocket's connection_init). */
export function currentToken(): string | null {
  return accessToken;
}

function cookie(name: string): string | null {
  const found = document.cookie.split('; ').find((c) => c.startsWith(name + '='));
  return found ? decodeURIComponent(found.substring(name.length + 1)) : null;
}

function csrfHeader(): Record<string, string> {
  return { 'X-XSRF-TOKEN': cookie('__Host-XSRF-TOKEN') ?? cookie('XSRF-TOKEN') ?? '' };
}

let refreshing: Promise<boolean> | null = null;

/**
 * Trades the refresh cookie for an access token; false when not signed in. A refresh token works once
 * (the server ends the sign-in when one is presented twice), so refreshes never overlap: the calls of
 * this page share the one in flight, and other tabs of the app wait for it (Web Locks) and then send
 * the cookie it left.
 */
export function refreshSession(): Promise<boolean> {
  if (refreshing === null) {
    refreshing = oneAtATime(trade).finally(() => {
      refreshing = null;
    });
  }
  return refreshing;
}

function oneAtATime(work: () => Promise<boolean>): Promise<boolean> {
  // The lock's promise settles with what the callback's promise settles with.
  return typeof navigator !== 'undefined' && navigator.locks
    ? (navigator.locks.request('compass-refresh', work) as unknown as Promise<boolean>)
    : work();
}

async function trade(): Promise<boolean> {
  await fetch('/auth/csrf', { credentials: 'same-origin' });
  const response = await fetch('/auth/token', { method: 'POST', credentials: 'same-origin', headers: csrfHeader() });
  if (!response.ok) {
    accessToken = null;
    return false;
  }
  accessToken = (await response.json()).accessToken;
  return true;
}

/** Signs out here: the server ends this sign-in (its refresh token and, within seconds, its access tokens). */
export async function signOut(): Promise<void> {
  await fetch('/auth/csrf', { credentials: 'same-origin' });
  await fetch('/auth/logout', { method: 'POST', credentials: 'same-origin', headers: csrfHeader() });
  accessToken = null;
}

function post(body: unknown, signal?: AbortSignal): Promise<Response> {
  return fetch('/graphql', {
    method: 'POST',
    signal,
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + accessToken },
    body: JSON.stringify(body),
  });
}

/**
 * Sends a GraphQL request ({ query, variables, operationName }) with the access token; an expired
 * token (they last 15 minutes) is renewed once from the refresh cookie and the request sent again.
 * The raw answer, for callers that show it whole (GraphiQL); {@code signal} cancels it.
 */
export async function sendGraphQl(body: unknown, signal?: AbortSignal): Promise<Response> {
  const response = await post(body, signal);
  return response.status === 401 && (await refreshSession()) ? post(body, signal) : response;
}

/**
 * A GraphQL call answering its data, or an ApiError with the API's code. {@code signal} cancels it (the
 * data client cancels a read nobody waits for any more).
 */
export async function graphql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const response = await sendGraphQl({ query, variables }, signal);
  if (response.status === 401) {
    throw new ApiError('Your session has ended: sign in again.', 'UNAUTHENTICATED');
  }
  if (response.status === 503) {
    // The API's time limit: the request was stopped, and the same one would be again.
    throw new ApiError('This took the server too long to answer; try a shorter date range.', 'TIMED_OUT');
  }
  const body = await response.json();
  if (body.errors?.length) {
    throw new ApiError(
      body.errors[0].message,
      body.errors[0].extensions?.code ?? 'INTERNAL',
      body.errors[0].extensions?.retryable === true,
    );
  }
  return body.data as T;
}

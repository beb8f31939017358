// The renderer's one way to reach the main process: the typed API table, over Electron IPC when the
// preload bridge is there and over HTTP to the browser shell otherwise. Callers never know which.
import type { ApiErrorShape, ApiResponse, Input, Method, Output } from '../../shared/api';
import type { ParleyBridge } from '../../shared/bridge';

declare global {
  interface Window { parley?: ParleyBridge }
}

export class ApiError extends Error {
  constructor(readonly method: string, readonly error: ApiErrorShape) {
    super(error.message);
    this.name = 'ApiError';
  }
}

const TOKEN_KEY = 'parley-token';

function httpToken(): string {
  const fromUrl = new URLSearchParams(location.search).get('token');
  if (fromUrl) sessionStorage.setItem(TOKEN_KEY, fromUrl);
  return fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? '';
}

async function overHttp(method: string, input: unknown): Promise<ApiResponse<unknown>> {
  const res = await fetch(`api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Parley-Token': httpToken() },
    body: JSON.stringify(input ?? {}),
  });
  return (await res.json()) as ApiResponse<unknown>;
}

export async function call<M extends Method>(method: M, input: Input<M>): Promise<Output<M>> {
  const response = window.parley ? await window.parley.invoke(method, input) : await overHttp(method, input);
  if (!response.ok) throw new ApiError(method, response.error);
  return response.value as Output<M>;
}

/** Native dialogs exist only in the Electron shell; the browser shell asks for paths in the page. */
export const bridge = (): ParleyBridge | undefined => window.parley;

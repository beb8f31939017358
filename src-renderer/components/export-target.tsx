// Where an export goes: Electron asks for a path with its save dialog and then shows the file; the browser
// shell has no dialog, so the file is written to Parley's Exports folder and offered as a download.
import { bridge } from '../api/client';

export interface Saved { path: string; bytes: number; data?: string }

/** The path to write to: a chosen one (Electron), undefined for the Exports folder (browser), or null when cancelled. */
export async function chooseTarget(defaultName: string): Promise<string | undefined | null> {
  const native = bridge();
  return native ? native.pickSavePath(defaultName) : undefined;
}

/** A download link for what the browser shell returned (base64 for binary files). */
export function downloadUrl(saved: Saved, type: string, base64: boolean): string | null {
  if (saved.data === undefined) return null;
  const bytes = base64 ? Uint8Array.from(atob(saved.data), (c) => c.charCodeAt(0)) : saved.data;
  return URL.createObjectURL(new Blob([bytes], { type }));
}

export const fileName = (path: string) => path.split(/[\\/]/).pop() ?? path;

export function SavedNote({ saved, url }: { saved: Saved; url: string | null }) {
  const native = bridge();
  return (
    <p className="result" role="status">
      Saved {Math.max(1, Math.round(saved.bytes / 1024))} KB to <code>{saved.path}</code>.{' '}
      {native && <button className="link" onClick={() => void native.showFile(saved.path)}>Show in folder</button>}
      {url && <a href={url} download={fileName(saved.path)}>Download {fileName(saved.path)}</a>}
    </p>
  );
}

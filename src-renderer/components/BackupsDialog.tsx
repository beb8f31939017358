// Rolling backups of the open project: listed newest first, any one restorable (the current state is
// backed up first, so a restore can itself be undone by restoring that backup).
import { useEffect, useState } from 'react';
import type { BackupInfo } from '../../shared/api/backups';
import { call } from '../api/client';
import { registerCommandHandlers } from '../commands';
import { useApp } from '../state/store';
import { Modal } from './Modal';

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

function BackupsList({ onClose }: { onClose: () => void }) {
  const [backups, setBackups] = useState<BackupInfo[] | null>(null);
  const [busy, setBusy] = useState(false);
  const { showError, showNotice, refresh } = useApp();
  useEffect(() => { call('backups.list', {}).then(setBackups, (e: Error) => { showError(e.message); onClose(); }); }, [showError, onClose]);

  const restore = async (b: BackupInfo) => {
    if (!window.confirm(`Replace the project with the backup of ${new Date(b.createdAt).toLocaleString()}? The current state is backed up first.`)) return;
    setBusy(true);
    try {
      await call('backups.restore', { path: b.path });
      await refresh();
      showNotice(`Restored the backup of ${new Date(b.createdAt).toLocaleString()}`);
      onClose();
    } catch (e) {
      showError((e as Error).message);
      setBusy(false);
    }
  };

  return (
    <Modal title="Backups" onClose={onClose} busy={busy} actions={<button onClick={onClose} disabled={busy}>Close</button>}>
      <p>Parley copies the project when it opens and every few minutes while you edit; the newest are kept.</p>
      {backups === null ? <p>Reading backups…</p> : backups.length === 0 ? <p className="empty">No backups yet.</p> : (
        <ul className="backups">
          {backups.map((b) => (
            <li key={b.path}>
              <span>{new Date(b.createdAt).toLocaleString()}</span>
              <span className="muted">{sizeOf(b.size)}</span>
              <button disabled={busy} onClick={() => void restore(b)}>Restore</button>
            </li>
          ))}
        </ul>
      )}
    </Modal>
  );
}

export function BackupsDialog() {
  const [open, setOpen] = useState(false);
  useEffect(() => registerCommandHandlers({ 'show-backups': () => setOpen(true) }), []);
  return open ? <BackupsList onClose={() => setOpen(false)} /> : null;
}

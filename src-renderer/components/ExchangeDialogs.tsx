// The export and import dialogs, opened by their commands (File menu, shortcuts, toolbar).
import { useEffect, useState } from 'react';
import { registerCommandHandlers } from '../commands';
import { ExportDialog, type ExportFormat } from './ExportDialog';
import { ImportDataDialog } from './ImportDataDialog';
import './exchange.css';

export function ExchangeDialogs() {
  const [open, setOpen] = useState<ExportFormat | 'import' | null>(null);
  useEffect(() => registerCommandHandlers({
    'export-pdf': () => setOpen('pdf'),
    'export-json': () => setOpen('json'),
    'export-csv': () => setOpen('csv'),
    'import-data': () => setOpen('import'),
  }), []);
  if (!open) return null;
  // Keyed by what was opened, so a second command starts the dialog afresh.
  return open === 'import' ? <ImportDataDialog onClose={() => setOpen(null)} /> : <ExportDialog key={open} initial={open} onClose={() => setOpen(null)} />;
}

// Where importing starts: the 'import-article' command and files dropped anywhere on the window.
import { useEffect } from 'react';
import { registerCommandHandlers } from '../commands';
import { useApp } from '../state/store';
import { isArticleFile } from './files';
import { ImportPanel } from './ImportPanel';
import { useImport } from './session';

export function ImportHost() {
  const open = useImport((s) => s.open);
  useEffect(() => registerCommandHandlers({ 'import-article': () => useImport.getState().show() }), []);
  useEffect(() => {
    const carriesFiles = (e: DragEvent) => !!e.dataTransfer?.types.includes('Files');
    const onDragOver = (e: DragEvent) => { if (carriesFiles(e)) { e.preventDefault(); e.dataTransfer!.dropEffect = 'copy'; } };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault(); // otherwise the browser navigates to the dropped file
      const files = [...(e.dataTransfer?.files ?? [])];
      const articles = files.filter(isArticleFile);
      if (articles.length < files.length) useApp.getState().showError('Only .txt, .html and .pdf files can be imported; the others were left out.');
      if (articles.length) void useImport.getState().proposeFiles(articles);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => { window.removeEventListener('dragover', onDragOver); window.removeEventListener('drop', onDrop); };
  }, []);
  return open ? <ImportPanel /> : null;
}

// The print route: no app chrome, options from the URL, data through the API client. It tells the printer
// when it is ready (fonts loaded, layout done) through data-print-state on <html>.
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { printOptionsFromQuery } from '../../shared/print-options';
import { loadPrintData } from './data';
import { PrintDocument } from './PrintDocument';
import './print.css';

const html = document.documentElement;
const FACES = ['Parley Sans', 'Parley Arabic', 'Parley Hebrew'].flatMap((family) => [`400 10px "${family}"`, `700 10px "${family}"`]);

async function start(): Promise<void> {
  // The page is not laid out on screen (print.css), so its faces are loaded here, while the data comes:
  // the printer needs them, and the timeline measures its labels in them (measure.ts) as it renders.
  const [data] = await Promise.all([loadPrintData(printOptionsFromQuery(location.search)), ...FACES.map((face) => document.fonts.load(face))]);
  document.title = data.settings.title;
  const root = createRoot(document.getElementById('print-root')!);
  flushSync(() => root.render(<PrintDocument data={data} />));
}

start().then(
  () => { html.dataset.printState = 'ready'; },
  (e: unknown) => { html.dataset.printError = (e as Error)?.message ?? String(e); html.dataset.printState = 'error'; },
);

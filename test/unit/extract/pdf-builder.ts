// Builds small PDFs byte by byte, so the tests need no binary fixtures.
export function buildPdf(pageContent: string, opts: { resources?: string; extraObjects?: string[]; trailerExtra?: string } = {}): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources ${opts.resources ?? '<< /Font << /F1 5 0 R >> >>'} >>`,
    `<< /Length ${pageContent.length} >>\nstream\n${pageContent}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ...(opts.extraObjects ?? []),
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${opts.trailerExtra ?? ''}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}

export function textPdf(line: string): Uint8Array {
  return buildPdf(`BT /F1 12 Tf 72 720 Td (${line}) Tj ET`);
}

/** One page that only paints a 2×2 grey image: what a scan without OCR looks like. */
export function imageOnlyPdf(): Uint8Array {
  const pixels = 'ffffffff';
  return buildPdf('q 200 0 0 200 72 500 cm /Im1 Do Q', {
    resources: '<< /XObject << /Im1 6 0 R >> >>',
    extraObjects: [`<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`],
  });
}

/** A standard security handler entry in the trailer: the file needs a password to open. */
export function encryptedPdf(): Uint8Array {
  return buildPdf('BT /F1 12 Tf 72 720 Td (secret) Tj ET', {
    extraObjects: ['<< /Filter /Standard /V 2 /R 3 /Length 128 /P -1028 /O <' + 'a'.repeat(64) + '> /U <' + 'b'.repeat(64) + '> >>'],
    trailerExtra: '/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] ',
  });
}

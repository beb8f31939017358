// Article files the importer reads: which ones, and their bytes as base64 for the API.
export const ARTICLE_EXTENSIONS = ['.txt', '.html', '.htm', '.pdf'] as const;

export const isArticleFile = (file: File) => ARTICLE_EXTENSIONS.some((ext) => file.name.toLowerCase().endsWith(ext));

export async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // String.fromCharCode takes its arguments on the stack: convert in chunks.
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

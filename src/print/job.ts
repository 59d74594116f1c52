/** One HTML document of a build to print to PDF. */
export interface PrintJob {
  htmlPath: string;
  /** The theme's document template it was rendered from (`report` for documents/report.hbs), for messages. */
  document?: string;
  pdfPath: string;
  /** The document's language, 'sv' or 'fi'; the bilingual edition's parts carry their own `lang`. */
  lang: string;
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  /** The running header: the document title, which names its municipality or municipalities. */
  header: string;
  /** The footer's words, 'Sida', 'av' or 'Sivu', '/': "Sida 3 av 12". */
  footer: { page: string; of: string };
  /** The PDF's creation date: the config's date, or SOURCE_DATE_EPOCH, so builds are reproducible. */
  creationDate: Date;
}

export interface PrintResult {
  job: PrintJob;
  pages: number;
  /** From starting the job to the PDF written, in milliseconds. */
  ms: number;
  /**
   * What the document asked for and did not get: only the HTML file itself and data: URLs load,
   * so a theme that links an image or a stylesheet beside the HTML prints without it.
   */
  blocked: string[];
}

export interface PrintOptions {
  /** --browser */
  browser?: string;
  /** `browser` in welfare.config.yaml */
  configBrowser?: string;
  /** How many documents print at once. Default: one more than the processor cores, at most 4. */
  concurrency?: number;
  /** How long one document may take to print. Default: 60 s. */
  timeoutMs?: number;
  onProgress?: (event: { job: PrintJob; state: 'start' | 'done' }) => void;
}

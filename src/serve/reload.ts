import type { ServerResponse } from 'node:http';

/** Where an open page listens for the end of each build. Under a name no built file can have. */
export const eventsPath = '/__welfare/events';

/**
 * The script `serve` adds to every page it sends, never to the files on disk: the built
 * documents stay free of scripts. The page reloads after every build, good or failed, since
 * either changes what it shows.
 */
const reloadScript = `<script>new EventSource(${JSON.stringify(eventsPath)}).addEventListener('reload', () => location.reload());</script>`;

/** The page with `extra` markup and the reload script put in before `</body>`, or at the end. */
export function withReload(html: string, extra = ''): string {
  const at = html.lastIndexOf('</body>');
  const added = `${extra}${reloadScript}\n`;
  return at < 0 ? html + added : html.slice(0, at) + added + html.slice(at);
}

/** The open pages, each a Server-Sent Events stream. */
export class ReloadChannel {
  private readonly clients = new Set<ServerResponse>();

  add(response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // Reconnect quickly after a restart of serve, so the page picks up again by itself.
    response.write('retry: 1000\n\n');
    this.clients.add(response);
    response.on('close', () => this.clients.delete(response));
  }

  reload(): void {
    for (const client of this.clients) client.write('event: reload\ndata: \n\n');
  }
}

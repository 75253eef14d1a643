const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "::1", "[::1]"]);

/**
 * Tests drop and create databases: refuse anything but a server on this machine, so that a
 * mistyped TEST_DATABASE_URL can never reach a shared or production server.
 */
export function assertLocalDatabase(url: string): void {
  const { hostname } = new URL(url);
  if (!LOCAL_HOSTS.has(hostname)) {
    throw new Error(`Les tests refusent une base de données distante (${hostname}) : utilisez un serveur PostgreSQL local.`);
  }
}

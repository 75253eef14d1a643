/**
 * Debian's nginx (apt-get install -y nginx), started by the benchmark and the tests as the current
 * user, with a prefix of its own in a temporary folder: a static file (the benchmark's reference)
 * or deploy/nginx/kiosque.conf in front of Kiosque instances. stop() ends it and removes the folder.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { freeLocalPort } from "../lib/embedded-postgres";

export type Nginx = { url: string; port: number; stop: () => Promise<void> };

export function nginxAvailable(): boolean {
  return spawnSync("nginx", ["-v"], { stdio: "ignore" }).status === 0;
}

/** The main configuration nginx needs to run with a prefix of its own, around an `http {}` body. */
function mainConfig(prefix: string, http: string): string {
  // Started as root, nginx's workers would run as nobody, who cannot enter this temporary prefix.
  return `${process.getuid?.() === 0 ? "user root;\n" : ""}worker_processes auto;
pid ${prefix}/nginx.pid;
events { worker_connections 1024; }
http {
  # As Debian's /etc/nginx/nginx.conf, into whose http block deploy/nginx/kiosque.conf goes.
  sendfile on;
  tcp_nopush on;
  access_log off;
  client_body_temp_path ${prefix}/client_body;
  proxy_temp_path ${prefix}/proxy_temp;
  fastcgi_temp_path ${prefix}/fastcgi_temp;
  uwsgi_temp_path ${prefix}/uwsgi_temp;
  scgi_temp_path ${prefix}/scgi_temp;
  include /etc/nginx/mime.types;
${http}
}
`;
}

async function waitFor(url: string, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx s'est arrêté (${child.exitCode})`);
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`${url} ne répond pas`);
}

async function startNginx(name: string, httpFor: (port: number, prefix: string) => string): Promise<Nginx> {
  const prefix = await mkdtemp(path.join(os.tmpdir(), `kiosque-nginx-${name}-`));
  const port = await freeLocalPort();
  const config = path.join(prefix, "nginx.conf");
  writeFileSync(config, mainConfig(prefix, httpFor(port, prefix)));
  const nginx = spawn("nginx", ["-p", prefix, "-c", config, "-e", path.join(prefix, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (nginx.exitCode === null) {
      const exited = new Promise((resolve) => nginx.once("exit", resolve));
      nginx.kill("SIGQUIT");
      await exited;
    }
    await rm(prefix, { recursive: true, force: true });
  };
  try {
    await waitFor(`${url}/`, nginx);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, port, stop };
}

/**
 * One page served as a file, precompressed (gzip_static): the physical limit for those bytes. With
 * `headers`, nginx adds them to each answer, as the app's security headers are part of what it sends.
 */
export function startStaticFile(html: Buffer, headers: Array<[string, string]> = []): Promise<Nginx> {
  const added = headers.map(([name, value]) => {
    // Written into the configuration between double quotes, where nginx would read `$` as a variable.
    if (!/^[A-Za-z0-9-]+$/.test(name) || /["\\$]/.test(value)) throw new Error(`en-tête illisible par nginx : ${name}`);
    return `\n    add_header ${name} "${value}" always;`;
  });
  return startNginx("static", (port, prefix) => {
    const www = path.join(prefix, "www");
    mkdirSync(www, { recursive: true });
    writeFileSync(path.join(www, "page.html"), html);
    writeFileSync(path.join(www, "page.html.gz"), gzipSync(html, { level: 9 }));
    return `  server {
    listen 127.0.0.1:${port};
    root ${www};
    gzip_static on;
    open_file_cache max=10000 inactive=20s;
    open_file_cache_valid 1s;${added.join("")}
    location / { default_type text/html; }
  }`;
  });
}

/** deploy/nginx/kiosque.conf as shipped, with only its address, upstreams and cache folder changed. */
/**
 * `pagesDir`: the instances' KIOSQUE_STATIC_PAGES_DIR, which nginx serves first; without it, a folder
 * of nginx's own that stays empty, and every page goes through the micro-cache.
 */
export async function startKiosqueProxy(backends: string[], adapt: (config: string) => string = (config) => config, pagesDir?: string): Promise<Nginx> {
  const template = await readFile(path.resolve(import.meta.dirname, "../deploy/nginx/kiosque.conf"), "utf8");
  const upstreams = backends.map((backend) => `    server 127.0.0.1:${new URL(backend).port};`).join("\n");
  return startNginx("proxy", (port, prefix) => {
    const config = template
      .replace(/^\s*listen .*$/m, `    listen 127.0.0.1:${port};`)
      .replace(/(upstream kiosque \{\n)(?:\s*server .*\n)+/, `$1${upstreams}\n`)
      .replace(/\/var\/cache\/nginx\/kiosque/g, `${prefix}/cache`)
      .replace(/\/var\/cache\/kiosque\/pages/g, pagesDir ?? `${prefix}/pages`);
    if (!config.includes(`listen 127.0.0.1:${port};`) || !config.includes(upstreams)) throw new Error("deploy/nginx/kiosque.conf : adresse ou upstream introuvable");
    return adapt(config);
  });
}

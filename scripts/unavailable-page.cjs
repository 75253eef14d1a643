// The page a reader (or a crawler, or a browser without JavaScript) gets while the database is
// away, in place of Next.js's error shell: React renders error boundaries in the browser only, so
// the server's own HTML would otherwise say nothing. Plain HTML, no script, no outside request.
module.exports = `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Service temporairement indisponible</title>
<style>body{font-family:Marianne,arial,sans-serif;color:#161616;margin:0}main{max-width:40rem;margin:4rem auto;padding:0 1rem}h1{font-size:2rem;line-height:2.5rem}.code{color:#666;font-size:.875rem}a{color:#000091}</style>
</head>
<body>
<main id="contenu">
<h1>Service temporairement indisponible</h1>
<p class="code">Erreur 503</p>
<p>Le site est momentanément indisponible. Aucune donnée n’a été perdue et rien n’a été enregistré pendant l’interruption.</p>
<p>Réessayez dans quelques instants : le service reprendra de lui-même.</p>
<p><a href="/">Page d’accueil</a></p>
</main>
</body>
</html>
`;

/**
 * The two pages the host shows to a browser that is not signed in. Plain HTML, no script and no style
 * (the CSP allows neither inline), and never a token: they only say where the way in is.
 */
function page(title: string, paragraphs: string[]): string {
  return [
    '<!doctype html>',
    '<html lang="fr">',
    '<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${title} – Facturier</title></head>`,
    `<body><main><h1>${title}</h1>`,
    ...paragraphs.map((text) => `<p>${text}</p>`),
    '</main></body>',
    '</html>',
  ].join('\n');
}

const NEW_LINK_HINT =
  'Dans la fenêtre où Facturier a été lancé, appuyez sur Entrée pour afficher un nouveau lien, ou redémarrez Facturier.';

/** `GET /` (or any file) without the session cookie. */
export const signInPage = page('Ouvrez Facturier depuis son lien', [
  'Pour protéger vos factures, Facturier ne s’ouvre dans le navigateur qu’avec le lien affiché au démarrage.',
  'Ouvrez le lien affiché dans la fenêtre où Facturier a été lancé (il commence par http://127.0.0.1).',
  'Si Facturier a été redémarré, c’est le nouveau lien qu’il faut ouvrir.',
  NEW_LINK_HINT,
]);

/** A login link opened a second time, or one this host never gave. */
export const spentLinkPage = page('Ce lien a déjà servi', [
  'Chaque lien de Facturier ne sert qu’une fois, ou il vient d’un démarrage précédent.',
  NEW_LINK_HINT,
]);

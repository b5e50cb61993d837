/** The link a ?bare page (the command line's) prints: the app's address it was given (`linkBase`), or a hint, then the view. */
export function bareLink(link: string): string {
  const hash = link.includes("#") ? link.slice(link.indexOf("#")) : "";
  const base = new URLSearchParams(window.location.search).get("linkBase");
  return base && /^https?:\/\//.test(base) ? `${base}${hash}` : `the app's address followed by ${hash || "#"}`;
}

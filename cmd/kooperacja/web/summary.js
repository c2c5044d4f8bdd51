// What a bundle holds, in a few words: its municipality, its variant, and
// how many institutions, teams, agreements and IPWs it has. Shown before a
// file replaces the work and beside every version. Pure: no DOM.

const count = (v) => (Array.isArray(v) ? v.length : 0);

export function summarize(b) {
  const m = b && typeof b === 'object' ? b.municipality : undefined;
  return {
    municipality: typeof m?.name === 'string' ? m.name : '',
    teryt: typeof m?.teryt === 'string' ? m.teryt : '',
    variant: typeof b?.variant === 'string' ? b.variant : '',
    counts: {
      institutions: count(b?.institutions),
      teams: count(b?.teams),
      agreements: count(b?.agreements),
      ipws: count(b?.ipws),
    },
  };
}

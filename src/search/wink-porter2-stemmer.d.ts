/** Types for the Porter2 stemmer package, which ships none. */
declare module 'wink-porter2-stemmer' {
  /** Stems one lower-case English word: `troops` → `troop`, `disarming` → `disarm`. */
  function stem(word: string): string;
  export = stem;
}

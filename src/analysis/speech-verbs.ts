/**
 * The speech verbs of news English with their inflections, what each can introduce, and the guards
 * that tell a verb of speech from a look-alike (`said to be`, `was told to leave`, `the reported
 * strike`, `declined to say`).
 */

/**
 * What a speech verb can introduce:
 * - `that`: a that-clause (`said that …`);
 * - `zero`: a clause without `that` (`said the force will …`);
 * - `quote`: a direct quotation (`said, "…"`, `"…," she added`);
 * - `gerund`: an -ing clause (`proposed providing …`);
 * - `infinitive`: a to-clause (`vowed to …`);
 * - `object-infinitive`: an object and a to-clause (`urged Israel to …`);
 * - `wh`: a question clause (`asked whether …`);
 * - `np-quote`: a noun phrase holding quoted words (`called the plan "a disaster"`);
 * - `object-of` / `object-for`: an object and what it is accused of or praised for
 *   (`accused the ministry of acting too late`, `criticised the council for …`);
 * - `on-object-infinitive`: "on", an object and a to-clause (`called on governments to act`).
 */
export type SpeechFrame =
  | 'that'
  | 'zero'
  | 'quote'
  | 'gerund'
  | 'infinitive'
  | 'object-infinitive'
  | 'wh'
  | 'np-quote'
  | 'object-of'
  | 'object-for'
  | 'on-object-infinitive';

/** A speech verb of the lexicon. */
export interface SpeechVerb {
  readonly lemma: string;
  readonly frames: ReadonlySet<SpeechFrame>;
  /** Takes the audience as its object: `told Reuters`, `assured reporters`, `warned Israel`. */
  readonly audience: boolean;
  /**
   * Its object is words, never an act or a thing: a clause without "that" needs no verb of its own
   * to be read as one (`said the force ready` is rare; `declared a state of emergency` is an act).
   */
  readonly wordsOnly: boolean;
}

/** Which inflection a word is. */
export type VerbForm = 'base' | 'present' | 'past' | 'participle' | 'ing';

/** A word recognised as a form of a speech verb. */
export interface SpeechVerbForm {
  readonly verb: SpeechVerb;
  readonly form: VerbForm;
  readonly word: string;
}

interface Entry {
  readonly frames: readonly SpeechFrame[];
  readonly audience?: boolean;
  /** See {@link SpeechVerb.wordsOnly}. */
  readonly wordsOnly?: boolean;
  /** Irregular forms: [present, past, participle, ing]. */
  readonly forms?: readonly [string, string, string, string];
  /** Other spellings of the past (-ed) and -ing forms ("labelled", "signalling"). */
  readonly also?: readonly string[];
}

const CLAUSE: readonly SpeechFrame[] = ['that', 'zero', 'quote'];
const THAT_QUOTE: readonly SpeechFrame[] = ['that', 'quote'];
const NP_QUOTE: readonly SpeechFrame[] = ['np-quote'];

/** The lexicon: lemma → frames (and irregular forms). Built from news usage. */
const LEXICON: Readonly<Record<string, Entry>> = Object.freeze({
  say: { frames: [...CLAUSE, 'wh'], wordsOnly: true, forms: ['says', 'said', 'said', 'saying'] },
  tell: {
    frames: [...CLAUSE, 'object-infinitive', 'wh'],
    audience: true,
    wordsOnly: true,
    forms: ['tells', 'told', 'told', 'telling'],
  },
  write: { frames: THAT_QUOTE, forms: ['writes', 'wrote', 'written', 'writing'] },
  add: { frames: CLAUSE },
  note: { frames: CLAUSE },
  report: { frames: [...THAT_QUOTE, 'gerund'] },
  warn: { frames: [...CLAUSE, 'object-infinitive'], audience: true, wordsOnly: true },
  caution: { frames: CLAUSE, wordsOnly: true },
  propose: { frames: ['that', 'gerund', 'quote'] },
  suggest: { frames: ['that', 'zero', 'gerund', 'quote'] },
  recommend: { frames: ['that', 'gerund'] },
  reiterate: { frames: THAT_QUOTE },
  announce: { frames: THAT_QUOTE },
  insist: { frames: CLAUSE, wordsOnly: true },
  urge: { frames: ['object-infinitive', 'that', 'quote'] },
  call: { frames: [...NP_QUOTE, 'on-object-infinitive'] },
  appeal: { frames: ['on-object-infinitive', 'quote'] },
  describe: { frames: NP_QUOTE },
  term: { frames: NP_QUOTE },
  dub: { frames: NP_QUOTE, forms: ['dubs', 'dubbed', 'dubbed', 'dubbing'] },
  label: { frames: NP_QUOTE, also: ['labelled', 'labelling'] },
  brand: { frames: NP_QUOTE },
  reject: { frames: ['quote', 'np-quote'] },
  welcome: { frames: ['quote', 'np-quote'] },
  criticize: { frames: ['quote', 'np-quote', 'object-for'] },
  criticise: { frames: ['quote', 'np-quote', 'object-for'] },
  condemn: { frames: ['quote', 'np-quote', 'object-for'] },
  praise: { frames: ['quote', 'np-quote', 'object-for'] },
  dismiss: { frames: ['quote', 'np-quote'] },
  slam: { frames: ['quote', 'np-quote'], forms: ['slams', 'slammed', 'slammed', 'slamming'] },
  hail: { frames: ['quote', 'np-quote'] },
  blame: { frames: ['np-quote', 'object-for'] },
  accuse: { frames: ['quote', 'np-quote', 'object-of'] },
  cite: { frames: ['that', 'np-quote'] },
  quote: { frames: ['np-quote'] },
  confirm: { frames: CLAUSE },
  deny: { frames: ['that', 'gerund', 'quote'] },
  claim: { frames: CLAUSE },
  argue: { frames: CLAUSE, wordsOnly: true },
  state: { frames: CLAUSE },
  explain: { frames: THAT_QUOTE },
  stress: { frames: CLAUSE },
  emphasize: { frames: CLAUSE },
  emphasise: { frames: CLAUSE },
  underline: { frames: THAT_QUOTE },
  acknowledge: { frames: CLAUSE },
  admit: {
    frames: ['that', 'zero', 'gerund', 'quote'],
    forms: ['admits', 'admitted', 'admitted', 'admitting'],
  },
  concede: { frames: CLAUSE },
  allege: { frames: THAT_QUOTE },
  assert: { frames: CLAUSE },
  contend: { frames: CLAUSE, wordsOnly: true },
  declare: { frames: CLAUSE },
  maintain: { frames: THAT_QUOTE },
  mention: { frames: THAT_QUOTE },
  observe: { frames: THAT_QUOTE },
  predict: { frames: CLAUSE },
  promise: { frames: ['that', 'infinitive', 'quote'] },
  pledge: { frames: ['that', 'infinitive', 'quote'] },
  vow: { frames: ['that', 'infinitive', 'quote'] },
  threaten: { frames: ['that', 'infinitive'] },
  remark: { frames: THAT_QUOTE },
  reply: { frames: THAT_QUOTE },
  respond: { frames: THAT_QUOTE },
  answer: { frames: ['quote'] },
  reveal: { frames: THAT_QUOTE },
  disclose: { frames: THAT_QUOTE },
  signal: { frames: ['that'], also: ['signalled', 'signalling'] },
  hint: { frames: ['that'] },
  indicate: { frames: ['that'] },
  recall: { frames: THAT_QUOTE },
  recount: { frames: THAT_QUOTE },
  testify: { frames: THAT_QUOTE },
  tweet: { frames: THAT_QUOTE },
  post: { frames: ['that'] },
  agree: { frames: ['that'] },
  boast: { frames: THAT_QUOTE },
  complain: { frames: CLAUSE },
  conclude: { frames: THAT_QUOTE },
  find: { frames: ['that'], forms: ['finds', 'found', 'found', 'finding'] },
  counter: { frames: THAT_QUOTE },
  demand: { frames: ['that', 'quote'] },
  // ("asked that the names be withheld": a request's words)
  ask: { frames: ['quote', 'wh', 'object-infinitive', 'that'], audience: true },
  question: { frames: ['wh'] },
  wonder: { frames: ['wh', 'quote'] },
  assure: { frames: ['that', 'zero', 'quote'], audience: true, wordsOnly: true },
  inform: { frames: ['that'], audience: true },
  remind: { frames: ['that', 'quote'], audience: true },
  brief: { frames: ['that'], audience: true },
  continue: { frames: ['quote'] },
  joke: { frames: THAT_QUOTE },
  quip: { frames: ['quote'], forms: ['quips', 'quipped', 'quipped', 'quipping'] },
  exclaim: { frames: ['quote'] },
  shout: { frames: ['quote'] },
  muse: { frames: THAT_QUOTE },
  comment: { frames: THAT_QUOTE },
  // ("the think tank estimated that …", "the health department advised": figures and advice have a source)
  estimate: { frames: ['that'] },
  advise: { frames: [...CLAUSE, 'object-infinitive'], audience: true },
});

/** Doubles the final consonant before -ed/-ing only where the lexicon says so (irregular forms). */
function regularForms(lemma: string): [string, string, string, string] {
  const endsWithE = lemma.endsWith('e');
  const consonantY = lemma.endsWith('y') && !'aeiou'.includes(lemma[lemma.length - 2] ?? '');
  const sibilant = ['s', 'x', 'z', 'ch', 'sh'].some((end) => lemma.endsWith(end));
  const present = consonantY ? `${lemma.slice(0, -1)}ies` : sibilant ? `${lemma}es` : `${lemma}s`;
  const past = consonantY ? `${lemma.slice(0, -1)}ied` : endsWithE ? `${lemma}d` : `${lemma}ed`;
  const ing = endsWithE && !lemma.endsWith('ee') ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return [present, past, past, ing];
}

const FORM_INDEX: ReadonlyMap<string, SpeechVerbForm> = (() => {
  const index = new Map<string, SpeechVerbForm>();
  for (const [key, entry] of Object.entries(LEXICON)) {
    const verb: SpeechVerb = {
      lemma: key,
      frames: new Set(entry.frames),
      audience: entry.audience ?? false,
      wordsOnly: entry.wordsOnly ?? false,
    };
    const [present, past, participle, ing] = entry.forms ?? regularForms(key);
    const forms: [string, VerbForm][] = [
      [key, 'base'],
      [present, 'present'],
      [past, 'past'],
      [participle, 'participle'],
      [ing, 'ing'],
      ...(entry.also ?? []).map((word): [string, VerbForm] => [word, word.endsWith('ing') ? 'ing' : 'past']),
    ];
    for (const [word, form] of forms) {
      // a past form doubles as the participle: keep `past` (the rules check both)
      if (!index.has(word)) index.set(word, { verb, form, word });
    }
  }
  return index;
})();

/** The speech-verb form of a word (lowercase), if it is one. */
export function speechVerbForm(word: string): SpeechVerbForm | undefined {
  return FORM_INDEX.get(word.toLowerCase());
}

/** Whether a speech-verb form can be a finite verb with a subject (`said`, `says`, `officials say`). */
export const isFinite = (form: SpeechVerbForm): boolean => form.form !== 'ing';

/** Forms of "to be" and "to get" that make a following participle passive. */
export const PASSIVE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  "'s",
  'am',
  'get',
  'gets',
  'got',
  'gotten',
  'getting',
]);
/** Words that make the next word a noun or adjective ("the reported strike", "his claims"). */
const NOUN_MARKERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'these',
  'those',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'such',
  'no',
  'any',
  'every',
  'each',
  'some',
  'many',
  'several',
  'new',
  'recent',
  'amid',
  'of',
  'despite',
  'after',
  'over',
  'about',
  'with',
  'without',
  'against',
  'following',
  'aforementioned',
  'by',
  'in',
  'on',
  'for',
  'from',
]);
/** Adjectives and noun modifiers that make a speech verb's -s form after them a noun ("similar promises"). */
const NOUN_ADJECTIVES: ReadonlySet<string> = new Set([
  'similar',
  'same',
  'repeated',
  'fresh',
  'earlier',
  'previous',
  'false',
  'broken',
  'empty',
  'further',
  'conflicting',
  'unfounded',
  'baseless',
  'vague',
  'public',
  'private',
  'campaign',
  'election',
  'media',
  'press',
  'news',
]);
/** Counting words that make the next word a noun ("two reports", "37 calls"). */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'dozens',
  'hundreds',
  'thousands',
  'numerous',
  'multiple',
  'few',
  'more',
  'fewer',
  'other',
]);
const isNumber = (word: string): boolean =>
  word[0] !== undefined &&
  word[0] >= '0' &&
  word[0] <= '9' &&
  [...word].every((c) => (c >= '0' && c <= '9') || c === ',' || c === '.');
/** Negations: "did not say", "never said" are not statements. */
const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'nor', 'neither']);
/** Words that, after `said to`, make it the passive "said to be" rather than "said to reporters". */
const AFTER_SAID_TO: ReadonlySet<string> = new Set([
  'be',
  'have',
  'been',
  'being',
  'number',
  'include',
  'total',
  'hold',
  'own',
  'possess',
  'contain',
]);
/** Forms of "have" and "do" and the modals: words that open a clause's verb ("could raise", "had said"). */
export const HAVE_DO_AND_MODALS: ReadonlySet<string> = new Set([
  'had',
  'has',
  'have',
  'would',
  'will',
  'could',
  'may',
  'might',
  'did',
  'does',
  'do',
  'shall',
  'should',
  'can',
  'must',
]);

/** Adverbs that may sit between an auxiliary and the verb ("was also told", "has repeatedly said"). */
export const VERB_ADVERBS: ReadonlySet<string> = new Set([
  'long',
  'afterwards',
  'afterward',
  'beforehand',
  'immediately',
  'here',
  'also',
  'recently',
  'later',
  'previously',
  'again',
  'then',
  'further',
  'separately',
  'repeatedly',
  'publicly',
  'reportedly',
  'earlier',
  'once',
  'already',
  'still',
  'often',
  'first',
  'just',
  'now',
  'privately',
  'similarly',
  'likewise',
  'subsequently',
  'initially',
  'finally',
  'last',
  'even',
  ...HAVE_DO_AND_MODALS,
  'too',
  'meanwhile',
  'however',
  'instead',
  'only',
  'simply',
  'merely',
  'briefly',
  'reportedly',
  'allegedly',
  'apparently',
  'openly',
  'explicitly',
  'flatly',
  'firmly',
  'quickly',
]);

/** Words whose "'s" is "has" or "is" ("he's said", "it's reported"), not a possessive. */
const CONTRACTED_SUBJECTS: ReadonlySet<string> = new Set([
  'he',
  'she',
  'it',
  'that',
  'who',
  'there',
  'what',
  'where',
  'here',
  'everyone',
  'nobody',
  'somebody',
]);
/** Words that open a noun phrase ("a conference call", "the annual report"). */
const DETERMINERS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'this',
  'his',
  'her',
  'its',
  'their',
  'our',
]);
/** Words that may come right before a verb's base form without making it a noun. */
const BEFORE_BASE_FORM: ReadonlySet<string> = new Set([
  'i',
  'we',
  'you',
  'they',
  'who',
  'to',
  'not',
  'and',
  'or',
  'but',
  'that',
  'people',
  'police',
  'staff',
  'children',
  'men',
  'women',
]);

/**
 * Whether a base form at `i` ends a noun phrase ("a conference call", "the brief note"): a singular
 * word before it (a plural subject or a pronoun could take the base form: "officials say") and a
 * determiner before that.
 */
function isCompoundNoun(words: readonly string[], i: number): boolean {
  const prev = words[i - 1] ?? '';
  const plain = (w: string): boolean =>
    w.length > 0 && [...w].every((c) => c.toLowerCase() !== c.toUpperCase() || c === '-');
  if (!plain(prev) || prev.endsWith('s') || BEFORE_BASE_FORM.has(prev) || VERB_ADVERBS.has(prev))
    return false;
  for (let b = i - 2; b >= 0 && b >= i - 3; b--) {
    const w = words[b] ?? '';
    if (DETERMINERS.has(w)) return true;
    if (!plain(w) || VERB_ADVERBS.has(w) || BEFORE_BASE_FORM.has(w)) return false;
  }
  return false;
}

/**
 * Whether the speech verb at `i` in the lowercase word list is not a statement by a subject: a
 * passive (`was told`, `is said to be`), `told to leave`, a noun or adjective (`the reported
 * strike`, `amid reports`), a negation (`did not say`) or an infinitive after another verb
 * (`declined to say`; `went on to say` is kept).
 */
export function isGuardedSpeechVerb(words: readonly string[], i: number): boolean {
  const form = speechVerbForm(words[i] ?? '');
  if (!form) return true;
  const next = words[i + 1] ?? '';
  const after = words[i + 2] ?? '';
  let back = i - 1;
  while (back >= 0 && (VERB_ADVERBS.has(words[back] ?? '') || (words[back] ?? '').endsWith('ly'))) {
    if (NEGATIONS.has(words[back] ?? '')) return true;
    back--;
  }
  const prev = words[back] ?? '';
  const prevAdjacent = words[i - 1] ?? '';
  if (NEGATIONS.has(prev) || NEGATIONS.has(prevAdjacent)) return true;
  if ((form.form === 'past' || form.form === 'participle') && PASSIVE_AUXILIARIES.has(prev)) return true;
  if (form.verb.lemma === 'tell' && next === 'to') return true;
  // "who asked not to be named", "asked to remain anonymous": a condition of the interview, not a statement
  if (
    form.verb.lemma === 'ask' &&
    (next === 'not' || (next === 'to' && ['be', 'remain', 'stay'].includes(after)))
  )
    return true;
  if (form.verb.lemma === 'say' && next === 'to' && AFTER_SAID_TO.has(after)) return true;
  // ("Channel 12 said": "said" is never a noun, whatever number stands before it)
  const counted = isNumber(prevAdjacent) && !(form.verb.lemma === 'say' && form.form === 'past');
  if (NOUN_MARKERS.has(prevAdjacent) || COUNT_WORDS.has(prevAdjacent) || counted) return true;
  // "had made similar promises", "broken promises", "campaign pledges": a plural noun after its adjective
  if ((form.form === 'present' || form.form === 'base') && NOUN_ADJECTIVES.has(prevAdjacent)) return true;
  if (form.form === 'base' && isCompoundNoun(words, i)) return true;
  // "state Sen. Marcus Hill", "four neighboring states had": "state" is a verb only before its words
  const stateForm = form.form === 'base' || form.form === 'present';
  if (form.verb.lemma === 'state' && stateForm && !['that', '"', ':', ','].includes(next)) return true;
  // "Valdoria's state news agency", "the company's report": a noun after a possessive
  const owner = prevAdjacent.endsWith("'s") ? prevAdjacent.slice(0, -2) : '';
  if ((owner && !CONTRACTED_SUBJECTS.has(owner)) || (prevAdjacent.endsWith("s'") && prevAdjacent.length > 2))
    return true;
  if (prevAdjacent === 'to' && (words[i - 2] ?? '') !== 'on') return true;
  return false;
}

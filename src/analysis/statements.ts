/**
 * Statements of a briefing — who said what, to whom, when — from quotations and speech verbs:
 * `"…," X said.` `"…," said X.` `X said, "…"` `X told Y on Tuesday, "…"` `X said that …`,
 * parentheticals (`whose involvement, X said, would be …`), `cited as saying`, `Y cited X
 * announcing that …`, `according to X`, reported clauses (`proposed providing …`), quoted fragments
 * inside reported speech, and quotation paragraphs that carry on the previous speaker's words.
 */
import type { Briefing } from '../knowledge/types';
import { type QuoteSpan, findParagraphQuotes } from './quotes';
import { splitSentences } from './sentences';
import {
  type Mention,
  type Position,
  type SpeakerEntity,
  SpeakerResolver,
  andJoinsName,
  lowercaseWords,
  parseMention,
  scanBodies,
  scanGroups,
  scanNames,
} from './speakers';
import {
  HAVE_DO_AND_MODALS,
  PASSIVE_AUXILIARIES,
  type SpeechVerbForm,
  VERB_ADVERBS,
  isFinite,
  isGuardedSpeechVerb,
  speechVerbForm,
} from './speech-verbs';
import { hasFiniteVerb, isAuxiliary } from './finite-verbs';
import { interviewTurns } from './interviews';
import { datelineLength } from './clauses';
import { type TimeSpan, findTimeSpans, timeText } from './time-phrases';
import {
  DEMONYMS,
  DETERMINERS,
  NAME_CONNECTORS,
  ORGANISATION_HEADS,
  POSTMODIFIERS,
  TITLE_WORDS,
  isPersonNoun,
} from './speaker-lexicon';
import { type Token, isCapitalised, isPossessive, tokenize, withoutPossessive } from './tokens';
import type { Sentence, Speaker, Statement, StatementKind } from './types';
import { SUBJECT_PRONOUNS, wordSet as set } from './word-lists';

/** Statement extraction defaults. */
export const STATEMENT_DEFAULTS = Object.freeze({
  /** Longest noun phrase read as a speaker or audience, in tokens. */
  maxPhraseTokens: 12,
  /** Longest prepositional phrase skipped between a speech verb and its clause ("in a statement"). */
  maxPrepositionTokens: 10,
  /** How far after a verb a quotation may sit to make a noun phrase a quoted one (`called it "…"`). */
  maxQuoteReach: 8,
  /** Fewest words of a clause introduced without "that" (`said the force will …`). */
  minZeroClauseWords: 3,
});

/** Words a speaker's or audience's noun phrase never runs across. */
const PHRASE_BOUNDARIES = set(
  'outside',
  'inside',
  'near',
  'following',
  'behind',
  'across',
  'around',
  'among',
  'along',
  'upon',
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'when',
  'while',
  'after',
  'before',
  'because',
  'since',
  'if',
  'although',
  'though',
  'as',
  'but',
  'and',
  'or',
  'so',
  'than',
  'then',
  'amid',
  'in',
  'on',
  'at',
  'with',
  'from',
  'by',
  'to',
  'into',
  'about',
  'over',
  'under',
  'during',
  'despite',
  'against',
  'between',
  'through',
  'via',
  'per',
  'like',
  'unlike',
  'within',
  'without',
  'toward',
  'towards',
  'ahead',
  'until',
  'whether',
  'what',
  'how',
  'why',
  'once',
  'unless',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'has',
  'have',
  'had',
  'will',
  'would',
  'could',
  'can',
  'should',
  'may',
  'might',
  'must',
  'do',
  'does',
  'did',
  'not',
  'also',
  'this',
  'comes',
  'came',
  'according',
  'however',
  'instead',
  'meanwhile',
  'yet',
  'still',
  'there',
  'here',
  'it',
  'its',
);
/** Prepositions that may open a phrase between a speech verb and its clause. */
const PREPOSITIONS = set(
  'by',
  'in',
  'on',
  'at',
  'during',
  'via',
  'through',
  'over',
  'after',
  'before',
  'following',
  'while',
  'amid',
  'from',
  'outside',
  'inside',
  'ahead',
  'upon',
  'with',
  'throughout',
);
/** Nouns after which "with X" or "to X" names the audience ("in an interview with CNN"). */
/** Participles that open a sentence with the speaker's audience ("Speaking to reporters, …"). */
const FRONTED_PARTICIPLES = set('speaking', 'talking', 'writing');
/** Whether a word opening a sentence is an -ing participle ("Sentencing", "Announcing"). */
const isOpeningParticiple = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && t.lower.length > 5 && t.lower.endsWith('ing');

const AUDIENCE_NOUNS = set(
  'note',
  'memo',
  'email',
  'newsletter',
  'interview',
  'interviews',
  'letter',
  'remarks',
  'speech',
  'message',
  'address',
  'call',
  'conversation',
  'briefing',
  'meeting',
  'podcast',
  'appearance',
  // ("said in a statement to Cedar Press")
  'statement',
  'statements',
);
/** Events whose audience a speaker addresses ("at a news conference", "to a rally"). */
const EVENT_NOUNS = set(
  'conference',
  'briefing',
  'rally',
  'summit',
  'hearing',
  'meeting',
  'forum',
  'gathering',
  'ceremony',
  'vigil',
  'convention',
  'session',
  'assembly',
  'audience',
  'crowd',
  'congress',
  'symposium',
);
/** Nouns of what someone said, before a colon and their words ("Her verdict: \"…\""). */
const SPEECH_NOUNS = set(
  'verdict',
  'message',
  'response',
  'reply',
  'answer',
  'advice',
  'view',
  'assessment',
  'take',
  'conclusion',
  'explanation',
  'warning',
  'reaction',
  'prediction',
  'plea',
  'promise',
  'words',
  'summary',
);
/**
 * Nouns of what someone asserted, which name the speaker with "from" or "by" and the words with a
 * that-clause ("despite warnings from unions that …", "claims by the company that …").
 */
const CLAIM_NOUNS = set(
  'warning',
  'warnings',
  'claim',
  'claims',
  'assurance',
  'assurances',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'complaint',
  'complaints',
  'denial',
  'denials',
  'insistence',
  'prediction',
  'predictions',
  'promise',
  'promises',
  'pledge',
  'pledges',
);
/** Possessive pronouns and the pronoun that names their owner as a speaker. */
const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map([
  ['his', 'he'],
  ['her', 'she'],
  ['their', 'they'],
  ['its', 'it'],
]);
/** Subjects that stand for one member of a group named before ("one wrote", "one of them said"). */
/** Records that mean little without what they record ("minutes of a board meeting"). */
const RECORD_HEADS = set('minutes', 'transcript', 'transcripts', 'records', 'recording', 'copy');

/** Nouns of sources a report cites ("citing sources", "citing documents"), besides people. */
const SOURCE_NOUNS = set('sources', 'source', 'officials', 'documents', 'data', 'unnamed', 'anonymous');

/** "One of the …" opening a subject that names the group itself. */
const ONE_OF_THE = /^(?:one|another) of (?:the|those) (?=\S)/i;
const ONE_OF_THEM = set('one', 'one of them', 'one of those', 'another', 'another of them');
/** Verbs of `as he put it` parentheticals. */
const AS_PUT_VERBS = set(
  'put',
  'puts',
  'tell',
  'tells',
  'told',
  'say',
  'says',
  'said',
  'recalled',
  'recalls',
);
/** Words between the subject and the verb of such a parenthetical ("as he liked to tell it"). */
const AS_PUT_BRIDGES = set('liked', 'likes', 'to', 'would', 'once', 'later', 'often', 'used', 'has', 'had');
/** Words that open a question clause. */
const WH_WORDS = set('whether', 'why', 'how', 'what', 'when', 'where', 'if', 'who', 'which');
/** Prepositions that may follow the head of a speaker's phrase ("an official with the group"). */
const POSTMODIFIER_PREPOSITIONS = set('in', 'with', 'at', 'from', 'on', 'to', 'of', 'for', 'within');
/** Words that open a subordinate clause before the main one ("While …, X said"). */
const SUBORDINATORS = set(
  'while',
  'when',
  'after',
  'before',
  'although',
  'though',
  'because',
  'since',
  'if',
  'as',
  'once',
  'unless',
  'despite',
  'amid',
);
/** Nouns ending in -ed, which are no past tense ("the bed", "a seed"): the few a subject may hold. */
const HEAD_NOUNS_ED = set('red', 'bed', 'seed', 'need', 'speed', 'feed', 'creed', 'breed', 'shed', 'med');
/** Pronouns that, in a relative clause inside someone's words, are that same speaker ("which it described as"). */
const PRONOUN_SUBJECTS = set('it', 'he', 'she', 'they');
/** Words that open a relative clause ("which it described as …"). */
const RELATIVE_OPENERS = set('which', 'that', 'whom', 'what');

/**
 * The conjuncts of a clause whose later parts are coordinated that-clauses ("it was … and that its
 * parks meet …" → "it was …", "its parks meet …"); empty when there are none.
 */
function thatConjuncts(tokens: readonly Token[], range: Range): Range[] {
  const out: Range[] = [];
  let end = range.end;
  for (let i = range.end - 3; i > range.start; i--) {
    const t = tokens[i];
    if (t && ['and', 'but'].includes(t.lower) && tokens[i + 1]?.lower === 'that') {
      out.unshift({ start: i + 2, end });
      end = isMark(tokens[i - 1], ',') ? i - 1 : i;
    }
  }
  // "said businesses could apply for help, and that it had "no plans" to …": the first conjunct too
  if (out.length > 0 && end > range.start) out.unshift({ start: range.start, end });
  return out;
}

/** Words that open a clause as its subject without a determiner ("said that he would …"). */
const CLAUSE_SUBJECT_WORDS = set(
  ...SUBJECT_PRONOUNS,
  'there',
  'nobody',
  'everyone',
  'everybody',
  'someone',
  'somebody',
  'anyone',
  'no',
  'none',
  'nothing',
  'everything',
  'something',
  'all',
  'each',
  'every',
  'any',
  'such',
  'more',
  'most',
  'much',
  'little',
  'few',
  'neither',
  'either',
  'what',
  'who',
  'if',
);
/** Relative pronouns that stand for the noun phrase before them ("Smith, who said …"). */
const RELATIVES = set('who', 'which');
/** Verbs of citing ("Turkish media cited security sources announcing …", "quoted X as saying"). */
const CITING_LEMMAS = set('cite', 'quote');
/** How a quotation ends when the sentence's comma stands inside its marks (`"productive,"`). */
const QUOTE_COMMA_ENDINGS = [',"', ',”', ",'", ',’'];
/** Roles that only a person or a body fills ("the bill's sponsor", "the event's organiser"). */
const ROLE_HEADS = set('sponsor', 'author', 'organizer', 'organiser', 'founder', 'owner', 'creator');
/** Nouns of documents whose source is the speaker ("according to a statement from the ministry"). */
const DOCUMENT_NOUNS = set(
  'statement',
  'statements',
  'report',
  'reports',
  'document',
  'documents',
  'memo',
  'filing',
  'letter',
  'post',
  'data',
  'figures',
  'records',
  'estimate',
  'estimates',
  'survey',
  'poll',
  'transcript',
  'readout',
  'release',
  'assessment',
  'tally',
  'count',
  'analysis',
  'study',
  'studies',
  'research',
  'paper',
  'findings',
  'filings',
  'reports',
  'forecast',
  'forecasts',
  'review',
  'audit',
  'inquiry',
  'investigation',
  'indictment',
  'complaint',
  'lawsuit',
  'minutes',
  'notice',
  'results',
  'testimony',
  'evidence',
  'remarks',
  'comments',
);
/** Participles of broadcasting, whose "on" names the audience ("remarks broadcast on state television"). */
const BROADCAST_PARTICIPLES = set('broadcast', 'aired', 'televised', 'carried');

/** Participles that name a document's author after "by" ("figures provided by X"; "seen by X" does not). */
const AUTHOR_PARTICIPLES = set(
  'provided',
  'compiled',
  'published',
  'released',
  'issued',
  'prepared',
  'gathered',
  'collected',
  'produced',
);

/** Counts and data, which speak for whoever keeps them ("according to its own figures"). */
/** Bodies named by a plain noun that keep counts of their own ("police data", "government figures"). */
const COUNT_OWNERS = set('police', 'government', 'army', 'military', 'ministry', 'company');
const COUNT_NOUNS = set('figures', 'data', 'estimates', 'records', 'count', 'tally', 'statistics', 'numbers');
/** Participles after a document or source that describe it ("a study published on Wednesday in …"). */
const DESCRIBING_PARTICIPLES = set(
  'dated',
  'signed',
  'addressed',
  'drafted',
  'published',
  'released',
  'issued',
  'seen',
  'obtained',
  'reviewed',
  'filed',
  'compiled',
  'conducted',
  'commissioned',
  'led',
  'posted',
  'shared',
  'sent',
  'prepared',
  'presented',
  'submitted',
  'unsealed',
  'made',
  'given',
  'carried',
  'funded',
  'written',
  'provided',
  'gathered',
  'collected',
);
/** Verbs that only report speech, always the speaker's own when coordinated ("and added that"). */
const REPORTING_LEMMAS = set('say', 'add', 'tell', 'note', 'explain', 'reiterate', 'write', 'continue');

/** Auxiliaries of the perfect ("had stressed"). */
const PERFECT_AUXILIARIES = set('had', 'has', 'have');

/** Nouns ending in -ing, never a gerund clause ("denied wrongdoing"). */
const ING_NOUNS = set(
  'wrongdoing',
  'funding',
  'housing',
  'spending',
  'building',
  'meeting',
  'ruling',
  'wedding',
  'clothing',
  'bombing',
  'shooting',
  'hearing',
  'warning',
  'warnings',
  'feeling',
  'offering',
  'findings',
  'earnings',
  'savings',
  'something',
  'nothing',
  'anything',
  'everything',
);
/** Words that open a relative or adverbial clause inside a longer one. */
const CLAUSE_OPENERS = set(
  'where',
  'who',
  'whom',
  'whose',
  'which',
  'when',
  'while',
  'because',
  'after',
  'before',
);
/** Words before a plural noun that look like a verb ("recent reports", "several posts", "earlier statements"). */
const NOUN_OPENERS = set(
  'recent',
  'earlier',
  'previous',
  'separate',
  'several',
  'many',
  'some',
  'two',
  'three',
  'multiple',
  'public',
  'written',
  'official',
  'joint',
  'weekly',
  'daily',
  'monthly',
  'annual',
  'quarterly',
  'its',
  'his',
  'her',
  'their',
  'our',
);
/** Words that open a sentence before its subject ("However, …", "Instead, …"). */
const FRONTED = set(
  'however',
  'instead',
  'meanwhile',
  'still',
  'yet',
  'separately',
  'earlier',
  'later',
  'also',
  'indeed',
  'now',
  'then',
  'but',
  'and',
);
/** Words left dangling when a clause is cut before the next speaker ("…, while"). */
const TRAILING_CONNECTIVES = set(
  'while',
  'whereas',
  'and',
  'but',
  'as',
  'although',
  'though',
  'when',
  'even',
  'that',
);
/** Auxiliaries and modals: after a speech verb they open its clause ("warned could raise"). */
const AUXILIARIES = HAVE_DO_AND_MODALS;
/** Subject pronouns: after an audience they open the clause ("told the court he had …"). */
const CLAUSE_SUBJECTS = set('he', 'she', 'they', 'we', 'i', 'you');
/** Determiners that open a new noun phrase when they follow a noun ("told reporters the referee …"). */
const NEW_PHRASE_DETERMINERS = set('the', 'a', 'an', 'his', 'her', 'their', 'our', 'this', 'these', 'those');
/** Prepositions inside a speaker's noun phrase ("a florist near the junction with Mill Lane"). */
const SUBJECT_PREPOSITIONS = set(
  'near',
  'with',
  'at',
  'in',
  'on',
  'from',
  'of',
  'for',
  'outside',
  'behind',
  'along',
);
/** Quantifiers that float between a subject and its verb ("Brooks and Petrov both said"). */
const FLOATING_QUANTIFIERS = set('both', 'all', 'each', 'jointly', 'together');
/** Words that open a subject that says nothing ("No official said …", "Few experts expect …"). */
const NEGATED_SUBJECTS = set('no', 'none', 'neither', 'nobody', 'nor', 'few');
/** Pronoun objects that are no audience worth naming ("told him"). */
const OBJECT_PRONOUNS = set('him', 'her', 'them', 'us', 'me', 'it', 'you');

/** Adjectives that rate a document rather than say what it is ("a large study", "a new report"). */
const RATING_WORDS = set(
  'large',
  'big',
  'small',
  'major',
  'new',
  'recent',
  'latest',
  'landmark',
  'huge',
  'vast',
  'brief',
  'short',
  'long',
  'lengthy',
  'detailed',
);

/** Sentence adverbs set between commas after a verb ("cautioned, however, that …"). */
const SENTENCE_ADVERBS = set(
  'however',
  'though',
  'meanwhile',
  'nevertheless',
  'nonetheless',
  'moreover',
  'instead',
  'too',
  'also',
  'again',
  'separately',
  'privately',
  'publicly',
  'later',
);

/** Adverbs of time that may follow an audience ("told reporters later that …"). */
const AFTER_PHRASE_ADVERBS = set('later', 'earlier', 'afterwards', 'afterward', 'again', 'separately');

/** Prepositions that lead to a noun of assertion ("despite warnings from unions that …"). */
const CLAIM_LEADS = set('despite', 'amid', 'after', 'following', 'over', 'given', 'with');

/** Words that approximate a count before its number ("more than 80", "at least a dozen"). */
const APPROXIMATORS: readonly (readonly string[])[] = [
  ['more', 'than'],
  ['fewer', 'than'],
  ['less', 'than'],
  ['at', 'least'],
  ['at', 'most'],
  ['up', 'to'],
  ['nearly'],
  ['almost'],
  ['about'],
  ['around'],
  ['roughly'],
  ['some'],
  ['over'],
];

const isWordToken = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
const isQuoteToken = (t: Token | undefined): boolean => !!t && t.kind === 'quote';
const isMark = (t: Token | undefined, ...marks: string[]): boolean =>
  !!t && t.kind === 'punct' && marks.includes(t.text);
const isAdverb = (t: Token | undefined): boolean =>
  isWordToken(t) &&
  !isCapitalised(t) &&
  (VERB_ADVERBS.has(t.lower) || (t.lower.endsWith('ly') && t.lower.length > 4 && !LY_NOUNS.has(t.lower)));

/** Nouns and adjectives ending in -ly, no adverbs ("The family said", "a rally"). */
const LY_NOUNS = set(
  'family',
  'ally',
  'allies',
  'rally',
  'supply',
  'assembly',
  'monopoly',
  'anomaly',
  'reply',
  'italy',
  'july',
  'elderly',
  'friendly',
  'lovely',
  'lonely',
  'daily',
  'weekly',
  'monthly',
  'yearly',
);

/** A range of token indices, `[start, end)`. */
interface Range {
  readonly start: number;
  readonly end: number;
}

/** Who a cue names as the speaker. */
type Subject =
  | {
      readonly type: 'phrase';
      readonly range: Range;
      readonly description?: string;
      /** Other speakers of the same verb, before this one ("Brooks and goalkeeper Ivan Petrov said"). */
      readonly also?: readonly Range[];
      /** A name set beside its description ("The suspect's mother, Carol Dean, said"). */
      readonly proper?: boolean;
    }
  | { readonly type: 'text'; readonly text: string; readonly description?: string }
  | { readonly type: 'previous' };

/** A speech cue of a unit: a speech verb (or "according to") with what it introduces. */
interface Cue {
  /** Token index of the verb (or of "according"). */
  readonly at: number;
  readonly word: string;
  readonly subject: Subject;
  readonly to?: string;
  readonly when?: string;
  /** Token ranges of the reported clause (two for a parenthetical), when there is one. */
  readonly clause?: readonly Range[];
  /** Whether the cue can attribute a quotation standing on its own (`"…," X said`, `X said, "…"`). */
  readonly attributesQuotes: boolean;
  /** A description from an appositive ("the association's chairman"). */
  readonly description?: string;
  /** Description of a cited source ("security sources cited by Turkish media"). */
  readonly citedBy?: string;
  /** First token of the subject with its appositives ("a spokesman for the agency, Luis Ortega,"). */
  readonly from?: number;
}

/** Sentences joined where a quotation runs across their boundary. */
interface Unit {
  readonly start: number;
  readonly end: number;
  readonly sentence: number;
  readonly quotes: readonly QuoteSpan[];
}

/** Joins sentences that a quotation spans into one unit. */
function buildUnits(sentences: readonly Sentence[], spans: readonly QuoteSpan[]): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  while (i < sentences.length) {
    const first = sentences[i];
    if (!first) break;
    let end = first.end;
    let j = i;
    while (j + 1 < sentences.length && spans.some((s) => s.start < end && s.end > end)) {
      j++;
      end = sentences[j]?.end ?? end;
    }
    const start = first.start;
    units.push({
      start,
      end,
      sentence: first.index,
      quotes: spans.filter((s) => s.start >= start && s.start < end),
    });
    i = j + 1;
  }
  return units;
}

/** Reads the cues of one unit. */
class UnitReader {
  readonly tokens: Token[];
  readonly times: TimeSpan[];
  /** Lowercase words (punctuation as is, a quotation as `"`), for the speech-verb guards. */
  private readonly words: readonly string[];
  private readonly timeByStart: ReadonlyMap<number, TimeSpan>;
  private readonly timeByEnd: ReadonlyMap<number, TimeSpan>;
  private readonly consumedVerbs = new Set<number>();

  constructor(
    readonly text: string,
    readonly unit: Unit,
  ) {
    this.tokens = tokenize(text, unit.start, unit.end, unit.quotes);
    this.times = findTimeSpans(this.tokens);
    this.words = this.tokens.map((t) => (t.kind === 'word' ? t.lower : t.kind === 'quote' ? '"' : t.text));
    this.timeByStart = new Map(this.times.map((t) => [t.start, t]));
    this.timeByEnd = new Map(this.times.map((t) => [t.end, t]));
  }

  slice(range: Range): string {
    const first = this.tokens[range.start];
    const last = this.tokens[range.end - 1];
    if (!first || !last) return '';
    return this.text.slice(first.start, last.end);
  }

  private timeEndingAt(end: number): TimeSpan | undefined {
    return this.timeByEnd.get(end);
  }

  private timeStartingAt(start: number): TimeSpan | undefined {
    return this.timeByStart.get(start);
  }

  private verbAt(i: number): SpeechVerbForm | undefined {
    const t = this.tokens[i];
    if (!isWordToken(t)) return undefined;
    return speechVerbForm(t.lower);
  }

  private guarded(i: number): boolean {
    return isGuardedSpeechVerb(this.words, i);
  }

  /**
   * Whether a participle at `i` describes the object of a preposition ("said in a video posted on
   * social media that …"): no verb of its own.
   */
  private describesObject(i: number): boolean {
    const t = this.tokens[i];
    if (!t || !DESCRIBING_PARTICIPLES.has(t.lower) || !PREPOSITIONS.has(this.tokens[i + 1]?.lower ?? ''))
      return false;
    const noun = this.phraseBefore(i);
    return !!noun && PREPOSITIONS.has(this.tokens[noun.start - 1]?.lower ?? '');
  }

  /** The noun phrase ending just before `end`, read backwards. */
  phraseBefore(end: number): Range | undefined {
    let i = end - 1;
    let n = 0;
    while (i >= 0 && n < STATEMENT_DEFAULTS.maxPhraseTokens) {
      const t = this.tokens[i];
      // "Maple & Finch"
      if (isMark(t, '&') && isCapitalised(this.tokens[i - 1]) && isCapitalised(this.tokens[i + 1])) {
        i--;
        n++;
        continue;
      }
      if (!isWordToken(t)) break;
      // "delegates involved in the talks", "a senior executive at one of the lines": a phrase after its head
      const before = this.tokens[i - 1];
      const carriesOn =
        n > 0 &&
        POSTMODIFIER_PREPOSITIONS.has(t.lower) &&
        isWordToken(before) &&
        (POSTMODIFIERS.has(before.lower) ||
          isPersonNoun(before.lower) ||
          // "The U.S. embassy in Baghdad said": a body and where it is
          (t.lower === 'in' && ORGANISATION_HEADS.has(before.lower) && isCapitalised(this.tokens[i + 1])));
      if (carriesOn) {
        i--;
        n++;
        continue;
      }
      if (andJoinsName(this.tokens, i)) {
        i--;
        n++;
        continue;
      }
      // "Campaign group Access to Cash said": "to" inside a body's name set after its kind noun
      if (
        t.lower === 'to' &&
        n > 0 &&
        isCapitalised(this.tokens[i + 1]) &&
        isCapitalised(before) &&
        ['group', 'charity', 'campaign', 'organisation', 'organization'].includes(
          this.tokens[i - 2]?.lower ?? '',
        )
      ) {
        i--;
        n++;
        continue;
      }
      if (PHRASE_BOUNDARIES.has(t.lower) && !(t.lower === 'it' && n === 0 && end - 1 === i)) break;
      const form = speechVerbForm(t.lower);
      const pastForm = form && (form.form === 'past' || form.form === 'participle');
      // "a senior official briefed on the talks": a participle after its head, no verb
      if (
        form &&
        n > 0 &&
        POSTMODIFIERS.has(t.lower) &&
        POSTMODIFIER_PREPOSITIONS.has(this.tokens[i + 1]?.lower ?? '')
      ) {
        i--;
        n++;
        continue;
      }
      // "the state news agency", "Russian state media": a verb's base form after a determiner or a
      // nationality is a noun
      const noun =
        form?.form === 'base' &&
        (DETERMINERS.has(this.tokens[i - 1]?.lower ?? '') || DEMONYMS.has(this.tokens[i - 1]?.lower ?? ''));
      if (form && isFinite(form) && !isCapitalised(t) && (n > 0 || pastForm) && !noun) break;
      if ((t.lower === 'of' || t.lower === 'for') && !isWordToken(this.tokens[i - 1])) break;
      i--;
      n++;
    }
    // "Its military said": a possessive pronoun opening the clause belongs to the phrase
    const owner = this.tokens[i];
    const opensClause = i === 0 || !isWordToken(this.tokens[i - 1]) || FRONTED.has(this.tokens[i - 1]!.lower);
    if (i + 1 < end && owner && POSSESSIVE_PRONOUNS.has(owner.lower) && opensClause) return { start: i, end };
    return i + 1 < end ? { start: i + 1, end } : undefined;
  }

  /** The noun phrase starting at `start`, read forwards (stops before a time phrase, "that", a verb). */
  phraseAfter(start: number): Range | undefined {
    let i = start;
    while (i < this.tokens.length && i - start < STATEMENT_DEFAULTS.maxPhraseTokens) {
      const t = this.tokens[i];
      // ("BBC Radio 4's Today programme": a word of time after a possessive names something)
      const named = i > start && isPossessive(this.tokens[i - 1]?.text ?? '');
      if (!isWordToken(t) || (this.timeStartingAt(i) && !named)) break;
      // "reporters aboard his plane": where the audience is
      if (
        t.lower === 'aboard' &&
        i > start &&
        isWordToken(this.tokens[i + 1]) &&
        isWordToken(this.tokens[i + 2])
      ) {
        i += 3;
        continue;
      }
      if ((t.lower === 'in' || t.lower === 'at') && i > start) {
        const next = this.tokens[i + 1]?.lower === 'the' ? this.tokens[i + 2] : this.tokens[i + 1];
        if (isCapitalised(next) && !this.timeStartingAt(i)) {
          i += this.tokens[i + 1]?.lower === 'the' ? 2 : 1;
          continue;
        }
        break;
      }
      if (((t.lower === 'of' || t.lower === 'for') && i > start) || andJoinsName(this.tokens, i)) {
        i++;
        continue;
      }
      if (PHRASE_BOUNDARIES.has(t.lower) && !(i === start && t.lower === 'it')) break;
      // "told reporters later that …": an adverb of time after the audience is no part of it
      if (i > start && AFTER_PHRASE_ADVERBS.has(t.lower)) break;
      const form = speechVerbForm(t.lower);
      // "told a weekly briefing in Doha": an event's noun, not a verb
      const eventNoun = form?.form === 'ing' && (EVENT_NOUNS.has(t.lower) || AUDIENCE_NOUNS.has(t.lower));
      // "the state news agency", "a report": a verb's base form after a determiner is a noun
      const nounAfterDeterminer = form?.form === 'base' && DETERMINERS.has(this.tokens[i - 1]?.lower ?? '');
      if (form && !isCapitalised(t) && i > start && !eventNoun && !nounAfterDeterminer) break;
      // "told the court he had …", "told reporters the referee had …": a new noun phrase begins
      const afterPreposition = ['of', 'for'].includes(this.tokens[i - 1]?.lower ?? '');
      if (i > start && CLAUSE_SUBJECTS.has(t.lower)) break;
      if (i > start && NEW_PHRASE_DETERMINERS.has(t.lower) && !afterPreposition) break;
      i++;
    }
    return i > start ? { start, end: i } : undefined;
  }

  /** Where a clause starting at `from` ends: before `; `, `, and added`, `, according to`, `, saying`. */
  clauseEnd(from: number): number {
    const tokens = this.tokens;
    for (let j = from; j < tokens.length; j++) {
      const t = tokens[j];
      if (isMark(t, ';')) return j;
      if (isMark(t, ',') && tokens[j + 1]?.lower === 'according' && tokens[j + 2]?.lower === 'to') return j;
      if (isMark(t, ',') && isWordToken(tokens[j + 1])) {
        const form = speechVerbForm(tokens[j + 1]?.lower ?? '');
        if (form?.form === 'ing') return j;
        // "…, ruling that …", "…, concluding that …": a participle with a that-clause of its own
        const next = tokens[j + 1];
        if (next && !isCapitalised(next) && next.lower.endsWith('ing') && tokens[j + 2]?.lower === 'that')
          return j;
        // "a nurse who said she spends …, urged the council": the main clause's verb after a relative one
        if (form?.form === 'past' && !isCapitalised(tokens[j + 1]) && !this.guarded(j + 1)) return j;
      }
      if (isWordToken(t) && (t.lower === 'and' || t.lower === 'but')) {
        let k = j + 1;
        while (isAdverb(tokens[k])) k++;
        const form = this.verbAt(k);
        // "said the president had stressed … and demanded that …": a participle coordinated with
        // the clause's own perfect is part of the words
        // (never a verb of saying itself: "said it had erred and added that …" is the speaker's)
        const perfect =
          !!form &&
          (form.form === 'past' || form.form === 'participle') &&
          !form.verb.wordsOnly &&
          !REPORTING_LEMMAS.has(form.verb.lemma) &&
          this.hasPerfect(from, j);
        if (
          form &&
          isFinite(form) &&
          !this.guarded(k) &&
          !perfect &&
          (isMark(tokens[j - 1], ',') || this.hasComplementAhead(k, form))
        ) {
          return isMark(tokens[j - 1], ',') ? j - 1 : j;
        }
      }
    }
    return tokens.length;
  }

  /** Whether tokens `[from, to)` hold a perfect ("had stressed"). */
  private hasPerfect(from: number, to: number): boolean {
    for (let n = from; n + 1 < to; n++) {
      if (PERFECT_AUXILIARIES.has(this.tokens[n]?.lower ?? '') && /ed$/.test(this.tokens[n + 1]?.lower ?? ''))
        return true;
    }
    return false;
  }

  /** Whether a coordinated speech verb at `k` introduces something ("and reiterated that …"). */
  private hasComplementAhead(k: number, form: SpeechVerbForm): boolean {
    const next = this.tokens[k + 1];
    if (!next) return false;
    if (next.lower === 'that' || isQuoteToken(next) || isMark(next, ',', ':')) return true;
    if (form.verb.frames.has('gerund') && next.lower.endsWith('ing')) return true;
    return form.verb.frames.has('infinitive') && next.lower === 'to';
  }

  private trimClause(range: Range): Range | undefined {
    let { start, end } = range;
    while (start < end && this.tokens[start]?.kind === 'punct' && !isMark(this.tokens[start], '(', '['))
      start++;
    while (
      end > start &&
      (isMark(this.tokens[end - 1], ',', ';', ':', '.', '–', '—') ||
        TRAILING_CONNECTIVES.has(this.tokens[end - 1]?.lower ?? ''))
    ) {
      end--;
    }
    return end > start ? { start, end } : undefined;
  }

  /** Where the clause that holds token `i` starts (after a dash, semicolon, colon or the unit start). */
  private clauseStartBefore(i: number): number {
    for (let j = i - 1; j >= 0; j--) {
      // a dateline ("KINSHASA, Aug 27 (Pan-African Wire) - …") ends at its dash or bracket
      if (isMark(this.tokens[j], ';', '–', '—', ':', '(', ')', '-')) return j + 1;
    }
    return 0;
  }

  /**
   * The time phrase right after the main subject, before a participle at `before`
   * ("Police Chief Andrea Molina on Monday defended …, telling …" → "on Monday").
   */
  private mainClauseTime(before: number): string | undefined {
    const main = this.mainSubject(before);
    if (!main) return undefined;
    // "… on Monday defended …", "claimed victory in Sunday's runoff late on Sunday, telling …"
    const times = this.times.filter((t) => t.start >= main.end && t.end < before);
    const time = times[times.length - 1];
    return time ? timeText(this.text, this.tokens, time) : undefined;
  }

  /** A fronted time phrase of the unit ("On Tuesday, …") before token `before`. */
  private frontedTime(before: number): string | undefined {
    for (let k = this.times.length - 1; k >= 0; k--) {
      const t = this.times[k];
      if (!t || t.end > before) continue;
      const opensUnit =
        t.start === 0 ||
        isMark(this.tokens[t.start - 1], ',') ||
        FRONTED.has(this.tokens[t.start - 1]?.lower ?? '') ||
        // "Speaking to Al-Araby TV on Monday, he argued …", "In an email Wednesday, a spokesman
        // wrote …": the time that closes a fronted participle or prepositional phrase
        // ("Sentencing the company on Wednesday, Judge X said": any participle the sentence opens with)
        ((FRONTED_PARTICIPLES.has(this.tokens[0]?.lower ?? '') ||
          PREPOSITIONS.has(this.tokens[0]?.lower ?? '') ||
          isOpeningParticiple(this.tokens[0])) &&
          this.tokens.slice(0, t.start).every((w) => isWordToken(w)));
      if (opensUnit && isMark(this.tokens[t.end], ',')) return timeText(this.text, this.tokens, t);
    }
    return undefined;
  }

  /**
   * The audience of a participle phrase that opens the unit before the subject at `before`:
   * "Speaking to reporters in Geneva, Dr. Osei said …" → "reporters in Geneva".
   */
  private frontedAudience(before: number): string | undefined {
    const tokens = this.tokens;
    const first = tokens[0];
    if (first?.lower === 'in') return this.frontedLetterAudience(before);
    if (!first || !FRONTED_PARTICIPLES.has(first.lower)) return undefined;
    // ("Speaking on BBC Radio 4's Today programme, …": a programme named; never "on condition of …")
    const onAir = tokens[1]?.lower === 'on' && isCapitalised(tokens[2]);
    // ("Speaking at a conference in Beirut on Tuesday, he said": an event, as "told a conference")
    const atEvent = tokens[1]?.lower === 'at' && this.eventAhead(2);
    if (!['to', 'with'].includes(tokens[1]?.lower ?? '') && !onAir && !atEvent) return undefined;
    // the phrase ends at the first comma, and only words (the subject's) lie between it and the subject
    const end = tokens.findIndex((t, j) => j > 2 && isMark(t, ','));
    if (end < 0 || end >= before || end - 2 > 2 * STATEMENT_DEFAULTS.maxPrepositionTokens) return undefined;
    if (!tokens.slice(2, end).every((t) => isWordToken(t))) return undefined;
    if (!tokens.slice(end + 1, before).every((t) => isWordToken(t))) return undefined;
    // "Speaking to Al-Araby TV on Monday, …": the time is no part of the audience, nor is
    // where the speaker was ("to broadcasters during a visit to a factory")
    const time = this.times.find(
      (t) => t.start > 2 && t.start < end && !isPossessive(tokens[t.start - 1]?.text ?? ''),
    );
    const phrase = this.phraseAfter(2);
    return this.slice({ start: 2, end: Math.min(time?.start ?? end, phrase?.end ?? end) });
  }

  /** Whether a to-clause follows the words from `k` within an object's reach, words only between. */
  private infinitiveWithin(k: number): boolean {
    const tokens = this.tokens;
    for (let j = k + 1; j < tokens.length && j - k <= STATEMENT_DEFAULTS.maxQuoteReach; j++) {
      if (!isWordToken(tokens[j])) return false;
      if (tokens[j]?.lower === 'to' && isWordToken(tokens[j + 1])) return true;
    }
    return false;
  }

  /** `In a letter to workers, X said …`: whom the fronted letter, memo or message was written to. */
  private frontedLetterAudience(before: number): string | undefined {
    const tokens = this.tokens;
    const end = tokens.findIndex((t, j) => j > 1 && isMark(t, ','));
    if (end < 0 || end >= before || end > 2 * STATEMENT_DEFAULTS.maxPrepositionTokens) return undefined;
    if (!tokens.slice(1, end).every((t) => isWordToken(t))) return undefined;
    if (!tokens.slice(end + 1, before).every((t) => isWordToken(t))) return undefined;
    // the noun within the first words ("In an open letter to …"), then "to"
    const noun = tokens.findIndex((t, j) => j > 1 && j <= 3 && AUDIENCE_NOUNS.has(t.lower));
    if (noun < 0 || tokens[noun + 1]?.lower !== 'to') return undefined;
    const phrase = this.phraseAfter(noun + 2);
    if (!phrase || phrase.end > end) return undefined;
    return this.slice(phrase);
  }

  /** Whether the noun phrase at `k` is an event's ("a conference in Beirut", "the rally"). */
  private eventAhead(k: number): boolean {
    const phrase = this.phraseAfter(k);
    if (!phrase) return false;
    let head = phrase.end - 1;
    for (let h = phrase.start + 1; h < phrase.end; h++) {
      if (['in', 'at', 'of'].includes(this.tokens[h]?.lower ?? '')) {
        head = h - 1;
        break;
      }
    }
    return EVENT_NOUNS.has(this.tokens[head]?.lower ?? '');
  }

  /** Every cue of the unit, in token order. */
  cues(): Cue[] {
    const cues: Cue[] = [];
    const tokens = this.tokens;
    // cited sources first, so that their citing verb is not read as a cue of its own
    for (let i = 0; i < tokens.length; i++) {
      const form = this.verbAt(i);
      if (form?.form === 'ing') {
        const cue = this.citedCue(i);
        if (cue) cues.push(cue);
      }
    }
    for (let i = 0; i < tokens.length; i++) {
      if (this.consumedVerbs.has(i)) continue;
      const t = tokens[i];
      if (t?.lower === 'according' && tokens[i + 1]?.lower === 'to') {
        const cue = this.accordingCue(i);
        if (cue) cues.push(cue);
        continue;
      }
      if (t && SPEECH_NOUNS.has(t.lower) && isMark(tokens[i + 1], ':') && isQuoteToken(tokens[i + 2])) {
        const cue = this.possessedSpeechCue(i);
        if (cue) {
          cues.push(cue);
          continue;
        }
      }
      if (t && CLAIM_NOUNS.has(t.lower) && ['from', 'by'].includes(tokens[i + 1]?.lower ?? '')) {
        const cue = this.claimNounCue(i);
        if (cue) {
          cues.push(cue);
          continue;
        }
      }
      if (isMark(t, ':') && isQuoteToken(tokens[i + 1])) {
        const cue = this.colonCue(i);
        if (cue) cues.push(cue);
        continue;
      }
      if (t?.lower === 'as') {
        const cue = this.asPutItCue(i);
        if (cue) {
          cues.push(cue);
          continue;
        }
      }
      const form = this.verbAt(i);
      if (!form) continue;
      if (isCapitalised(t) && i > 0) continue; // "the United States", "The Jerusalem Post"
      if (form.form === 'ing') {
        if (isMark(tokens[i - 1], ',')) {
          const cue = this.verbCue(i, form, { type: 'previous' });
          if (cue) cues.push(cue);
        }
        continue;
      }
      if (this.guarded(i) || this.describesObject(i)) continue;
      const cue = this.verbCue(i, form);
      if (cue) cues.push(cue);
    }
    cues.sort((a, b) => a.at - b.at);
    // "…, which it described as '…'": a cue in a relative clause inside another cue's clause is part of it
    const nested = (c: Cue): boolean =>
      c.subject.type === 'phrase' &&
      c.subject.range.end - c.subject.range.start === 1 &&
      PRONOUN_SUBJECTS.has(this.tokens[c.subject.range.start]?.lower ?? '') &&
      RELATIVE_OPENERS.has(this.tokens[c.subject.range.start - 1]?.lower ?? '') &&
      cues.some((o) => o !== c && o.clause?.some((r) => r.start < c.at && c.at < r.end));
    // "said its executive would recommend acceptance": a verb with nothing to introduce inside
    // another cue's clause is part of those words, not a speaker of its own
    const hasQuotes = this.tokens.some(isQuoteToken);
    const inner = (c: Cue): boolean =>
      !c.clause && cues.some((o) => o !== c && o.clause?.some((r) => r.start < c.at && c.at < r.end));
    // ("said the leak was "under control" and that monitoring had found no …": a verb inside the
    // words, with no quotation beside it, attributes nothing and ends nothing)
    const speaks = (c: Cue): boolean =>
      !!c.clause || (c.attributesQuotes && hasQuotes && (!inner(c) || this.besideQuote(c)));
    // "Asked afterwards what he had told them, Milan Varga laughed.": the question's verbs are no cues
    const askedEnd = this.tokens[0]?.lower === 'asked' ? this.tokens.findIndex((t) => isMark(t, ',')) : -1;
    const inQuestion = (c: Cue): boolean => askedEnd > 0 && c.at < askedEnd;
    // "said the president had stressed … and demanded that …": a coordinated verb inside the words
    const withinWords = (c: Cue): boolean =>
      c.subject.type === 'previous' &&
      !REPORTING_LEMMAS.has(this.verbAt(c.at)?.verb.lemma ?? '') &&
      !this.verbAt(c.at)?.verb.wordsOnly &&
      ['and', 'but'].includes(this.tokens[c.at - 1]?.lower ?? '') &&
      cues.some(
        (o) =>
          o !== c && o.clause?.some((r) => r.start < c.at && c.at < r.end && this.hasPerfect(r.start, c.at)),
      );
    const kept = cues.filter(
      (c) => !nested(c) && !(inner(c) && !hasQuotes) && !inQuestion(c) && !withinWords(c),
    );
    return withSharedSetting(kept).map((cue) => this.cutAtLaterSpeakers(cue, kept.filter(speaks)));
  }

  /** A clause cut at its first comma (the end of the relative clause it stands in). */
  private endAtComma(range: Range): Range | undefined {
    const comma = this.tokens.findIndex((t, n) => n > range.start && n < range.end && isMark(t, ','));
    return comma < 0 ? range : this.trimClause({ start: range.start, end: comma });
  }

  /** Whether a quotation stands right before a cue's subject or right after its verb. */
  private besideQuote(c: Cue): boolean {
    const from = c.subject.type === 'phrase' ? Math.min(c.subject.range.start, c.at) : c.at;
    const near = [from - 1, from - 2, c.at + 1, c.at + 2];
    return near.some((k) => isQuoteToken(this.tokens[k]));
  }

  /** Ends a cue's clause where the next speaker's words begin ("…, while Korsgaard insisted …"). */
  private cutAtLaterSpeakers(cue: Cue, cues: readonly Cue[]): Cue {
    if (!cue.clause) return cue;
    // "called the proposal 'a shambles' and said the council had …": the next verb of the same speaker too
    const starts = cues
      .filter(
        (c) => c.at > cue.at && (c.subject.type === 'phrase' || (c.subject.type === 'previous' && c.clause)),
      )
      .map((c) => (c.subject.type === 'phrase' ? Math.min(c.from ?? c.subject.range.start, c.at) : c.at));
    const clause = cue.clause
      .map((r) => {
        // ("said its surveyors had confirmed that …": a report opening the words is part of them)
        const cut = starts.find((s) => s > r.start + 1 && s < r.end);
        return cut === undefined ? r : this.trimClause({ start: r.start, end: cut });
      })
      .filter((r): r is Range => !!r);
    return clause.length > 0 ? { ...cue, clause } : { ...cue, clause: undefined, attributesQuotes: true };
  }

  /** `Y cited X announcing that …`, `Y quoted X as saying …`, `X was cited (by Y) as saying …`. */
  private citedCue(i: number): Cue | undefined {
    const tokens = this.tokens;
    const form = this.verbAt(i);
    if (!form) return undefined;
    const citingAt = (v: number): boolean => {
      const citing = this.verbAt(v);
      return !!citing && CITING_LEMMAS.has(citing.verb.lemma) && citing.form !== 'ing';
    };
    const passive = (v: number, to?: string): Cue | undefined => {
      let aux = v - 1;
      while (isAdverb(tokens[aux])) aux--;
      if (!PASSIVE_AUXILIARIES.has(tokens[aux]?.lower ?? '')) return undefined;
      const speaker = this.phraseBefore(aux);
      if (!speaker) return undefined;
      this.consumedVerbs.add(v);
      return this.verbCue(i, form, { type: 'phrase', range: speaker }, to);
    };
    const hasAs = tokens[i - 1]?.lower === 'as';
    if (hasAs && citingAt(i - 2)) return passive(i - 2);
    // "quoted a senior lawmaker, Sergei Orlov, as saying": the name set beside its description
    const afterName = hasAs && isMark(tokens[i - 2], ',') ? i - 2 : hasAs ? i - 1 : i;
    const source = this.phraseBefore(afterName);
    if (!source) return undefined;
    if (hasAs && tokens[source.start - 1]?.lower === 'by' && citingAt(source.start - 2)) {
      return passive(source.start - 2, this.slice(source));
    }
    const described =
      afterName !== i - 1 && hasAs && isMark(tokens[source.start - 1], ',')
        ? this.phraseBefore(source.start - 1)
        : undefined;
    const v = (described ?? source).start - 1;
    if (citingAt(v) && !this.guarded(v)) {
      const citer = this.phraseBefore(v);
      this.consumedVerbs.add(v);
      return this.verbCue(i, form, { type: 'phrase', range: source }, citer ? this.slice(citer) : undefined);
    }
    return undefined;
  }

  /**
   * `as he liked to tell it, "…"`, `as Smith put it, "…"`: a parenthetical that attributes the
   * quotation beside it.
   */
  private asPutItCue(i: number): Cue | undefined {
    const tokens = this.tokens;
    let v = i + 1;
    while (v < tokens.length && v - i <= 5 && !AS_PUT_VERBS.has(tokens[v]?.lower ?? '')) {
      if (!isWordToken(tokens[v])) return undefined;
      v++;
    }
    if (!AS_PUT_VERBS.has(tokens[v]?.lower ?? '')) return undefined;
    let end = v + 1;
    if (tokens[end]?.lower === 'it' || tokens[end]?.lower === 'them') end++;
    if (!isMark(tokens[end], ',', ':') && !isQuoteToken(tokens[end])) return undefined;
    // the subject: the words after "as", without "liked to", "would", "once"
    let s = v;
    while (s > i + 1 && AS_PUT_BRIDGES.has(tokens[s - 1]?.lower ?? '')) s--;
    if (s <= i + 1) return undefined;
    this.consumedVerbs.add(v);
    const subject: Subject = { type: 'phrase', range: { start: i + 1, end: s } };
    return { at: v, word: tokens[v]?.text ?? '', subject, attributesQuotes: true };
  }

  /**
   * `Adebayo shook his head: "No point."`: a quotation after a colon belongs to the person the
   * sentence is about, when no speech verb or noun stands before the colon.
   */
  private colonCue(i: number): Cue | undefined {
    const tokens = this.tokens;
    const before = tokens[i - 1];
    if (!isWordToken(before) || SPEECH_NOUNS.has(before.lower)) return undefined;
    const main = this.mainSubject(i);
    if (!main) return undefined;
    // "told the BBC: '…'": the verb's own cue attributes it
    for (let k = main.start; k < i; k++) {
      const t = tokens[k];
      // (a speech verb may open the sentence: "Said Maddox: '…'")
      if (isWordToken(t) && (!isCapitalised(t) || k === 0) && speechVerbForm(t.lower) && !this.guarded(k))
        return undefined;
    }
    // the name that opens the clause ("Adebayo" of "Adebayo shook his head")
    let end = main.start;
    while (end < main.end && isCapitalised(tokens[end])) end++;
    const range = end > main.start ? { start: main.start, end } : main;
    const mention = parseMention(this.slice(range), { sentenceInitial: range.start === 0 });
    if (!mention || mention.pronoun || !(mention.name || isPersonNoun(mention.head ?? ''))) {
      const pronoun = tokens[main.start];
      if (!(main.end - main.start >= 1 && PRONOUN_SUBJECTS.has(pronoun?.lower ?? ''))) return undefined;
      const only = { start: main.start, end: main.start + 1 };
      return { at: i, word: ':', subject: { type: 'phrase', range: only }, attributesQuotes: true };
    }
    return { at: i, word: ':', subject: { type: 'phrase', range }, attributesQuotes: true };
  }

  /** `Her verdict: "…"`, `Smith's answer: "…"`: a speech noun of someone's, then a colon and a quotation. */
  private possessedSpeechCue(i: number): Cue | undefined {
    const owner = this.tokens[i - 1];
    if (!isWordToken(owner)) return undefined;
    const pronoun = POSSESSIVE_PRONOUNS.get(owner.lower);
    let subject: Subject | undefined;
    if (pronoun) subject = { type: 'text', text: pronoun };
    else if (isCapitalised(owner) && owner.lower.endsWith("'s")) {
      const phrase = this.phraseBefore(i);
      if (phrase) subject = { type: 'text', text: withoutPossessive(this.slice(phrase)) };
    }
    if (!subject) return undefined;
    return { at: i, word: this.tokens[i]?.text ?? '', subject, attributesQuotes: true };
  }

  /** `According to X, …` and `…, according to X.` */
  private accordingCue(i: number): Cue | undefined {
    const tokens = this.tokens;
    const phrase = this.phraseAfterAccording(i + 2);
    if (!phrase) return undefined;
    let source: Subject = { type: 'phrase', range: phrase };
    // "according to its president, Mihai Stoica.": the name set beside the description speaks
    const named = this.nameBeside(phrase);
    if (named) source = { type: 'phrase', range: named, description: this.slice(phrase), proper: true };
    let sourceEnd = named?.end ?? phrase.end;
    // the document's noun, after its article and adjectives ("a joint assessment by …")
    let h = phrase.start + (['a', 'an', 'the'].includes(tokens[phrase.start]?.lower ?? '') ? 1 : 0);
    while (
      h + 1 < phrase.end &&
      h - phrase.start < 3 &&
      !DOCUMENT_NOUNS.has(tokens[h]?.lower ?? '') &&
      /^[a-z-]+$/.test(tokens[h]?.text ?? '') &&
      !PHRASE_BOUNDARIES.has(tokens[h]?.lower ?? '') &&
      DOCUMENT_NOUNS.has(tokens[h + 1]?.lower ?? '')
    )
      h++;
    const head = named ? undefined : tokens[h];
    if (head && DOCUMENT_NOUNS.has(head.lower)) {
      for (let k = phrase.start; k < phrase.end; k++) {
        // "a statement from the ministry", "a report by X" ("a study of 4,200 pupils" names its subjects)
        if (['from', 'by'].includes(tokens[k]?.lower ?? '') && k + 1 < phrase.end) {
          source = { type: 'phrase', range: { start: k + 1, end: phrase.end } };
          break;
        }
      }
      // no source named: the document speaks for itself ("according to court filings"), named
      // without what it is about ("a study of 4,200 pupils in Norway" → "study")
      if (source.type === 'phrase' && source.range === phrase) {
        for (let k = phrase.start + 1; k < phrase.end; k++) {
          // "minutes of a board meeting published …": a record named by what it records keeps it
          if (tokens[k]?.lower === 'of' && RECORD_HEADS.has(tokens[k - 1]?.lower ?? '')) {
            let end = k + 1;
            while (end < phrase.end && !/ed$|^seen$/.test(tokens[end]?.lower ?? '')) end++;
            if (end > k + 1) {
              source = { type: 'phrase', range: { start: phrase.start, end } };
              break;
            }
          }
          if (['of', 'on', 'in', 'into', 'about', 'among', 'across'].includes(tokens[k]?.lower ?? '')) {
            source = { type: 'phrase', range: { start: phrase.start, end: k } };
            break;
          }
        }
      }
    }
    // "according to figures provided by the military", "… compiled by the U.N.": the agent speaks
    const participle = tokens[phrase.end];
    if (
      !named &&
      head &&
      DOCUMENT_NOUNS.has(head.lower) &&
      source.type === 'phrase' &&
      source.range === phrase &&
      participle &&
      AUTHOR_PARTICIPLES.has(participle.lower) &&
      tokens[phrase.end + 1]?.lower === 'by'
    ) {
      const agent = this.phraseAfterAccording(phrase.end + 2);
      if (agent) {
        source = { type: 'phrase', range: agent };
        sourceEnd = agent.end;
      }
    }
    // "according to a large new study": the document, without words that only rate it
    if (
      source.type === 'phrase' &&
      head &&
      DOCUMENT_NOUNS.has(head.lower) &&
      source.range.start === phrase.start
    ) {
      let start = phrase.start;
      while (
        start < h &&
        (['a', 'an'].includes(tokens[start]?.lower ?? '') || RATING_WORDS.has(tokens[start]?.lower ?? ''))
      )
        start++;
      if (start > phrase.start && start <= h && !RATING_WORDS.has(tokens[phrase.start]?.lower ?? '-'))
        source = { type: 'phrase', range: { start, end: source.range.end } };
    }
    // "according to United Nations figures": a body's name before the document's noun speaks
    const last = tokens[phrase.end - 1];
    // "according to its own figures": the owner of a count the pronoun stands for (a document with
    // a name of its own speaks itself: "according to its annual report")
    const owner = POSSESSIVE_PRONOUNS.get(tokens[phrase.start]?.lower ?? '');
    if (owner && !named && last && COUNT_NOUNS.has(last.lower)) source = { type: 'text', text: owner };
    if (source.type === 'phrase' && source.range === phrase && last && DOCUMENT_NOUNS.has(last.lower)) {
      const start = phrase.start + (tokens[phrase.start]?.lower === 'the' ? 1 : 0);
      const owner = tokens.slice(start, phrase.end - 1);
      // ("according to police data": a body's plain noun owns the count too)
      const body =
        owner.length === 1 && COUNT_NOUNS.has(last.lower) && COUNT_OWNERS.has(owner[0]?.lower ?? '');
      if (owner.length > 0 && (body || owner.every((w) => isCapitalised(w) && !isPossessive(w.text))))
        source = { type: 'phrase', range: { start, end: phrase.end - 1 } };
    }
    let clause: Range | undefined;
    let first = 0;
    while (
      first < i &&
      (isAdverb(tokens[first]) || FRONTED.has(tokens[first]?.lower ?? '') || isMark(tokens[first], ','))
    )
      first++;
    const fronted = this.times.find((t) => t.start === first);
    if (fronted && isMark(tokens[fronted.end], ',')) first = fronted.end + 1;
    if (first >= i) {
      const from = isMark(tokens[sourceEnd], ',') ? sourceEnd + 1 : sourceEnd;
      clause = this.trimClause({ start: from, end: this.clauseEnd(from) });
    } else {
      let start = this.clauseStartBefore(i);
      // "Sales slipped 3.1%, the company said, worse than expected, according to LSEG data": the
      // source vouches for the words after the other attribution
      for (let v = start; v < i; v++) {
        const t = tokens[v];
        if (!isWordToken(t) || isCapitalised(t) || !speechVerbForm(t.lower) || this.guarded(v)) continue;
        // ("Reyes reminded jurors that …, according to testimony from …": the words after "that";
        // never past a verb with words of its own: "voters recalled the mayor …, ending …")
        let c = v + 1;
        while (c < i && !isMark(tokens[c], ',') && tokens[c]?.lower !== 'that') c++;
        if (c + 1 < i - 1 && c - v <= 4) start = c + 1;
      }
      clause = this.trimClause({ start, end: isMark(tokens[i - 1], ',') ? i - 1 : i });
    }
    if (!clause) return undefined;
    // "according to a joint assessment by the World Bank and the European Union": both speak
    if (source.type === 'phrase' && source.range !== phrase && tokens[source.range.end]?.lower === 'and') {
      const second = this.phraseAfterAccording(source.range.end + 1);
      if (second && this.namesSomeone(second)) source = { ...source, also: [second] };
    }
    return { at: i, word: 'according to', subject: source, clause: [clause], attributesQuotes: false };
  }

  /**
   * "Republicans who opposed the bill argued …", "Residents who live near the plant said …": a
   * phrase read back into a restrictive relative clause is no subject; the speaker is the noun
   * phrase before "who".
   */
  private antecedentOfRelative(found: Range | undefined): Range | undefined {
    if (!found) return undefined;
    const tokens = this.tokens;
    let who = found.end - 1;
    while (who > 0 && found.end - who <= STATEMENT_DEFAULTS.maxPhraseTokens && isWordToken(tokens[who])) {
      if (tokens[who]?.lower === 'who') break;
      who--;
    }
    if (tokens[who]?.lower !== 'who' || !isWordToken(tokens[who - 1])) return found;
    const antecedent = this.phraseBefore(who);
    if (!antecedent) return found;
    const mention = parseMention(this.slice(antecedent), { sentenceInitial: antecedent.start === 0 });
    const someone = !!mention && !mention.pronoun && (!!mention.name || isPersonNoun(mention.head ?? ''));
    return someone ? antecedent : found;
  }

  /**
   * The proper name set beside a description after a comma ("its president, Mihai Stoica."): the
   * name's range, when the description names no one and the name closes the clause.
   */
  private nameBeside(description: Range): Range | undefined {
    const tokens = this.tokens;
    if (!isMark(tokens[description.end], ',')) return undefined;
    const name = this.phraseAfter(description.end + 1);
    if (!name || !isMark(tokens[name.end], ',', '.', ';')) return undefined;
    const asName = parseMention(this.slice(name), { properName: true });
    const asDescription = parseMention(this.slice(description));
    if (!asName?.name || asName.kind !== 'person' || !asDescription || asDescription.name) return undefined;
    // ("according to the bill's sponsor, state Sen. Harold Kim": a role, and a titled name beside it)
    const head = asDescription.head ?? '';
    return isPersonNoun(head) || ROLE_HEADS.has(head) || !!asName.description ? name : undefined;
  }

  /**
   * "despite warnings from unions that raising the age would …": a noun of assertion at `i`, its
   * speaker after "from" or "by", and the that-clause after the speaker.
   */
  private claimNounCue(i: number): Cue | undefined {
    const tokens = this.tokens;
    const speaker = this.phraseAfter(this.afterQuantity(i + 2));
    if (!speaker || tokens[speaker.end]?.lower !== 'that') return undefined;
    // someone who speaks: a name, a person ("experts"), a body ("unions", "the ministry")
    const mention = parseMention(this.slice(speaker), { sentenceInitial: speaker.start === 0 });
    const head = mention?.head ?? '';
    const body = ORGANISATION_HEADS.has(head) || ORGANISATION_HEADS.has(head.replace(/s$/, ''));
    if (!mention || mention.pronoun || !(mention.name || isPersonNoun(head) || body)) return undefined;
    if (this.thatDeterminesSubject(speaker.end)) return undefined;
    const from = speaker.end + 1;
    const clause = this.trimClause({ start: from, end: this.clauseEnd(from) });
    if (!clause) return undefined;
    // "…, despite warnings from …": the words before end before the preposition that leads here
    let lead = i;
    while (lead > 0 && DETERMINERS.has(tokens[lead - 1]?.lower ?? '')) lead--;
    if (CLAIM_LEADS.has(tokens[lead - 1]?.lower ?? '')) lead--;
    return {
      at: i,
      word: tokens[i]?.text ?? '',
      subject: { type: 'phrase', range: speaker },
      clause: [clause],
      attributesQuotes: false,
      from: lead,
    };
  }

  /**
   * Past a count's approximation at `i` ("more than 80 Labour MPs", "at least 12 councillors"): the
   * index of the number it approximates, or `i` when there is none.
   */
  private afterQuantity(i: number): number {
    const words = APPROXIMATORS.find((a) => a.every((w, k) => this.tokens[i + k]?.lower === w));
    const n = i + (words?.length ?? 0);
    return words && isNumeric(this.tokens[n]?.text ?? '') ? n : i;
  }

  private phraseAfterAccording(start: number): Range | undefined {
    let i = start;
    while (i < this.tokens.length && i - start < STATEMENT_DEFAULTS.maxPhraseTokens) {
      const t = this.tokens[i];
      if (!isWordToken(t)) break;
      // ("according to a person familiar with the matter", "… by the Center for X and Y Reform")
      const joins =
        (t.lower === 'with' && this.tokens[i - 1]?.lower === 'familiar') || andJoinsName(this.tokens, i);
      if (
        i > start &&
        PHRASE_BOUNDARIES.has(t.lower) &&
        !['from', 'by', 'of', 'in', 'at'].includes(t.lower) &&
        !joins
      )
        break;
      if (this.timeStartingAt(i)) break;
      if (i > start && DESCRIBING_PARTICIPLES.has(t.lower)) break;
      i++;
    }
    return i > start ? { start, end: i } : undefined;
  }

  /** The subject before a speech verb at `i`: a noun phrase, an appositive one, a relative pronoun. */
  private subjectBefore(i: number): {
    subject?: Subject;
    when?: string;
    parenthetical: boolean;
    description?: string;
    from?: number;
    /** The outlet or document that cites the speaker ("The report, citing diplomatic sources, said"). */
    via?: string;
    /** The verb is in a relative clause set off by commas (", which has threatened to …,"). */
    inRelative?: boolean;
  } {
    const tokens = this.tokens;
    let j = i - 1;
    let when: string | undefined;
    for (;;) {
      const time = this.timeEndingAt(j + 1);
      if (time && time.start < j + 1) {
        when = timeText(this.text, tokens, time);
        j = time.start - 1;
        continue;
      }
      if (
        isAdverb(tokens[j]) ||
        (FLOATING_QUANTIFIERS.has(tokens[j]?.lower ?? '') && isWordToken(tokens[j - 1]))
      ) {
        j--;
        continue;
      }
      break;
    }
    const prev = tokens[j];
    if (!prev || isQuoteToken(prev) || (isMark(prev, ',') && isQuoteToken(tokens[j - 1]))) {
      return { parenthetical: false, ...(when ? { when } : {}) }; // inverted: the subject follows
    }
    if (isMark(prev, ',')) {
      const cited = this.citingAppositive(j);
      if (cited) return { ...cited, parenthetical: false, ...(when ? { when } : {}) };
      const found = this.appositiveSubject(j);
      return found ? { ...found, parenthetical: false, ...(when ? { when } : {}) } : { parenthetical: false };
    }
    if (isWordToken(prev) && (prev.lower === 'and' || prev.lower === 'but')) {
      return { subject: { type: 'previous' }, parenthetical: false, ...(when ? { when } : {}) };
    }
    if (isWordToken(prev) && RELATIVES.has(prev.lower)) {
      const anchor = isMark(tokens[j - 1], ',') ? j - 1 : j;
      const antecedent = this.phraseBefore(anchor);
      // ("Israel, which has threatened to strike …, is watching": the words end with the clause)
      const inRelative = anchor === j - 1;
      return antecedent
        ? {
            subject: { type: 'phrase', range: antecedent },
            parenthetical: false,
            inRelative,
            ...(when ? { when } : {}),
          }
        : { parenthetical: false };
    }
    const found = this.antecedentOfRelative(this.phraseBefore(j + 1));
    if (!found) return { parenthetical: false };
    const listed = this.listedNameSubject(found);
    if (listed)
      return { subject: { type: 'phrase', range: listed }, parenthetical: false, ...(when ? { when } : {}) };
    const phrase = this.extendedSubject(found);
    const also = this.conjuncts(phrase);
    if (also.length > 0) {
      return {
        subject: { type: 'phrase', range: phrase, also },
        parenthetical: false,
        from: also[0]!.start,
        ...(when ? { when } : {}),
      };
    }
    const before = tokens[phrase.start - 1];
    const parenthetical =
      isMark(before, ',') && !isQuoteToken(tokens[phrase.start - 2]) && phrase.start - 2 >= 0;
    return { subject: { type: 'phrase', range: phrase }, parenthetical, ...(when ? { when } : {}) };
  }

  /**
   * A subject read only as far back as a preposition, taken back to where its clause opens: "Mill
   * Lane" of `A florist near the junction with Mill Lane said` is the florist's. Kept as found
   * unless the longer phrase opens the clause, holds no verb or quotation, and names someone.
   */
  private extendedSubject(found: Range): Range {
    const tokens = this.tokens;
    const preposition = tokens[found.start - 1];
    if (!isWordToken(preposition) || !SUBJECT_PREPOSITIONS.has(preposition.lower)) return found;
    let start = found.start - 1;
    while (start > 0 && isWordToken(tokens[start - 1]) && !FRONTED.has(tokens[start - 1]!.lower)) start--;
    const opens =
      start === 0 ||
      isMark(tokens[start - 1], ',', ';', ':', '—', '–') ||
      FRONTED.has(tokens[start - 1]?.lower ?? '');
    if (!opens || found.end - start > STATEMENT_DEFAULTS.maxPhraseTokens) return found;
    for (let k = start; k < found.end; k++) {
      const t = tokens[k]!;
      if (
        PHRASE_BOUNDARIES.has(t.lower) &&
        !SUBJECT_PREPOSITIONS.has(t.lower) &&
        !['the', 'a', 'an'].includes(t.lower)
      )
        return found;
      if (speechVerbForm(t.lower) && !isCapitalised(t)) return found;
    }
    if (hasFiniteVerb(tokens, start, found.end)) return found;
    const range = { start, end: found.end };
    const mention = parseMention(this.slice(range), { sentenceInitial: start === 0 });
    const head = mention?.head ?? '';
    return mention && !mention.pronoun && (mention.name || isPersonNoun(head)) ? range : found;
  }

  /**
   * The speakers coordinated before a subject that opens its clause: `Brooks and goalkeeper Ivan
   * Petrov said`, `Smith, Jones and Patel said`. Each must name someone (a proper name or a person's
   * noun); empty when the subject stands alone.
   */
  private conjuncts(last: Range): Range[] {
    const tokens = this.tokens;
    if (tokens[last.start - 1]?.lower !== 'and') return [];
    const out: Range[] = [];
    let end = last.start - 1;
    for (let n = 0; n < 4; n++) {
      const phrase = this.phraseBefore(end);
      if (!phrase || !this.namesSomeone(phrase)) return [];
      out.unshift(phrase);
      const before = tokens[phrase.start - 1];
      if (isMark(before, ',') && n < 3 && isWordToken(tokens[phrase.start - 2])) {
        // "Smith, Jones and Patel": a list, unless the comma closes a fronted phrase ("On Tuesday, …")
        const earlier = this.phraseBefore(phrase.start - 1);
        if (earlier && this.namesSomeone(earlier) && !this.isTimeRange(earlier)) {
          end = phrase.start - 1;
          continue;
        }
      }
      const opensClause = !before || isMark(before, ',', ';', ':', '—', '–') || FRONTED.has(before.lower);
      return opensClause ? out : [];
    }
    return [];
  }

  /** Whether a phrase names a speaker: a proper name, or an unnamed person ("the mayor", "prosecutors"). */
  private namesSomeone(range: Range): boolean {
    const mention = parseMention(this.slice(range), { sentenceInitial: range.start === 0 });
    if (!mention || mention.pronoun) return false;
    return !!mention.name || isPersonNoun(mention.head ?? '');
  }

  /**
   * The subject of `Tom Reyes, the association's chairman, said`, `The association's president, Dr.
   * Henrik Olsen, said`, `Sen. Maria Gutierrez, D-N.M., who chairs the committee, said`: the comma
   * segments before the verb (`comma` is the index of the last comma); the one with a proper name is
   * the speaker, another that describes is the description; relative clauses and party tags are
   * skipped.
   */
  private appositiveSubject(
    comma: number,
  ): { subject: Subject; description?: string; from: number } | undefined {
    const tokens = this.tokens;
    const segments: Range[] = [];
    /** Speakers listed before "and" ("Rep. Alicia Romero, D-N.M., Rep. Kevin Walsh, D-Mass., and …"). */
    let listed: Range[] = [];
    const longest = STATEMENT_DEFAULTS.maxPhraseTokens + 4;
    let end = comma;
    for (let n = 0; n < 6 && end > 0; n++) {
      let k = end - 1;
      while (k >= 0 && isWordToken(tokens[k]) && end - k <= 2 * longest) k--;
      // "a reef biologist at the institute who was not involved in the study": the appositive ends at "who"
      let segmentEnd = end;
      for (let r = k + 2; r < end; r++) {
        if (RELATIVES.has(tokens[r]?.lower ?? '')) {
          segmentEnd = r;
          break;
        }
      }
      const afterComma = k >= 0 && isMark(tokens[k], ',');
      const opensClause = k < 0 || isMark(tokens[k], '—', '–', ':', ';', '(');
      // "Service was suspended …, the operator, Blue Sound Ferries, said.": a clause before a
      // description and a name is the words, not another appositive
      if (
        segments.length >= 2 &&
        !RELATIVES.has(tokens[k + 1]?.lower ?? '') &&
        tokens[k + 1]?.lower !== 'whose' &&
        segmentEnd === end &&
        hasFiniteVerb(tokens, k + 1, end)
      )
        break;
      if (segmentEnd - k - 1 > longest || !(afterComma || opensClause)) {
        const outer = this.phraseBefore(segmentEnd);
        if (outer) segments.unshift(outer);
        break;
      }
      const first = tokens[k + 1];
      const conjunction = ['and', 'but'].includes(first?.lower ?? '') && afterComma;
      // "…, and who spoke on condition that …": a second relative clause of the same speaker
      if (conjunction && RELATIVES.has(tokens[k + 2]?.lower ?? '')) {
        end = k;
        continue;
      }
      if (conjunction && k + 2 < segmentEnd) {
        segments.unshift({ start: k + 2, end: segmentEnd });
        listed = this.listedBefore(k);
        // "…, and a spokesman for the agency, Luis Ortega, cautioned": "and" opens the speaker's clause
        break;
      }
      if (k + 1 < segmentEnd) segments.unshift({ start: k + 1, end: segmentEnd });
      // "In a blog post published late Tuesday, Nestwell's chief technology officer, …": fronted, not the subject
      if (opensClause) break;
      // "…, whose father, Ray Dorsey, said": the relative clause's own subject; what comes before it
      // is the person it is about
      if (first?.lower === 'whose' && afterComma && segments.length > 1) break;
      end = k;
    }
    this.joinListedName(segments);
    const adverbial = (r: Range): boolean => {
      const word = tokens[r.start];
      if (!isWordToken(word)) return false;
      // ("In Rafah, Umm Khaled, a mother of five, said": a preposition opening the sentence is no name)
      const opening = r.start === 0 && (PREPOSITIONS.has(word.lower) || SUBORDINATORS.has(word.lower));
      if (isCapitalised(word) && isCapitalisedName(tokens, r.start) && !opening) return false;
      return (
        PREPOSITIONS.has(word.lower) ||
        SUBORDINATORS.has(word.lower) ||
        (word.lower.endsWith('ing') && !isCapitalised(word)) ||
        word.lower === 'asked' ||
        DESCRIBING_PARTICIPLES.has(word.lower)
      );
    };
    // "The memo, dated August 14 and signed by the chief operating officer, Marco Bellini, says":
    // the name after a participle's "by" phrase is the agent's, not the subject
    const agentAppositive = (r: Range): boolean => {
      const previous = segments[segments.indexOf(r) - 1];
      return (
        !!previous &&
        adverbial(previous) &&
        tokens.slice(previous.start, previous.end).some((t) => t.lower === 'by')
      );
    };
    // "A villager in Dren, who gave her name only as Mira, said": the name given in the relative clause
    for (const r of segments) {
      if (!RELATIVES.has(tokens[r.start]?.lower ?? '')) continue;
      const given = this.givenName(r);
      if (given) segments.splice(segments.indexOf(r), 1, given);
    }
    const usable = segments.filter(
      (r) =>
        !RELATIVES.has(tokens[r.start]?.lower ?? '') &&
        tokens[r.start]?.lower !== 'whose' &&
        !isPartyTag(tokens, r) &&
        !this.isTimeRange(r) &&
        !adverbial(r) &&
        !agentAppositive(r),
    );
    if (usable.length === 0) return undefined;
    const named = usable.find((r) => !!parseMention(this.slice(r))?.name);
    // "The suspect's mother, Carol Dean, said": the capitalised segment beside a description is the name
    const proper =
      named || usable.length < 2
        ? undefined
        : usable.find((r) => !!parseMention(this.slice(r), { properName: true })?.name);
    let subject = named ?? proper ?? usable[0]!;
    // "The two members who voted against it, Marcus Webb and Tanya Ruiz, said": two names in one appositive
    for (let a = subject.start + 1; a < subject.end - 1; a++) {
      if (tokens[a]?.lower !== 'and' || andJoinsName(tokens, a)) continue;
      const left = { start: subject.start, end: a };
      const right = { start: a + 1, end: subject.end };
      if (parseMention(this.slice(left))?.name && parseMention(this.slice(right))?.name) {
        listed = [...listed, left];
        subject = right;
      }
      break;
    }
    const nearest = usable
      .filter(
        (r) =>
          r !== subject && isDescription(tokens, r) && !(r.start <= subject.start && subject.end <= r.end),
      )
      .sort((a, b) => Math.abs(a.start - subject.start) - Math.abs(b.start - subject.start))[0];
    const description = nearest ? this.slice(nearest) : undefined;
    const from = Math.min(...usable.map((r) => r.start), ...listed.map((r) => r.start));
    const also = listed.length > 0 ? { also: listed } : {};
    return {
      subject: { type: 'phrase', range: subject, ...also, ...(proper ? { proper: true } : {}) },
      from,
      ...(description && listed.length === 0 ? { description } : {}),
    };
  }

  /**
   * "The report, citing diplomatic sources, said": the cited sources speak, through what cites them.
   * `comma` is the comma after the citing phrase.
   */
  private citingAppositive(comma: number): { subject: Subject; via: string; from: number } | undefined {
    const tokens = this.tokens;
    let c = comma - 1;
    while (c >= 0 && isWordToken(tokens[c]) && tokens[c]?.lower !== 'citing') c--;
    if (tokens[c]?.lower !== 'citing' || !isMark(tokens[c - 1], ',') || c + 1 >= comma) return undefined;
    const source = { start: c + 1, end: comma };
    const head = parseMention(this.slice(source))?.head ?? '';
    if (!SOURCE_NOUNS.has(head) && !isPersonNoun(head)) return undefined;
    const citer = this.phraseBefore(c - 1);
    if (!citer) return undefined;
    return { subject: { type: 'phrase', range: source }, via: this.slice(citer), from: citer.start };
  }

  /**
   * The subject whose body's name is written with commas, read back from its last part ("A
   * spokesperson for the Department for Environment, Food and Rural Affairs said"), or undefined.
   */
  private listedNameSubject(found: Range): Range | undefined {
    const tokens = this.tokens;
    let b = found.end - 1;
    const inList = (k: number): boolean => {
      const t = tokens[k];
      if (isCapitalised(t) || isMark(t, ',', '&') || t?.lower === 'and') return true;
      return ['for', 'of', 'the'].includes(t?.lower ?? '') && isCapitalised(tokens[k + 1]);
    };
    while (b >= 0 && found.end - b <= 2 * STATEMENT_DEFAULTS.maxPhraseTokens && inList(b)) b--;
    const body = { start: b + 1, end: found.end };
    const words = tokens.slice(body.start, body.end);
    const comma = words.findIndex((t) => isMark(t, ','));
    const connector = words.findIndex((t) => ['for', 'of'].includes(t.lower));
    if (comma < 0 || connector < 0 || connector > comma || !words.some((t) => t.lower === 'and'))
      return undefined;
    if (isMark(tokens[body.start], ',')) return undefined;
    // "A spokesperson for [the Department …]": the person who speaks for the body
    if (['for', 'at', 'of', 'from'].includes(tokens[b]?.lower ?? '')) {
      const person = this.phraseBefore(b);
      if (person) return { start: person.start, end: found.end };
    }
    return body;
  }

  /**
   * Joins segments that are one body's name written with commas ("… for the Department for
   * Environment, | Food and Rural Affairs"): a last segment of capitalised words with "and", after
   * segments of capitalised words, after one that ends in "for" or "of" and a capitalised word.
   */
  private joinListedName(segments: Range[]): void {
    const tokens = this.tokens;
    const capitalisedList = (r: Range): boolean =>
      tokens.slice(r.start, r.end).every((t) => isCapitalised(t) || t.lower === 'and' || t.text === '&');
    const last = segments[segments.length - 1];
    if (!last || !capitalisedList(last) || !tokens.slice(last.start, last.end).some((t) => t.lower === 'and'))
      return;
    let first = segments.length - 1;
    while (
      first > 0 &&
      capitalisedList(segments[first - 1]!) &&
      segments[first - 1]!.end + 1 === segments[first]!.start
    )
      first--;
    const head = segments[first - 1];
    if (!head || head.end + 1 !== segments[first]!.start) return;
    const end = head.end;
    if (!isCapitalised(tokens[end - 1]) || !['for', 'of'].includes(tokens[end - 2]?.lower ?? '')) return;
    segments.splice(first - 1, segments.length - first + 1, { start: head.start, end: last.end });
  }

  /** The name a relative clause gives its person (`who gave her name only as Mira`, `identified only as J.`). */
  private givenName(r: Range): Range | undefined {
    const tokens = this.tokens;
    let naming = false;
    for (let k = r.start; k < r.end; k++) {
      const w = tokens[k]?.lower ?? '';
      if (['name', 'identified', 'identify', 'known', 'called'].includes(w)) naming = true;
      if (naming && w === 'as' && isCapitalised(tokens[k + 1])) {
        let e = k + 1;
        while (e < r.end && isCapitalised(tokens[e])) e++;
        return e === r.end ? { start: k + 1, end: e } : undefined;
      }
    }
    return undefined;
  }

  /**
   * The names listed before ", and" when they open the clause, each perhaps with a party tag
   * (`Rep. Alicia Romero, D-N.M., Rep. Kevin Walsh, D-Mass., and …`); empty when anything else
   * comes before (a clause: `… through Thursday, and a spokesman …`).
   */
  private listedBefore(comma: number): Range[] {
    const tokens = this.tokens;
    const names: Range[] = [];
    let end = comma;
    for (let n = 0; n < 8 && end > 0; n++) {
      let k = end - 1;
      while (k >= 0 && isWordToken(tokens[k]) && end - k <= STATEMENT_DEFAULTS.maxPhraseTokens) k--;
      const range = { start: k + 1, end };
      if (range.start >= end) return [];
      if (!isPartyTag(tokens, range)) {
        if (!this.namesSomeone(range) || !parseMention(this.slice(range))?.name) return [];
        names.unshift(range);
      }
      if (k < 0) return names;
      if (!isMark(tokens[k], ',')) return [];
      end = k;
    }
    return [];
  }

  /**
   * Where a dateline ends ("SPRINGFIELD (Statehouse Wire) — …", "KINSHASA, Aug 27 (Wire) - …"): after
   * its dash, when the unit opens with a place in capitals; 0 when there is none.
   */
  private datelineEnd(): number {
    const first = this.tokens[0];
    if (!isWordToken(first) || first.text.length < 2 || first.text !== first.text.toUpperCase()) return 0;
    if (first.text.toLowerCase() === first.text) return 0; // digits
    for (let k = 1; k < this.tokens.length && k < 14; k++) {
      if (isMark(this.tokens[k], '—', '–', '-')) return k + 1;
    }
    return 0;
  }

  private isTimeRange(range: Range): boolean {
    return this.times.some((t) => t.start <= range.start && t.end >= range.end);
  }

  /**
   * The subject of the sentence's main clause, for `…, saying …` and `… but said …` when no other
   * speech verb names it: the noun phrase after any fronted phrase ("On Tuesday, …", "Asked …, …").
   */
  mainSubject(before: number): Range | undefined {
    const tokens = this.tokens;
    let s = this.datelineEnd();
    while (s < before && (FRONTED.has(tokens[s]?.lower ?? '') || isMark(tokens[s], ','))) s++;
    const first = tokens[s];
    const time = this.timeStartingAt(s);
    const fronted =
      !!time ||
      (isWordToken(first) &&
        (PREPOSITIONS.has(first.lower) ||
          SUBORDINATORS.has(first.lower) ||
          (first.lower.endsWith('ing') && !isCapitalisedName(tokens, s)) ||
          first.lower === 'asked'));
    if (fronted) {
      let c = s;
      while (c < before && !isMark(tokens[c], ',')) c++;
      if (c >= before) return undefined;
      s = c + 1;
    }
    // ("It issued three warnings … and urged residents to …": a pronoun subject)
    if (s < before && PRONOUN_SUBJECTS.has(tokens[s]?.lower ?? '') && isWordToken(tokens[s + 1]))
      return { start: s, end: s + 1 };
    let e = s;
    while (e < before && e - s < STATEMENT_DEFAULTS.maxPhraseTokens) {
      const t = tokens[e];
      if (!isWordToken(t)) break;
      if (PHRASE_BOUNDARIES.has(t.lower) && !(e > s && (t.lower === 'of' || t.lower === 'for'))) break;
      if (
        e > s &&
        !isCapitalised(t) &&
        // ("The state budget director": a speech verb's form the guards read as a noun)
        ((speechVerbForm(t.lower) && !this.guarded(e)) ||
          (t.lower.endsWith('ed') && !HEAD_NOUNS_ED.has(t.lower)))
      )
        break;
      // "Norvex Semiconductor cut …", "The Bank of Eastland kept …": a lowercase word after a name
      // of two words or more is the verb
      if (
        e - s >= 2 &&
        !isCapitalised(t) &&
        isCapitalised(tokens[e - 1]) &&
        tokens.slice(s, e).filter((w) => isCapitalised(w)).length >= 2 &&
        !isPersonNoun(t.lower) &&
        !TITLE_WORDS.has(t.lower) &&
        !NAME_CONNECTORS.has(t.lower)
      )
        break;
      e++;
    }
    if (e <= s) return undefined;
    // "The Hawks' owner, Grant Whitmore, thanked …": the name in apposition is the subject
    if (isMark(tokens[e], ',')) {
      let n = e + 1;
      while (n < before && isWordToken(tokens[n]) && isCapitalised(tokens[n])) n++;
      const words = n - (e + 1);
      if (words >= 2 && words <= 4 && isMark(tokens[n], ',') && isWordToken(tokens[n + 1]))
        return { start: e + 1, end: n };
    }
    return { start: s, end: e };
  }

  /**
   * The cue of a speech verb at `i`: its subject (given, before, or after the verb when inverted),
   * its audience and time, and what it introduces.
   */
  private verbCue(i: number, form: SpeechVerbForm, given?: Subject, citedBy?: string): Cue | undefined {
    const tokens = this.tokens;
    let subject = given;
    let from: number | undefined;
    let description: string | undefined;
    let when: string | undefined;
    let parenthetical = false;
    let k = i + 1;
    let inverted = false;
    let via: string | undefined;
    let inRelative = false;
    if (!subject) {
      const found = this.subjectBefore(i);
      when = found.when;
      parenthetical = found.parenthetical;
      description = found.description;
      subject = found.subject;
      from = found.from;
      via = found.via;
      inRelative = !!found.inRelative;
      if (!subject) {
        // inverted: `"…," said Fidan.` / `"…," said Tom Reyes, the association's chairman.`
        const prev = tokens[i - 1];
        const afterQuote = !prev || isQuoteToken(prev) || (isMark(prev, ',') && isQuoteToken(tokens[i - 2]));
        if (!afterQuote) return undefined;
        // ("said its general secretary, Ruth Ncube": the owner's pronoun opens the phrase)
        const owned = POSSESSIVE_PRONOUNS.has(tokens[k]?.lower ?? '') && isWordToken(tokens[k + 1]) ? 1 : 0;
        const found = this.phraseAfter(k + owned);
        const phrase = found && owned ? { start: k, end: found.end } : found;
        if (!phrase) return undefined;
        const word = tokens[phrase.start];
        if (word && (speechVerbForm(word.lower) || ['that', 'it'].includes(word.lower))) return undefined;
        subject = { type: 'phrase', range: phrase };
        inverted = true;
        k = phrase.end;
        // "said Keisha Moore, 34, a nurse who …": an age before the appositive
        const age = tokens[k + 1];
        if (isMark(tokens[k], ',') && age && isNumeric(age.text) && isMark(tokens[k + 2], ',')) k += 2;
        if (
          isMark(tokens[k], ',') &&
          isWordToken(tokens[k + 1]) &&
          !RELATIVES.has(tokens[k + 1]?.lower ?? '')
        ) {
          const appositive = this.phraseAfter(k + 1);
          if (appositive && isDescription(tokens, appositive)) {
            // "said the spokesman, Ali Reza": the name is the speaker, the title its description
            const named =
              !!parseMention(this.slice(appositive))?.name && !parseMention(this.slice(phrase))?.name;
            description = this.slice(named ? phrase : appositive);
            if (named) subject = { type: 'phrase', range: appositive };
            k = appositive.end;
          }
        }
        // "…," wrote Dana Whitfield, an analyst, in a note to clients.
        if (isMark(tokens[k], ',') && PREPOSITIONS.has(tokens[k + 1]?.lower ?? '')) k++;
      }
    }
    // "Not all scientists agree that …", "No official said …": a negated subject says nothing
    if (subject?.type === 'phrase') {
      const first = tokens[subject.range.start]?.lower ?? '';
      if (tokens[subject.range.start - 1]?.lower === 'not' || NEGATED_SUBJECTS.has(first)) return undefined;
    }
    // after the verb: adverbs, time, audience, prepositional phrases
    let to = citedBy ?? via;
    let steps = 0;
    while (k < tokens.length && steps++ < 6) {
      const t = tokens[k];
      const time = this.timeStartingAt(k);
      if (time) {
        when ??= timeText(this.text, tokens, time);
        k = time.end;
        continue;
      }
      // ("said only 62 trucks had entered": an adverb before a figure belongs to the words)
      if (isAdverb(t) && !AUXILIARIES.has(t?.lower ?? '') && !isNumeric(tokens[k + 1]?.text ?? '-')) {
        k++;
        continue;
      }
      // "She cautioned, however, that …": a sentence adverb between commas
      if (isMark(t, ',') && SENTENCE_ADVERBS.has(tokens[k + 1]?.lower ?? '') && isMark(tokens[k + 2], ',')) {
        k += 3;
        continue;
      }
      if (!isWordToken(t)) break;
      if (
        form.verb.audience &&
        !to &&
        k === i + 1 &&
        !inverted &&
        t.lower !== 'that' &&
        !PREPOSITIONS.has(t.lower) &&
        !WH_WORDS.has(t.lower) &&
        t.lower !== 'to'
      ) {
        const phrase = this.phraseAfter(k);
        if (!phrase) break;
        // "asked hikers who were in the area to come forward": the object and its to-clause are the words
        if (form.verb.frames.has('object-infinitive') && this.relativeBeforeInfinitive(phrase.end)) break;
        // ("asked anyone with information to call a tip line": a request, the object in its words)
        if (
          form.verb.lemma === 'ask' &&
          !OBJECT_PRONOUNS.has(tokens[phrase.start]?.lower ?? '') &&
          this.infinitiveWithin(phrase.start)
        )
          break;
        if (!OBJECT_PRONOUNS.has(tokens[phrase.start]?.lower ?? '') || phrase.end - phrase.start > 1)
          to = this.slice(phrase);
        k = phrase.end;
        continue;
      }
      if (
        t.lower === 'to' &&
        !form.verb.frames.has('infinitive') &&
        !form.verb.audience &&
        isWordToken(tokens[k + 1])
      ) {
        const phrase = this.phraseAfter(k + 1);
        if (phrase) {
          to ??= this.slice(phrase);
          k = phrase.end;
          continue;
        }
      }
      if (form.verb.frames.has('on-object-infinitive') && this.onObjectInfinitive(k)) break;
      // "wrote for a three-judge panel that …": "for" whom one speaks, before the that-clause
      if (t.lower === 'for' && form.verb.frames.has('that')) {
        const end = this.prepositionEnd(k);
        if (end !== undefined && tokens[end]?.lower === 'that') {
          k = end;
          continue;
        }
      }
      if (PREPOSITIONS.has(t.lower)) {
        const end = this.prepositionEnd(k);
        if (end === undefined) break;
        to ??= this.audienceIn({ start: k, end });
        when ??= this.timeIn({ start: k, end });
        k = end;
        continue;
      }
      break;
    }
    when ??= this.frontedTime(subject?.type === 'phrase' ? subject.range.start : i);
    // "X on Monday defended …, telling a news conference that …": the time of the main clause
    if (!when && subject?.type === 'previous' && form.form === 'ing') when = this.mainClauseTime(i);
    to ??= this.frontedAudience(subject?.type === 'phrase' ? subject.range.start : i);
    const base = {
      at: i,
      word: tokens[i]?.text ?? '',
      subject: subject ?? { type: 'previous' as const },
      ...(to ? { to } : {}),
      ...(when ? { when } : {}),
      ...(description ? { description } : {}),
      ...(citedBy ? { citedBy } : {}),
      ...(from !== undefined ? { from } : {}),
    };
    const next = tokens[k];
    // "…, the WHO said on Thursday, warning that …": a participle after the attribution is no part of
    // the words before it
    const participleAfter =
      isMark(next, ',') &&
      isWordToken(tokens[k + 1]) &&
      !isCapitalised(tokens[k + 1]) &&
      // "…, the governor said, and the operator suspended …": a new clause, not more of the words
      (tokens[k + 1]!.lower.endsWith('ing') ||
        // (but "…, he said, and could act as …" goes on with the same subject)
        (['and', 'but', 'while'].includes(tokens[k + 1]!.lower) &&
          isWordToken(tokens[k + 2]) &&
          !isAuxiliary(tokens[k + 2]?.lower ?? '') &&
          !(tokens[k + 2]?.lower ?? '').endsWith('ed')));
    // parenthetical: "whose involvement, Netanyahu said, would be …"
    if (
      parenthetical &&
      !participleAfter &&
      isMark(next, ',') &&
      isWordToken(tokens[k + 1]) &&
      subject?.type === 'phrase'
    ) {
      const start = this.clauseStartBefore(subject.range.start - 1);
      const left = this.trimClause({ start, end: subject.range.start - 1 });
      const right = this.trimClause({ start: k + 1, end: this.clauseEnd(k + 1) });
      if (left && right) return { ...base, clause: [left, right], attributesQuotes: false };
    }
    if (inverted) return { ...base, attributesQuotes: true };
    const complement = this.complement(k, form);
    const clause = complement && inRelative ? this.endAtComma(complement) : complement;
    if (clause) return { ...base, clause: [clause], attributesQuotes: false };
    // "A wildfire destroyed 40 homes, officials said.": the attribution closes the sentence
    const closes = !tokens[k] || isMark(tokens[k], '.', '!', '?') || participleAfter;
    if (closes && subject?.type === 'phrase') {
      // ("…, officials and the operator said.": before the first of coordinated speakers)
      const comma = Math.min(from ?? subject.range.start, subject.range.start) - 1;
      const start = this.clauseStartBefore(comma);
      const quotesStandAlone = tokens
        .slice(start, comma)
        .some((t, i) => isQuoteToken(t) && !isWordToken(tokens[start + i - 1]));
      // ("Sales fell 5%, it said.": a figure's sign may end the words)
      const wordsEnd = isWordToken(tokens[comma - 1]) || isMark(tokens[comma - 1], '%', ')');
      // ("Talks have been "productive," the White House said": the comma inside the quotation marks)
      const last = tokens[comma];
      const quoteComma =
        isQuoteToken(last) &&
        isWordToken(tokens[comma - 1]) &&
        QUOTE_COMMA_ENDINGS.some((ending) => last!.text.endsWith(ending));
      if (((isMark(last, ',') && wordsEnd) || quoteComma) && !quotesStandAlone) {
        const before = this.trimClause({ start, end: quoteComma ? comma + 1 : comma });
        // "…, the Daily Ledger reported, citing people briefed on the matter.": the cited people
        // speak, to the outlet that reports them
        const cited = participleAfter ? this.citedSource(k + 1) : undefined;
        if (before && cited) {
          return {
            ...base,
            subject: { type: 'phrase', range: cited },
            to: this.slice(subject.range),
            clause: [before],
            attributesQuotes: false,
          };
        }
        if (before) return { ...base, clause: [before], attributesQuotes: false };
      }
    }
    return { ...base, attributesQuotes: true };
  }

  /**
   * The source of a closing "citing …" at token `k` ("citing people briefed on the matter."): the
   * words up to the end of the sentence, whose verbs are then no cues of their own.
   */
  private citedSource(k: number): Range | undefined {
    const tokens = this.tokens;
    if (tokens[k]?.lower !== 'citing') return undefined;
    let end = k + 1;
    while (end < tokens.length && isWordToken(tokens[end])) end++;
    if (end === k + 1 || (end < tokens.length && !isMark(tokens[end], '.'))) return undefined;
    // a source is someone ("citing people briefed …"), not a reason ("citing problems with …")
    // ("citing a Lebanese military source": the phrase's head, after its article and adjectives)
    const isSource = (w: string): boolean => isPersonNoun(w) || SOURCE_NOUNS.has(w);
    if (!isSource(tokens[k + 1]?.lower ?? '') && !isSource(tokens[end - 1]?.lower ?? '')) return undefined;
    for (let j = k; j < end; j++) this.consumedVerbs.add(j);
    return { start: k + 1, end };
  }

  /** Whether a relative clause at `k` runs, in words only, into a to-clause ("who were there to come forward"). */
  private relativeBeforeInfinitive(k: number): boolean {
    const tokens = this.tokens;
    if (!RELATIVES.has(tokens[k]?.lower ?? '')) return false;
    for (let j = k + 1; j < tokens.length && j - k <= STATEMENT_DEFAULTS.maxPhraseTokens; j++) {
      if (!isWordToken(tokens[j])) return false;
      if (tokens[j]?.lower === 'to' && isWordToken(tokens[j + 1])) return true;
    }
    return false;
  }

  /** Whether token `k` opens "on X to …" (`called on governments to fund …`). */
  private onObjectInfinitive(k: number): boolean {
    const tokens = this.tokens;
    if (!['on', 'upon'].includes(tokens[k]?.lower ?? '')) return false;
    let reach = STATEMENT_DEFAULTS.maxQuoteReach;
    for (let j = k + 2; j < tokens.length && j - k <= reach; j++) {
      // "called on the United States and France, which co-chair the committee, to …"
      if (isMark(tokens[j], ',') && RELATIVES.has(tokens[j + 1]?.lower ?? '')) {
        const close = tokens.findIndex((t, n) => n > j + 1 && !isWordToken(t));
        if (close < 0 || !isMark(tokens[close], ',')) return false;
        reach += close - j;
        j = close;
        continue;
      }
      if (!isWordToken(tokens[j])) return false;
      const next = tokens[j + 1];
      if (tokens[j]?.lower === 'to' && (isWordToken(next) || isQuoteToken(next))) return true;
    }
    return false;
  }

  /** The end of a prepositional phrase starting at `k` that leads to "that", a quotation or a comma. */
  private prepositionEnd(k: number): number | undefined {
    const tokens = this.tokens;
    // (a long one may close the sentence: "said in a confidential report to member states seen by X on Wednesday.")
    const reach = 2 * STATEMENT_DEFAULTS.maxPrepositionTokens;
    for (let j = k + 1; j < tokens.length && j - k <= reach; j++) {
      const t = tokens[j];
      if (isMark(t, '.') || (j === tokens.length - 1 && isMark(t, '!', '?'))) return j;
      if (j - k > STATEMENT_DEFAULTS.maxPrepositionTokens) {
        if (!isWordToken(t)) return undefined;
        continue;
      }
      if (isQuoteToken(t) || isMark(t, ',', ':', ';') || t?.lower === 'that') return j;
      if (!isWordToken(t)) return undefined;
      // a finite speech verb ends the phrase ("in Gaza said"), a participle does not ("in a written statement")
      const form = speechVerbForm(t.lower);
      const finite = !!form && (form.form === 'past' || form.form === 'present') && !isCapitalised(t);
      const previous = tokens[j - 1];
      // "in a video posted on social media that": a participle describing the noun before it
      const describing = DESCRIBING_PARTICIPLES.has(t.lower) && PREPOSITIONS.has(tokens[j + 1]?.lower ?? '');
      // "in recent reports", "in two interviews": a plural noun after an adjective or a number
      const pluralNoun =
        form?.form === 'present' &&
        !!previous &&
        (NOUN_OPENERS.has(previous.lower) || isNumeric(previous.text)) &&
        !isCapitalised(previous);
      if (
        finite &&
        j > k + 1 &&
        !['a', 'an', 'the'].includes(previous?.lower ?? '') &&
        !describing &&
        !pluralNoun &&
        // ("to member states": a noun the guards know)
        !this.guarded(j)
      )
        return undefined;
    }
    return tokens.length - k <= reach ? tokens.length : undefined;
  }

  private audienceIn(range: Range): string | undefined {
    for (let j = range.start; j < range.end - 1; j++) {
      const t = this.tokens[j];
      // "said through an interpreter at a joint news conference": the event's audience
      if (t?.lower === 'at' || t?.lower === 'to') {
        const phrase = this.phraseAfter(j + 1);
        // "a news conference in Baton Rouge": the head comes before the place
        let last = phrase ? phrase.end - 1 : -1;
        for (let h = j + 2; phrase && h < phrase.end; h++) {
          if (['in', 'at', 'of'].includes(this.tokens[h]?.lower ?? '')) {
            last = h - 1;
            break;
          }
        }
        const head = this.tokens[last]?.lower;
        if (phrase && phrase.end <= range.end && head && EVENT_NOUNS.has(head)) return this.slice(phrase);
      }
      // "said in remarks broadcast on state television": where the words were broadcast
      if (t?.lower === 'on' && BROADCAST_PARTICIPLES.has(this.tokens[j - 1]?.lower ?? '')) {
        const phrase = this.phraseAfter(j + 1);
        if (phrase && phrase.end <= range.end) return this.slice(phrase);
      }
      if ((t?.lower === 'with' || t?.lower === 'to') && AUDIENCE_NOUNS.has(this.tokens[j - 1]?.lower ?? '')) {
        const phrase = this.phraseAfter(j + 1);
        if (phrase && phrase.end <= range.end) return this.slice(phrase);
      }
    }
    return undefined;
  }

  private timeIn(range: Range): string | undefined {
    const time = this.times.find((t) => t.start >= range.start && t.end <= range.end);
    return time ? timeText(this.text, this.tokens, time) : undefined;
  }

  /**
   * Whether "that" at token `k` is a determiner of the clause's subject rather than its
   * conjunction: a lowercase singular noun follows, then an auxiliary ("that option would …").
   */
  private thatDeterminesSubject(k: number): boolean {
    const noun = this.tokens[k + 1];
    if (!noun || !isWordToken(noun) || isCapitalised(noun) || !/^[a-z]+$/.test(noun.text)) return false;
    if (noun.lower.endsWith('s') || CLAUSE_SUBJECT_WORDS.has(noun.lower) || DETERMINERS.has(noun.lower))
      return false;
    return isAuxiliary(this.tokens[k + 2]?.lower ?? '');
  }

  /** What the verb introduces at token `k`: a clause (that-, zero, gerund, to-, wh-, quoted phrase). */
  private complement(k: number, form: SpeechVerbForm): Range | undefined {
    const tokens = this.tokens;
    const t = tokens[k];
    const frames = form.verb.frames;
    const clauseFrom = (from: number): Range | undefined =>
      this.trimClause({ start: from, end: this.clauseEnd(from) });
    if (!t) return undefined;
    if (isMark(t, ':') && isWordToken(tokens[k + 1])) return clauseFrom(k + 1);
    // "a move that environmental groups called "long overdue"": quoted words as the verb's object
    const quote = isQuoteToken(t) ? this.unit.quotes[t.quote ?? -1] : undefined;
    if (quote && frames.has('np-quote') && startsLowercase(quote.text)) return clauseFrom(k);
    // "what one negotiator described as "a deal …"": the quoted words, without "as"
    if (t.lower === 'as' && frames.has('np-quote') && isQuoteToken(tokens[k + 1])) return clauseFrom(k + 1);
    if (!isWordToken(t)) return undefined;
    // "said that did not worry him", "said that was 'welcome'": "that" is the clause's subject
    const thatSubject = isAuxiliary(tokens[k + 1]?.lower ?? '');
    if (t.lower === 'that' && thatSubject && frames.has('zero')) return clauseFrom(k);
    // "said that option would double the cost": "that" points at a singular noun, the clause's subject
    if (t.lower === 'that' && frames.has('zero') && this.thatDeterminesSubject(k)) return clauseFrom(k);
    if (t.lower === 'that' && (frames.has('that') || frames.has('zero'))) return clauseFrom(k + 1);
    if (frames.has('gerund') && t.lower.endsWith('ing') && !isCapitalised(t) && !ING_NOUNS.has(t.lower))
      return clauseFrom(k);
    if (frames.has('infinitive') && t.lower === 'to') return clauseFrom(k);
    if (frames.has('wh') && WH_WORDS.has(t.lower)) return clauseFrom(k);
    if (frames.has('on-object-infinitive') && this.onObjectInfinitive(k)) return clauseFrom(k + 1);
    if (frames.has('object-infinitive')) {
      const reach = this.relativeBeforeInfinitive(this.phraseAfter(k)?.end ?? k)
        ? STATEMENT_DEFAULTS.maxPhraseTokens + STATEMENT_DEFAULTS.maxQuoteReach
        : STATEMENT_DEFAULTS.maxQuoteReach;
      for (let j = k + 1; j < tokens.length && j - k <= reach; j++) {
        if (!isWordToken(tokens[j])) break;
        // ("urged donors to "be ready to move quickly"": the to-clause may be quoted)
        const next = tokens[j + 1];
        if (tokens[j]?.lower === 'to' && (isWordToken(next) || isQuoteToken(next))) return clauseFrom(k);
      }
    }
    for (const [frame, preposition] of [
      ['object-of', 'of'],
      ['object-for', 'for'],
    ] as const) {
      if (!frames.has(frame)) continue;
      for (let j = k + 1; j < tokens.length && j - k <= STATEMENT_DEFAULTS.maxQuoteReach; j++) {
        if (!isWordToken(tokens[j])) break;
        if (tokens[j]?.lower === preposition && isWordToken(tokens[j + 1])) return clauseFrom(k);
      }
    }
    if (frames.has('np-quote') || frames.has('zero')) {
      for (let j = k; j < tokens.length && j - k <= STATEMENT_DEFAULTS.maxQuoteReach; j++) {
        if (isQuoteToken(tokens[j])) {
          // "called it "the best day of my life" and dedicated the trophy to …": the act after
          // the quoted words is no part of them
          const act =
            frames.has('np-quote') &&
            !frames.has('zero') &&
            ['and', 'but'].includes(tokens[j + 1]?.lower ?? '') &&
            /^[a-z]+ed$/.test(tokens[j + 2]?.text ?? '');
          return act ? this.trimClause({ start: k, end: j + 1 }) : clauseFrom(k);
        }
        if (!isWordToken(tokens[j])) break;
      }
    }
    if (frames.has('zero') && !PREPOSITIONS.has(t.lower) && t.lower !== 'to') {
      const clause = clauseFrom(k);
      // "declared a state of emergency late Tuesday": an act, unless the words hold a verb of their own
      // (its own verb, not one of a relative clause: "would add 310 homes in a city where rents rose")
      const ownEnd = clause
        ? tokens.findIndex((w, j) => j > clause.start && j < clause.end && CLAUSE_OPENERS.has(w.lower))
        : -1;
      const isClause =
        !!clause &&
        (form.verb.wordsOnly || hasFiniteVerb(tokens, clause.start, ownEnd > 0 ? ownEnd : clause.end));
      if (clause && isClause && clause.end - clause.start >= STATEMENT_DEFAULTS.minZeroClauseWords)
        return clause;
    }
    return undefined;
  }
}

/**
 * Cues without a subject of their own ("…, he argued that … and warned that …", "…, adding that …")
 * share the audience and time of the cue before them in the unit, unless they name their own.
 */
function withSharedSetting(cues: readonly Cue[]): Cue[] {
  const out: Cue[] = [];
  for (const cue of cues) {
    const before = out[out.length - 1];
    if (cue.subject.type !== 'previous' || !before) {
      out.push(cue);
      continue;
    }
    const to = cue.to ?? before.to;
    const when = cue.when ?? before.when;
    out.push({ ...cue, ...(to ? { to } : {}), ...(when ? { when } : {}) });
  }
  return out;
}

/** The words of a cue's subject as written. */
function subjectText(reader: UnitReader, subject: Subject): string {
  if (subject.type === 'phrase') return reader.slice(subject.range);
  return subject.type === 'text' ? subject.text : '';
}

/** Whether quoted words start in lowercase: a fragment of a sentence, not a sentence. */
const startsLowercase = (text: string): boolean => {
  const first = text[0] ?? '';
  return first !== first.toUpperCase();
};

/** Whether a phrase is a party tag of U.S. copy ("D-N.M.", "R-Texas"). */
function isPartyTag(tokens: readonly Token[], range: Range): boolean {
  if (range.end - range.start !== 1) return false;
  const text = tokens[range.start]?.text ?? '';
  return text.length >= 3 && ['D', 'R', 'I'].includes(text[0] ?? '') && text[1] === '-';
}

/** Whether token `i` is a capitalised word that is part of a name ("Sterling Bank", not "Addressing"). */
function isCapitalisedName(tokens: readonly Token[], i: number): boolean {
  return isCapitalised(tokens[i + 1]);
}

/** Documents a person or body sends ("The memo said" after "X sent a memo"). */
const SENT_DOCUMENTS = set('memo', 'letter', 'email', 'note', 'message', 'circular');

/**
 * The sender of a document a definite mention refers back to ("The memo" after "The budget director,
 * Alan Whitfield, sent a memo …"): the main subject of the sentence before, when that sentence brings
 * the document in with "a"/"an".
 */
function documentAuthor(
  mention: Mention,
  before: UnitReader | undefined,
  commonWords: ReadonlySet<string>,
): Mention | undefined {
  const head = mention.head ?? '';
  if (!before || !mention.definite || mention.modifiers.length > 0 || !SENT_DOCUMENTS.has(head))
    return undefined;
  const tokens = before.tokens;
  const at = tokens.findIndex(
    (t, i) =>
      t.lower === head &&
      (['a', 'an'].includes(tokens[i - 1]?.lower ?? '') || ['a', 'an'].includes(tokens[i - 2]?.lower ?? '')),
  );
  if (at < 0) return undefined;
  const main = before.mainSubject(at);
  if (!main) return undefined;
  const author = parseMention(before.slice(main), { commonWords, sentenceInitial: main.start === 0 });
  return author && !author.pronoun && (author.name || author.label) ? author : undefined;
}

/** Whether a phrase can describe a speaker (not an age such as "34", not a bare number). */
function isDescription(tokens: readonly Token[], range: Range): boolean {
  const words = tokens.slice(range.start, range.end);
  return words.some((t) => t.kind === 'word' && !isNumeric(t.text));
}

const isNumeric = (text: string): boolean =>
  [...text].every((c) => (c >= '0' && c <= '9') || c === '.' || c === ',');

/** A statement found, before speakers get their final names and ids. */
interface Found {
  readonly paragraph: number;
  readonly sentence: number;
  readonly offset: number;
  readonly entity: SpeakerEntity;
  readonly kind: StatementKind;
  readonly text: string;
  readonly to?: string;
  readonly when?: string;
  readonly cue?: string;
}

/** Tidies a quotation's words: no trailing comma or dash. */
function tidyQuote(text: string): string {
  let out = text.trim();
  while (out.length > 0 && [',', '–', '—', '-'].includes(out[out.length - 1] ?? ''))
    out = out.slice(0, -1).trimEnd();
  return out;
}

/** Tidies a reported clause: no trailing full stop, comma or semicolon outside quotation marks. */
function tidyClause(text: string): string {
  let out = text.trim();
  while (out.length > 0 && ['.', ',', ';', ':'].includes(out[out.length - 1] ?? ''))
    out = out.slice(0, -1).trimEnd();
  return out;
}

const sentenceAt = (sentences: readonly Sentence[], offset: number): number => {
  let index = 0;
  for (const s of sentences) if (s.start <= offset) index = s.index;
  return index;
};

/** Whether a quotation token sits inside a clause as quoted words rather than standing on its own. */
function isEmbedded(reader: UnitReader, q: number, cues: readonly Cue[]): boolean {
  const tokens = reader.tokens;
  const prev = tokens[q - 1];
  const next = tokens[q + 1];
  const quote = reader.unit.quotes[tokens[q]?.quote ?? -1];
  const text = quote?.text ?? '';
  const endsLikeSpeech = [',', '.', '?', '!', '…', '—', '–', '-'].includes(text[text.length - 1] ?? '');
  if (!prev || !isWordToken(prev)) {
    // `"freezing or storing" is …` reads on; `"…," the sources said` does not
    if (endsLikeSpeech || !isWordToken(next) || isCapitalised(next)) return false;
    return !cues.some((c) => c.at > q && c.at - q <= 5);
  }
  if (cues.some((c) => c.at === q - 1)) return false;
  const first = text[0] ?? '';
  if (first !== first.toUpperCase()) return true;
  return (
    isWordToken(next) ||
    ['the', 'a', 'an', 'of', 'so-called', 'dubbed', 'called', 'named'].includes(prev.lower)
  );
}

/**
 * Finds the statements and speakers of a briefing. `sentences[n - 1]` are paragraph n's sentences
 * (from `splitSentences`). Statements come in paragraph and sentence order; every statement names
 * its speaker by the canonical name (never a pronoun).
 */
export function extractStatements(
  briefing: Briefing,
  sentences: readonly (readonly Sentence[])[],
): { speakers: Speaker[]; statements: Statement[] } {
  const texts = briefing.paragraphs.map((p) => p.text);
  const sentencesOf = (p: number): readonly Sentence[] =>
    sentences[p - 1] ??
    splitSentences(texts[p - 1] ?? '').map((s, index) => ({
      paragraph: p,
      index,
      start: s.start,
      end: s.end,
      text: s.text,
    }));
  const quotes = findParagraphQuotes(texts);
  const tokenized = texts.map((text) => tokenize(text));
  // ("MILLBROOK, Ohio (AP) — …": the places of a dateline are nobody the story quotes)
  const dateline = datelineLength(texts[0] ?? '');
  const names = scanNames(
    texts,
    (p, offset) => sentenceAt(sentencesOf(p), offset),
    (p, offset) => (quotes[p - 1] ?? []).some((q) => q.start <= offset && offset < q.end),
    tokenized,
  ).filter((n) => n.position.paragraph > 1 || n.position.offset >= dateline);
  const groups = scanGroups(
    texts,
    (p, offset) => sentenceAt(sentencesOf(p), offset),
    (p, offset) => (quotes[p - 1] ?? []).some((q) => q.start <= offset && offset < q.end),
    tokenized,
  );
  const bodies = scanBodies(
    texts,
    (p, offset) => sentenceAt(sentencesOf(p), offset),
    (p, offset) => (quotes[p - 1] ?? []).some((q) => q.start <= offset && offset < q.end),
    tokenized,
  );
  const commonWords = lowercaseWords(texts, tokenized);
  const resolver = new SpeakerResolver(names, groups, commonWords, bodies);
  const found: Found[] = [];
  let openQuoteSpeaker: SpeakerEntity | undefined;
  /** Who the previous paragraph's last sentence introduced without quoting ("Ruiz recalled those years."). */
  let introducer: SpeakerEntity | undefined;
  let introduced: SpeakerEntity | undefined;

  const turns = interviewTurns(texts);
  const firstTurn = turns.findIndex((t) => t !== undefined) + 1;
  const interviewee =
    names.find((n) => n.person && !n.quoted && n.position.paragraph < firstTurn) ??
    names.find((n) => n.person && !n.quoted);

  texts.forEach((text, index) => {
    const paragraph = index + 1;
    const paragraphSentences = sentencesOf(paragraph);
    const turn = turns[index];
    if (turn) {
      // an interview's question says nothing; its answer is the interviewee's own words
      openQuoteSpeaker = undefined;
      introducer = undefined;
      if (turn.role === 'question') return;
      const name = turn.role === 'named' ? titleCase(turn.name) : interviewee?.name;
      const at: Position = {
        paragraph,
        sentence: sentenceAt(paragraphSentences, turn.offset),
        offset: turn.offset,
      };
      const mention = name ? parseMention(name, { commonWords }) : undefined;
      const entity = mention ? resolver.resolve(mention, at) : undefined;
      const words = tidyQuote(text.slice(turn.offset));
      if (!entity || !words) return;
      resolver.noteSpeaker(entity, at);
      found.push({ ...at, entity, kind: 'direct', text: words, cue: 'answer' });
      return;
    }
    const spans = quotes[index] ?? [];
    const units = buildUnits(paragraphSentences, spans);
    const inParagraph: Found[] = [];
    let pending: { span: QuoteSpan; unit: Unit }[] = [];
    const lastOfPrevious = (): SpeakerEntity | undefined => {
      const prev = found.filter((f) => f.paragraph === paragraph - 1);
      return prev[prev.length - 1]?.entity;
    };
    const add = (f: Found): void => {
      inParagraph.push(f);
      resolver.noteSpeaker(f.entity, { paragraph, sentence: f.sentence, offset: f.offset });
    };
    const addQuote = (span: QuoteSpan, entity: SpeakerEntity, cue?: Cue): void => {
      const text = tidyQuote(span.text);
      if (!text) return;
      // "arrived with, as he liked to tell it, "eleven dollars and a horn."": words, not a sentence,
      // unless they carry on a quotation broken by the attribution ("We will," he said, "win.")
      const carriesOn = spans.some(
        (o) => o.end <= span.start && o.end >= span.start - 40 && o.text.endsWith(','),
      );
      const fragment = startsLowercase(text) && !span.continued && !carriesOn;
      add({
        paragraph,
        sentence: sentenceAt(paragraphSentences, span.start),
        offset: span.start,
        entity,
        kind: fragment ? 'partial' : 'direct',
        text,
        ...(cue?.to ? { to: cue.to } : {}),
        ...(cue?.when ? { when: cue.when } : {}),
        ...(cue ? { cue: cue.word } : {}),
      });
    };
    /** The person whose act the unit before a quotation tells ("…, the 52-year-old shrugged."). */
    let actor: { entity: SpeakerEntity; unitIndex: number } | undefined;
    const inherited = (span: QuoteSpan, unitIndex: number): SpeakerEntity | undefined => {
      if (span.continued && openQuoteSpeaker) return openQuoteSpeaker;
      const earlier = inParagraph[inParagraph.length - 1];
      if (earlier) return earlier.entity;
      if (unitIndex > 0 && actor?.unitIndex === unitIndex - 1) return actor.entity;
      return unitIndex === 0 ? (introducer ?? lastOfPrevious()) : undefined;
    };

    const readers: UnitReader[] = [];
    units.forEach((unit, unitIndex) => {
      const reader = new UnitReader(text, unit);
      readers.push(reader);
      const cues = reader.cues();
      // "Asked if he feared the sack, the 52-year-old shrugged. "That's football."": a person's act
      // with no words of its own, right before a quotation with no attribution, introduces it
      if (cues.length === 0 && unit.quotes.length === 0 && inParagraph.length === 0) {
        const end = reader.tokens.length;
        const main = reader.mainSubject(end);
        const mention = main
          ? parseMention(reader.slice(main), { commonWords, sentenceInitial: main.start === 0 })
          : undefined;
        const at: Position = { paragraph, sentence: unit.sentence, offset: unit.start };
        const head = mention?.head ?? '';
        const person =
          mention &&
          (mention.pronoun === 'he' ||
            mention.pronoun === 'she' ||
            mention.kind === 'person' ||
            !!mention.name ||
            (mention.definite && !mention.plural && (head.endsWith('-year-old') || isPersonNoun(head))));
        const entity = person ? resolver.resolve(mention, at) : undefined;
        actor = entity && entity.kind === 'person' ? { entity, unitIndex } : undefined;
      }
      const entities = new Map<Cue, SpeakerEntity>();
      let previous: SpeakerEntity | undefined;
      let previousCoSpeakers: SpeakerEntity[] = [];
      for (const cue of cues) {
        const offset = reader.tokens[cue.at]?.start ?? unit.start;
        const position: Position = { paragraph, sentence: sentenceAt(paragraphSentences, offset), offset };
        let entity: SpeakerEntity | undefined;
        let listedMembers: SpeakerEntity[] = [];
        const continues = cue.subject.type === 'previous' && !!previous;
        if (cue.subject.type === 'previous') {
          entity = previous;
          if (!entity) {
            const main = reader.mainSubject(cue.at);
            const mention = main
              ? parseMention(reader.slice(main), { commonWords, sentenceInitial: main.start === 0 })
              : undefined;
            entity = mention ? resolver.resolve(mention, position) : undefined;
          }
        } else if (ONE_OF_THE.exec(subjectText(reader, cue.subject))) {
          // "One of the sailors told …": one member of the group the subject names
          const group = subjectText(reader, cue.subject).replace(ONE_OF_THE, '');
          entity = resolver.oneMemberOf(group, position);
          if (entity && !entity.description) entity.description = `unnamed ${entity.name}`;
        } else if (ONE_OF_THEM.has(subjectText(reader, cue.subject).toLowerCase())) {
          // "Fans were largely supportive. "…," one wrote": one of the group named before
          entity = resolver.resolveOneOf(
            position,
            subjectText(reader, cue.subject).toLowerCase().includes(' of '),
          );
          if (entity && !entity.description) entity.description = `unnamed ${entity.name}`;
        } else {
          const phrase = subjectText(reader, cue.subject);
          const initial = cue.subject.type === 'phrase' && cue.subject.range.start === 0;
          const mention: Mention | undefined = parseMention(phrase, {
            commonWords,
            sentenceInitial: initial,
            properName: cue.subject.type === 'phrase' && cue.subject.proper === true,
          });
          const description = cue.description
            ? tidyAppositive(cue.description)
            : cue.citedBy && mention?.label
              ? `${mention.label} cited by ${cue.citedBy}`
              : undefined;
          // "X sent a memo to agency heads … The memo, obtained by …, said": the memo is its sender's
          const author = mention ? documentAuthor(mention, readers[unitIndex - 1], commonWords) : undefined;
          const authorAt: Position = { ...position, sentence: Math.max(0, position.sentence - 1) };
          // "The airlines have argued": the bodies the article named together before
          const members = !author && mention ? resolver.membersOf(mention, position) : [];
          listedMembers = members.slice(0, -1);
          entity = author
            ? resolver.resolve(author, authorAt)
            : members.length > 0
              ? members[members.length - 1]
              : mention
                ? resolver.resolve(mention, position, description)
                : undefined;
          if (
            entity &&
            mention?.label &&
            !entity.description &&
            !cue.citedBy &&
            /* an unnamed speaker */ entity.kind !== 'person'
          ) {
            entity.description = `unnamed ${entity.name}`;
          }
        }
        if (!entity) continue;
        previous = entity;
        entities.set(cue, entity);
        // "Brooks and goalkeeper Ivan Petrov both said …": every coordinated speaker says it
        const coSpeakers =
          cue.subject.type === 'phrase'
            ? (cue.subject.also ?? []).flatMap((range) => {
                const mention = parseMention(reader.slice(range), {
                  commonWords,
                  sentenceInitial: range.start === 0,
                });
                const co = mention ? resolver.resolve(mention, position) : undefined;
                return co && co !== entity ? [co] : [];
              })
            : // "Saudi Arabia and Turkey urged …, saying …": the coordinated speakers go on speaking
              continues
              ? previousCoSpeakers
              : [];
        coSpeakers.push(...listedMembers);
        previousCoSpeakers = coSpeakers;
        if (cue.clause) {
          const clauseText = cue.clause.map((r) => reader.slice(r)).join(' ');
          const hasQuote = cue.clause.some((r) => reader.tokens.slice(r.start, r.end).some(isQuoteToken));
          const textOut = tidyClause(clauseText);
          if (textOut) {
            for (const speaker of [...coSpeakers, entity]) {
              add({
                paragraph,
                sentence: position.sentence,
                offset,
                entity: speaker,
                kind: hasQuote ? 'partial' : 'reported',
                text: textOut,
                ...(cue.to ? { to: cue.to } : {}),
                ...(cue.when ? { when: cue.when } : {}),
                cue: cue.word,
              });
            }
          }
          // "said it was "heartbroken" … and that its parks meet …": a conjunct without quotation
          // marks is reported speech of its own
          if (hasQuote) {
            for (const r of cue.clause.flatMap((range) => thatConjuncts(reader.tokens, range))) {
              if (reader.tokens.slice(r.start, r.end).some(isQuoteToken)) continue;
              const conjunct = tidyClause(reader.slice(r));
              if (!conjunct) continue;
              for (const speaker of [...coSpeakers, entity]) {
                add({
                  paragraph,
                  sentence: position.sentence,
                  offset: reader.tokens[r.start]?.start ?? offset,
                  entity: speaker,
                  kind: 'reported',
                  text: conjunct,
                  ...(cue.to ? { to: cue.to } : {}),
                  ...(cue.when ? { when: cue.when } : {}),
                  cue: cue.word,
                });
              }
            }
          }
        }
      }
      // quotations that stand on their own: attributed by a bare cue of the unit, else inherited
      const inClause = (q: number): boolean =>
        cues.some((c) => entities.has(c) && c.clause?.some((r) => r.start <= q && q < r.end));
      const quoteTokens = reader.tokens.map((t, i) => ({ t, i })).filter(({ t }) => isQuoteToken(t));
      const standalone = quoteTokens.filter(({ i }) => !inClause(i) && !isEmbedded(reader, i, cues));
      const attributing = cues.filter((c) => c.attributesQuotes && entities.has(c));
      const onlyQuotes = reader.tokens.every((t) => isQuoteToken(t) || t.kind === 'punct');
      const lastAttributing = attributing[attributing.length - 1];
      introduced =
        quoteTokens.length === 0 && pending.length === 0 && lastAttributing && !lastAttributing.clause
          ? entities.get(lastAttributing)
          : undefined;
      // "Asked about the injury, the midfielder smiled. "…"": a verb with no words of its own
      // introduces the quotation of the next sentence
      if (introduced && inParagraph.length === 0) actor = { entity: introduced, unitIndex };
      if (attributing.length > 0 && quoteTokens.length === 0 && pending.length > 0) {
        const cue = attributing[0]!;
        for (const p of pending) addQuote(p.span, entities.get(cue)!, cue);
        pending = [];
      }
      if (pending.length > 0) {
        for (const p of pending) {
          const entity = inherited(p.span, units.indexOf(p.unit));
          if (entity) addQuote(p.span, entity);
        }
        pending = [];
      }
      for (const { t, i } of standalone) {
        const span = unit.quotes[t.quote ?? -1];
        if (!span) continue;
        const nearest = attributing
          .map((c) => ({ c, d: Math.abs(c.at - i) }))
          .sort((a, b) => a.d - b.d)[0]?.c;
        if (nearest) addQuote(span, entities.get(nearest)!, nearest);
        else if (onlyQuotes && unitIndex + 1 < units.length && !span.continued) pending.push({ span, unit });
        else {
          const entity = inherited(span, unitIndex);
          if (entity) addQuote(span, entity);
        }
      }
    });
    for (const p of pending) {
      const entity = inherited(p.span, units.indexOf(p.unit));
      if (entity) addQuote(p.span, entity);
    }
    inParagraph.sort((a, b) => a.offset - b.offset);
    found.push(...inParagraph);
    introducer = introduced;
    introduced = undefined;
    const last = spans[spans.length - 1];
    if (last && !last.closed) {
      openQuoteSpeaker = inParagraph.find((f) => f.kind === 'direct' && f.offset === last.start)?.entity;
    } else openQuoteSpeaker = undefined;
  });

  const speakers = resolver.finish();
  const statements: Statement[] = found.map((f) => ({
    article: briefing.slug,
    paragraph: f.paragraph,
    sentence: f.sentence,
    speaker: resolver.final(f.entity).name,
    speakerId: resolver.final(f.entity).id,
    kind: f.kind,
    text: f.text,
    ...(f.to ? { to: f.to } : {}),
    ...(f.when ? { when: f.when } : {}),
    ...(f.cue ? { cue: f.cue } : {}),
  }));
  return { speakers, statements };
}

/** "ADEYEMI" → "Adeyemi": a name written in capitals, as transcripts label their speakers. */
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  return name
    .split(' ')
    .map((w) => (w[0] ?? '') + w.slice(1).toLowerCase())
    .join(' ');
}

/** An appositive as a description: without its article ("the association's chairman" → "association's chairman"). */
function tidyAppositive(text: string): string {
  const words = text.trim().split(' ');
  if (['a', 'an', 'the'].includes((words[0] ?? '').toLowerCase()) && words.length > 1) words.shift();
  return words.join(' ');
}

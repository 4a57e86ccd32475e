/**
 * Word lists of general news English used by the search: stop words, question words, irregular
 * verb forms, British/American spelling pairs, and the cue words that mark time, numbers and
 * attribution in a paragraph. They are about English, not about any one briefing.
 */

const words = (list: string): string[] => list.split(/\s+/).filter((w) => w.length > 0);

/** Function words that carry no meaning for search (folded: lower case, no apostrophes). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  words(`
  a about above after again against all am an and any are arent as at be because been before being
  below between both but by can cant cannot could couldnt did didnt do does doesnt doing dont down
  during each few for from further had hadnt has hasnt have havent having he hed hell hes her here
  heres hers herself him himself his how hows i id ill im ive if in into is isnt it its itself lets
  me more most mustnt my myself no nor not of off on once only or other ought our ours ourselves out
  over own same shant she shed shell shes should shouldnt so some such than that thats the their
  theirs them themselves then there theres these they theyd theyll theyre theyve this those through
  to too under until up very was wasnt we wed well were weve werent what whats when whens where
  wheres which while who whos whom why whys will with wont would wouldnt you youd youll youre youve
  your yours yourself yourselves us also just may might must shall yet whether whose upon via per
  tell me please know anything something everything thing things many much
  `),
);

/** Question words and the kind of answer they ask for. */
export const QUESTION_INTENTS: ReadonlyMap<string, 'time' | 'person' | 'number' | 'place' | 'reason'> =
  new Map([
    ['when', 'time'],
    ['who', 'person'],
    ['whom', 'person'],
    ['whose', 'person'],
    ['where', 'place'],
    ['why', 'reason'],
  ] as const);

/** Words that follow "how" to ask for a quantity ("how many", "how much", "how long"). */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set(words('many much long often far large big old'));

/** Words that mark a paragraph as dated: weekdays, months, relative time, seasons and holidays. */
export const TIME_WORDS: ReadonlySet<string> = new Set(
  words(`
  monday tuesday wednesday thursday friday saturday sunday weekend
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  today tonight yesterday tomorrow morning afternoon evening night overnight
  week weeks month months year years decade decades hour hours
  spring summer autumn winter christmas easter ramadan eid hanukkah passover thanksgiving
  soon ago deadline timeline schedule scheduled
  `),
);

/** Number words that answer "how many". */
export const NUMBER_WORDS: ReadonlySet<string> = new Set(
  words(`
  two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
  seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds
  thousand thousands million millions billion billions dozen dozens several few couple half
  single double triple percent
  `),
);

/** Words that set a condition: the answer to "under what conditions …?". */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(
  words(`
  if unless only provided providing allow allows allowed allowing until once condition conditions
  conditional require requires required requirement requirements precondition prerequisite
  `),
);

/** Nouns that, after "what" or "which", ask for conditions ("under what conditions …?"). */
export const CONDITION_QUESTION_WORDS: ReadonlySet<string> = new Set(
  words('condition conditions circumstances terms requirements preconditions'),
);

/** Words that give a cause or a motive: the answer to "why …?". */
export const REASON_WORDS: ReadonlySet<string> = new Set(
  words(`
  because due owing citing cited reason reasons cause caused causes blamed blames blaming motive
  motives motivated prompted sparked triggered explained explanation result resulted therefore
  `),
);

/** Words that attribute a statement to someone ("said", "told", "according to"). */
export const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(
  words(`
  said says say told tells tell added adds noted notes stated states according announced announces
  claimed claims argued argues warned warns insisted insists stressed stresses explained explains
  reported reports accused accuses urged urges asked asks replied replies wrote writes
  opposes opposed supports supported rejected rejects proposed proposes denied denies
  `),
);

/** Irregular verb forms to their base, so that "told" finds "tell" and "sent" finds "send". */
export const IRREGULAR_FORMS: ReadonlyMap<string, string> = new Map(
  words(`
  told:tell said:say says:say sent:send met:meet thought:think brought:bring bought:buy caught:catch
  taught:teach fought:fight sought:seek held:hold kept:keep left:leave led:lead lost:lose made:make
  meant:mean paid:pay sold:sell spent:spend stood:stand understood:understand won:win built:build
  felt:feel fled:flee found:find heard:hear laid:lay slept:sleep struck:strike swept:sweep
  wept:weep shot:shoot fed:feed bled:bleed bred:breed dealt:deal dug:dig hung:hang lent:lend
  began:begin begun:begin broke:break broken:break came:come chose:choose chosen:choose drew:draw
  drawn:draw drove:drive driven:drive ate:eat eaten:eat fell:fall fallen:fall flew:fly flown:fly
  forbade:forbid forbidden:forbid forgot:forget forgotten:forget froze:freeze frozen:freeze
  gave:give given:give went:go gone:go grew:grow grown:grow hid:hide hidden:hide knew:know
  known:know lay:lie lain:lie rode:ride ridden:ride rang:ring rung:ring rose:rise risen:rise
  ran:run saw:see seen:see shook:shake shaken:shake sang:sing sung:sing sank:sink sunk:sink
  spoke:speak spoken:speak stole:steal stolen:steal swore:swear sworn:swear took:take taken:take
  tore:tear torn:tear threw:throw thrown:throw woke:wake woken:wake wore:wear worn:wear wrote:write
  written:write withdrew:withdraw withdrawn:withdraw undertook:undertake undertaken:undertake
  overtook:overtake overtaken:overtake became:become forgave:forgive forgiven:forgive
  children:child men:man women:woman people:person feet:foot mice:mouse teeth:tooth
  `).map((pair) => pair.split(':') as [string, string]),
);

/** British spellings that no general rule turns into the American one. */
export const SPELLING_VARIANTS: ReadonlyMap<string, string> = new Map(
  words(`
  defence:defense defences:defenses offence:offense offences:offenses licence:license
  licences:licenses pretence:pretense programme:program programmes:programs grey:gray
  tyre:tire tyres:tires kerb:curb aluminium:aluminum manoeuvre:maneuver manoeuvres:maneuvers
  jewellery:jewelry cheque:check cheques:checks storey:story analyse:analyze analysed:analyzed
  analysing:analyzing paralyse:paralyze paralysed:paralyzed catalogue:catalog dialogue:dialog
  ageing:aging judgement:judgment
  `).map((pair) => pair.split(':') as [string, string]),
);

/**
 * Groups of words that news copy uses for the same thing, so that "deployed" finds "sent" and
 * "weapons" finds "arms". A word may stand in several groups. Matches through a synonym weigh less
 * than the word itself.
 */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  'deploy send dispatch',
  'troops soldiers forces personnel servicemen',
  'weapons arms arsenal munitions',
  'disarm demilitarize decommission',
  'disarmament demilitarization decommissioning',
  'ceasefire truce armistice',
  'agreement deal accord pact treaty',
  'plan proposal scheme framework blueprint',
  'meet meeting talks summit visit',
  'negotiate negotiations talks',
  'oppose object reject resist',
  'support endorse favor',
  'attack strike assault raid offensive',
  'kill slay',
  'killed dead died deaths fatalities',
  'injure wound hurt',
  'hostage hostages captive captives abductee',
  'prisoner prisoners detainee detainees inmates',
  'arrest detain',
  'country nation',
  'countries nations',
  'government administration cabinet',
  'leader chief',
  'official officer',
  'minister secretary',
  'accuse allege blame',
  'warn caution',
  'threat threaten danger',
  'withdraw withdrawal retreat pullout',
  'begin start launch commence',
  'finish complete conclude',
  'commitment pledge promise vow',
  'commit pledge promise vow',
  'ready prepared',
  'fail failure collapse fiasco',
  'border frontier',
  'aid assistance help',
  'money funds funding',
  'increase rise grow climb surge',
  'decrease fall drop decline plunge',
  'protest demonstration rally',
  'law legislation bill',
  'court tribunal',
  'company firm business',
  'vote ballot election poll',
  'statement remarks comments',
  'refugees displaced evacuees',
  'investigation probe inquiry',
  'huge enormous massive',
  'buy purchase acquire',
  'want wish intend',
  'region area zone territory',
  'enclave strip territory',
  'hurt injured wounded injury injuries',
  'shares stock stocks',
  'price cost fee charge',
  'pay wage wages salary salaries',
  'raise hike increase',
  'refund refunds reimbursement compensation',
  'fare fares ticket tickets',
  'layoffs redundancies',
  'maker manufacturer producer',
  'company corporation',
  'car vehicle',
  'doctor physician',
  'lawyer attorney counsel solicitor barrister',
  'jail prison',
  'steal theft embezzle embezzlement',
  'robber thief burglar',
  'weapon gun firearm pistol rifle knife',
  'missing unaccounted',
  'electricity power',
  'outage blackout',
  'storm hurricane cyclone typhoon',
  'fire blaze wildfire',
  'evacuate flee',
  'home house residence',
  'cap limit ceiling',
  'affordable cheap inexpensive',
  'expensive costly pricey',
  'win victory',
  'lose defeat loss',
  'coach manager',
  'match game fixture',
  'study research survey',
  'scientist researcher',
  'disease illness sickness',
  'drug medicine medication pill treatment',
  'pupil student',
  'worker employee staff',
  'ban prohibit outlaw',
  'approve authorize clear',
  'reject refuse',
  'strike walkout',
  'close shut shutter',
  'closure shutdown',
  'delay postpone',
  'cancel scrap axe',
  'end halt stop cease',
  'quit resign leave',
  'hire recruit employ',
  'takeover acquisition merger buyout',
  'sell sale',
  'money funds funding cash',
  'profit earnings income',
  'revenue sales turnover',
  'forecast outlook guidance projection',
  'crash collision accident',
  'army military',
  'missile rocket',
  'plane aircraft jet airliner',
  'ship vessel boat',
  'road street highway',
  'repair fix',
  'children kids',
  'crowd fans spectators',
  'stadium arena',
  'ruling verdict decision judgment',
  'fine penalty',
  'sue lawsuit litigation',
  'hack breach cyberattack',
  'hacker attacker',
  'data information',
  'percent percentage',
].map((group) => words(group));

import { ParagraphSearch } from '../../src/search/paragraph-search';
import { seedDocs, seedQuestions } from './seed-docs';

const search = new ParagraphSearch(seedDocs());
const questions = seedQuestions();

/** Rank (0-based) of the answer paragraph among the hits, or -1. */
const rankOf = (q: string, answer: number): number =>
  search.search(q, { limit: 5 }).findIndex((hit) => hit.paragraph === answer);

function score(set: readonly { q: string; answer_paragraph: number }[]): {
  first: number;
  top3: number;
  misses: string[];
} {
  let first = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const { q, answer_paragraph } of set) {
    const rank = rankOf(q, answer_paragraph);
    if (rank === 0) first++;
    else misses.push(`${q} (¶${answer_paragraph} at rank ${rank + 1 || 'none'})`);
    if (rank >= 0 && rank < 3) top3++;
  }
  return { first, top3, misses };
}

describe('/ask relevance on the seed question set', () => {
  it('ranks the answer paragraph first for at least 19 of the 20 questions, and in the top three for all', () => {
    const { first, top3, misses } = score(questions.questions);
    console.log(
      `/ask seed questions: first ${first}/20, top three ${top3}/20${misses.length ? `; misses: ${misses.join('; ')}` : ''}`,
    );
    expect(first).toBeGreaterThanOrEqual(19);
    expect(top3).toBe(20);
  });

  it('ranks the answer paragraph first for at least 18 of the 20 misspelt questions, and in the top three for all', () => {
    const { first, top3, misses } = score(questions.typo);
    console.log(
      `/ask misspelt questions: first ${first}/20, top three ${top3}/20${misses.length ? `; misses: ${misses.join('; ')}` : ''}`,
    );
    expect(first).toBeGreaterThanOrEqual(18);
    expect(top3).toBe(20);
  });

  it('answers "When will the ISF be deployed?" with ¶1, where the start of 2026 is given', () => {
    const [hit] = search.search('When will the ISF be deployed?');
    expect(hit?.paragraph).toBe(1);
  });

  it('answers reworded questions it was not tuned on', () => {
    const reworded: [string, number][] = [
      ['Which country has committed troops?', 6],
      ['What is the red line for Netanyahu?', 6],
      ['Who told Al Jazeera that disarming is like separating Palestinians from their soul?', 18],
      ['What did Bassem Naim say?', 21],
      ['What did the Jerusalem Post report?', 1],
      ['Who coordinated the hostage exchange?', 12],
      ['When did Meshaal speak at a conference in Turkey?', 20],
      ['What guarantees did Meshaal offer?', 19],
    ];
    const firsts = reworded.filter(([q, answer]) => rankOf(q, answer) === 0).length;
    console.log(`/ask reworded questions: first ${firsts}/${reworded.length}`);
    expect(firsts).toBe(reworded.length);
  });
});

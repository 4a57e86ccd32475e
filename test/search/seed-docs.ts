import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences } from '../../src/analysis/sentences';
import type { ParagraphDoc } from '../../src/search/types';

/** The seed article's paragraphs (one per line; the last two lines are credits) as search documents. */
export function seedDocs(article = 'seed'): ParagraphDoc[] {
  const lines = readFileSync(join(__dirname, '..', 'fixtures', 'seed-article.txt'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines
    .slice(0, -2)
    .map((text, i) => ({ article, paragraph: i + 1, text, sentences: splitSentences(text) }));
}

/** The seed question set. */
export interface SeedQuestions {
  readonly questions: readonly { q: string; answer_paragraph: number }[];
  readonly typo: readonly { q: string; answer_paragraph: number }[];
}

export function seedQuestions(): SeedQuestions {
  return JSON.parse(
    readFileSync(join(__dirname, '..', 'fixtures', 'seed-questions.json'), 'utf8'),
  ) as SeedQuestions;
}

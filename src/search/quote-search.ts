import type { AnalysedBriefing, Speaker, Statement } from '../analysis/types';
import type { DiffPart } from '../answer/types';

/** A statement matching the words asked about. */
export interface QuoteMatch {
  readonly statement: Statement;
  readonly score: number;
  readonly verdict: 'exact' | 'close';
  readonly diff: readonly DiffPart[];
}

/** The `/who-said` matcher. (Placeholder while the matcher lands.) */
export class QuoteSearch {
  constructor(private readonly analysed: readonly AnalysedBriefing[]) {}
  find(_quote: string, _opts: { articles?: ReadonlySet<string>; limit?: number } = {}): QuoteMatch[] {
    return [];
  }
  suggestSpeakers(_prefix: string): Speaker[] {
    return [];
  }
  findSpeaker(_name: string): Speaker | undefined {
    return this.analysed.length < 0 ? undefined : undefined;
  }
}

import { findTerms, termWeight, topicReferences } from '../../src/briefs/topic-match';

describe('topic terms', () => {
  const isf = { terms: ['ISF', 'International Stabilization Force', 'the force', 'troops'] };

  it('finds whole words, longest terms first, with plural and possessive forms', () => {
    const text = "The International Stabilization Force (ISF) will add troops; the ISF's troop numbers grow.";
    expect(findTerms(text, isf).map((h) => text.slice(h.start, h.end))).toEqual([
      'International Stabilization Force',
      'ISF',
      'troops',
      "ISF's",
      'troop',
    ]);
  });

  it('does not take "the police force" for "the force"', () => {
    expect(findTerms('They need to see that the police force is being formed.', isf)).toEqual([]);
  });

  it('weighs proper names over descriptions over common nouns', () => {
    expect(termWeight('International Stabilization Force')).toBeGreaterThan(termWeight('ISF'));
    expect(termWeight('ISF')).toBeGreaterThan(termWeight('troops'));
    expect(termWeight('the force')).toBeGreaterThan(termWeight('troops'));
  });

  it('adds the references a title implies: the title, its acronym and its head noun', () => {
    expect(topicReferences({ title: 'International Stabilization Force', terms: ['troops'] })).toEqual([
      'troops',
      'International Stabilization Force',
      'ISF',
      'the force',
    ]);
    expect(topicReferences({ title: 'Water restrictions', terms: [] })).toEqual([
      'Water restrictions',
      'the restrictions',
    ]);
    expect(topicReferences({ title: 'Ferries', terms: ['ferry'] })).toEqual(['ferry']);
  });
});

import { findParagraphQuotes, findQuoteSpans } from '../../src/analysis/quotes';

const texts = (text: string): string[] => findQuoteSpans(text).map((q) => q.text);

describe('quotation spans', () => {
  it('finds straight double quotes', () => {
    expect(texts('"We are ready," the sources said.')).toEqual(['We are ready,']);
  });

  it('finds curly double quotes', () => {
    expect(texts('“This is a park for the next hundred years,” Mayor Linda Okafor said.')).toEqual([
      'This is a park for the next hundred years,',
    ]);
  });

  it('keeps a single-quoted quotation inside a quotation as part of it', () => {
    const spans = findQuoteSpans(
      `"If you say 'Turkish troops cannot come,' then you do not want this mission to succeed," the sources added.`,
    );
    expect(spans).toHaveLength(1);
    expect(spans[0]?.text).toBe(
      `If you say 'Turkish troops cannot come,' then you do not want this mission to succeed,`,
    );
  });

  it('finds one-word fragments inside reported speech', () => {
    expect(texts('the ISF will not be able to carry out its "main" mission')).toEqual(['main']);
  });

  it('keeps brackets inside quotes', () => {
    expect(
      texts('"to have Turkish troops [as part of the force]," the sources were cited as saying.'),
    ).toEqual(['to have Turkish troops [as part of the force],']);
  });

  it('finds two quotations around an attribution', () => {
    expect(texts('"I walk there every morning," Ellis said. "I just want it to stay quiet."')).toEqual([
      'I walk there every morning,',
      'I just want it to stay quiet.',
    ]);
  });

  it('reads British single quotes when a paragraph has no double ones, apostrophes and all', () => {
    expect(
      texts(`'We've had two years of this,' said Priya Nair. 'I'll believe it when the trains run.'`),
    ).toEqual([`We've had two years of this,`, `I'll believe it when the trains run.`]);
  });

  it('does not take apostrophes for quotation marks', () => {
    expect(findQuoteSpans(`Turkey's troops and the Smiths' house aren't quoted.`)).toEqual([]);
  });

  it('runs an unclosed quotation to the end of its paragraph', () => {
    const [span] = findQuoteSpans(
      '“Every one of these cases was preventable. And I am afraid we will see children die.',
    );
    expect(span?.closed).toBe(false);
    expect(span?.text).toBe(
      'Every one of these cases was preventable. And I am afraid we will see children die.',
    );
  });

  it('takes a stray closing mark as the end of a quotation that began the paragraph', () => {
    const [span] = findQuoteSpans('We are ready,” he said.');
    expect(span).toMatchObject({ opened: false, closed: true, text: 'We are ready,' });
  });

  it('continues a quotation over paragraphs that reopen with a quotation mark', () => {
    const spans = findParagraphQuotes([
      '“We are seeing outbreaks,” Dr. Singh said. “Every case was preventable.',
      '“The vaccine is safe. There is no good reason to wait.”',
      'Singh said clinics would open on weekends.',
    ]);
    expect(spans[0]?.map((s) => s.closed)).toEqual([true, false]);
    expect(spans[1]?.[0]).toMatchObject({ continued: true, closed: true });
    expect(spans[2]).toEqual([]);
  });
});

import { findMessageQuotations } from '../../src/check/quotations';

describe('findMessageQuotations (quotations pasted in a message)', () => {
  it('finds a quotation and the name before "said"', () => {
    expect(
      findMessageQuotations('Meshaal said "disarming the factions is like separating us from our soul"'),
    ).toEqual([
      {
        text: 'disarming the factions is like separating us from our soul',
        quoted: true,
        claimedSpeaker: 'Meshaal',
      },
    ]);
  });

  it('reads "Name: quote"', () => {
    expect(findMessageQuotations('Fidan: "Our forces are ready"')).toEqual([
      { text: 'Our forces are ready', quoted: true, claimedSpeaker: 'Fidan' },
    ]);
  });

  it('reads "quote," said Full Name with curly quotes', () => {
    expect(findMessageQuotations('“We reject all forms of guardianship,” said Khaled Meshaal.')).toEqual([
      { text: 'We reject all forms of guardianship,', quoted: true, claimedSpeaker: 'Khaled Meshaal' },
    ]);
  });

  it('reads "according to Name," and stops the name at the comma', () => {
    expect(
      findMessageQuotations('According to Bassem Naim, Hamas could discuss "freezing or storing" weapons')[0],
    ).toEqual({
      text: 'freezing or storing',
      quoted: true,
      claimedSpeaker: 'Bassem Naim',
    });
  });

  it('finds every quotation, each with its own attribution', () => {
    expect(
      findMessageQuotations('"It is over," Netanyahu told reporters. Then Fidan said "we are ready to go"'),
    ).toEqual([
      { text: 'It is over,', quoted: true, claimedSpeaker: 'Netanyahu' },
      { text: 'we are ready to go', quoted: true, claimedSpeaker: 'Fidan' },
    ]);
  });

  it('checks the whole message when it has no quotation marks', () => {
    expect(findMessageQuotations('  Washington was pressing Israel  ')).toEqual([
      { text: 'Washington was pressing Israel', quoted: false },
    ]);
  });

  it('claims no speaker when the message names nobody', () => {
    expect(findMessageQuotations('someone wrote "huge failure" lol')).toEqual([
      { text: 'huge failure', quoted: true },
    ]);
  });

  it('returns nothing for an empty message', () => {
    expect(findMessageQuotations('   ')).toEqual([]);
  });
});

import { parseMention } from '../../src/analysis/speakers';
import { analyseFixture } from './statement-gold';

describe('speaker mentions', () => {
  it('splits a title from a name', () => {
    expect(parseMention('Turkish Foreign Minister Hakan Fidan')).toMatchObject({
      name: 'Hakan Fidan',
      description: 'Turkish Foreign Minister',
      kind: 'person',
    });
  });

  it('writes a descriptive word that opens the sentence in lowercase', () => {
    expect(parseMention('Senior Hamas leader Khaled Meshaal')).toMatchObject({
      name: 'Khaled Meshaal',
      description: 'senior Hamas leader',
    });
  });

  it('names an unnamed speaker by its description, without the article', () => {
    expect(parseMention('a U.S. official')).toMatchObject({
      label: 'U.S. official',
      head: 'official',
      plural: false,
    });
    expect(parseMention('The Turkish security sources')).toMatchObject({
      label: 'Turkish security sources',
      head: 'sources',
      plural: true,
      definite: true,
    });
  });

  it('keeps connectors inside organisation names', () => {
    expect(parseMention('The Friends of Miller Park')).toMatchObject({ name: 'Friends of Miller Park' });
  });

  it('reads honorifics for gender and drops them from the name', () => {
    expect(parseMention('Mrs. Ellen Park')).toMatchObject({ name: 'Ellen Park', gender: 'f' });
  });

  it('recognises outlets', () => {
    expect(parseMention('Kan News')).toMatchObject({ name: 'Kan News', kind: 'outlet' });
  });

  it('reads pronouns as pronouns, and "we" as nobody', () => {
    expect(parseMention('He')).toMatchObject({ pronoun: 'he' });
    expect(parseMention('they')).toMatchObject({ pronoun: 'they', plural: true });
    expect(parseMention('we')).toBeUndefined();
  });
});

describe('speaker entities of the seed', () => {
  const seed = analyseFixture('seed-article.txt', '000_2aa17561e1b4ccf1.txt');
  const byName = new Map(seed.speakers.map((s) => [s.name, s]));

  it('has the seven speakers of the gold, in order of appearance', () => {
    expect(seed.speakers.map((s) => s.name)).toEqual([
      'U.S. official',
      'Benjamin Netanyahu',
      'Turkish security sources',
      'Kan News',
      'Hakan Fidan',
      'Khaled Meshaal',
      'Bassem Naim',
    ]);
  });

  it('names each by the fullest name the article uses, with the shorter ones as aliases', () => {
    expect(byName.get('Hakan Fidan')?.aliases).toEqual(
      expect.arrayContaining(['Fidan', 'Turkish Foreign Minister Hakan Fidan']),
    );
    expect(byName.get('Benjamin Netanyahu')?.aliases).toContain('Netanyahu');
    expect(byName.get('Turkish security sources')?.aliases).toEqual(
      expect.arrayContaining(['security sources', 'the sources']),
    );
  });

  it('describes them by their titles', () => {
    expect(byName.get('Hakan Fidan')?.description).toBe('Turkish Foreign Minister');
    expect(byName.get('Benjamin Netanyahu')?.description).toBe('Israeli Prime Minister');
    expect(byName.get('Khaled Meshaal')?.description).toBe('senior Hamas leader');
    expect(byName.get('Bassem Naim')?.description).toBe('Hamas official');
    expect(byName.get('Turkish security sources')?.description).toBe(
      'security sources cited by Turkish media',
    );
  });

  it('gives every speaker a kind and a stable id', () => {
    expect(byName.get('Kan News')).toMatchObject({ id: 'kan-news', kind: 'outlet' });
    expect(byName.get('Hakan Fidan')).toMatchObject({ id: 'hakan-fidan', kind: 'person' });
    expect(byName.get('U.S. official')).toMatchObject({ id: 'u-s-official', kind: 'unnamed' });
  });

  it('resolves he to the most recent speaker: ¶3 to the official, ¶15 to Fidan, ¶19 and ¶20 to Meshaal', () => {
    const speakerOf = (p: number): string[] =>
      seed.statements.filter((s) => s.paragraph === p).map((s) => s.speaker);
    expect(speakerOf(3)).toEqual(['U.S. official']);
    expect(speakerOf(15)).toEqual(['Hakan Fidan', 'Hakan Fidan']);
    expect(speakerOf(19)).toEqual(['Khaled Meshaal']);
    expect(speakerOf(20)).toEqual(['Khaled Meshaal']);
  });
});

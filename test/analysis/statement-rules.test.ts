import { analyseBriefing } from '../../src/analysis/analyse';
import { hasFiniteVerb } from '../../src/analysis/finite-verbs';
import { interviewTurns } from '../../src/analysis/interviews';
import { parseMention } from '../../src/analysis/speakers';
import { tokenize } from '../../src/analysis/tokens';
import { parseBriefing } from '../../src/knowledge/parse';

/** The statements of a short briefing, one paragraph per string, as `¶n speaker [kind]: text`. */
function statements(...paragraphs: string[]): string[] {
  const content = `---\ntitle: Test\npublished: 2025-06-04\n---\n\n${paragraphs.join('\n\n')}\n`;
  return analyseBriefing(parseBriefing('test.md', content)).statements.map(
    (s) => `¶${s.paragraph} ${s.speaker} [${s.kind}]${s.to ? ` to ${s.to}` : ''}: ${s.text}`,
  );
}

const finite = (text: string): boolean => {
  const tokens = tokenize(text);
  return hasFiniteVerb(tokens, 0, tokens.length);
};

describe('acts are not statements', () => {
  it('reads "declared a state of emergency" as an act, and the statement after it as the governor\'s', () => {
    expect(
      statements(
        'Governor Mark Ellison declared a state of emergency late Tuesday, saying in a statement that the state would "use every resource available" to protect lives.',
      ),
    ).toEqual(['¶1 Mark Ellison [partial]: the state would "use every resource available" to protect lives']);
  });

  it('keeps a clause without "that" when it has a verb of its own ("confirmed the talks had ended")', () => {
    expect(statements('The ministry confirmed the talks had ended without a deal.')).toEqual([
      '¶1 ministry [reported]: the talks had ended without a deal',
    ]);
  });

  it('says nothing for a negated subject ("Not all scientists agree that …")', () => {
    expect(statements('Not all scientists agree that the damage is permanent.')).toEqual([]);
  });

  it('does not take "a conference call" for a verb', () => {
    expect(statements('Lee told analysts on a conference call that demand remained strong.')).toEqual([
      '¶1 Lee [reported] to analysts: demand remained strong',
    ]);
  });
});

describe('who speaks', () => {
  it('gives a statement to every speaker of a coordinated subject', () => {
    expect(
      statements(
        'Jamal Brooks scored. Brooks and goalkeeper Ivan Petrov both said the dressing room was "devastated."',
      ),
    ).toEqual([
      '¶1 Jamal Brooks [partial]: the dressing room was "devastated."',
      '¶1 Ivan Petrov [partial]: the dressing room was "devastated."',
    ]);
  });

  it('reads a list of lawmakers with party tags as speakers of one statement', () => {
    expect(
      statements(
        'Rep. Alicia Romero, D-N.M., Rep. Kevin Walsh, D-Mass., and Rep. Dana Cho, D-Calif., said in a joint statement that the bill left families waiting.',
      ),
    ).toEqual([
      '¶1 Alicia Romero [reported]: the bill left families waiting',
      '¶1 Kevin Walsh [reported]: the bill left families waiting',
      '¶1 Dana Cho [reported]: the bill left families waiting',
    ]);
  });

  it('names "a spokesperson for X" after X, without its adjectives', () => {
    expect(
      statements(
        'A spokesperson for the smaller Rail Engineers Association said its executive would recommend acceptance.',
      ),
    ).toEqual([
      '¶1 Rail Engineers Association spokesperson [reported]: its executive would recommend acceptance',
    ]);
  });

  it('names "a spokesman for the association" after the association the text named', () => {
    expect(
      statements(
        'The Local Government Association warned that councils would miss their targets. A spokesman for the association said it "welcomed the minister\'s openness."',
      ),
    ).toEqual([
      '¶1 Local Government Association [reported]: councils would miss their targets',
      '¶1 Local Government Association spokesman [partial]: it "welcomed the minister\'s openness."',
    ]);
  });

  it('gives an unnamed speaker the name the next paragraph puts beside its noun', () => {
    expect(
      statements(
        'A florist near the junction with Mill Lane said she had laid off two of her staff.',
        'The florist, Grace Whitfield, has run the shop for 22 years.',
      ),
    ).toEqual(['¶1 Grace Whitfield [reported]: she had laid off two of her staff']);
  });

  it('takes "one wrote" for one of the group named before', () => {
    expect(statements('Fans were largely supportive. "Take all the time you need," one wrote.')).toEqual([
      '¶1 fan [direct]: Take all the time you need',
    ]);
  });

  it('lets a document speak when no one else does ("according to court filings")', () => {
    expect(statements('According to court filings, Vance faces up to 20 years in prison.')).toEqual([
      '¶1 court filings [reported]: Vance faces up to 20 years in prison',
    ]);
  });

  it('gives a quotation after a colon to the person the sentence is about', () => {
    expect(
      statements('Asked whether he would appeal, Chris Adebayo shook his head: "No point. We move on."'),
    ).toEqual(['¶1 Chris Adebayo [direct]: No point. We move on.']);
  });

  it('reads "Her verdict:" as her words', () => {
    expect(
      statements('Sara Lindholm won by four seconds. Her verdict: "I have never hurt so much."'),
    ).toEqual(['¶1 Sara Lindholm [direct]: I have never hurt so much.']);
  });

  it('gives an unattributed quotation to the speaker the paragraph before introduced', () => {
    expect(
      statements(
        'In a 2019 interview, Lionel Ruiz recalled those early years with little nostalgia.',
        '"People like to make it sound romantic. It wasn\'t."',
      ),
    ).toEqual(["¶2 Lionel Ruiz [direct]: People like to make it sound romantic. It wasn't."]);
  });
});

describe('who is meant', () => {
  it('reads an epithet as the person just named ("the Brazilian champion")', () => {
    expect(
      statements(
        "Danny Hale faces Rafael Costa next month. Costa, sitting three seats away, laughed. Asked about Hale's prediction, the Brazilian champion said he had heard it before.",
      ),
    ).toEqual(['¶1 Rafael Costa [reported]: he had heard it before']);
  });

  it('names the owner of "Its military"', () => {
    expect(
      statements('Tessaly gave a different account. Its military said Marovian forces had fired first.'),
    ).toEqual(["¶1 Tessaly's military [reported]: Marovian forces had fired first"]);
  });

  it('takes "the company" for the name the article treats as a company, not a place', () => {
    expect(
      statements(
        'Kestrel Components will cut 600 jobs in Lima, Ohio, the company said. Kestrel said the first layoffs would come in April.',
      ),
    ).toEqual([
      '¶1 Kestrel Components [reported]: Kestrel Components will cut 600 jobs in Lima, Ohio',
      '¶1 Kestrel Components [reported]: the first layoffs would come in April',
    ]);
  });

  it('reads "that" before a verb as the clause\'s subject', () => {
    expect(statements('Price said that did not worry him.')).toEqual([
      '¶1 Price [reported]: that did not worry him',
    ]);
  });
});

describe('interviews', () => {
  it('gives the answers to the interviewee and says nothing for the questions', () => {
    expect(
      statements(
        'Housing Minister Grace Adeyemi spoke to The Sunday Ledger about rents.',
        'Q: Would you support rent controls?',
        'A: Not the kind that have failed elsewhere.',
      ),
    ).toEqual(['¶3 Grace Adeyemi [direct]: Not the kind that have failed elsewhere.']);
  });

  it('reads a transcript with speakers in capitals', () => {
    expect(
      interviewTurns(['Intro.', 'HOST: Why?', 'OKORO: Because.', 'HOST: When?', 'OKORO: Soon.', 'Outro.']),
    ).toEqual([
      undefined,
      { role: 'named', name: 'HOST', offset: 6 },
      { role: 'named', name: 'OKORO', offset: 7 },
      { role: 'named', name: 'HOST', offset: 6 },
      { role: 'named', name: 'OKORO', offset: 7 },
      undefined,
    ]);
  });

  it('is no interview when only one paragraph opens with a label', () => {
    expect(interviewTurns(['Note: the figures are provisional.', 'Prices rose.'])).toEqual([
      undefined,
      undefined,
    ]);
  });
});

describe('finite verbs', () => {
  it('finds the verb of a clause', () => {
    expect(finite('the state would act')).toBe(true);
    expect(finite('the company expects growth')).toBe(true);
    expect(finite('the agreement included a pay rise')).toBe(true);
  });

  it('finds none in a noun phrase', () => {
    expect(finite('a state of emergency late Tuesday')).toBe(false);
    expect(finite('the charges')).toBe(false);
    expect(finite('the proposed changes')).toBe(false);
  });
});

describe('names', () => {
  it('ends a person\'s name before "of the University of …"', () => {
    expect(parseMention('Professor Kenji Morita of Kyoto University')).toMatchObject({
      name: 'Kenji Morita',
      kind: 'person',
    });
  });

  it('keeps "and" inside an organisation\'s name', () => {
    expect(parseMention('North Yorkshire Fire and Rescue Service')).toMatchObject({
      name: 'North Yorkshire Fire and Rescue Service',
      kind: 'organisation',
    });
  });

  it('reads a nationality before a name as its description', () => {
    expect(parseMention('American Sara Lindholm')).toMatchObject({ name: 'Sara Lindholm' });
  });
});

describe('speakers of wire and political copy', () => {
  it('keeps a surname with a joined particle ("al-Mansour") as part of the name', () => {
    expect(
      statements(
        'Foreign Minister Faisal al-Mansour said the ceasefire was holding.',
        '"We are patient," al-Mansour said.',
      ),
    ).toEqual([
      '¶1 Faisal al-Mansour [reported]: the ceasefire was holding',
      '¶2 Faisal al-Mansour [direct]: We are patient',
    ]);
  });

  it('reads "assurances from X that …" as X\'s reported words', () => {
    expect(
      statements('Residents ignored assurances from the water company that the supply was safe.'),
    ).toEqual(['¶1 water company [reported]: the supply was safe']);
  });

  it('gives "…, whose mother, Ana Ruiz, said" to the mother named in apposition', () => {
    expect(
      statements(
        'The youngest victim was Leo Ortiz, 9, whose mother, Ana Ruiz, said he had been playing outside.',
      ),
    ).toEqual(['¶1 Ana Ruiz [reported]: he had been playing outside']);
  });

  it('finds the other of a couple named together for "his wife"', () => {
    expect(
      statements(
        'The fire destroyed the home of John and Mary Keller.',
        'His wife said they had lost everything.',
      ),
    ).toEqual(['¶2 Mary Keller [reported]: they had lost everything']);
  });

  it('gives a quotation after "…, the veteran midfielder smiled." to the player just named', () => {
    expect(
      statements(
        'Marco Silva limped off in the second half.',
        'Asked about the injury, the veteran midfielder smiled. "I\'ll be fine for Saturday."',
      ),
    ).toEqual(["¶2 Marco Silva [direct]: I'll be fine for Saturday."]);
  });

  it('lets the body named before a document\'s noun speak ("according to World Bank data")', () => {
    expect(statements('Growth slowed to 2.1% last year, according to World Bank data.')).toEqual([
      '¶1 World Bank [reported]: Growth slowed to 2.1% last year',
    ]);
  });

  it('reads "it" after a sentence opened by an unnamed body as that body', () => {
    expect(
      statements('The health ministry issued new guidance. In a statement, it said clinics would stay open.'),
    ).toEqual(['¶1 health ministry [reported]: clinics would stay open']);
  });

  it('does not read a participle after a noun as a verb ("in a video posted on social media")', () => {
    expect(
      statements('The senator said in a video posted on social media that she would not run again.'),
    ).toEqual(['¶1 senator [reported]: she would not run again']);
  });
});

describe('names of bodies', () => {
  it('keeps "for" inside a body\'s name', () => {
    expect(parseMention('the Centre for Policy Studies')).toMatchObject({
      name: 'Centre for Policy Studies',
    });
  });

  it('keeps an office named by its holder whole', () => {
    expect(parseMention("the Marin County District Attorney's Office")).toMatchObject({
      name: "Marin County District Attorney's Office",
      kind: 'organisation',
    });
  });
});

describe('people and bodies named in other ways', () => {
  it('lets both speakers of "X and Y urged …, saying …" say the participle\'s words too', () => {
    expect(
      statements('Norway and Denmark urged the bank to cut rates, saying inflation had been beaten.'),
    ).toEqual([
      '¶1 Norway [reported]: the bank to cut rates',
      '¶1 Denmark [reported]: the bank to cut rates',
      '¶1 Norway [reported]: inflation had been beaten',
      '¶1 Denmark [reported]: inflation had been beaten',
    ]);
  });

  it('reads "the statement" as the document named before ("a joint statement")', () => {
    expect(
      statements(
        'The two unions issued a joint statement after the talks. The statement said the strike would go ahead.',
      ),
    ).toEqual(['¶1 joint statement [reported]: the strike would go ahead']);
  });

  it('keeps a company without its legal suffix as the company ("Harbor Steel" of "Harbor Steel Inc.")', () => {
    expect(
      statements(
        "Harbor Steel Inc., the mill's owner, said it would appeal.",
        'Union leaders met on Monday.',
        'Harbor Steel has denied wrongdoing. In a filing, it said the furnace was safe.',
      ),
    ).toEqual([
      '¶1 Harbor Steel Inc. [reported]: it would appeal',
      '¶3 Harbor Steel Inc. [reported]: the furnace was safe',
    ]);
  });

  it('finds a person by first name alone when one person of the article has it', () => {
    expect(
      statements('Nora Quist and Paul Amado won the pairs title.', 'Nora said they would rest.'),
    ).toEqual(['¶2 Nora Quist [reported]: they would rest']);
  });

  it('reads no verb of an "Asked …" question as a speaker\'s', () => {
    expect(
      statements(
        'Coach Ana Lima watched from the bench.',
        'Asked what she had told the players at half-time, Lima grinned. "Nothing printable."',
      ),
    ).toEqual(['¶2 Ana Lima [direct]: Nothing printable.']);
  });

  it('does not take an "electric-vehicle maker" for a person', () => {
    expect(
      statements(
        'Electric-vehicle maker Kestrel Motors cut its forecast on Friday.',
        'Sales fell 5%, it said.',
      ),
    ).toEqual(['¶2 Kestrel Motors [reported]: Sales fell 5%']);
  });
});

describe('wire attributions of batch 30', () => {
  it('gives a closing "X and Y said" to both speakers', () => {
    expect(statements('Two bridges were closed on Monday, police and the city council said.')).toEqual([
      '¶1 police [reported]: Two bridges were closed on Monday',
      '¶1 city council [reported]: Two bridges were closed on Monday',
    ]);
  });

  it('reads "his office said" after an unnamed official as that official\'s office', () => {
    expect(
      statements(
        'Mayor Tom Reed said the port would reopen.',
        "Chile's foreign minister cancelled the trip, his office said.",
      ),
    ).toEqual([
      '¶1 Tom Reed [reported]: the port would reopen',
      "¶2 Chile's foreign minister's office [reported]: Chile's foreign minister cancelled the trip",
    ]);
  });

  it('keeps "in Baghdad" with a body\'s noun ("The U.S. embassy in Baghdad said")', () => {
    expect(statements('The French embassy in Nairobi said it was closely following the case.')).toEqual([
      '¶1 French embassy in Nairobi [reported]: it was closely following the case',
    ]);
  });

  it('reads "asked that …" as the words of a request, and "family" as no adverb', () => {
    expect(statements("The family asked that mourners give to a children's charity.")).toEqual([
      "¶1 family [reported]: mourners give to a children's charity",
    ]);
  });

  it('merges "the plant\'s operator" into the company named in that role later', () => {
    expect(
      statements(
        "A fire broke out at the mill, the mill's owner said.",
        'The owner, Tarn Paper, said in a statement that no one was hurt.',
      ),
    ).toEqual([
      '¶1 Tarn Paper [reported]: A fire broke out at the mill',
      '¶2 Tarn Paper [reported]: no one was hurt',
    ]);
  });
});

describe('bodies and clubs of batch 31', () => {
  it('reads "it said" after "The Prime Minister\'s Office denied …" as that office', () => {
    expect(
      statements('The Prime Minister\'s Office denied the report. "No decision has been taken," it said.'),
    ).toEqual(["¶1 Prime Minister's Office [direct]: No decision has been taken"]);
  });

  it('gives "The statement …" to the speaker who spoke "in a statement" just before', () => {
    expect(
      statements(
        'The union said in a statement that talks had failed. The statement blamed managers for "bad faith."',
      ),
    ).toEqual(['¶1 union [reported]: talks had failed', '¶1 union [partial]: managers for "bad faith."']);
  });

  it('finds the club behind "the club said" from the town that starts its name, not the cup it won', () => {
    expect(
      statements(
        'Harlow Town won the Shield Cup on Sunday.',
        'The players celebrated.',
        'About 5,000 Harlow fans travelled, the club said.',
      ),
    ).toEqual(['¶3 Harlow Town [reported]: About 5,000 Harlow fans travelled']);
  });
});

describe('where the words end', () => {
  it('ends quoted words of "called it …" before an act coordinated after them', () => {
    expect(
      statements('Coach Ben Ray called the win "a miracle" and thanked the fans for their patience.'),
    ).toEqual(['¶1 Ben Ray [partial]: the win "a miracle"']);
  });

  it('keeps "and demanded that …" inside words whose own clause has a perfect', () => {
    expect(
      statements('The palace said the king had thanked the envoys and demanded that the talks go on.'),
    ).toEqual(['¶1 palace [reported]: the king had thanked the envoys and demanded that the talks go on']);
  });

  it('still gives "and added that …" to the speaker after such words', () => {
    expect(
      statements('Lopez said the company had made mistakes and added that it would pay refunds.'),
    ).toEqual([
      '¶1 Lopez [reported]: the company had made mistakes',
      '¶1 Lopez [reported]: it would pay refunds',
    ]);
  });
});

describe('attributions of batch 32', () => {
  it('names the people of "despite warnings from more than 40 councillors that …" without the count', () => {
    expect(
      statements(
        'The mayor pressed ahead despite warnings from more than 40 councillors that the plan was unlawful.',
      ),
    ).toEqual(['¶1 councillors [reported]: the plan was unlawful']);
  });

  it('names a body by its name, not by the kind noun after it ("the Hamas militant group")', () => {
    expect(statements('The Hamas militant group said it would study the offer.')).toEqual([
      '¶1 Hamas [reported]: it would study the offer',
    ]);
  });

  it('reads "estimated that" and a closing "advised" as attributions', () => {
    expect(
      statements(
        'The Grantham Institute think tank estimated that prices would rise by 4%.',
        'Drivers should avoid the bridge until Monday, the state transport department advised.',
      ),
    ).toEqual([
      '¶1 Grantham Institute [reported]: prices would rise by 4%',
      '¶2 state transport department [reported]: Drivers should avoid the bridge until Monday',
    ]);
  });

  it('drops the holder\'s title from an office named by its holder ("President Ana Ruiz\'s office")', () => {
    expect(statements("President Ana Ruiz's office said she would sign the bill.")).toEqual([
      "¶1 Ana Ruiz's office [reported]: she would sign the bill",
    ]);
  });

  it('reads a quoted to-clause after "urged X to"', () => {
    expect(statements('The governor urged residents to "stay off the roads."')).toEqual([
      '¶1 governor [partial]: residents to "stay off the roads."',
    ]);
  });

  it('keeps where a fronted speaker was, and a later "later", out of the audience', () => {
    expect(
      statements(
        'Speaking to reporters during a tour of a hospital in Leeds, Ruth Hale said waiting lists would fall.',
        'Hale told reporters later that she would not resign.',
      ),
    ).toEqual([
      '¶1 Ruth Hale [reported] to reporters: waiting lists would fall',
      '¶2 Ruth Hale [reported] to reporters: she would not resign',
    ]);
  });

  it('names a spokesperson for an unnamed body after the body ("a spokesman for the city water board")', () => {
    expect(statements('A spokesman for the city water board said supplies were safe.')).toEqual([
      '¶1 city water board spokesman [reported]: supplies were safe',
    ]);
  });
});

describe('attributions of batch 33', () => {
  it('reads "quoted a senior lawmaker, X, as saying" as X speaking to the outlet', () => {
    expect(
      statements(
        'Iranian state television quoted a senior cleric, Ahmad Rahimi, as saying that talks were over.',
      ),
    ).toEqual(['¶1 Ahmad Rahimi [reported] to Iranian state television: talks were over']);
  });

  it('gives "according to its chairman, X." to the name beside the description', () => {
    expect(
      statements('The club will move to a new ground next year, according to its chairman, Tom Reyes.'),
    ).toEqual(['¶1 Tom Reyes [reported]: The club will move to a new ground next year']);
  });

  it('names the group before a restrictive relative clause ("Residents who live near the plant said")', () => {
    expect(statements('Residents who live near the plant said the smell was unbearable.')).toEqual([
      '¶1 residents [reported]: the smell was unbearable',
    ]);
  });

  it('reads past a sentence adverb between commas ("warned, however, that")', () => {
    expect(
      statements('Ruth Hale said sales had recovered. She warned, however, that costs were rising.'),
    ).toEqual(['¶1 Ruth Hale [reported]: sales had recovered', '¶1 Ruth Hale [reported]: costs were rising']);
  });

  it('gives words after "reminded jurors that …, according to testimony from X" to both', () => {
    expect(
      statements(
        'Reyes reminded jurors that the tyres were bald, according to testimony from a police mechanic.',
      ),
    ).toEqual([
      '¶1 Reyes [reported] to jurors: the tyres were bald',
      '¶1 police mechanic [reported]: the tyres were bald',
    ]);
  });

  it('takes "the company" for the company the story has heard from, not an analyst\'s firm', () => {
    expect(
      statements(
        'Supermarket chain Fenmart said on Monday it would shut 12 stores.',
        'Ian Moss, an analyst at Corran Partners, said the cuts were overdue.',
        'The company has lost money for two years. It said in its annual report that energy bills had doubled.',
      ),
    ).toEqual([
      '¶1 Fenmart [reported]: it would shut 12 stores',
      '¶2 Ian Moss [reported]: the cuts were overdue',
      '¶3 Fenmart [reported]: energy bills had doubled',
    ]);
  });
});

describe('names and words of batch 34', () => {
  it('keeps a title\'s word inside a body\'s name ("the Justice Department", "the Defense Ministry")', () => {
    expect(
      statements(
        'The Justice Department said it would appeal.',
        'The Defense Ministry said troops were ready.',
      ),
    ).toEqual([
      '¶1 Justice Department [reported]: it would appeal',
      '¶2 Defense Ministry [reported]: troops were ready',
    ]);
  });

  it('reads "Chamber of Commerce" as one body, and a trade\'s -ist before a name as a title', () => {
    expect(
      statements(
        'The Northfield Chamber of Commerce said parking charges had hurt trade.',
        'Geologist Anna Berg said the slope could fail.',
      ),
    ).toEqual([
      '¶1 Northfield Chamber of Commerce [reported]: parking charges had hurt trade',
      '¶2 Anna Berg [reported]: the slope could fail',
    ]);
  });

  it('ends the main subject at its verb after a name with "of" ("The Bank of Eastland kept … but signalled")', () => {
    expect(
      statements('The Bank of Northland held rates on Thursday but signalled that it could cut them in May.'),
    ).toEqual(['¶1 Bank of Northland [reported]: it could cut them in May']);
  });

  it('reads "called on X, which …, to \\"…\\"" past the relative clause', () => {
    expect(
      statements('The minister called on Germany and Italy, which chair the group, to "act without delay."'),
    ).toEqual(['¶1 minister [partial]: Germany and Italy, which chair the group, to "act without delay."']);
  });

  it('keeps the object of "asked X who … to …" in the words', () => {
    expect(statements('Police asked drivers who were on the road that night to come forward.')).toEqual([
      '¶1 police [reported]: drivers who were on the road that night to come forward',
    ]);
  });

  it('names a document without the words that rate it, and "the research" after it is the same study', () => {
    expect(
      statements(
        'Older drivers crash less often, according to a large study published on Monday.',
        'The research, which tracked 40,000 drivers, found that night driving was the main risk.',
      ),
    ).toEqual([
      '¶1 study [reported]: Older drivers crash less often',
      '¶2 study [reported]: night driving was the main risk',
    ]);
  });
});

describe('attributions of batch 35', () => {
  it('reads a closing attribution with a long phrase after it, and "The report said" as the body\'s', () => {
    expect(
      statements(
        'Output fell for a third month, the national statistics office said in a quarterly report to lawmakers published by the parliament on Monday.',
        'The report said exports had also slowed.',
      ),
    ).toEqual([
      '¶1 national statistics office [reported]: Output fell for a third month',
      '¶2 national statistics office [reported]: exports had also slowed',
    ]);
  });

  it('reads "similar promises" as a noun, not a speech verb', () => {
    expect(statements('The union said the firm had made similar promises in 2019 and broken them.')).toEqual([
      '¶1 union [reported]: the firm had made similar promises in 2019 and broken them',
    ]);
  });

  it('keeps "familiar with the matter" in a source of "according to"', () => {
    expect(statements('The deal is worth $2 billion, according to people familiar with the matter.')).toEqual(
      ['¶1 people familiar with the matter [reported]: The deal is worth $2 billion'],
    );
  });

  it('drops a hyphenated title ("President-elect") from the name', () => {
    expect(statements('President-elect Maria Lopez said she would govern for everyone.')).toEqual([
      '¶1 Maria Lopez [reported]: she would govern for everyone',
    ]);
  });

  it('names "another" of a group after the group, not after a "Board of Governors"', () => {
    expect(
      statements(
        'Western diplomats said the Board of Governors would meet on Monday. One diplomat said a vote was likely. Another said it could be delayed.',
      ),
    ).toEqual([
      '¶1 Western diplomats [reported]: the Board of Governors would meet on Monday',
      '¶1 Western diplomat [reported]: a vote was likely',
      '¶1 Western diplomat [reported]: it could be delayed',
    ]);
  });
});

describe('names of batch 36', () => {
  it('keeps the plus sign of a name ("OPEC+")', () => {
    expect(statements('OPEC+ said it would raise output in March.')).toEqual([
      '¶1 OPEC+ [reported]: it would raise output in March',
    ]);
  });
});

describe('attributions of batch 37', () => {
  it('lets a verb inside the words ("monitoring had found no …") end nothing', () => {
    expect(
      statements(
        'Chief Ann Dale said the fire was "contained" and that inspectors had found no damage to the dam.',
      ),
    ).toEqual([
      '¶1 Ann Dale [partial]: the fire was "contained" and that inspectors had found no damage to the dam',
      '¶1 Ann Dale [reported]: inspectors had found no damage to the dam',
    ]);
  });

  it('never takes a dateline\'s place for "the company", and a body described as a railroad is a body', () => {
    expect(
      statements(
        'DAYTON, Ohio (AP) — A tanker overturned on Monday, officials said.',
        'The trucking firm, Brandt Freight, said the driver was unhurt. The company said it would pay for the cleanup.',
      ),
    ).toEqual([
      '¶1 officials [reported]: A tanker overturned on Monday',
      '¶2 Brandt Freight [reported]: the driver was unhurt',
      '¶2 Brandt Freight [reported]: it would pay for the cleanup',
    ]);
  });

  it('reads "Union X" opening a sentence as the union X when the briefing writes "union" in lowercase', () => {
    expect(
      statements('Union Unison said pay talks had failed.', 'A union official said strikes were likely.'),
    ).toEqual([
      '¶1 Unison [reported]: pay talks had failed',
      '¶2 union official [reported]: strikes were likely',
    ]);
  });

  it('names two companies of "the merger of X Airways and Y Air" by their full names when they speak', () => {
    expect(
      statements(
        'Regulators opened an inquiry into the merger of Skyline Airways and Atlantic Air.',
        'Skyline and Atlantic said they would cooperate fully with the inquiry.',
      ),
    ).toEqual([
      '¶2 Skyline Airways [reported]: they would cooperate fully with the inquiry',
      '¶2 Atlantic Air [reported]: they would cooperate fully with the inquiry',
    ]);
  });

  it('takes a programme named after "Speaking on" as the audience', () => {
    expect(
      statements("Speaking on BBC Radio 4's Today programme, Sarah Okonjo said the plan was funded in full."),
    ).toEqual(["¶1 Sarah Okonjo [reported] to BBC Radio 4's Today programme: the plan was funded in full"]);
  });

  it("names a lead's described speaker after the one the next paragraph names", () => {
    expect(
      statements(
        "The country's energy regulator said on Friday that bills would rise in April.",
        'Northline Power said it would freeze prices for vulnerable customers.',
      ),
    ).toEqual([
      "¶1 country's energy regulator [reported]: bills would rise in April",
      '¶2 Northline Power [reported]: it would freeze prices for vulnerable customers',
    ]);
    expect(
      statements(
        "Britain's competition regulator said on Wednesday that the deal could raise fares.",
        'In provisional findings, the Competition and Markets Authority said fares could rise by 10%.',
      ),
    ).toEqual([
      '¶1 Competition and Markets Authority [reported]: the deal could raise fares',
      '¶2 Competition and Markets Authority [reported]: fares could rise by 10%',
    ]);
  });
});

describe('names of batch 38', () => {
  it('reads a preposition opening the sentence as no name ("In Rafah, X, a mother of five, said")', () => {
    expect(
      statements('In Jenin, Samir Haddad, a shopkeeper, said the road had been closed for a week.'),
    ).toEqual(['¶1 Samir Haddad [reported]: the road had been closed for a week']);
  });

  it('keeps "only" before a figure in the words', () => {
    expect(statements('The agency said only 40 trucks had crossed on Monday.')).toEqual([
      '¶1 agency [reported]: only 40 trucks had crossed on Monday',
    ]);
  });

  it("names a body by the initials it was spelled out for, without a place's possessive", () => {
    expect(
      statements(
        "Britain's Financial Conduct Authority fined the bank on Tuesday, saying its checks had failed.",
        'The fine would have been larger had the bank not settled, the FCA said.',
      ),
    ).toEqual([
      '¶1 Financial Conduct Authority [reported]: its checks had failed',
      '¶2 Financial Conduct Authority [reported]: The fine would have been larger had the bank not settled',
    ]);
  });

  it('gives "according to its own figures" to the body "its" stands for, but "its annual report" to the report', () => {
    expect(statements('The FCA has fined four banks since 2021, according to its own figures.')).toEqual([
      '¶1 FCA [reported]: The FCA has fined four banks since 2021',
    ]);
    expect(statements('The agency counted 900 cases last year, according to its annual report.')).toEqual([
      '¶1 annual report [reported]: The agency counted 900 cases last year',
    ]);
  });

  it('reads "Spotlight on Corruption, an anti-corruption group," and "Friends of the Earth" as bodies', () => {
    expect(
      statements(
        'Spotlight on Corruption, an anti-corruption group, said fines were too low.',
        'Friends of the Earth, an environmental group, said the plan would fail.',
      ),
    ).toEqual([
      '¶1 Spotlight on Corruption [reported]: fines were too low',
      '¶2 Friends of the Earth [reported]: the plan would fail',
    ]);
  });
});

describe('attributions of batch 39', () => {
  it('takes the event after "Speaking at" as the audience', () => {
    expect(statements('Speaking at a summit in Oslo on Friday, Lena Berg said the fund was empty.')).toEqual([
      '¶1 Lena Berg [reported] to a summit in Oslo: the fund was empty',
    ]);
  });

  it('gives "according to figures provided by X" to X, but not "a memo seen by" an outlet', () => {
    expect(
      statements(
        'Crime fell by 8%, according to figures provided by the police.',
        'The airline planned to cut 300 jobs, according to an internal memo seen by Travel Weekly.',
      ),
    ).toEqual([
      '¶1 police [reported]: Crime fell by 8%',
      '¶2 internal memo [reported]: The airline planned to cut 300 jobs',
    ]);
  });

  it('gives "The memo said" to the one who sent the memo in the sentence before', () => {
    expect(
      statements(
        'The state budget director, Alan Whitfield, sent a memo to agency heads on Tuesday. The memo said 900 workers could be furloughed.',
      ),
    ).toEqual(['¶1 Alan Whitfield [reported]: 900 workers could be furloughed']);
  });

  it('never takes a nearby organisation for "the military"', () => {
    expect(
      statements(
        'Hezbollah said it would not disarm.',
        'The strikes destroyed 40 sites, according to figures released by the military.',
      ),
    ).toEqual([
      '¶1 Hezbollah [reported]: it would not disarm',
      '¶2 military [reported]: The strikes destroyed 40 sites',
    ]);
  });
});

describe('names of batch 40', () => {
  it('reads "It issued …, and urged …" as the body "it" stands for', () => {
    expect(
      statements(
        'The Met Office said the storm would hit on Friday. It issued an amber warning, and urged drivers to stay at home.',
      ),
    ).toEqual([
      '¶1 Met Office [reported]: the storm would hit on Friday',
      '¶1 Met Office [reported]: drivers to stay at home',
    ]);
  });

  it('drops a trade opening the sentence before a company\'s name ("Drugmaker X")', () => {
    expect(statements('Carmaker Voltra Motors said it would recall 12,000 vehicles.')).toEqual([
      '¶1 Voltra Motors [reported]: it would recall 12,000 vehicles',
    ]);
  });

  it('keeps a body\'s name written with commas or "and" whole', () => {
    expect(
      statements(
        'A spokesperson for the Department for Environment, Food and Rural Affairs said talks would resume.',
        'The Department for Business, Energy and Industrial Strategy said prices would rise.',
        'A spokesman for the Department of Health and Human Services said the rule was final.',
        'Smith, Jones and Patel said the plan had failed.',
      ),
    ).toEqual([
      '¶1 Department for Environment, Food and Rural Affairs spokesperson [reported]: talks would resume',
      '¶2 Department for Business, Energy and Industrial Strategy [reported]: prices would rise',
      '¶3 Department of Health and Human Services spokesman [reported]: the rule was final',
      '¶4 Smith [reported]: the plan had failed',
      '¶4 Jones [reported]: the plan had failed',
      '¶4 Patel [reported]: the plan had failed',
    ]);
  });

  it('takes "the Ukrainian delegation" for "Ukraine\'s delegation" named before', () => {
    expect(
      statements(
        "Poland's delegation said it had tabled a new text.",
        'The vote will be held on Friday, according to the Polish delegation.',
      ),
    ).toEqual([
      "¶1 Poland's delegation [reported]: it had tabled a new text",
      "¶2 Poland's delegation [reported]: The vote will be held on Friday",
    ]);
  });
});

describe('attributions of batch 41', () => {
  it('takes where remarks were broadcast as the audience', () => {
    expect(
      statements(
        'The general said in remarks broadcast on state television that the army would hold its fire.',
      ),
    ).toEqual(['¶1 general [reported] to state television: the army would hold its fire']);
  });

  it('never reads "U.N." as a longer name that starts with it', () => {
    expect(
      statements(
        "The U.N. Children's Fund said schools had closed.",
        'The war has displaced 12 million people, according to U.N. estimates.',
      ),
    ).toEqual([
      "¶1 U.N. Children's Fund [reported]: schools had closed",
      '¶2 U.N. [reported]: The war has displaced 12 million people',
    ]);
  });

  it('gives a sentence with a non-speech "recalled" whole to "according to results released by X"', () => {
    expect(
      statements(
        'Voters recalled the mayor on Tuesday, ending two years of turmoil, according to results released by the county clerk.',
      ),
    ).toEqual([
      '¶1 county clerk [reported]: Voters recalled the mayor on Tuesday, ending two years of turmoil',
    ]);
  });
});

describe('names of batch 42', () => {
  it('reads the body of a title\'s word inside its name as one body ("Azerbaijani Foreign Ministry spokesperson X")', () => {
    expect(
      statements(
        'Azerbaijani Foreign Ministry spokesperson Ilkin Mammadov declined to comment. "We support peace," he said.',
      ),
    ).toEqual(['¶1 Ilkin Mammadov [direct]: We support peace']);
  });

  it('gives "The report, citing diplomatic sources, said" to the sources, through the report', () => {
    expect(statements('The report, citing diplomatic sources, said Baku wanted guarantees.')).toEqual([
      '¶1 diplomatic sources [reported] to The report: Baku wanted guarantees',
    ]);
  });

  it('names a lead\'s "its parent company" after the company the next paragraph hears from', () => {
    expect(
      statements(
        'Mercy Valley Hospital in Carlton will close its maternity ward, its parent company said on Thursday.',
        'Harmon Health, which owns the hospital, said it could not hire enough nurses. The company said the emergency room would stay open.',
      ),
    ).toEqual([
      '¶1 Harmon Health [reported]: Mercy Valley Hospital in Carlton will close its maternity ward',
      '¶2 Harmon Health [reported]: it could not hire enough nurses',
      '¶2 Harmon Health [reported]: the emergency room would stay open',
    ]);
  });

  it('keeps "the Center for X and Y Reform" whole after "according to a report by"', () => {
    expect(
      statements(
        'Prices rose, according to a report by the Center for Healthcare Quality and Payment Reform.',
      ),
    ).toEqual(['¶1 Center for Healthcare Quality and Payment Reform [reported]: Prices rose']);
  });
});

describe('attributions of batch 43', () => {
  it('ends the words of a verb inside ", which …," with the relative clause', () => {
    expect(
      statements('Turkey, which has threatened to close its border, is watching the talks closely.'),
    ).toEqual(['¶1 Turkey [reported]: to close its border']);
  });

  it('names a spokeswoman for "the mayor\'s office" after the office', () => {
    expect(statements("A spokeswoman for the mayor's office said the plan was under review.")).toEqual([
      "¶1 mayor's office spokeswoman [reported]: the plan was under review",
    ]);
  });
});

import { join } from 'node:path';
import { loadKnowledgeDir } from '../../src/app';
import type { ReplyBody } from '../../src/render/reply';
import { answerReply } from '../../src/render/reply';
import { chatPageHtml, colourCss } from '../../src/tools/discord-html';
import { discordMarkdownToHtml, escapeHtml } from '../../src/tools/discord-markup';
import { exchangesFor, replyFor } from '../../src/tools/screenshot';

const knowledge = loadKnowledgeDir(join(__dirname, '..', '..', 'knowledge'));
const NOW = Date.UTC(2025, 11, 10, 12, 0, 0);

describe('Discord markdown → HTML', () => {
  it('shows bold, strike, italics, code and masked links as HTML', () => {
    expect(discordMarkdownToHtml('**Khaled Meshaal** said ~~seperating~~ *really* `x<y`')).toBe(
      '<strong>Khaled Meshaal</strong> said <s>seperating</s> <em>really</em> <code>x&lt;y</code>',
    );
    expect(discordMarkdownToHtml('[¶18 · Gaza](https://example.com/a?b=1&c=(2))')).toBe(
      '<a href="https://example.com/a?b=1&amp;c=(2">¶18 · Gaza</a>)',
    );
    expect(discordMarkdownToHtml('[¶18 · Gaza](https://example.com/a?b=1&c=%282%29)')).toBe(
      '<a href="https://example.com/a?b=1&amp;c=%282%29">¶18 · Gaza</a>',
    );
  });

  it('keeps escaped characters literal and drops the backslash', () => {
    expect(discordMarkdownToHtml('\\*\\*not bold\\*\\* \\[x\\](https://a.b) \\<@1\\>')).toBe(
      '**not bold** [x](https://a.b) &lt;@1&gt;',
    );
  });

  it('turns "> " lines into one block quote and the other lines into <br>-separated text', () => {
    expect(discordMarkdownToHtml('> first\n> second\nafter\nlast')).toBe(
      '<blockquote>first<br>second</blockquote>after<br>last',
    );
  });

  it('never makes a link of anything but http(s)', () => {
    expect(discordMarkdownToHtml('[click](javascript:alert(1))')).toBe('[click](javascript:alert(1))');
  });

  it('shows mentions by name and timestamps relative to the page clock', () => {
    const html = discordMarkdownToHtml('<@400000000000000002> try again <t:1000:R>.', {
      users: { '400000000000000002': 'Dana' },
      now: 997,
    });
    expect(html).toBe(
      '<span class="mention">@Dana</span> try again <span class="timestamp">in 3 seconds</span>.',
    );
  });
});

describe('chat page HTML', () => {
  const hostile: ReplyBody = answerReply(
    {
      title: '<script>alert("title")</script> & **bold**',
      description: 'Intro <img src=x onerror=alert(1)>',
      color: 0xf59e0b,
      fields: [{ name: 'Field <b>name</b>', value: '> <script>alert("value")</script>\n¶3 · Title' }],
      footer: { text: 'Footer **not markdown** <i>' },
    },
    { hide: true },
  );
  const html = chatPageHtml([
    { user: 'Eve<script>', invocation: '/ask question: <script>x</script>', body: hostile },
  ]);

  it('escapes every text of the body and of the invocation: no raw <script> or tags from the texts', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>name');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;title&quot;)&lt;/script&gt; &amp; <strong>bold</strong>',
    );
    expect(html).toContain('Field &lt;b&gt;name&lt;/b&gt;');
    expect(html).toContain(
      '<blockquote>&lt;script&gt;alert(&quot;value&quot;)&lt;/script&gt;</blockquote>¶3 · Title',
    );
    expect(html).toContain('<span class="args">question: &lt;script&gt;x&lt;/script&gt;</span>');
    expect(html).toContain('Eve&lt;script&gt;');
  });

  it('shows the footer as plain text, the colour bar and the private-reply note', () => {
    expect(html).toContain('<div class="embed-footer">Footer **not markdown** &lt;i&gt;</div>');
    expect(html).toContain('border-left-color:#f59e0b');
    expect(html).toContain('Only you can see this');
  });

  it('forbids scripts in the page unless the measuring script is asked for', () => {
    expect(html).toContain("script-src 'none'");
    const measured = chatPageHtml([], { measureHeight: true });
    expect(measured).toContain("script-src 'unsafe-inline'");
    expect(measured.match(/<script>/g)).toHaveLength(1);
  });

  it('writes colours as six hex digits', () => {
    expect(colourCss(0x3b82f6)).toBe('#3b82f6');
    expect(colourCss(0x0ea5e9)).toBe('#0ea5e9');
    expect(colourCss(-1)).toBe('#000000');
  });
});

describe('screenshot scenarios', () => {
  it('answers /who-said through the real router: Khaled Meshaal, ¶18, a "Show ¶18" button', async () => {
    const body = await replyFor(
      knowledge,
      { user: 'Dana', line: '/who-said quote: seperating them from their soul' },
      NOW,
    );
    const embed = body.embeds?.[0];
    expect(embed?.title).toBe('Who said "seperating them from their soul"?');
    expect(embed?.fields?.[0]?.name).toContain('Khaled Meshaal');
    expect(embed?.fields?.[0]?.value).toContain('¶18');
    const labels = body.components.flatMap((row) => row.components.map((c) => ('label' in c ? c.label : '')));
    expect(labels).toContain('Show ¶18');
    expect(body.allowed_mentions).toEqual({ parse: [] });
  });

  it('puts the answer on the page with the invocation as typed, hide and mention included', async () => {
    const exchanges = await exchangesFor(
      knowledge,
      [
        { user: 'Dana', line: '/check text: Fidan: "Our forces are ready"', hide: true },
        {
          user: 'Sam',
          line: '/ask question: When will the ISF be deployed?',
          mention: { id: '400000000000000002', name: 'Dana' },
        },
      ],
      NOW,
    );
    expect(exchanges.map((e) => e.invocation)).toEqual([
      '/check text: Fidan: "Our forces are ready" hide: True',
      '/ask question: When will the ISF be deployed? mention: @Dana',
    ]);
    expect(exchanges[0]?.body.flags).toBe(64);
    expect(exchanges[1]?.body.content).toBe('<@400000000000000002>');
    const html = chatPageHtml(exchanges, { users: { '400000000000000002': 'Dana' } });
    expect(html).toContain('Turkish security sources');
    expect(html).toContain('<span class="mention">@Dana</span>');
    expect(html).toContain(escapeHtml('"Our forces are ready"'));
  });
});

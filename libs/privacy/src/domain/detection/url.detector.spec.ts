import { detectIdentifiers } from './detect-identifiers';

const found = (text: string) => detectIdentifiers(text).map((hit) => [hit.kind, text.slice(hit.start, hit.end)]);

describe('URLs', () => {
  it.each([
    ['https', 'https://media.example.org/cctv/cam7.jpg'],
    ['http with a query', 'http://cam-3.example.net/clips/a1.mp4?t=30'],
    ['rtsp with a port', 'rtsp://stream.example.com:554/live/3'],
    ['s3', 's3://usm-evidence/ab12/cd34.png'],
    ['www', 'www.example.com/reports/77'],
    ['bare host and path', 'cdn.example.org/v/abc.m3u8'],
    ['a path in Hangul', 'https://example.org/영상/1.jpg'],
  ])('finds a %s link', (_, link) => {
    expect(found(`see ${link} now`)).toEqual([['url', link]]);
  });

  it.each([
    ['a full stop', 'Video: https://example.org/a.mp4.', 'https://example.org/a.mp4'],
    ['a closing parenthesis', '(https://example.org/a.mp4)', 'https://example.org/a.mp4'],
    ['a Chinese comma', '影片：https://example.org/a.mp4，聯絡', 'https://example.org/a.mp4'],
    ['a Japanese full stop', '映像はhttps://example.org/a.mp4。', 'https://example.org/a.mp4'],
  ])('ends a link at %s', (_, text, link) => {
    expect(found(text)).toEqual([['url', link]]);
  });

  it('keeps a parenthesis the link opened', () => {
    expect(found('see https://en.example.org/wiki/Foo_(bar) now')).toEqual([['url', 'https://en.example.org/wiki/Foo_(bar)']]);
  });

  it.each([['a unit', '10 km/h'], ['an abbreviation', 'e.g. this'], ['a fraction', '1.5/2'], ['and/or', 'cats and/or dogs']])(
    'leaves %s alone',
    (_, text) => {
      expect(found(text)).toEqual([]);
    },
  );
});

import { subjectIndexEntriesOf } from './subject-index-entries';

describe('subjectIndexEntriesOf', () => {
  it('indexes own-city events by their reporter pseudonym', () => {
    const entries = subjectIndexEntriesOf([
      { eventId: 'e1', city: 'incheon', reporterPseudonym: 'hmac-sha256:k1:a' },
      { eventId: 'e2', city: 'incheon', reporterPseudonym: 'hmac-sha256:k1:b' },
    ], 'incheon');
    expect(entries).toEqual([{ reporterPseudonym: 'hmac-sha256:k1:a', eventId: 'e1' }, { reporterPseudonym: 'hmac-sha256:k1:b', eventId: 'e2' }]);
  });

  it('leaves out events without a reporter and events of another city (another key, never a subject here)', () => {
    const entries = subjectIndexEntriesOf([
      { eventId: 'e1', city: 'incheon', reporterPseudonym: null },
      { eventId: 'e2', city: 'incheon', reporterPseudonym: '' },
      { eventId: 'e3', city: 'barcelona', reporterPseudonym: 'hmac-sha256:k9:c' },
      { eventId: 'e4', city: 'incheon', reporterPseudonym: 'hmac-sha256:k1:d' },
    ], 'incheon');
    expect(entries).toEqual([{ reporterPseudonym: 'hmac-sha256:k1:d', eventId: 'e4' }]);
  });
});

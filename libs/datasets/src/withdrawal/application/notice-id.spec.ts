import { noticeIdOf } from './notice-id';

describe('noticeIdOf', () => {
  it('gives a version-5 UUID that depends only on the consent event id', () => {
    const id = noticeIdOf('e6a9b1c2-0d3e-4f50-8a6b-7c8d9e0f1a2b');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(noticeIdOf('e6a9b1c2-0d3e-4f50-8a6b-7c8d9e0f1a2b')).toBe(id);
    expect(noticeIdOf('e6a9b1c2-0d3e-4f50-8a6b-7c8d9e0f1a2c')).not.toBe(id);
  });
});

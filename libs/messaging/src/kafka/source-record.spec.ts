import type { KafkaMessage } from 'kafkajs';
import { headersAsText, nextOffset, sourceRecordOf } from './source-record';

describe('source records', () => {
  it('keeps the message bytes as they came', () => {
    const key = Buffer.from('inc-1');
    const message = { offset: '7', timestamp: '1', key, value: null, attributes: 0, headers: undefined } as unknown as KafkaMessage;
    expect(sourceRecordOf('incidents', 1, message)).toEqual({ topic: 'incidents', partition: 1, offset: '7', timestamp: '1', key, value: null, headers: {} });
  });

  it('commits the next offset, beyond the range of a double', () => {
    expect(nextOffset({ offset: '41' } as never)).toBe('42');
    expect(nextOffset({ offset: '9007199254740993' } as never)).toBe('9007199254740994');
  });

  it('reads headers as text, the last of a repeated header winning', () => {
    expect(headersAsText({ a: Buffer.from('x'), b: 'y', c: [Buffer.from('1'), '2'], d: undefined })).toEqual({ a: 'x', b: 'y', c: '2' });
  });
});

import { ValidationError } from '@usm/errors';
import { resolveEndpoints } from './endpoints';

describe('resolveEndpoints', () => {
  it('takes explicit endpoints as given', () => {
    expect(resolveEndpoints({ bootstrap: 'a:9092,b:9092', registry: 'http://r/apis/ccompat/v7/' })).toEqual({
      brokers: ['a:9092', 'b:9092'],
      registryUrl: 'http://r/apis/ccompat/v7',
    });
  });

  it('names the missing option when neither a city nor endpoints are given', () => {
    expect(() => resolveEndpoints({ bootstrap: 'a:9092' })).toThrow(ValidationError);
    expect(() => resolveEndpoints({})).toThrow(/--city/);
  });
});

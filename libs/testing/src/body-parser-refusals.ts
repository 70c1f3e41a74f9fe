/**
 * The errors body-parser passes on before routing, as specs of each context's HTTP failure mapping need them:
 * an oversized body (100 kB limit, 186 kB sent), and bytes its Content-Encoding cannot inflate.
 */
export const bodyParserRefusals = {
  tooLarge: (): Error => Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413, statusCode: 413, expose: true, limit: 102400, length: 186000 }),
  corruptGzip: (): Error => Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR', errno: -3, status: 400, statusCode: 400, expose: true }),
} as const;

import { foldText } from './fold-text';

describe('foldText', () => {
  it('folds full-width letters, digits and signs to ASCII', () => {
    expect(foldText('０９０－１２３４　ＡＢ＠ｘ')).toBe('090-1234 AB@x');
  });

  it('folds dash look-alikes and invisible characters to a dash', () => {
    expect(foldText('010\u20101234\u2212x\u200By\u30FCz')).toBe('010-1234-x-y-z');
  });

  it('keeps full-width sentence punctuation, which ends links in CJK text', () => {
    expect(foldText('a，b：c；d！e？')).toBe('a，b：c；d！e？');
  });

  it('keeps the length of any text', () => {
    const text = '신고 ０１０ 😀 ｘ';
    expect(foldText(text)).toHaveLength(text.length);
  });
});

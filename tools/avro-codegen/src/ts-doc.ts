/** A TSDoc block from lines, indented; empty when there is nothing to say. */
export function tsDoc(lines: readonly string[], indent = ''): string {
  const text = lines.filter((line) => line.length > 0).map((line) => line.replace(/\*\//g, '*\\/'));
  if (text.length === 0) return '';
  if (text.length === 1) return `${indent}/** ${text[0]} */\n`;
  return `${indent}/**\n${text.map((line) => `${indent} * ${line}`).join('\n')}\n${indent} */\n`;
}

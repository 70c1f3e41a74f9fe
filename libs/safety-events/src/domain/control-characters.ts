const tab = 0x09;
const newline = 0x0a;

/** Whether a C0 (U+0000–U+001F, DEL) or C1 (U+0080–U+009F) control is in the text; free text may hold tabs and newlines. */
export function hasControlCharacter(text: string, freeText: boolean): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    const control = code < 0x20 || (code >= 0x7f && code <= 0x9f);
    if (control && !(freeText && (code === tab || code === newline))) return true;
  }
  return false;
}

/** The message of a `controlCharacter` violation. */
export function controlCharacterMessage(freeText: boolean): string {
  return freeText ? 'must not contain control characters other than tab and newline' : 'must not contain control characters';
}

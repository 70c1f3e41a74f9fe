const letters = 'TRWAGMYFPDXBNJZSQVHLCKE';

/** The control letter of a Spanish DNI or NIE number (the NIE's X, Y, Z read as 0, 1, 2). */
export function spanishIdLetter(number: string): string {
  return letters[Number(number) % 23] ?? '';
}

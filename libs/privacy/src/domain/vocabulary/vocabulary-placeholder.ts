/** What every token outside the vocabulary becomes in `vocabulary` mode; consecutive ones collapse into one. */
export const vocabularyPlaceholder = '[…]';

// Either a dated revision (2026-11-21.1) or a semantic version (1.4.0, 2.0.0-rc.1).
const dated = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\.[1-9]\d*$/;
const semantic = /^(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)\.(?:0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** Whether a string is a valid policy version. */
export const isPolicyVersion = (version: string): boolean => dated.test(version) || semantic.test(version);

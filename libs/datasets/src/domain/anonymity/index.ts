export * from './anonymity-report';
export * from './anonymise';
export * from './measure-anonymity';
export { bucketWidthChain } from './time-dimension';
export { ageBandWidthChain } from './age-dimension';

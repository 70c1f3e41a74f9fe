/**
 * Companies of the local stack's realms, each a confidential client whose id is the organisation id its company
 * agreements name as `partnerId` (docs/adr/0017-company-access.md). A real city registers one when it signs.
 */
export const localCompanies = ['poom-gpu-platform', 'vision-lab'] as const;

/** Stream categories of the sites context (`<category>-<id>`); one calendar stream per site. */
export const StreamCategory = { Site: 'site', SiteCalendar: 'sitecalendar', Application: 'application' } as const;

export const siteStreamOf = (siteId: string): string => `${StreamCategory.Site}-${siteId}`;
export const calendarStreamOf = (siteId: string): string => `${StreamCategory.SiteCalendar}-${siteId}`;
export const applicationStreamOf = (applicationId: string): string => `${StreamCategory.Application}-${applicationId}`;

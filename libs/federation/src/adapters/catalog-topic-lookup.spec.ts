import { topicCatalog } from '@usm/contracts';
import { catalogTopicLookup } from './catalog-topic-lookup';

describe('catalogTopicLookup', () => {
  it('tells the plan that retraction notices follow the anonymised events, from the catalog', () => {
    expect(catalogTopicLookup(topicCatalog.safetyEventsAnonymised.name)?.followers).toEqual([topicCatalog.safetyEventsRetractions.name]);
    expect(catalogTopicLookup(topicCatalog.safetyEventsRetractions.name)).toEqual({ name: topicCatalog.safetyEventsRetractions.name, shareable: true, directFields: [], followers: [] });
    expect(catalogTopicLookup(topicCatalog.safetyLabels.name)?.followers).toEqual([]);
  });
});

import type { ReleaseMetadataInput } from '../release-metadata-input';
import { anonymitySentence, generalisationSentence, isoTime, maintenanceSentences, percent, sourcesSentence } from '../release-facts';

function annotationProtocol(input: ReleaseMetadataInput): string {
  const l = input.labels;
  const labelled = l.labelledRows.human + l.labelledRows.model + l.labelledRows.rule;
  return (
    `Labels are joined to events by event id from ${l.topics.join(', ') || 'no label topic'}. Join rule: ${l.joinRule} ` +
    `${labelled} rows labelled (human ${l.labelledRows.human}, model ${l.labelledRows.model}, rule ${l.labelledRows.rule}), ${l.unlabelledRows} unlabelled. ` +
    `Labelling guideline versions: ${l.guidelineVersions.join(', ') || 'none'}. Each labelled row carries labellerKind and labelConfidence.`
  );
}

function limitations(input: ReleaseMetadataInput): string[] {
  const a = input.anonymity;
  return [
    `Quasi-identifiers are generalised (${generalisationSentence(input)}); models cannot learn finer location, time or age than that.`,
    `${percent(a.suppressionRate)} of the selected events were suppressed to reach k and l.`,
    `${input.labels.unlabelledRows} of ${a.released} rows have no label.`,
    'Events are reports of hazards, not a census of hazards: absence of a report does not mean absence of a hazard.',
  ];
}

function biases(input: ReleaseMetadataInput): string[] {
  return [
    'Suppression removes rows of rare combinations of quasi-identifiers first, so sparsely reported areas, hours and age bands are under-represented.',
    'Citizen reports over-represent places and groups that report more often; sensor sources cover only where sensors are installed.',
    `Label coverage and source mix differ by city (${[...new Set(input.sources.map((s) => s.city))].sort().join(', ')}).`,
  ];
}

/** Croissant RAI 1.0 properties (rai: namespace) of a release, from its anonymity report and label provenance. */
export function croissantRai(input: ReleaseMetadataInput): Record<string, unknown> {
  return {
    'rai:dataCollection': `Safety events reported to the city nodes of the mesh, anonymised at the source city before publication. ${sourcesSentence(input)}`,
    'rai:dataCollectionRawData': 'Raw reports stay in the city that received them and are never part of a release; lineage resolves a row only to the anonymised record (city, topic, partition, offset).',
    ...(input.eventTimeWindow ? { 'rai:dataCollectionTimeframe': [isoTime(input.eventTimeWindow.from), isoTime(input.eventTimeWindow.until)] } : {}),
    'rai:dataPreprocessingProtocol': [
      'Events filtered by the dataset definition (categories, time window, cities, area); retracted and withdrawn events excluded.',
      'Rows ordered in a total order; splits assigned by a keyed hash of the event id.',
    ],
    'rai:dataManipulationProtocol': anonymitySentence(input),
    'rai:personalSensitiveInformation': [
      `Geography, time and age are quasi-identifiers, generalised: ${generalisationSentence(input)}.`,
      anonymitySentence(input),
      'No names, contact data, free text, device or vehicle identifiers; reporter and vehicle pseudonyms are dropped, so no value links rows across releases or to a person.',
    ],
    'rai:dataAnnotationProtocol': annotationProtocol(input),
    'rai:annotationsPerItem': 'At most one label per row (the join rule picks one).',
    'rai:dataUseCases': input.purpose === 'aiTraining' ? ['Training of AI models for urban safety hazards.'] : ['Validation of AI models for urban safety hazards.'],
    'rai:dataLimitations': limitations(input),
    'rai:dataBiases': biases(input),
    'rai:dataReleaseMaintenancePlan': maintenanceSentences(input),
  };
}

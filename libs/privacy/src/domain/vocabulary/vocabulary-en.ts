import type { LanguageVocabulary } from './language-vocabulary';

/** English safety, traffic, weather and infrastructure terms, and function words. */
export const vocabularyEn: LanguageVocabulary = {
  words: `a an the and or but not no nor of in on at to from by with without near into onto over under above below behind
    between across along around after before during since until about against toward towards off out up down through via
    is are was were be been being has have had do does did will would can could should may might must there here this that
    these those it its they them their he she him her his we our you your i me my who which what when where why how
    some any all many much more most few several each every other another very too also still just only again then now soon
    one two three four five six seven eight nine ten first second third half both
    morning afternoon evening night noon midnight today tonight yesterday dawn dusk hour hours minute minutes daytime rush
    north south east west northern southern eastern western left right straight ahead opposite side front back corner
    central centre center main old new upper lower inner outer big small large heavy light minor major serious severe
    car cars vehicle vehicles bus buses truck trucks lorry van vans taxi taxis motorcycle motorbike scooter bicycle bike bikes
    tram train trains subway metro ambulance police fire engine firefighters officer officers driver drivers rider cyclist
    cyclists pedestrian pedestrians passenger passengers child children adult adults elderly person people man woman men women
    crowd crowds resident residents witness witnesses caller worker workers student students tourist tourists
    road roads street streets avenue lane lanes highway motorway expressway bridge tunnel intersection junction crossing
    crosswalk crossroads roundabout sidewalk pavement curb kerb shoulder ramp exit entrance parking lot garage station stop
    platform square plaza park market school hospital building buildings tower city hall district area zone block gate
    traffic signal signals light lights lamp streetlight pole sign signs barrier guardrail fence manhole drain sewer pipe
    water gas power cable cables wire wires pothole potholes construction roadworks site works scaffolding crane
    accident accidents collision crash crashed collided hit fell fall fallen injured injury injuries hurt wounded bleeding
    unconscious dead killed fatal trapped stuck stalled broken damaged blocked closed open flooded flooding flood
    fire fires smoke smoking burning flames burnt explosion exploded leak leaking spill spilled oil fuel chemical smell
    hazard hazardous danger dangerous risk unsafe debris glass collapsed collapse crack cracked landslide sinkhole
    rain raining rainy snow snowing ice icy slippery fog foggy wind windy storm typhoon thunder lightning heat hot cold
    weather visibility poor wet dry temperature frost hail
    fight fighting noise loud alarm emergency report reported reports call called help rescue evacuated evacuation
    queue jam congestion congested delay delays slow fast speed speeding stopped waiting moving running walking crossing
    reported seen saw heard found lying standing sitting
    camera photo video link number plate id phone contact name address`.split(/\s+/),
  units: ['km/h', 'kmh', 'mph', 'km', 'm', 'cm', 'mm', 'meters', 'metres', 'meter', 'metre', 'min', 'mins', 'minutes', 'minute',
    'hours', 'hour', 'h', 's', 'seconds', '°c', '°', 'people', 'persons', 'cars', 'vehicles', 'injured', '%', 'am', 'pm', 'lanes'],
  suffixes: ['s', 'es', 'ed', 'ing', 'ly'],
};

import type { LanguageVocabulary } from './language-vocabulary';

/** German safety, traffic, weather and infrastructure terms, and function words; a few inflection endings are stripped. */
export const vocabularyDe: LanguageVocabulary = {
  words: `der die das den dem des ein eine einen einem einer eines und oder aber nicht kein keine keinen mit ohne von vom zu zum zur an am auf aus bei beim
    in im nach vor hinter neben über unter zwischen durch gegen um bis seit während wegen entlang gegenüber nahe ist sind war waren wird werden wurde
    wurden hat haben hatte hatten sein gewesen es er sie wir ihr man sich dort hier da dies diese dieser dieses jene alle viele mehrere einige andere
    weitere sehr mehr weniger noch schon auch nur wieder jetzt gerade bereits etwa ca
    eins zwei drei vier fünf sechs sieben acht neun zehn erste zweite dritte halb beide
    morgen morgens vormittag mittag nachmittag abend abends nacht nachts mitternacht heute gestern stunde stunden minute minuten uhr berufsverkehr
    nord nördlich süd südlich ost östlich west westlich links rechts geradeaus ecke seite mitte zentrum zentral haupt groß große großen klein kleine
    neu neue alt alte schwer schwere leicht leichte
    auto autos fahrzeug fahrzeuge pkw lkw bus busse lastwagen transporter taxi taxis motorrad roller fahrrad rad e-scooter straßenbahn zug bahn u-bahn
    s-bahn krankenwagen rettungswagen polizei feuerwehr beamte beamter polizist polizistin fahrer fahrerin radfahrer radfahrerin fußgänger fußgängerin
    fußgängerinnen passant passantin fahrgast fahrgäste kind kinder erwachsene senior seniorin person personen mann frau männer frauen menschen leute menge
    anwohner anwohnerin anwohnende zeuge zeugin zeugen arbeiter schüler tourist touristen
    straße straßen str allee weg gasse fahrbahn fahrspur spur autobahn bundesstraße brücke tunnel kreuzung einmündung kreisel kreisverkehr gehweg bürgersteig
    bordstein radweg zebrastreifen überweg ausfahrt einfahrt auffahrt parkplatz parkhaus bahnhof haltestelle bahnsteig platz markt park schule krankenhaus
    gebäude turm rathaus viertel bezirk bereich zone tor
    ampel ampeln laterne straßenlaterne mast schild schilder schranke leitplanke zaun gully kanal rohr wasser gas strom kabel leitung baustelle bauarbeiten
    gerüst kran
    unfall unfälle zusammenstoß kollision auffahrunfall gestürzt sturz verletzt verletzte verletzter verletzung verletzungen blutet bewusstlos tot tote
    eingeklemmt liegengeblieben kaputt beschädigt blockiert gesperrt sperrung offen überflutet überschwemmung hochwasser
    brand brände feuer rauch flammen explosion leck ausgelaufen öl kraftstoff geruch gefahr gefährlich risiko trümmer glas scherben eingestürzt einsturz
    riss erdrutsch schlagloch
    regen regnet schnee schneit eis glatt glätte glatteis nebel wind sturm gewitter blitz hagel hitze kälte kalt heiß wetter sicht nass trocken temperatur frost
    streit schlägerei lärm alarm notfall notruf meldung gemeldet meldet anruf anrufer anruferin hilfe rettung evakuiert evakuierung
    stau staus verkehr verzögerung langsam schnell geschwindigkeit raser steht stand wartet läuft liegt liegend gesehen gehört gefunden
    kamera foto video link nummer kennzeichen telefon kontakt name adresse`.split(/\s+/),
  units: ['km/h', 'kmh', 'km', 'm', 'cm', 'meter', 'min', 'minuten', 'minute', 'stunden', 'stunde', 'std', 'h', 'sek', 'sekunden', 'uhr', '°c', '°', 'grad',
    'personen', 'verletzte', 'fahrzeuge', 'autos', '%', 'spuren'],
  suffixes: ['e', 'en', 'n', 's', 'es', 'er', 'em'],
};

import type { LanguageVocabulary } from './language-vocabulary';

/** Catalan safety, traffic, weather and infrastructure terms, and function words. */
export const vocabularyCa: LanguageVocabulary = {
  words: `el la els les l un una uns unes i o ni però que de del dels d al als a en amb sense per sobre sota entre cap fins des després abans davant darrere
    dins fora prop lluny costat es se s li hi ho en aquest aquesta aquests aquestes aquell aquella molt més menys ja encara també altre altra altres tot
    tota tots totes diversos diverses molts moltes poc pocs algun alguna cap cap
    és són era eren va van ha han hi ha havia està estan estava estaven estat queda
    un dos tres quatre cinc sis set vuit nou deu primer primera segon segona mig
    matí tarda vespre nit matinada migdia mitjanit avui ahir hora hores minut minuts moment ara punta
    nord sud est oest esquerra dreta recte cantonada centre central principal gran grans petit petita nou nova vell vella alt alta baix baixa
    cotxe cotxes vehicle vehicles autobús autobusos bus camió camions furgoneta taxi taxis moto motos motocicleta bicicleta bici patinet tramvia tren
    metro ambulància policia bombers bomber agent agents guàrdia urbana conductor conductora conductors motorista ciclista ciclistes vianant vianants
    passatger passatgers nen nena nens adult adults gent gran persona persones home dona homes dones multitud veí veïna veïns testimoni testimonis
    treballador treballadors estudiant turista turistes
    carrer carrers avinguda via carril carrils carretera autopista autovia pont túnel encreuament cruïlla rotonda vorera vorada sortida entrada
    aparcament pàrquing estació parada andana plaça parc mercat escola hospital edifici torre ajuntament barri zona
    semàfor semàfors fanal fanals pal senyal senyals barrera tanca clavegueram claveguera tapa desguàs canonada aigua gas llum cable cables obres obra bastida grua
    accident accidents col·lisió xoc atropellament atropellat atropellada caiguda caigut ferit ferida ferits ferides lesió lesions inconscient mort morts
    atrapat atrapada avariat trencat danyat bloquejat bloquejada tallat tallada tancat obert inundat inundada inundació
    incendi incendis foc fum flames cremat explosió fuita oli combustible olor perill perillós perillosa risc runa vidres esfondrament clot esquerda
    pluja plou neu neva gel glaçada relliscós boira vent tempesta calamarsa calor fred temps visibilitat moll sec temperatura
    baralla soroll alarma emergència avís avisa avisat trucada truca trucat ajuda rescat evacuat evacuats evacuació
    embús retenció retencions trànsit circulació lent ràpid velocitat excés aturat esperant caminant creuant estirat vist sentit
    càmera foto vídeo enllaç número matrícula telèfon contacte nom adreça`.split(/\s+/),
  units: ['km/h', 'kmh', 'km', 'm', 'cm', 'metres', 'metre', 'min', 'minuts', 'minut', 'hores', 'hora', 'h', 's', 'segons', '°c', '°', 'graus',
    'persones', 'ferits', 'cotxes', 'vehicles', '%', 'carrils'],
  suffixes: ['s', 'es'],
};

import type { LanguageVocabulary } from './language-vocabulary';

/** Spanish safety, traffic, weather and infrastructure terms, and function words. */
export const vocabularyEs: LanguageVocabulary = {
  words: `el la los las un una unos unas y o e u ni pero que de del al a en con sin por para sobre bajo entre hacia hasta desde tras ante según durante
    junto cerca lejos frente delante detrás dentro fuera encima debajo al lado se le lo les su sus este esta estos estas ese esa eso aquel muy más menos
    ya aún todavía también otra otro otros otras todo toda todos todas varios varias mucho mucha muchos muchas poco pocos algún alguna ningún ninguna
    es son era eran fue fueron ha han hay había está están estaba estaban sido estado hubo queda quedan
    uno dos tres cuatro cinco seis siete ocho nueve diez primer primero primera segundo segunda medio
    mañana tarde noche madrugada mediodía medianoche hoy ayer hora horas minuto minutos momento ahora punta
    norte sur este oeste izquierda derecha recto esquina lado centro central principal gran grande grandes pequeño pequeña nuevo nueva viejo vieja alto alta bajo baja
    coche coches vehículo vehículos autobús autobuses bus camión camiones furgoneta taxi taxis moto motos motocicleta bicicleta bici patinete tranvía tren
    metro ambulancia policía bomberos bombero agente agentes guardia urbana conductor conductora conductores motorista ciclista ciclistas peatón peatona
    peatones pasajero pasajeros niño niña niños adulto adultos anciano ancianos persona personas hombre mujer hombres mujeres gente multitud vecino
    vecinos testigo testigos trabajador trabajadores estudiante turista turistas
    calle calles avenida vía via carril carriles carretera autopista autovía puente túnel cruce intersección rotonda glorieta acera bordillo arcén
    salida entrada aparcamiento parking estación parada andén plaza parque mercado escuela colegio hospital edificio torre ayuntamiento barrio zona
    semáforo semáforos farola farolas poste señal señales barrera valla alcantarilla tapa desagüe tubería agua gas luz cable cables obras obra andamio grúa
    accidente accidentes colisión choque chocó atropello atropellado atropellada caída cayó caído herido herida heridos heridas lesión lesiones
    inconsciente muerto muertos fallecido atrapado atrapada averiado roto dañado bloqueado bloqueada cortado cortada cerrado abierto inundado inundada inundación
    incendio incendios fuego humo llamas quemado explosión fuga aceite combustible olor peligro peligroso peligrosa riesgo escombros cristales vidrio
    derrumbe hundimiento socavón grieta
    lluvia lloviendo nieve nevando hielo helada resbaladizo niebla viento tormenta granizo calor frío tiempo visibilidad mojado seco temperatura
    pelea ruido alarma emergencia aviso avisa avisó llamada llama llamó ayuda rescate evacuado evacuados evacuación
    atasco retención retenciones tráfico circulación lento rápido velocidad exceso parado esperando caminando cruzando tendido tirado visto vio oído
    cámara foto vídeo video enlace número matrícula teléfono contacto nombre dirección`.split(/\s+/),
  units: ['km/h', 'kmh', 'km', 'm', 'cm', 'metros', 'metro', 'min', 'minutos', 'minuto', 'horas', 'hora', 'h', 's', 'segundos', '°c', '°', 'grados',
    'personas', 'heridos', 'coches', 'vehículos', '%', 'carriles'],
  suffixes: ['s', 'es'],
};

import type { DistrictGazetteer } from './district-gazetteer';

/** Barcelona's 10 districtes, in Catalan (canonical) and Spanish. */
export const barcelonaGazetteer: DistrictGazetteer = {
  city: 'barcelona',
  districts: [
    { id: 'Ciutat Vella', spellings: ['Ciutat Vella', 'Ciudad Vieja', 'Districte 1'] },
    { id: 'Eixample', spellings: ["L'Eixample", 'Eixample', 'Ensanche', 'El Ensanche', 'Districte 2'] },
    { id: 'Sants-Montjuïc', spellings: ['Sants-Montjuïc', 'Sants-Montjuich', 'Districte 3'] },
    { id: 'Les Corts', spellings: ['Les Corts', 'Las Corts', 'Districte 4'] },
    { id: 'Sarrià-Sant Gervasi', spellings: ['Sarrià-Sant Gervasi', 'Sarriá-San Gervasio', 'Districte 5'] },
    { id: 'Gràcia', spellings: ['Gràcia', 'Gracia', 'Districte 6'] },
    { id: 'Horta-Guinardó', spellings: ['Horta-Guinardó', 'Districte 7'] },
    { id: 'Nou Barris', spellings: ['Nou Barris', 'Nueve Barrios', 'Districte 8'] },
    { id: 'Sant Andreu', spellings: ['Sant Andreu', 'San Andrés', 'Districte 9'] },
    { id: 'Sant Martí', spellings: ['Sant Martí', 'San Martín', 'Districte 10'] },
  ],
};

const bezirk = (id: string, ...aliases: string[]) => ({ id, spellings: [id, `Bezirk ${id}`, ...aliases] });

/** Hamburg's 7 Bezirke. */
export const hamburgGazetteer: DistrictGazetteer = {
  city: 'hamburg',
  districts: [
    bezirk('Hamburg-Mitte', 'Mitte'),
    bezirk('Altona'),
    bezirk('Eimsbüttel', 'Eimsbuettel'),
    bezirk('Hamburg-Nord', 'Nord'),
    bezirk('Wandsbek'),
    bezirk('Bergedorf'),
    bezirk('Harburg'),
  ],
};
